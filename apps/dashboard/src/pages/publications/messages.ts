// Strings of the public publication pages, the regional conference page and the legal pages.
import type { LocalMessages } from '../../i18n/localMessages';

type PublicationKindName = 'SITUATION_ANALYSIS' | 'REGIONAL_CONFERENCE' | 'IMPRINT' | 'PRIVACY' | 'PAGE';
type ProcessStepName = 'KICK_OFF_HELD' | 'INTERVIEWS_DONE' | 'WORKSHOP_HELD' | 'RECOMMENDATIONS_PUBLISHED' | 'CONFERENCE_HELD' | 'CIRCLES_MEETING';

/** The order of the local process, as the timeline runs. */
export const PROCESS_STEPS: readonly ProcessStepName[] = [
  'KICK_OFF_HELD',
  'INTERVIEWS_DONE',
  'WORKSHOP_HELD',
  'RECOMMENDATIONS_PUBLISHED',
  'CONFERENCE_HELD',
  'CIRCLES_MEETING',
];

export interface PublicationMessages {
  listTitle: string;
  listIntro: string;
  noPublications: string;
  kind: Record<PublicationKindName, string>;
  publishedOn: (date: string) => string;
  draft: string;
  draftNotice: string;
  demoNotice: string;
  notFoundTitle: string;
  notFoundText: string;
  legalMissingText: string;
  backToList: string;
  print: string;
  embeddedFindings: string;
  embeddedStructure: string;
  embeddedNote: string;
  municipalityProfile: (name: string) => string;
  conferenceTitle: string;
  conferenceIntro: string;
  conferenceNoText: string;
  conferenceEvents: string;
  noConferenceEvents: string;
  localProcesses: string;
  localProcessesIntro: string;
  step: Record<ProcessStepName, string>;
  stepsDone: (done: number, total: number) => string;
  stepDone: string;
  stepOpen: string;
  profileLink: string;
  findingsLink: string;
  analysisLink: string;
  footerLegal: string;
  imprint: string;
  privacy: string;
  publications: string;
}

export const publicationMessages: LocalMessages<PublicationMessages> = {
  de: {
    listTitle: 'Veröffentlichungen',
    listIntro: 'Die Situations- und Ressourcenanalysen der Kommunen und weitere Texte der Regionalstelle.',
    noPublications: 'Es gibt noch keine Veröffentlichungen.',
    kind: {
      SITUATION_ANALYSIS: 'Situations- und Ressourcenanalyse',
      REGIONAL_CONFERENCE: 'Regionalkonferenz',
      IMPRINT: 'Impressum',
      PRIVACY: 'Datenschutz',
      PAGE: 'Seite',
    },
    publishedOn: (date) => `veröffentlicht am ${date}`,
    draft: 'Entwurf',
    draftNotice: 'Entwurf: nur für Mitarbeitende der Regionalstelle sichtbar.',
    demoNotice: 'Demo-Inhalt',
    notFoundTitle: 'Veröffentlichung nicht gefunden',
    notFoundText: 'Diese Veröffentlichung gibt es nicht oder sie ist noch nicht veröffentlicht.',
    legalMissingText: 'Dieser Text ist noch nicht veröffentlicht.',
    backToList: 'Alle Veröffentlichungen',
    print: 'Drucken',
    embeddedFindings: 'Erkenntnisse aus Interviews und Workshops',
    embeddedStructure: 'Strukturdaten',
    embeddedNote: 'Die folgenden Abschnitte kommen aus den aktuellen Daten von Agenda Atlas.',
    municipalityProfile: (name) => `Alle Daten zu ${name}`,
    conferenceTitle: 'Regionalkonferenz',
    conferenceIntro:
      'Die Regionalkonferenz führt die lokalen Prozesse zusammen und verbindet sie mit EU, Bund und Land sowie den transnationalen Partnerschaften der Region.',
    conferenceNoText: 'Der Text zur Regionalkonferenz ist noch nicht veröffentlicht.',
    conferenceEvents: 'Termine',
    noConferenceEvents: 'Es ist noch keine Regionalkonferenz angekündigt.',
    localProcesses: 'Die lokalen Prozesse',
    localProcessesIntro: 'Wo der Prozess in jeder Kommune steht.',
    step: {
      KICK_OFF_HELD: 'Kick-off',
      INTERVIEWS_DONE: 'Interviews',
      WORKSHOP_HELD: 'Workshop',
      RECOMMENDATIONS_PUBLISHED: 'Handlungsempfehlungen',
      CONFERENCE_HELD: 'Vernetzungskonferenz',
      CIRCLES_MEETING: 'Initiativkreise',
    },
    stepsDone: (done, total) => `${done} von ${total} Schritten`,
    stepDone: 'erledigt',
    stepOpen: 'offen',
    profileLink: 'Kommunenprofil',
    findingsLink: 'Erkenntnisse',
    analysisLink: 'Situationsanalyse',
    footerLegal: 'Rechtliches',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    publications: 'Veröffentlichungen',
  },
  en: {
    listTitle: 'Publications',
    listIntro: 'The situation and resource analyses of the municipalities and further texts of the regional office.',
    noPublications: 'There are no publications yet.',
    kind: {
      SITUATION_ANALYSIS: 'Situation and resource analysis',
      REGIONAL_CONFERENCE: 'Regional conference',
      IMPRINT: 'Legal notice',
      PRIVACY: 'Privacy',
      PAGE: 'Page',
    },
    publishedOn: (date) => `published on ${date}`,
    draft: 'Draft',
    draftNotice: 'Draft: visible to the staff of the regional office only.',
    demoNotice: 'Demo content',
    notFoundTitle: 'Publication not found',
    notFoundText: 'This publication does not exist or has not been published yet.',
    legalMissingText: 'This text has not been published yet.',
    backToList: 'All publications',
    print: 'Print',
    embeddedFindings: 'Findings from interviews and workshops',
    embeddedStructure: 'Structural data',
    embeddedNote: 'The following sections come from the current data of Agenda Atlas.',
    municipalityProfile: (name) => `All data on ${name}`,
    conferenceTitle: 'Regional conference',
    conferenceIntro:
      'The regional conference brings the local processes together and links them with the EU, federal and state levels and with the transnational partnerships of the region.',
    conferenceNoText: 'The text on the regional conference has not been published yet.',
    conferenceEvents: 'Dates',
    noConferenceEvents: 'No regional conference has been announced yet.',
    localProcesses: 'The local processes',
    localProcessesIntro: 'Where the process stands in each municipality.',
    step: {
      KICK_OFF_HELD: 'Kick-off',
      INTERVIEWS_DONE: 'Interviews',
      WORKSHOP_HELD: 'Workshop',
      RECOMMENDATIONS_PUBLISHED: 'Recommendations',
      CONFERENCE_HELD: 'Networking conference',
      CIRCLES_MEETING: 'Initiative circles',
    },
    stepsDone: (done, total) => `${done} of ${total} steps`,
    stepDone: 'done',
    stepOpen: 'open',
    profileLink: 'Municipality profile',
    findingsLink: 'Findings',
    analysisLink: 'Situation analysis',
    footerLegal: 'Legal',
    imprint: 'Legal notice',
    privacy: 'Privacy',
    publications: 'Publications',
  },
};
