// Strings of the public network, actor and partnership pages. Enum labels repeat the domain's
// (messages.test.ts checks they agree) so the public pages need not load @atlas/domain with zod.
import type { ActorLinkKind, ActorSector, ParticipationRole, PartnershipKind } from '@atlas/domain';
import type { LocalMessages } from '../../../i18n/localMessages';

export interface NetworkMessages {
  networkTitle: string;
  networkIntro: string;
  sector: Record<ActorSector, string>;
  linkKind: Record<ActorLinkKind, string>;
  partnershipKind: Record<PartnershipKind, string>;
  role: Record<ParticipationRole, string>;
  filterHeading: string;
  sectorLabel: string;
  municipalityLabel: string;
  goalLabel: string;
  allSectors: string;
  allMunicipalities: string;
  allGoals: string;
  goalOption: (number: number, title: string) => string;
  applyFilters: string;
  resetFilters: string;
  summary: (actors: number, links: number) => string;
  noActors: string;
  graphLabel: (actors: number, links: number) => string;
  graphCaption: string;
  legendHeading: string;
  tableHeading: string;
  columnNumber: string;
  columnActor: string;
  columnSector: string;
  columnMunicipality: string;
  columnDegree: string;
  columnBridging: string;
  bridgingHelp: string;
  wholeRegion: string;
  backToNetwork: string;
  actorNotFoundTitle: string;
  actorNotFoundText: string;
  demoRecord: string;
  descriptionHeading: string;
  websiteLabel: string;
  sdgHeading: string;
  noSdgs: string;
  linksHeading: string;
  noLinks: string;
  linkTo: (kind: string) => string;
  linkFrom: (kind: string) => string;
  eventsHeading: string;
  noEvents: string;
  agreementsHeading: string;
  noAgreements: string;
  partnershipsHeading: string;
  noPartnerships: string;
  partnershipsTitle: string;
  partnershipsIntro: string;
  countryHeading: (country: string, count: number) => string;
  partnerPlace: string;
  localSide: string;
  sinceYear: (year: number) => string;
  noPartnershipsAtAll: string;
  kindSummaryLabel: string;
}

const de: NetworkMessages = {
  networkTitle: 'Netzwerk der Akteure',
  networkIntro:
    'Organisationen des Agenda-2030-Prozesses im Bergischen Land und wie sie zusammenarbeiten: Kooperationen, Mitgliedschaften, Förderungen und Partnerschaften.',
  sector: {
    ADMINISTRATION: 'Verwaltung',
    POLITICS: 'Politik',
    CIVIL_SOCIETY: 'Zivilgesellschaft',
    BUSINESS: 'Wirtschaft',
    SCIENCE_EDUCATION: 'Wissenschaft und Bildung',
    CHURCH: 'Kirche',
    MIGRANT_ORGANISATION: 'Migrantenorganisation',
    MEDIA: 'Medien',
    OTHER: 'Sonstige',
  },
  linkKind: { COOPERATION: 'Kooperation', MEMBERSHIP: 'Mitgliedschaft', FUNDING: 'Förderung', PARTNERSHIP: 'Partnerschaft' },
  partnershipKind: {
    TOWN_TWINNING: 'Städtepartnerschaft',
    PROJECT: 'Projektpartnerschaft',
    SCHOOL: 'Schulpartnerschaft',
    ASSOCIATION: 'Vereinspartnerschaft',
  },
  role: { HOST: 'Gastgeber', EXPERT_INPUT: 'Fachinput', PARTICIPANT: 'Teilnahme' },
  filterHeading: 'Netzwerk filtern',
  sectorLabel: 'Sektor',
  municipalityLabel: 'Stadt oder Kreis',
  goalLabel: 'SDG',
  allSectors: 'Alle Sektoren',
  allMunicipalities: 'Alle Städte und Kreise',
  allGoals: 'Alle Ziele',
  goalOption: (number, title) => `${number} – ${title}`,
  applyFilters: 'Filter anwenden',
  resetFilters: 'Zurücksetzen',
  summary: (actors, links) => `${actors} ${actors === 1 ? 'Akteur' : 'Akteure'}, ${links} ${links === 1 ? 'Verbindung' : 'Verbindungen'}`,
  noActors: 'Keine Akteure passen zu diesen Filtern.',
  graphLabel: (actors, links) => `Netzwerkgrafik: ${actors} Akteure und ${links} Verbindungen. Die Tabelle darunter enthält dieselben Angaben.`,
  graphCaption:
    'Jeder Kreis ist ein Akteur (Nummer wie in der Tabelle), nach Sektor gruppiert und gefärbt; je größer, desto mehr Verbindungen. Ein dicker Rand zeigt Akteure, die Gruppen verbinden.',
  legendHeading: 'Sektoren',
  tableHeading: 'Akteure als Tabelle',
  columnNumber: 'Nr.',
  columnActor: 'Akteur',
  columnSector: 'Sektor',
  columnMunicipality: 'Stadt oder Kreis',
  columnDegree: 'Verbindungen',
  columnBridging: 'Brückenfunktion',
  bridgingHelp:
    'Brückenfunktion (0–1): Anteil der kürzesten Wege zwischen zwei anderen Akteuren, die über diesen Akteur laufen. Hohe Werte zeigen, wer Gruppen miteinander verbindet.',
  wholeRegion: 'Ganze Region',
  backToNetwork: 'Zurück zum Netzwerk',
  actorNotFoundTitle: 'Akteur nicht gefunden',
  actorNotFoundText: 'Diesen Akteur gibt es nicht oder nicht mehr.',
  demoRecord: 'Demo-Datensatz (erfundene Organisation)',
  descriptionHeading: 'Beschreibung',
  websiteLabel: 'Website',
  sdgHeading: 'Interessen (SDGs)',
  noSdgs: 'Keine SDGs angegeben.',
  linksHeading: 'Verbindungen',
  noLinks: 'Keine Verbindungen erfasst.',
  linkTo: (kind) => `${kind} mit`,
  linkFrom: (kind) => `${kind} von`,
  eventsHeading: 'Teilnahme an Veranstaltungen',
  noEvents: 'Keine Veranstaltungen erfasst.',
  agreementsHeading: 'Unterzeichnete Vereinbarungen',
  noAgreements: 'Keine Vereinbarungen unterzeichnet.',
  partnershipsHeading: 'Internationale Partnerschaften',
  noPartnerships: 'Keine Partnerschaften erfasst.',
  partnershipsTitle: 'Internationale Partnerschaften',
  partnershipsIntro:
    'Städtepartnerschaften sowie Projekt-, Schul- und Vereinspartnerschaften aus dem Bergischen Land, nach Partnerland geordnet.',
  countryHeading: (country, count) => `${country} (${count})`,
  partnerPlace: 'Partnerort',
  localSide: 'Hier getragen von',
  sinceYear: (year) => `seit ${year}`,
  noPartnershipsAtAll: 'Keine Partnerschaften erfasst.',
  kindSummaryLabel: 'Arten',
};

