// Strings of the public event pages, the process timeline and the process overview. Enum labels
// repeat the domain's (messages.test.ts checks they agree) so these pages need not load zod.
import type { EventKind, FindingKind, ParticipationRole, ProcessStep } from '@atlas/domain';
import type { LocalMessages } from '../../../i18n/localMessages';

export type EventTime = 'upcoming' | 'past';

export interface EventMessages {
  navProcess: string;
  eventsTitle: string;
  eventsIntro: string;
  kind: Record<EventKind, string>;
  role: Record<ParticipationRole, string>;
  findingKind: Record<FindingKind, string>;
  step: Record<ProcessStep, string>;
  filterHeading: string;
  kindLabel: string;
  allKinds: string;
  municipalityLabel: string;
  allMunicipalities: string;
  timeLabel: string;
  time: Record<'all' | EventTime, string>;
  applyFilters: string;
  resetFilters: string;
  resultCount: (count: number) => string;
  moreThanShown: (shown: number, total: number) => string;
  noEvents: string;
  wholeRegion: string;
  backToEvents: string;
  eventNotFoundTitle: string;
  eventNotFoundText: string;
  demoRecord: string;
  dateLabel: string;
  placeLabel: string;
  noPlace: string;
  descriptionHeading: string;
  participantsHeading: string;
  noParticipants: string;
  participantsNote: string;
  minutesHeading: string;
  noMinutes: string;
  outcomesHeading: string;
  findingsHeading: string;
  noFindings: string;
  agreementsHeading: string;
  noAgreements: string;
  signedBy: string;
  servesRecommendations: string;
  timelineHeading: (name: string) => string;
  timelineLabel: (name: string) => string;
  stepDone: string;
  stepOpen: string;
  stepCount: (count: number) => string;
  stepSince: (date: string) => string;
  stepLast: (date: string) => string;
  stepNext: (date: string) => string;
  processTitle: string;
  processIntro: string;
  processPagesHeading: string;
  pageNetwork: string;
  pagePartnerships: string;
  pageEvents: string;
  pageFindings: string;
  pageCircles: string;
  pagePublications: string;
  pageRegionalConference: string;
  timelinesHeading: string;
}

const de: EventMessages = {
  navProcess: 'Prozess',
  eventsTitle: 'Veranstaltungen',
  eventsIntro: 'Kick-offs, Workshops, Vernetzungskonferenzen, Initiativkreise und die Regionalkonferenz des Agenda-2030-Prozesses.',
  kind: {
    KICK_OFF: 'Kick-off',
    WORKSHOP: 'Workshop',
    LOCAL_CONFERENCE: 'Vernetzungskonferenz',
    REGIONAL_CONFERENCE: 'Regionalkonferenz',
    CIRCLE_MEETING: 'Sitzung des Initiativkreises',
    OTHER: 'Sonstige Veranstaltung',
  },
  role: { HOST: 'Gastgeber', EXPERT_INPUT: 'Fachinput', PARTICIPANT: 'Teilnahme' },
  findingKind: { WORKS_WELL: 'Was gut funktioniert', NEED: 'Bedarf', IDEA: 'Idee', BARRIER: 'Hürde' },
  step: {
    KICK_OFF_HELD: 'Kick-off',
    INTERVIEWS_DONE: 'Interviews',
    WORKSHOP_HELD: 'Workshop',
    RECOMMENDATIONS_PUBLISHED: 'Handlungsempfehlungen veröffentlicht',
    CONFERENCE_HELD: 'Vernetzungskonferenz',
    CIRCLES_MEETING: 'Initiativkreise tagen',
  },
  filterHeading: 'Veranstaltungen filtern',
  kindLabel: 'Art',
  allKinds: 'Alle Arten',
  municipalityLabel: 'Stadt oder Kreis',
  allMunicipalities: 'Alle Städte und Kreise',
  timeLabel: 'Zeitraum',
  time: { all: 'Alle', upcoming: 'Kommende', past: 'Vergangene' },
  applyFilters: 'Filter anwenden',
  resetFilters: 'Zurücksetzen',
  resultCount: (count) => (count === 1 ? '1 Veranstaltung' : `${count} Veranstaltungen`),
  moreThanShown: (shown, total) => `Die ${shown} nächstliegenden von ${total} werden gezeigt; grenzen Sie die Auswahl mit den Filtern ein.`,
  noEvents: 'Keine Veranstaltungen passen zu diesen Filtern.',
  wholeRegion: 'Ganze Region',
  backToEvents: 'Zurück zu den Veranstaltungen',
  eventNotFoundTitle: 'Veranstaltung nicht gefunden',
  eventNotFoundText: 'Diese Veranstaltung gibt es nicht, oder sie ist nicht öffentlich.',
  demoRecord: 'Demo-Datensatz (erfundene Veranstaltung)',
  dateLabel: 'Datum',
  placeLabel: 'Ort',
  noPlace: 'Ort nicht angegeben',
  descriptionHeading: 'Worum es ging',
  participantsHeading: 'Beteiligte Organisationen',
  noParticipants: 'Keine Organisationen erfasst.',
  participantsNote: 'Gezeigt werden Organisationen, keine Personen.',
  minutesHeading: 'Protokoll',
  noMinutes: 'Kein Protokoll veröffentlicht.',
  outcomesHeading: 'Was dabei herauskam',
  findingsHeading: 'Befunde',
  noFindings: 'Keine veröffentlichten Befunde.',
  agreementsHeading: 'Vereinbarungen',
  noAgreements: 'Keine Vereinbarungen.',
  signedBy: 'Unterzeichnet von: ',
  servesRecommendations: 'Dient den Handlungsempfehlungen:',
  timelineHeading: (name) => `Stand des Prozesses: ${name}`,
  timelineLabel: (name) => `Prozessschritte in ${name}`,
  stepDone: 'erreicht',
  stepOpen: 'noch offen',
  stepCount: (count) => `${count}×`,
  stepSince: (date) => `seit ${date}`,
  stepLast: (date) => `zuletzt ${date}`,
  stepNext: (date) => `nächster Termin ${date}`,
  processTitle: 'Der Agenda-2030-Prozess',
  processIntro:
    'In jeder Stadt und jedem Kreis läuft der Prozess in Schritten: Kick-off, Interviews, Workshop, Handlungsempfehlungen, Vernetzungskonferenz und Initiativkreise.',
  processPagesHeading: 'Mehr zum Prozess',
  pageNetwork: 'Netzwerk der Akteure',
  pagePartnerships: 'Internationale Partnerschaften',
  pageEvents: 'Veranstaltungen',
  pageFindings: 'Befunde',
  pageCircles: 'Initiativkreise',
  pagePublications: 'Veröffentlichungen',
  pageRegionalConference: 'Regionalkonferenz',
  timelinesHeading: 'Stand in den Städten und Kreisen',
};

