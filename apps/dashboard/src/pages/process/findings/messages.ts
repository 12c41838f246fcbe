// Strings of the public findings overview and the initiative-circle pages.
import type { LocalMessages } from '../../../i18n/localMessages';

export type FindingKindName = 'WORKS_WELL' | 'NEED' | 'IDEA' | 'BARRIER';

/** The order the overview shows the kinds in: from what exists to what stands in the way. */
export const FINDING_KINDS: readonly FindingKindName[] = ['WORKS_WELL', 'NEED', 'IDEA', 'BARRIER'];

export interface ProcessMessages {
  findingsTitle: string;
  findingsIntro: string;
  findingKind: Record<FindingKindName, string>;
  findingCount: (count: number) => string;
  noExamples: string;
  examplesHeading: string;
  totalFindings: (count: number) => string;
  noFindings: string;
  municipalityLabel: string;
  goalLabel: string;
  allMunicipalities: string;
  allGoals: string;
  goalOption: (number: number, title: string) => string;
  filterHeading: string;
  applyFilters: string;
  wholeRegion: string;
  overviewCaption: (where: string, goal: number | null) => string;
  circlesTitle: string;
  circlesIntro: string;
  noCircles: string;
  foundedOn: (date: string) => string;
  memberCount: (count: number) => string;
  reportCount: (count: number) => string;
  lastMeeting: (date: string) => string;
  circleNotFoundTitle: string;
  circleNotFoundText: string;
  backToCircles: string;
  membersHeading: string;
  membersNote: (shown: number, total: number) => string;
  noOrganisations: string;
  agreementsHeading: string;
  agreedOn: (date: string) => string;
  signatories: string;
  servesRecommendations: string;
  derivedFrom: string;
  noRecommendations: string;
  reportsHeading: string;
  reportsIntro: string;
  noReports: string;
  meeting: (number: number, date: string) => string;
  progress: string;
  hurdles: string;
  solutions: string;
  missing: string;
  onAgreements: string;
  seeFindings: string;
  moreLinks: string;
  publicationsLink: string;
  conferenceLink: string;
  circlesLink: string;
  findingsLink: string;
  processLink: string;
  fromEvent: (title: string) => string;
}