const en: NetworkMessages = {
  networkTitle: 'Network of actors',
  networkIntro:
    'Organisations of the 2030 Agenda process in the Bergisches Land and how they work together: cooperation, membership, funding and partnership.',
  sector: {
    ADMINISTRATION: 'Public administration',
    POLITICS: 'Politics',
    CIVIL_SOCIETY: 'Civil society',
    BUSINESS: 'Business',
    SCIENCE_EDUCATION: 'Science and education',
    CHURCH: 'Church',
    MIGRANT_ORGANISATION: 'Migrant organisation',
    MEDIA: 'Media',
    OTHER: 'Other',
  },
  linkKind: { COOPERATION: 'Cooperation', MEMBERSHIP: 'Membership', FUNDING: 'Funding', PARTNERSHIP: 'Partnership' },
  partnershipKind: {
    TOWN_TWINNING: 'Town twinning',
    PROJECT: 'Project partnership',
    SCHOOL: 'School partnership',
    ASSOCIATION: 'Association partnership',
  },
  role: { HOST: 'Host', EXPERT_INPUT: 'Expert input', PARTICIPANT: 'Participant' },
  filterHeading: 'Filter the network',
  sectorLabel: 'Sector',
  municipalityLabel: 'City or district',
  goalLabel: 'SDG',
  allSectors: 'All sectors',
  allMunicipalities: 'All cities and districts',
  allGoals: 'All goals',
  goalOption: (number, title) => `${number} – ${title}`,
  applyFilters: 'Apply filters',
  resetFilters: 'Reset',
  summary: (actors, links) => `${actors} ${actors === 1 ? 'actor' : 'actors'}, ${links} ${links === 1 ? 'link' : 'links'}`,
  noActors: 'No actors match these filters.',
  graphLabel: (actors, links) => `Network graph: ${actors} actors and ${links} links. The table below holds the same information.`,
  graphCaption:
    'Each circle is an actor (numbered as in the table), grouped and coloured by sector; the larger, the more links. A thick outline marks actors that bridge groups.',
  legendHeading: 'Sectors',
  tableHeading: 'Actors as a table',
  columnNumber: 'No.',
  columnActor: 'Actor',
  columnSector: 'Sector',
  columnMunicipality: 'City or district',
  columnDegree: 'Links',
  columnBridging: 'Bridging',
  bridgingHelp:
    'Bridging (0–1): the share of shortest paths between two other actors that run through this actor. High values show who connects groups.',
  wholeRegion: 'Whole region',
  backToNetwork: 'Back to the network',
  actorNotFoundTitle: 'Actor not found',
  actorNotFoundText: 'This actor does not exist or no longer exists.',
  demoRecord: 'Demo record (invented organisation)',
  descriptionHeading: 'Description',
  websiteLabel: 'Website',
  sdgHeading: 'Interests (SDGs)',
  noSdgs: 'No SDGs given.',
  linksHeading: 'Links',
  noLinks: 'No links recorded.',
  linkTo: (kind) => `${kind} with`,
  linkFrom: (kind) => `${kind} from`,
  eventsHeading: 'Events attended',
  noEvents: 'No events recorded.',
  agreementsHeading: 'Agreements signed',
  noAgreements: 'No agreements signed.',
  partnershipsHeading: 'International partnerships',
  noPartnerships: 'No partnerships recorded.',
  partnershipsTitle: 'International partnerships',
  partnershipsIntro: 'Town twinnings and project, school and association partnerships of the Bergisches Land, by partner country.',
  countryHeading: (country, count) => `${country} (${count})`,
  partnerPlace: 'Partner place',
  localSide: 'Carried here by',
  sinceYear: (year) => `since ${year}`,
  noPartnershipsAtAll: 'No partnerships recorded.',
  kindSummaryLabel: 'Kinds',
};

export const networkMessages: LocalMessages<NetworkMessages> = { de, en };
