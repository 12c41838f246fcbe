// Demo network of the Bergisches Land: invented organisations and people (names, e-mail addresses at
// example.org), plus the region's public town twinnings. Plain data; demo-writer.ts writes it.
import type { ActorLinkKind, ActorSector, PartnershipKind } from '@atlas/domain';

export const ags = {
  remscheid: '05120000',
  solingen: '05122000',
  wuppertal: '05124000',
  leverkusen: '05316000',
  oberberg: '05374000',
  rheinBerg: '05378000',
} as const;

export interface DemoActor {
  key: string;
  name: string;
  sector: ActorSector;
  /** Null for region-wide organisations. */
  ags: string | null;
  descriptionDe: string;
  website?: string;
  sdgGoals: readonly number[];
}

export const demoActors: readonly DemoActor[] = [
  {
    key: 'regionalstelle',
    name: 'Regionalstelle Agenda 2030 Bergisches Land',
    sector: 'OTHER',
    ags: null,
    descriptionDe: 'Koordiniert den Agenda-2030-Prozess in den sechs Städten und Kreisen der Region.',
    website: 'https://regionalstelle.example.org',
    sdgGoals: [11, 16, 17],
  },
  {
    key: 'buergerverein-oelberg',
    name: 'Bürgerverein Ölberg e.V.',
    sector: 'CIVIL_SOCIETY',
    ags: ags.wuppertal,
    descriptionDe: 'Nachbarschaftsverein im Quartier Ölberg; betreibt ein Repair-Café und einen Gemeinschaftsgarten.',
    sdgGoals: [11, 12],
  },
  {
    key: 'wuppertal-nachhaltigkeit',
    name: 'Stadt Wuppertal, Stabsstelle Nachhaltigkeit',
    sector: 'ADMINISTRATION',
    ags: ags.wuppertal,
    descriptionDe: 'Verantwortet die kommunale Nachhaltigkeitsstrategie und den Nachhaltigkeitsbericht.',
    sdgGoals: [11, 13, 17],
  },
  {
    key: 'institut-stadtwandel',
    name: 'Institut für Stadtwandel Wuppertal',
    sector: 'SCIENCE_EDUCATION',
    ags: ags.wuppertal,
    descriptionDe: 'Forschungs- und Bildungseinrichtung zu Quartiersentwicklung und Bürgerbeteiligung.',
    sdgGoals: [4, 11],
  },
  {
    key: 'migrantinnenforum',
    name: 'Migrantinnenforum Wuppertal e.V.',
    sector: 'MIGRANT_ORGANISATION',
    ags: ags.wuppertal,
    descriptionDe: 'Selbstorganisation von Frauen mit Einwanderungsgeschichte; Beratung, Sprachcafés, Empowerment.',
    sdgGoals: [5, 10],
  },
  {
    key: 'quartiersradio',
    name: 'Wuppertaler Quartiersradio',
    sector: 'MEDIA',
    ags: ags.wuppertal,
    descriptionDe: 'Ehrenamtliches Bürgerradio mit einer monatlichen Sendung zu Nachhaltigkeit im Alltag.',
    sdgGoals: [4, 16],
  },
  {
    key: 'eine-welt-laden-solingen',
    name: 'Eine-Welt-Laden Solingen',
    sector: 'CIVIL_SOCIETY',
    ags: ags.solingen,
    descriptionDe: 'Fachgeschäft für fairen Handel mit Bildungsangeboten für Schulen.',
    sdgGoals: [8, 12, 17],
  },
  {
    key: 'solingen-klimaschutz',
    name: 'Stadt Solingen, Fachdienst Klimaschutz und Beschaffung',
    sector: 'ADMINISTRATION',
    ags: ags.solingen,
    descriptionDe: 'Zuständig für Klimaschutzkonzept und die Vergaberichtlinien der Stadtverwaltung.',
    sdgGoals: [12, 13],
  },
  {
    key: 'kirchengemeinde-nordstadt',
    name: 'Evangelische Kirchengemeinde Solingen-Nordstadt',
    sector: 'CHURCH',
    ags: ags.solingen,
    descriptionDe: 'Gemeinde mit Eine-Welt-Kreis, Kleiderkammer und Partnerschaftsarbeit.',
    sdgGoals: [1, 10, 17],
  },
  {
    key: 'schneidwaren-bergmann',
    name: 'Schneidwaren Bergmann GmbH',
    sector: 'BUSINESS',
    ags: ags.solingen,
    descriptionDe: 'Familienunternehmen der Schneidwarenindustrie mit 80 Beschäftigten; Umweltmanagement nach EMAS.',
    sdgGoals: [8, 9, 12],
  },
  {
    key: 'werkzeugbau-kremer',
    name: 'Werkzeugbau Kremer & Söhne KG',
    sector: 'BUSINESS',
    ags: ags.remscheid,
    descriptionDe: 'Mittelständischer Werkzeughersteller; bildet jährlich zwölf Auszubildende aus.',
    sdgGoals: [8, 9],
  },
  {
    key: 'gymnasium-stadtpark',
    name: 'Gymnasium am Stadtpark Remscheid',
    sector: 'SCIENCE_EDUCATION',
    ags: ags.remscheid,
    descriptionDe: 'Schule mit Schwerpunkt Bildung für nachhaltige Entwicklung und einer Schulpartnerschaft in Ghana.',
    sdgGoals: [4, 13],
  },
  {
    key: 'jugendparlament-remscheid',
    name: 'Jugendparlament Remscheid',
    sector: 'POLITICS',
    ags: ags.remscheid,
    descriptionDe: 'Gewählte Vertretung der Jugendlichen; berät den Rat in Fragen von Klima und Mobilität.',
    sdgGoals: [13, 16],
  },
  {
    key: 'leverkusen-nachhaltigkeit',
    name: 'Stadt Leverkusen, Büro für Nachhaltigkeit',
    sector: 'ADMINISTRATION',
    ags: ags.leverkusen,
    descriptionDe: 'Koordiniert Klimaschutz, Energieberatung und Nachhaltigkeitsberichterstattung der Stadt.',
    sdgGoals: [7, 11, 13],
  },
  {
    key: 'nachbarschaftshilfe-rheindorf',
    name: 'Nachbarschaftshilfe Rheindorf e.V.',
    sector: 'CIVIL_SOCIETY',
    ags: ags.leverkusen,
    descriptionDe: 'Ehrenamtliche Alltagshilfe, Mittagstisch und Energiespar-Beratung im Stadtteil.',
    sdgGoals: [1, 3, 7],
  },
  {
    key: 'afrikanischer-kulturverein',
    name: 'Afrikanischer Kulturverein Leverkusen e.V.',
    sector: 'MIGRANT_ORGANISATION',
    ags: ags.leverkusen,
    descriptionDe: 'Kultur- und Bildungsarbeit, Elternberatung und entwicklungspolitische Veranstaltungen.',
    sdgGoals: [4, 10, 17],
  },
  {
    key: 'oberberg-regionalentwicklung',
    name: 'Oberbergischer Kreis, Amt für Regionalentwicklung',
    sector: 'ADMINISTRATION',
    ags: ags.oberberg,
    descriptionDe: 'Kreisverwaltung: ländliche Entwicklung, Daseinsvorsorge und demografischer Wandel.',
    sdgGoals: [3, 11, 15],
  },
  {
    key: 'biohof-wiehltal',
    name: 'Bioland-Hof Wiehltal',
    sector: 'BUSINESS',
    ags: ags.oberberg,
    descriptionDe: 'Milchviehbetrieb mit Hofladen und solidarischer Landwirtschaft für 120 Haushalte.',
    sdgGoals: [2, 12, 15],
  },
  {
    key: 'agenda-verein-gladbach',
    name: 'Agenda-21-Verein Bergisch Gladbach e.V.',
    sector: 'CIVIL_SOCIETY',
    ags: ags.rheinBerg,
    descriptionDe: 'Seit den 1990er-Jahren aktiver Verein für lokale Nachhaltigkeit; organisiert die Fairtrade-Wochen.',
    sdgGoals: [12, 13, 17],
  },
  {
    key: 'klimabeirat-rheinberg',
    name: 'Klimabeirat des Rheinisch-Bergischen Kreises',
    sector: 'POLITICS',
    ags: ags.rheinBerg,
    descriptionDe: 'Beratendes Gremium aus Kreistag, Verbänden und Wissenschaft zur Klimastrategie des Kreises.',
    sdgGoals: [7, 13],
  },
  {
    key: 'oekumenischer-arbeitskreis',
    name: 'Ökumenischer Arbeitskreis Eine Welt Rhein-Berg',
    sector: 'CHURCH',
    ags: ags.rheinBerg,
    descriptionDe: 'Zusammenschluss evangelischer und katholischer Gemeinden; pflegt eine Partnerschaft nach Tansania.',
    sdgGoals: [1, 6, 17],
  },
  {
    key: 'nachhaltigkeitsmagazin',
    name: 'Bergisches Nachhaltigkeitsmagazin online',
    sector: 'MEDIA',
    ags: null,
    descriptionDe: 'Regionales Online-Magazin über Initiativen und Projekte im Bergischen Land.',
    sdgGoals: [16, 17],
  },
];