const en: EventMessages = {
  navProcess: 'Process',
  eventsTitle: 'Events',
  eventsIntro: 'Kick-offs, workshops, networking conferences, initiative circles and the regional conference of the 2030 Agenda process.',
  kind: {
    KICK_OFF: 'Kick-off',
    WORKSHOP: 'Workshop',
    LOCAL_CONFERENCE: 'Local networking conference',
    REGIONAL_CONFERENCE: 'Regional conference',
    CIRCLE_MEETING: 'Initiative circle meeting',
    OTHER: 'Other event',
  },
  role: { HOST: 'Host', EXPERT_INPUT: 'Expert input', PARTICIPANT: 'Participant' },
  findingKind: { WORKS_WELL: 'What works well', NEED: 'Need', IDEA: 'Idea', BARRIER: 'Barrier' },
  step: {
    KICK_OFF_HELD: 'Kick-off',
    INTERVIEWS_DONE: 'Interviews',
    WORKSHOP_HELD: 'Workshop',
    RECOMMENDATIONS_PUBLISHED: 'Recommendations published',
    CONFERENCE_HELD: 'Networking conference',
    CIRCLES_MEETING: 'Initiative circles meeting',
  },
  filterHeading: 'Filter events',
  kindLabel: 'Kind',
  allKinds: 'All kinds',
  municipalityLabel: 'City or district',
  allMunicipalities: 'All cities and districts',
  timeLabel: 'Time',
  time: { all: 'All', upcoming: 'Upcoming', past: 'Past' },
  applyFilters: 'Apply filters',
  resetFilters: 'Reset',
  resultCount: (count) => (count === 1 ? '1 event' : `${count} events`),
  moreThanShown: (shown, total) => `Showing the ${shown} nearest of ${total}; narrow the selection with the filters.`,
  noEvents: 'No events match these filters.',
  wholeRegion: 'Whole region',
  backToEvents: 'Back to the events',
  eventNotFoundTitle: 'Event not found',
  eventNotFoundText: 'This event does not exist or is not public.',
  demoRecord: 'Demo record (invented event)',
  dateLabel: 'Date',
  placeLabel: 'Place',
  noPlace: 'Place not given',
  descriptionHeading: 'What it was about',
  participantsHeading: 'Organisations taking part',
  noParticipants: 'No organisations recorded.',
  participantsNote: 'Organisations are shown, never persons.',
  minutesHeading: 'Minutes',
  noMinutes: 'No minutes published.',
  outcomesHeading: 'What came out of it',
  findingsHeading: 'Findings',
  noFindings: 'No published findings.',
  agreementsHeading: 'Agreements',
  noAgreements: 'No agreements.',
  signedBy: 'Signed by: ',
  servesRecommendations: 'Serves the recommendations:',
  timelineHeading: (name) => `Where the process stands: ${name}`,
  timelineLabel: (name) => `Process steps in ${name}`,
  stepDone: 'reached',
  stepOpen: 'not yet',
  stepCount: (count) => `${count}×`,
  stepSince: (date) => `since ${date}`,
  stepLast: (date) => `latest ${date}`,
  stepNext: (date) => `next ${date}`,
  processTitle: 'The 2030 Agenda process',
  processIntro:
    'In every city and district the process runs in steps: kick-off, interviews, workshop, recommendations, networking conference and initiative circles.',
  processPagesHeading: 'More about the process',
  pageNetwork: 'Network of actors',
  pagePartnerships: 'International partnerships',
  pageEvents: 'Events',
  pageFindings: 'Findings',
  pageCircles: 'Initiative circles',
  pagePublications: 'Publications',
  pageRegionalConference: 'Regional conference',
  timelinesHeading: 'Where the cities and districts stand',
};

export const eventMessages: LocalMessages<EventMessages> = { de, en };
