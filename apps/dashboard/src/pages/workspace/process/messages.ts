// Strings of the process pages: events, interviews, findings, agreements and initiative circles.
// Enum values (event kinds, roles, finding kinds) take their labels from @atlas/domain.
import type { LocalMessages } from '../../../i18n/localMessages';

export interface ProcessMessages {
  navEvents: string;
  navInterviews: string;
  navFindings: string;
  navAgreements: string;
  eventsTitle: string;
  newEvent: string;
  editEvent: (title: string) => string;
  backToEvents: string;
  noEvents: string;
  kind: string;
  titleDe: string;
  titleEn: string;
  startsAt: string;
  endsAt: string;
  place: string;
  municipality: string;
  wholeRegion: string;
  description: string;
  minutes: string;
  isPublic: string;
  publicBadge: string;
  internalBadge: string;
  participants: string;
  noParticipants: string;
  actor: string;
  contact: string;
  none: string;
  role: string;
  topic: string;
  topicHint: string;
  addParticipant: string;
  removeParticipant: (name: string) => string;
  eventSaved: string;
  participantAdded: string;
  participantRemoved: string;
  interviewsTitle: string;
  staffOnly: string;
  newInterview: string;
  editInterview: string;
  noInterviews: string;
  conductedAt: string;
  notes: string;
  interviewer: string;
  interviewSaved: string;
  findingsTitle: string;
  newFinding: string;
  editFinding: string;
  noFindings: string;
  findingKind: string;
  statement: string;
  publicStatement: string;
  publicStatementHint: string;
  sourceInterview: string;
  sourceEvent: string;
  sdgTargets: string;
  sdgTargetsHint: string;
  themes: string;
  themesHint: string;
  published: string;
  draft: string;
  publish: string;
  unpublish: string;
  findingSaved: string;
  findingPublished: string;
  findingUnpublished: string;
  edit: string;
  agreementsTitle: string;
  agreementsHeading: string;
  newAgreement: string;
  editAgreement: string;
  noAgreements: string;
  agreementTitle: string;
  agreementText: string;
  agreedAt: string;
  conference: string;
  signatories: string;
  /** A list with more entries than the form loaded: shown, not edited, left as it is on saving. */
  listTooLongToEdit: (total: number) => string;
  recommendationsServed: string;
  deleteAgreement: string;
  deleteAgreementConfirm: (title: string) => string;
  agreementSaved: string;
  agreementDeleted: string;
  circlesHeading: string;
  newCircle: string;
  editCircle: string;
  noCircles: string;
  circleName: string;
  foundedAt: string;
  agreementsCarried: string;
  members: string;
  noMembers: string;
  addMember: string;
  removeMember: (name: string) => string;
  loadMoreMembers: (count: number) => string;
  circleSaved: string;
  reports: string;
  noReports: string;
  newReport: string;
  meetingNumber: string;
  meetingNumberHint: string;
  meetingDate: string;
  progress: string;
  hurdles: string;
  solutions: string;
  missing: string;
  publishNow: string;
  reportSaved: string;
  meeting: (number: number, date: string) => string;
  cancel: string;
}

