// Demo recommendations (Handlungsempfehlungen) in every status, the agreement of the Wuppertal networking
// conference and the initiative circle that carries it. Plain data; demo.ts writes it.
// A recommendation's status, progress and version are taken from the last entry of its history, so the
// two cannot disagree.
import type { RecommendationStatus } from '@atlas/domain';
import { ags } from './demo-network.js';

export interface DemoStatusChange {
  at: string;
  status: RecommendationStatus;
  progress: number;
  note: string;
}

export interface DemoRecommendation {
  key: string;
  /** Null for recommendations to the whole region. */
  ags: string | null;
  parent?: string;
  titleDe: string;
  titleEn?: string;
  textDe: string;
  dueDate?: string;
  findings: readonly string[];
  sdgTargets: readonly string[];
  /** Indicator keys (see structure.ts). */
  indicators: readonly string[];
  /** Actors responsible for the implementation. */
  actors: readonly string[];
  /** Oldest first; the first entry creates the recommendation. */
  history: readonly DemoStatusChange[];
}

const drafted = (at: string): DemoStatusChange => ({
  at,
  status: 'DRAFT',
  progress: 0,
  note: 'Entwurf aus der Situations- und Ressourcenanalyse',
});
const published = (at: string): DemoStatusChange => ({
  at,
  status: 'PUBLISHED',
  progress: 0,
  note: 'Mit der Situations- und Ressourcenanalyse veröffentlicht',
});