export interface DemoContact {
  key: string;
  firstName: string;
  lastName: string;
  /** Key of the actor the person works or volunteers for. */
  actor: string | null;
  roleTitle: string;
}

export const demoContacts: readonly DemoContact[] = [
  { key: 'lena-hartmann', firstName: 'Lena', lastName: 'Hartmann', actor: 'regionalstelle', roleTitle: 'Regionalpromotorin' },
  { key: 'jonas-albers', firstName: 'Jonas', lastName: 'Albers', actor: 'regionalstelle', roleTitle: 'Projektassistenz' },
  { key: 'sabine-kowalski', firstName: 'Sabine', lastName: 'Kowalski', actor: 'buergerverein-oelberg', roleTitle: 'Vorsitzende' },
  { key: 'mehmet-aydin', firstName: 'Mehmet', lastName: 'Aydın', actor: 'buergerverein-oelberg', roleTitle: 'Leitung Repair-Café' },
  { key: 'katrin-vogel', firstName: 'Katrin', lastName: 'Vogel', actor: 'wuppertal-nachhaltigkeit', roleTitle: 'Leiterin der Stabsstelle' },
  { key: 'tobias-engel', firstName: 'Tobias', lastName: 'Engel', actor: 'institut-stadtwandel', roleTitle: 'Wissenschaftlicher Mitarbeiter' },
  { key: 'amina-yusuf', firstName: 'Amina', lastName: 'Yusuf', actor: 'migrantinnenforum', roleTitle: 'Projektkoordinatorin' },
  { key: 'peter-lindner', firstName: 'Peter', lastName: 'Lindner', actor: 'eine-welt-laden-solingen', roleTitle: 'Geschäftsführer (ehrenamtlich)' },
  { key: 'claudia-brenner', firstName: 'Claudia', lastName: 'Brenner', actor: 'solingen-klimaschutz', roleTitle: 'Klimaschutzmanagerin' },
  { key: 'martin-scholz', firstName: 'Martin', lastName: 'Scholz', actor: 'werkzeugbau-kremer', roleTitle: 'Ausbildungsleiter' },
  { key: 'nele-sommer', firstName: 'Nele', lastName: 'Sommer', actor: 'jugendparlament-remscheid', roleTitle: 'Sprecherin' },
  { key: 'kwame-mensah', firstName: 'Kwame', lastName: 'Mensah', actor: 'afrikanischer-kulturverein', roleTitle: 'Vorstand' },
  { key: 'ursula-hein', firstName: 'Ursula', lastName: 'Hein', actor: 'oberberg-regionalentwicklung', roleTitle: 'Demografiebeauftragte' },
  { key: 'florian-weiss', firstName: 'Florian', lastName: 'Weiß', actor: 'biohof-wiehltal', roleTitle: 'Betriebsleiter' },
  { key: 'irina-baumann', firstName: 'Irina', lastName: 'Baumann', actor: 'agenda-verein-gladbach', roleTitle: 'Geschäftsführerin' },
  { key: 'hannah-roth', firstName: 'Hannah', lastName: 'Roth', actor: null, roleTitle: 'Interessierte Bürgerin' },
];