const de: ProcessMessages = {
  navEvents: 'Veranstaltungen',
  navInterviews: 'Interviews',
  navFindings: 'Befunde',
  navAgreements: 'Vereinbarungen',
  eventsTitle: 'Veranstaltungen',
  newEvent: 'Neue Veranstaltung',
  editEvent: (title) => `Veranstaltung bearbeiten: ${title}`,
  backToEvents: 'Zurück zu den Veranstaltungen',
  noEvents: 'Noch keine Veranstaltungen.',
  kind: 'Art',
  titleDe: 'Titel (deutsch)',
  titleEn: 'Titel (englisch)',
  startsAt: 'Beginn',
  endsAt: 'Ende',
  place: 'Ort',
  municipality: 'Kommune',
  wholeRegion: 'Ganze Region',
  description: 'Beschreibung',
  minutes: 'Protokoll',
  isPublic: 'Öffentlich sichtbar',
  publicBadge: 'öffentlich',
  internalBadge: 'intern',
  participants: 'Teilnehmende',
  noParticipants: 'Noch niemand eingetragen.',
  actor: 'Organisation',
  contact: 'Person',
  none: '– keine –',
  role: 'Rolle',
  topic: 'Thema des Fachinputs',
  topicHint: 'Nur bei der Rolle Fachinput.',
  addParticipant: 'Teilnahme eintragen',
  removeParticipant: (name) => `${name} entfernen`,
  eventSaved: 'Veranstaltung gespeichert.',
  participantAdded: 'Teilnahme eingetragen.',
  participantRemoved: 'Teilnahme entfernt.',
  interviewsTitle: 'Interviews',
  staffOnly: 'Interviews und ihre Notizen sehen nur Mitarbeitende der Regionalstelle.',
  newInterview: 'Neues Interview',
  editInterview: 'Interview bearbeiten',
  noInterviews: 'Noch keine Interviews.',
  conductedAt: 'Geführt am',
  notes: 'Notizen',
  interviewer: 'Geführt von',
  interviewSaved: 'Interview gespeichert.',
  findingsTitle: 'Befunde',
  newFinding: 'Neuer Befund',
  editFinding: 'Befund bearbeiten',
  noFindings: 'Noch keine Befunde.',
  findingKind: 'Art des Befunds',
  statement: 'Aussage (wie festgehalten, intern)',
  publicStatement: 'Öffentliche, anonymisierte Fassung',
  publicStatementHint: 'Ohne Namen; diese Fassung erscheint nach dem Veröffentlichen.',
  sourceInterview: 'Aus Interview',
  sourceEvent: 'Aus Veranstaltung',
  sdgTargets: 'SDG-Unterziele',
  sdgTargetsHint: 'Durch Komma getrennt, z. B. 11.2, 4.7',
  themes: 'Themen',
  themesHint: 'Durch Komma getrennt, z. B. Mobilität, Ehrenamt',
  published: 'veröffentlicht',
  draft: 'Entwurf',
  publish: 'Veröffentlichen',
  unpublish: 'Zurückziehen',
  findingSaved: 'Befund gespeichert.',
  findingPublished: 'Befund veröffentlicht.',
  findingUnpublished: 'Befund zurückgezogen.',
  edit: 'Bearbeiten',
  agreementsTitle: 'Vereinbarungen und Initiativkreise',
  agreementsHeading: 'Vereinbarungen',
  newAgreement: 'Neue Vereinbarung',
  editAgreement: 'Vereinbarung bearbeiten',
  noAgreements: 'Noch keine Vereinbarungen.',
  agreementTitle: 'Titel',
  agreementText: 'Text der Vereinbarung',
  agreedAt: 'Vereinbart am',
  conference: 'Auf der Veranstaltung',
  signatories: 'Unterzeichnende Organisationen',
  listTooLongToEdit: (total) => `${total} Einträge, mehr als hier bearbeitet werden können: Beim Speichern bleibt diese Liste unverändert.`,
  recommendationsServed: 'Dient den Handlungsempfehlungen',
  deleteAgreement: 'Löschen',
  deleteAgreementConfirm: (title) => `Vereinbarung „${title}“ wirklich löschen?`,
  agreementSaved: 'Vereinbarung gespeichert.',
  agreementDeleted: 'Vereinbarung gelöscht.',
  circlesHeading: 'Initiativkreise',
  newCircle: 'Neuer Initiativkreis',
  editCircle: 'Initiativkreis bearbeiten',
  noCircles: 'Noch keine Initiativkreise.',
  circleName: 'Name',
  foundedAt: 'Gegründet am',
  agreementsCarried: 'Getragene Vereinbarungen',
  members: 'Mitglieder',
  noMembers: 'Noch keine Mitglieder.',
  addMember: 'Mitglied aufnehmen',
  removeMember: (name) => `${name} entfernen`,
  loadMoreMembers: (count) => (count === 1 ? 'Weiteres Mitglied laden' : `Weitere ${count} Mitglieder laden`),
  circleSaved: 'Initiativkreis gespeichert.',
  reports: 'Sitzungsberichte',
  noReports: 'Noch keine Berichte.',
  newReport: 'Bericht zu einer Sitzung',
  meetingNumber: 'Sitzung Nr.',
  meetingNumberHint: 'Der Prozess sieht drei Sitzungen vor (1–3).',
  meetingDate: 'Sitzungsdatum',
  progress: 'Was sich bewegt hat',
  hurdles: 'Hürden',
  solutions: 'Lösungen',
  missing: 'Was noch fehlt',
  publishNow: 'Gleich veröffentlichen',
  reportSaved: 'Bericht gespeichert.',
  meeting: (number, date) => `${number}. Sitzung am ${date}`,
  cancel: 'Abbrechen',
};