export const demoRecommendations: readonly DemoRecommendation[] = [
  {
    key: 'learning-neighbourhood',
    ags: ags.wuppertal,
    titleDe: 'Das Quartier Ölberg als Lernort für Nachhaltigkeit stärken',
    titleEn: 'Strengthen the Ölberg neighbourhood as a place to learn about sustainability',
    textDe:
      'Die vorhandenen Initiativen im Quartier (Repair-Café, Gemeinschaftsgarten, Quartiersradio) sollen dauerhaft ' +
      'gesichert und für Schulen und Nachbarschaft als Lernorte geöffnet werden.',
    findings: ['repair-cafe-works', 'room-needed'],
    sdgTargets: ['11.3', '12.5', '4.7'],
    indicators: [],
    actors: ['buergerverein-oelberg', 'wuppertal-nachhaltigkeit'],
    history: [
      drafted('2026-05-15T10:00:00+02:00'),
      published('2026-06-01T09:00:00+02:00'),
      { at: '2026-06-13T16:00:00+02:00', status: 'AGREED', progress: 5, note: 'Auf der Vernetzungskonferenz vereinbart' },
      { at: '2026-07-09T20:00:00+02:00', status: 'IN_PROGRESS', progress: 20, note: 'Der Initiativkreis hat die Arbeit aufgenommen' },
      { at: '2026-10-22T20:00:00+02:00', status: 'IN_PROGRESS', progress: 30, note: 'Stand nach der dritten Sitzung des Initiativkreises' },
    ],
  },
  {
    key: 'repair-cafe-room',
    ags: ags.wuppertal,
    parent: 'learning-neighbourhood',
    titleDe: 'Einen dauerhaften Raum für das Repair-Café Ölberg sichern',
    textDe: 'Stadt und Bürgerverein suchen gemeinsam einen Raum, der ab 2027 für mindestens fünf Jahre nutzbar ist.',
    dueDate: '2026-12-31',
    findings: ['room-needed', 'repair-cafe-works'],
    sdgTargets: ['11.3', '12.5'],
    indicators: [],
    actors: ['buergerverein-oelberg', 'wuppertal-nachhaltigkeit'],
    history: [
      drafted('2026-05-15T10:00:00+02:00'),
      published('2026-06-01T09:00:00+02:00'),
      { at: '2026-06-13T16:00:00+02:00', status: 'AGREED', progress: 10, note: 'Auf der Vernetzungskonferenz vereinbart' },
      { at: '2026-07-09T20:00:00+02:00', status: 'IN_PROGRESS', progress: 30, note: 'Drei mögliche Räume besichtigt' },
      { at: '2026-09-10T20:00:00+02:00', status: 'IN_PROGRESS', progress: 60, note: 'Mietvertrag für ein Ladenlokal in Vorbereitung' },
    ],
  },
  {
    key: 'school-walks',
    ags: ags.wuppertal,
    parent: 'learning-neighbourhood',
    titleDe: 'Nachhaltigkeitsrundgänge für Schulklassen anbieten',
    textDe: 'Das Institut für Stadtwandel entwickelt mit dem Bürgerverein einen Rundgang für die Klassen 5 bis 10.',
    dueDate: '2027-06-30',
    findings: ['school-repair-idea', 'walks-idea'],
    sdgTargets: ['4.7'],
    indicators: [],
    actors: ['institut-stadtwandel', 'buergerverein-oelberg'],
    history: [
      drafted('2026-05-15T10:00:00+02:00'),
      published('2026-06-01T09:00:00+02:00'),
      { at: '2026-06-13T16:00:00+02:00', status: 'AGREED', progress: 5, note: 'Vereinbart; Start nach den Herbstferien' },
    ],
  },
  {
    key: 'multilingual-participation',
    ags: ags.wuppertal,
    titleDe: 'Beteiligungsangebote mehrsprachig ankündigen',
    textDe: 'Einladungen zu Beteiligungsangeboten der Stadt erscheinen zusätzlich in einfacher Sprache, Türkisch, Arabisch und Ukrainisch.',
    findings: ['language-barrier'],
    sdgTargets: ['10.2', '16.7'],
    indicators: [],
    actors: ['wuppertal-nachhaltigkeit', 'migrantinnenforum'],
    history: [drafted('2026-05-15T10:00:00+02:00'), published('2026-06-01T09:00:00+02:00')],
  },
  {
    key: 'fair-procurement',
    ags: ags.solingen,
    titleDe: 'Faire und ökologische Beschaffung in der Stadtverwaltung verankern',
    textDe: 'Die Vergaberichtlinie erhält verbindliche Sozial- und Umweltkriterien, zunächst für Dienstkleidung, Kaffee und IT.',
    findings: ['procurement-need', 'fairtrade-town-works'],
    sdgTargets: ['12.7'],
    indicators: [],
    actors: ['solingen-klimaschutz', 'eine-welt-laden-solingen'],
    history: [drafted('2026-06-20T10:00:00+02:00')],
  },
  {
    key: 'village-meeting-places',
    ags: ags.oberberg,
    titleDe: 'Begegnungsorte für ältere Menschen in den Dörfern schaffen',
    textDe: 'Dorfgemeinschaftshäuser öffnen wöchentlich als Treffpunkt mit Mittagstisch; der Kreis berät die Trägervereine.',
    findings: ['meeting-places-need'],
    sdgTargets: ['11.7', '3.4'],
    indicators: ['population_by_age'],
    actors: ['oberberg-regionalentwicklung'],
    history: [
      drafted('2026-04-10T10:00:00+02:00'),
      published('2026-04-30T09:00:00+02:00'),
      { at: '2026-05-20T18:30:00+02:00', status: 'AGREED', progress: 5, note: 'Im Workshop vereinbart' },
      { at: '2026-09-01T10:00:00+02:00', status: 'IN_PROGRESS', progress: 25, note: 'Zwei Dorfgemeinschaftshäuser öffnen wöchentlich' },
    ],
  },
  {
    key: 'regional-marketing',
    ags: ags.oberberg,
    titleDe: 'Regionale Vermarktung landwirtschaftlicher Erzeugnisse bündeln',
    textDe: 'Ein gemeinsamer Online-Marktplatz der Höfe bündelt Bestellungen und Lieferwege im Kreisgebiet.',
    findings: ['marketplace-idea'],
    sdgTargets: ['2.4', '12.3'],
    indicators: [],
    actors: ['biohof-wiehltal', 'oberberg-regionalentwicklung'],
    history: [
      drafted('2026-04-10T10:00:00+02:00'),
      published('2026-04-30T09:00:00+02:00'),
      { at: '2026-05-20T18:30:00+02:00', status: 'AGREED', progress: 5, note: 'Im Workshop vereinbart' },
      { at: '2026-07-01T10:00:00+02:00', status: 'IN_PROGRESS', progress: 15, note: 'Sechs Höfe beteiligen sich' },
      { at: '2026-10-05T10:00:00+02:00', status: 'ON_HOLD', progress: 15, note: 'Förderantrag abgelehnt; nächste Förderrunde 2027 abwarten' },
    ],
  },
  {
    key: 'multilingual-energy-advice',
    ags: ags.leverkusen,
    titleDe: 'Energieberatung mehrsprachig und aufsuchend anbieten',
    titleEn: 'Offer energy advice in several languages and in the neighbourhoods',
    textDe: 'Die städtische Energieberatung bietet mit Kulturvereinen und der Nachbarschaftshilfe Sprechstunden vor Ort an.',
    findings: ['energy-advice-need', 'multilingual-advice-idea'],
    sdgTargets: ['7.1', '1.4', '10.2'],
    indicators: [],
    actors: ['leverkusen-nachhaltigkeit', 'afrikanischer-kulturverein', 'nachbarschaftshilfe-rheindorf'],
    history: [
      drafted('2026-03-30T10:00:00+02:00'),
      published('2026-04-15T09:00:00+02:00'),
      { at: '2026-05-05T10:00:00+02:00', status: 'AGREED', progress: 10, note: 'Kooperationsvereinbarung unterzeichnet' },
      { at: '2026-06-15T10:00:00+02:00', status: 'IN_PROGRESS', progress: 50, note: 'Erste Sprechstunden in zwei Sprachen' },
      { at: '2026-10-01T10:00:00+02:00', status: 'IMPLEMENTED', progress: 100, note: 'Sprechstunden in vier Sprachen laufen monatlich' },
    ],
  },
  {
    key: 'sustainability-staff',
    ags: ags.rheinBerg,
    titleDe: 'In jeder kreisangehörigen Kommune eine Nachhaltigkeitsstelle schaffen',
    textDe: 'Jede der acht kreisangehörigen Kommunen richtet eine halbe Stelle für Nachhaltigkeitskoordination ein.',
    findings: ['no-staff-barrier'],
    sdgTargets: ['16.6', '17.17'],
    indicators: [],
    actors: ['klimabeirat-rheinberg', 'agenda-verein-gladbach'],
    history: [
      drafted('2026-05-04T10:00:00+02:00'),
      published('2026-05-25T09:00:00+02:00'),
      {
        at: '2026-09-24T18:00:00+02:00',
        status: 'REJECTED',
        progress: 0,
        note: 'Keine Finanzierung im Haushalt 2027; eine gemeinsame Stelle beim Kreis wird geprüft',
      },
    ],
  },
  {
    key: 'population-report',
    ags: null,
    titleDe: 'Jährlich einen Datenbericht zur Bevölkerungsentwicklung für alle Kommunen veröffentlichen',
    titleEn: 'Publish a yearly report on population development for every municipality',
    textDe: 'Die Regionalstelle veröffentlicht jedes Jahr Bevölkerungszahl und Altersstruktur aller Städte und Kreise der Region.',
    findings: ['population-data-need'],
    sdgTargets: ['17.18'],
    indicators: ['population', 'population_by_age'],
    actors: ['regionalstelle'],
    history: [
      drafted('2026-05-04T10:00:00+02:00'),
      published('2026-06-01T09:00:00+02:00'),
      { at: '2026-11-20T17:00:00+01:00', status: 'AGREED', progress: 10, note: 'Auf der Regionalkonferenz vereinbart' },
    ],
  },
  {
    key: 'twinning-climate-projects',
    ags: null,
    titleDe: 'Städtepartnerschaften für gemeinsame Klimaprojekte nutzen',
    textDe: 'Die Städte der Region prüfen mit ihren Partnerstädten gemeinsame Projekte zu Energie und Klimaanpassung.',
    findings: ['solar-project-works'],
    sdgTargets: ['17.17', '13.3'],
    indicators: [],
    actors: ['regionalstelle', 'wuppertal-nachhaltigkeit'],
    history: [drafted('2026-11-21T10:00:00+01:00')],
  },
];