export const processMessages: LocalMessages<ProcessMessages> = {
  de: {
    findingsTitle: 'Erkenntnisse aus dem Prozess',
    findingsIntro:
      'Was in Interviews und Workshops gesagt wurde, veröffentlicht in anonymisierter Form: was bereits gut funktioniert, was gebraucht wird, Ideen und Hürden.',
    findingKind: { WORKS_WELL: 'Was gut funktioniert', NEED: 'Was gebraucht wird', IDEA: 'Ideen', BARRIER: 'Hürden' },
    findingCount: (count) => (count === 1 ? '1 Erkenntnis' : `${count} Erkenntnisse`),
    noExamples: 'Keine veröffentlichten Erkenntnisse dieser Art.',
    examplesHeading: 'Beispiele',
    totalFindings: (count) => (count === 1 ? 'Insgesamt 1 veröffentlichte Erkenntnis.' : `Insgesamt ${count} veröffentlichte Erkenntnisse.`),
    noFindings: 'Für diese Auswahl gibt es noch keine veröffentlichten Erkenntnisse.',
    municipalityLabel: 'Kommune',
    goalLabel: 'Nachhaltigkeitsziel',
    allMunicipalities: 'Ganze Region',
    allGoals: 'Alle Ziele',
    goalOption: (number, title) => `${number} ${title}`,
    filterHeading: 'Erkenntnisse filtern',
    applyFilters: 'Anzeigen',
    wholeRegion: 'ganze Region',
    overviewCaption: (where, goal) => (goal === null ? `Erkenntnisse: ${where}` : `Erkenntnisse: ${where}, Ziel ${goal}`),
    circlesTitle: 'Initiativkreise',
    circlesIntro:
      'Initiativkreise setzen die Vereinbarungen der Vernetzungskonferenzen um. Über die Ergebnisse jeder Sitzung wird hier regelmäßig berichtet.',
    noCircles: 'Es gibt noch keine Initiativkreise.',
    foundedOn: (date) => `gegründet am ${date}`,
    memberCount: (count) => (count === 1 ? '1 Mitglied' : `${count} Mitglieder`),
    reportCount: (count) => (count === 1 ? '1 Sitzungsbericht' : `${count} Sitzungsberichte`),
    lastMeeting: (date) => `letzte Sitzung am ${date}`,
    circleNotFoundTitle: 'Initiativkreis nicht gefunden',
    circleNotFoundText: 'Diesen Initiativkreis gibt es nicht (mehr).',
    backToCircles: 'Alle Initiativkreise',
    membersHeading: 'Mitwirkende Organisationen',
    membersNote: (shown, total) =>
      `${total === 1 ? '1 Mitglied' : `${total} Mitglieder`}; öffentlich genannt werden nur Organisationen (${shown}).`,
    noOrganisations: 'Keine Organisationen genannt.',
    agreementsHeading: 'Vereinbarungen, die der Kreis umsetzt',
    agreedOn: (date) => `vereinbart am ${date}`,
    signatories: 'Unterzeichnet von',
    servesRecommendations: 'Dient den Handlungsempfehlungen',
    derivedFrom: 'abgeleitet aus den Erkenntnissen',
    noRecommendations: 'Keine veröffentlichten Handlungsempfehlungen verknüpft.',
    reportsHeading: 'Sitzungsberichte',
    reportsIntro: 'Neueste Sitzung zuerst.',
    noReports: 'Es gibt noch keine veröffentlichten Sitzungsberichte.',
    meeting: (number, date) => `${number}. Sitzung am ${date}`,
    progress: 'Was sich bewegt hat',
    hurdles: 'Hürden',
    solutions: 'Lösungen',
    missing: 'Was noch fehlt',
    onAgreements: 'Zur Vereinbarung',
    seeFindings: 'Alle Erkenntnisse der Kommune',
    moreLinks: 'Mehr zum Prozess',
    publicationsLink: 'Veröffentlichungen',
    conferenceLink: 'Regionalkonferenz',
    circlesLink: 'Initiativkreise',
    findingsLink: 'Erkenntnisse',
    processLink: 'Der Prozess im Überblick',
    fromEvent: (title) => `aus: ${title}`,
  },
  en: {
    findingsTitle: 'Findings of the process',
    findingsIntro:
      'What was said in interviews and workshops, published in anonymised form: what already works, what is needed, ideas and barriers.',
    findingKind: { WORKS_WELL: 'What works well', NEED: 'What is needed', IDEA: 'Ideas', BARRIER: 'Barriers' },
    findingCount: (count) => (count === 1 ? '1 finding' : `${count} findings`),
    noExamples: 'No published findings of this kind.',
    examplesHeading: 'Examples',
    totalFindings: (count) => (count === 1 ? '1 published finding in total.' : `${count} published findings in total.`),
    noFindings: 'There are no published findings for this selection yet.',
    municipalityLabel: 'Municipality',
    goalLabel: 'Sustainable Development Goal',
    allMunicipalities: 'Whole region',
    allGoals: 'All goals',
    goalOption: (number, title) => `${number} ${title}`,
    filterHeading: 'Filter findings',
    applyFilters: 'Show',
    wholeRegion: 'whole region',
    overviewCaption: (where, goal) => (goal === null ? `Findings: ${where}` : `Findings: ${where}, goal ${goal}`),
    circlesTitle: 'Initiative circles (Initiativkreise)',
    circlesIntro:
      'Initiative circles implement the agreements of the local networking conferences. The results of every meeting are reported here.',
    noCircles: 'There are no initiative circles yet.',
    foundedOn: (date) => `founded on ${date}`,
    memberCount: (count) => (count === 1 ? '1 member' : `${count} members`),
    reportCount: (count) => (count === 1 ? '1 meeting report' : `${count} meeting reports`),
    lastMeeting: (date) => `last meeting on ${date}`,
    circleNotFoundTitle: 'Initiative circle not found',
    circleNotFoundText: 'This initiative circle does not exist (any more).',
    backToCircles: 'All initiative circles',
    membersHeading: 'Organisations taking part',
    membersNote: (shown, total) =>
      `${total === 1 ? '1 member' : `${total} members`}; only organisations are named publicly (${shown}).`,
    noOrganisations: 'No organisations named.',
    agreementsHeading: 'Agreements the circle implements',
    agreedOn: (date) => `agreed on ${date}`,
    signatories: 'Signed by',
    servesRecommendations: 'Serves the recommendations',
    derivedFrom: 'derived from the findings',
    noRecommendations: 'No published recommendations linked.',
    reportsHeading: 'Meeting reports',
    reportsIntro: 'Latest meeting first.',
    noReports: 'There are no published meeting reports yet.',
    meeting: (number, date) => `Meeting ${number} on ${date}`,
    progress: 'What moved',
    hurdles: 'Hurdles',
    solutions: 'Solutions',
    missing: 'What is still missing',
    onAgreements: 'On the agreement',
    seeFindings: 'All findings of the municipality',
    moreLinks: 'More on the process',
    publicationsLink: 'Publications',
    conferenceLink: 'Regional conference',
    circlesLink: 'Initiative circles',
    findingsLink: 'Findings',
    processLink: 'The process at a glance',
    fromEvent: (title) => `from: ${title}`,
  },
};