const en: ProcessMessages = {
  navEvents: 'Events',
  navInterviews: 'Interviews',
  navFindings: 'Findings',
  navAgreements: 'Agreements',
  eventsTitle: 'Events',
  newEvent: 'New event',
  editEvent: (title) => `Edit event: ${title}`,
  backToEvents: 'Back to the events',
  noEvents: 'No events yet.',
  kind: 'Kind',
  titleDe: 'Title (German)',
  titleEn: 'Title (English)',
  startsAt: 'Starts',
  endsAt: 'Ends',
  place: 'Place',
  municipality: 'Municipality',
  wholeRegion: 'Whole region',
  description: 'Description',
  minutes: 'Minutes',
  isPublic: 'Visible to the public',
  publicBadge: 'public',
  internalBadge: 'internal',
  participants: 'Participants',
  noParticipants: 'Nobody recorded yet.',
  actor: 'Organisation',
  contact: 'Person',
  none: '– none –',
  role: 'Role',
  topic: 'Topic of the expert input',
  topicHint: 'Only for the role expert input.',
  addParticipant: 'Add participant',
  removeParticipant: (name) => `Remove ${name}`,
  eventSaved: 'Event saved.',
  participantAdded: 'Participant added.',
  participantRemoved: 'Participant removed.',
  interviewsTitle: 'Interviews',
  staffOnly: 'Interviews and their notes are visible to the regional office staff only.',
  newInterview: 'New interview',
  editInterview: 'Edit interview',
  noInterviews: 'No interviews yet.',
  conductedAt: 'Conducted on',
  notes: 'Notes',
  interviewer: 'Conducted by',
  interviewSaved: 'Interview saved.',
  findingsTitle: 'Findings',
  newFinding: 'New finding',
  editFinding: 'Edit finding',
  noFindings: 'No findings yet.',
  findingKind: 'Kind of finding',
  statement: 'Statement (as recorded, internal)',
  publicStatement: 'Public, anonymised wording',
  publicStatementHint: 'Without names; this wording appears once published.',
  sourceInterview: 'From interview',
  sourceEvent: 'From event',
  sdgTargets: 'SDG targets',
  sdgTargetsHint: 'Comma-separated, e.g. 11.2, 4.7',
  themes: 'Themes',
  themesHint: 'Comma-separated, e.g. mobility, volunteering',
  published: 'published',
  draft: 'draft',
  publish: 'Publish',
  unpublish: 'Withdraw',
  findingSaved: 'Finding saved.',
  findingPublished: 'Finding published.',
  findingUnpublished: 'Finding withdrawn.',
  edit: 'Edit',
  agreementsTitle: 'Agreements and initiative circles',
  agreementsHeading: 'Agreements',
  newAgreement: 'New agreement',
  editAgreement: 'Edit agreement',
  noAgreements: 'No agreements yet.',
  agreementTitle: 'Title',
  agreementText: 'Text of the agreement',
  agreedAt: 'Agreed on',
  conference: 'At the event',
  signatories: 'Signing organisations',
  listTooLongToEdit: (total) => `${total} entries, more than can be edited here: saving leaves this list as it is.`,
  recommendationsServed: 'Serves the recommendations',
  deleteAgreement: 'Delete',
  deleteAgreementConfirm: (title) => `Really delete the agreement "${title}"?`,
  agreementSaved: 'Agreement saved.',
  agreementDeleted: 'Agreement deleted.',
  circlesHeading: 'Initiative circles',
  newCircle: 'New initiative circle',
  editCircle: 'Edit initiative circle',
  noCircles: 'No initiative circles yet.',
  circleName: 'Name',
  foundedAt: 'Founded on',
  agreementsCarried: 'Agreements carried',
  members: 'Members',
  noMembers: 'No members yet.',
  addMember: 'Add member',
  removeMember: (name) => `Remove ${name}`,
  loadMoreMembers: (count) => (count === 1 ? 'Load 1 more member' : `Load ${count} more members`),
  circleSaved: 'Initiative circle saved.',
  reports: 'Meeting reports',
  noReports: 'No reports yet.',
  newReport: 'Report on a meeting',
  meetingNumber: 'Meeting no.',
  meetingNumberHint: 'The process plans three meetings (1–3).',
  meetingDate: 'Meeting date',
  progress: 'What moved',
  hurdles: 'Hurdles',
  solutions: 'Solutions',
  missing: 'What is still missing',
  publishNow: 'Publish right away',
  reportSaved: 'Report saved.',
  meeting: (number, date) => `Meeting ${number} on ${date}`,
  cancel: 'Cancel',
};

export const processMessages: LocalMessages<ProcessMessages> = { de, en };