export interface DemoActorLink {
  from: string;
  to: string;
  kind: ActorLinkKind;
  noteDe: string;
}

export const demoActorLinks: readonly DemoActorLink[] = [
  { from: 'buergerverein-oelberg', to: 'institut-stadtwandel', kind: 'COOPERATION', noteDe: 'Gemeinsame Quartiersbefragung 2025.' },
  { from: 'migrantinnenforum', to: 'buergerverein-oelberg', kind: 'COOPERATION', noteDe: 'Sprachcafé im Repair-Café.' },
  { from: 'wuppertal-nachhaltigkeit', to: 'buergerverein-oelberg', kind: 'FUNDING', noteDe: 'Zuschuss aus dem Quartiersfonds.' },
  { from: 'solingen-klimaschutz', to: 'eine-welt-laden-solingen', kind: 'FUNDING', noteDe: 'Förderung der Fairtrade-Town-Kampagne.' },
  { from: 'eine-welt-laden-solingen', to: 'agenda-verein-gladbach', kind: 'MEMBERSHIP', noteDe: 'Mitglied im regionalen Eine-Welt-Netz.' },
  { from: 'kirchengemeinde-nordstadt', to: 'oekumenischer-arbeitskreis', kind: 'MEMBERSHIP', noteDe: 'Gastmitglied im Arbeitskreis.' },
  { from: 'eine-welt-laden-solingen', to: 'kirchengemeinde-nordstadt', kind: 'PARTNERSHIP', noteDe: 'Fairer Verkauf nach dem Gottesdienst.' },
  { from: 'werkzeugbau-kremer', to: 'gymnasium-stadtpark', kind: 'PARTNERSHIP', noteDe: 'Praktika und Berufsorientierung.' },
  { from: 'biohof-wiehltal', to: 'oberberg-regionalentwicklung', kind: 'COOPERATION', noteDe: 'Modellprojekt Regionalvermarktung.' },
];