export const demoAgreement = {
  key: 'agreement-oelberg',
  event: 'conference-wuppertal',
  titleDe: 'Vereinbarung „Nachhaltiges Quartier Ölberg“',
  textDe:
    'Der Bürgerverein Ölberg, die Stabsstelle Nachhaltigkeit der Stadt Wuppertal und das Institut für Stadtwandel ' +
    'vereinbaren: (1) Bis Ende 2026 wird ein dauerhafter Raum für das Repair-Café gefunden. (2) Ab dem Schuljahr ' +
    '2026/27 werden Nachhaltigkeitsrundgänge für Schulklassen angeboten. (3) Ein Initiativkreis begleitet die ' +
    'Umsetzung und berichtet nach jeder Sitzung.',
  agreedAt: '2026-06-13',
  signatories: ['buergerverein-oelberg', 'wuppertal-nachhaltigkeit', 'institut-stadtwandel'],
  recommendations: ['repair-cafe-room', 'school-walks'],
} as const;

export interface DemoCircleReport {
  meetingNumber: number;
  event: string;
  meetingDate: string;
  progressDe: string;
  hurdlesDe: string;
  solutionsDe: string;
  missingDe: string;
}

export const demoCircle = {
  key: 'circle-oelberg',
  ags: ags.wuppertal,
  nameDe: 'Initiativkreis Nachhaltiges Quartier Ölberg',
  descriptionDe: 'Setzt die Vereinbarung der Wuppertaler Vernetzungskonferenz um; trifft sich etwa alle zwei Monate.',
  foundedAt: '2026-06-13',
  agreement: demoAgreement.key,
  members: [
    { actor: 'buergerverein-oelberg', contact: 'sabine-kowalski', joinedAt: '2026-06-13' },
    { actor: 'buergerverein-oelberg', contact: 'mehmet-aydin', joinedAt: '2026-06-13' },
    { actor: 'institut-stadtwandel', contact: 'tobias-engel', joinedAt: '2026-06-13' },
    { actor: 'wuppertal-nachhaltigkeit', contact: 'katrin-vogel', joinedAt: '2026-06-13' },
    { actor: 'migrantinnenforum', contact: 'amina-yusuf', joinedAt: '2026-07-09' },
    { actor: null, contact: 'hannah-roth', joinedAt: '2026-06-13' },
  ],
  reports: [
    {
      meetingNumber: 1,
      event: 'circle-meeting-1',
      meetingDate: '2026-07-09',
      progressDe: 'Arbeitsgruppen „Raum“ und „Rundgänge“ gebildet; drei mögliche Räume besichtigt.',
      hurdlesDe: 'Die Mieten im Quartier liegen über dem Budget des Vereins.',
      solutionsDe: 'Die Stadt prüft leerstehende eigene Ladenlokale.',
      missingDe: 'Eine Ansprechperson in der Liegenschaftsverwaltung.',
    },
    {
      meetingNumber: 2,
      event: 'circle-meeting-2',
      meetingDate: '2026-09-10',
      progressDe: 'Ein städtisches Ladenlokal ist gefunden, der Mietvertrag wird vorbereitet. Rundgang-Konzept im Entwurf.',
      hurdlesDe: 'Der Brandschutz verlangt einen zweiten Rettungsweg.',
      solutionsDe: 'Das Institut für Stadtwandel vermittelt eine Architektin, die ehrenamtlich berät.',
      missingDe: 'Geld für Umbauarbeiten (etwa 8.000 Euro).',
    },
    {
      meetingNumber: 3,
      event: 'circle-meeting-3',
      meetingDate: '2026-10-22',
      progressDe: 'Förderantrag für den Umbau gestellt; zwei Probe-Rundgänge mit Schulklassen durchgeführt.',
      hurdlesDe: 'Lehrkräfte haben wenig Zeit, Rundgänge in den Unterricht einzubinden.',
      solutionsDe: 'Rundgänge werden als fertige Unterrichtseinheit mit Material angeboten.',
      missingDe: 'Weitere Ehrenamtliche, die Rundgänge leiten.',
    },
  ] satisfies DemoCircleReport[],
};