export interface DemoPartnership {
  key: string;
  ags: string;
  actor: string | null;
  kind: PartnershipKind;
  partnerPlace: string;
  /** ISO 3166-1 alpha-2. */
  partnerCountry: string;
  /** Null where the year was not checked. */
  sinceYear: number | null;
  descriptionDe: string;
}

export const demoPartnerships: readonly DemoPartnership[] = [
  {
    key: 'wuppertal-matagalpa',
    ags: ags.wuppertal,
    actor: null,
    kind: 'TOWN_TWINNING',
    partnerPlace: 'Matagalpa',
    partnerCountry: 'NI',
    sinceYear: null,
    descriptionDe: 'Städtepartnerschaft Wuppertal–Matagalpa (Nicaragua). Demo-Eintrag: die Partnerschaft ist öffentlich bekannt, Gründungsjahr und Einzelheiten sind nicht geprüft.',
  },
  {
    key: 'solingen-thies',
    ags: ags.solingen,
    actor: null,
    kind: 'TOWN_TWINNING',
    partnerPlace: 'Thiès',
    partnerCountry: 'SN',
    sinceYear: null,
    descriptionDe: 'Städtepartnerschaft Solingen–Thiès (Senegal). Demo-Eintrag: die Partnerschaft ist öffentlich bekannt, Gründungsjahr und Einzelheiten sind nicht geprüft.',
  },
  {
    key: 'gymnasium-tamale',
    ags: ags.remscheid,
    actor: 'gymnasium-stadtpark',
    kind: 'SCHOOL',
    partnerPlace: 'Tamale',
    partnerCountry: 'GH',
    sinceYear: 2019,
    descriptionDe: 'Erfundene Demo-Schulpartnerschaft: jährlicher Austausch von Lehrkräften und ein gemeinsames Solarprojekt.',
  },
  {
    key: 'arbeitskreis-moshi',
    ags: ags.rheinBerg,
    actor: 'oekumenischer-arbeitskreis',
    kind: 'ASSOCIATION',
    partnerPlace: 'Moshi',
    partnerCountry: 'TZ',
    sinceYear: 2008,
    descriptionDe: 'Erfundene Demo-Partnerschaft zweier Kirchengemeinden: Trinkwasserprojekte und Jugendbegegnungen.',
  },
];

export interface DemoConsent {
  contact: string;
  method: 'SIGNED_LIST' | 'ONLINE_FORM';
  givenAt: string;
  /** The event whose signature list the person signed. */
  event?: string;
  withdrawnAt?: string;
}

/** Consents to the network mailing list, all to the consent text of January 2026. */
export const consentTextVersion = '2026-01';

export const demoConsents: readonly DemoConsent[] = [
  { contact: 'sabine-kowalski', method: 'SIGNED_LIST', event: 'kickoff-wuppertal', givenAt: '2026-01-21T20:00:00+01:00' },
  { contact: 'amina-yusuf', method: 'SIGNED_LIST', event: 'kickoff-wuppertal', givenAt: '2026-01-21T20:00:00+01:00' },
  {
    contact: 'hannah-roth',
    method: 'ONLINE_FORM',
    givenAt: '2026-01-23T09:12:00+01:00',
    withdrawnAt: '2026-08-02T21:40:00+02:00',
  },
  { contact: 'peter-lindner', method: 'SIGNED_LIST', event: 'kickoff-solingen', givenAt: '2026-01-28T20:00:00+01:00' },
  { contact: 'claudia-brenner', method: 'ONLINE_FORM', givenAt: '2026-02-02T08:30:00+01:00' },
  {
    contact: 'martin-scholz',
    method: 'SIGNED_LIST',
    event: 'kickoff-remscheid',
    givenAt: '2026-02-04T20:00:00+01:00',
    withdrawnAt: '2026-05-10T10:05:00+02:00',
  },
  { contact: 'kwame-mensah', method: 'SIGNED_LIST', event: 'kickoff-leverkusen', givenAt: '2026-02-11T20:00:00+01:00' },
  { contact: 'ursula-hein', method: 'ONLINE_FORM', givenAt: '2026-02-20T11:45:00+01:00' },
  { contact: 'irina-baumann', method: 'SIGNED_LIST', event: 'kickoff-rheinberg', givenAt: '2026-02-25T20:00:00+01:00' },
  { contact: 'tobias-engel', method: 'ONLINE_FORM', givenAt: '2026-04-23T16:20:00+02:00' },
  { contact: 'mehmet-aydin', method: 'SIGNED_LIST', event: 'conference-wuppertal', givenAt: '2026-06-13T16:00:00+02:00' },
];
