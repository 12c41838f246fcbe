// Strings of the consent log: recording, withdrawal, exports and erasure of a person.
import type { LocalMessages } from '../../../i18n/localMessages';

export interface ConsentMessages {
  navConsents: string;
  title: string;
  intro: string;
  downloadsHeading: string;
  csvLink: string;
  csvHint: string;
  filterLabel: string;
  filterAll: string;
  filterCurrent: string;
  filterWithdrawn: string;
  logCaption: string;
  count: (shown: number, total: number) => string;
  noConsents: string;
  columnPerson: string;
  columnGiven: string;
  columnMethod: string;
  columnVersion: string;
  columnState: string;
  columnActions: string;
  stateCurrent: string;
  stateWithdrawn: (when: string) => string;
  stateErased: string;
  withdraw: (name: string) => string;
  withdrawn: (name: string) => string;
  previousPage: string;
  nextPage: string;
  recordHeading: string;
  personSearchLabel: string;
  personLabel: string;
  choosePerson: string;
  noEmail: string;
  givenAtLabel: string;
  eventLabel: string;
  noEvent: string;
  methodLabel: string;
  textVersionLabel: string;
  textVersionHint: string;
  record: string;
  recorded: (name: string) => string;
  saving: string;
  personsHeading: string;
  personsText: string;
  personsCaption: string;
  noPersons: string;
  columnEmail: string;
  columnOrganisation: string;
  jsonExport: (name: string) => string;
  erase: (name: string) => string;
  eraseTitle: (name: string) => string;
  eraseRemoved: string;
  eraseKept: string;
  eraseIrreversible: string;
  eraseConfirmLabel: (name: string) => string;
  eraseConfirm: string;
  erased: string;
  cancel: string;
  required: string;
  optional: string;
}

const de: ConsentMessages = {
  navConsents: 'Einwilligungen',
  title: 'Einwilligungen zum Netzwerkverteiler',
  intro:
    'Wer in den Verteiler aufgenommen wird, braucht eine Einwilligung: wann, bei welcher Veranstaltung, wie (Unterschriftenliste oder Online-Formular) und zu welcher Fassung des Einwilligungstexts. Ein Widerruf bleibt im Protokoll stehen.',
  downloadsHeading: 'Verteiler herunterladen',
  csvLink: 'CSV der Personen mit gültiger Einwilligung (für das Mail-Programm)',
  csvHint: 'Enthält genau die Personen, deren Einwilligung gilt: nicht widerrufen und nicht gelöscht.',
  filterLabel: 'Anzeigen',
  filterAll: 'Alle',
  filterCurrent: 'Gültige',
  filterWithdrawn: 'Widerrufene und gelöschte',
  logCaption: 'Einwilligungsprotokoll, neueste zuerst',
  count: (shown, total) => `${shown} von ${total} Einträgen`,
  noConsents: 'Keine Einwilligungen für diese Auswahl.',
  columnPerson: 'Person',
  columnGiven: 'Erteilt am',
  columnMethod: 'Wie',
  columnVersion: 'Textfassung',
  columnState: 'Stand',
  columnActions: 'Aktionen',
  stateCurrent: 'gültig',
  stateWithdrawn: (when) => `widerrufen am ${when}`,
  stateErased: 'Person gelöscht',
  withdraw: (name) => `Einwilligung von ${name} widerrufen`,
  withdrawn: (name) => `Die Einwilligung von ${name} ist widerrufen.`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  recordHeading: 'Einwilligung erfassen',
  personSearchLabel: 'Person suchen',
  personLabel: 'Person',
  choosePerson: '– Person wählen –',
  noEmail: 'keine E-Mail-Adresse',
  givenAtLabel: 'Erteilt am',
  eventLabel: 'Veranstaltung (Unterschriftenliste)',
  noEvent: '– keine –',
  methodLabel: 'Wie erteilt',
  textVersionLabel: 'Fassung des Einwilligungstexts',
  textVersionHint: 'z. B. 2026-01',
  record: 'Einwilligung speichern',
  recorded: (name) => `Die Einwilligung von ${name} ist gespeichert.`,
  saving: 'Speichert …',
  personsHeading: 'Auskunft und Löschung',
  personsText: 'Auskunft: alle gespeicherten Daten einer Person als JSON. Löschung auf Wunsch der Person.',
  personsCaption: 'Personen der Region',
  noPersons: 'Keine Personen gefunden.',
  columnEmail: 'E-Mail',
  columnOrganisation: 'Organisation',
  jsonExport: (name) => `Daten von ${name} (JSON)`,
  erase: (name) => `${name} löschen`,
  eraseTitle: (name) => `Personenbezogene Daten von ${name} löschen?`,
  eraseRemoved:
    'Gelöscht werden: Vor- und Nachname (werden zu „Gelöscht“), E-Mail-Adresse, Telefon, Funktion und Notizen; Notizen aus Interviews mit der Person werden geleert; alle Einwilligungen enden, die Person fällt aus dem Verteiler.',
  eraseKept:
    'Erhalten bleiben nur anonyme Angaben, damit Zählungen stimmen: dass es eine Person gab, ihre Teilnahmen an Veranstaltungen und Initiativkreisen und die Einträge im Einwilligungsprotokoll – ohne Namen und Kontaktdaten.',
  eraseIrreversible: 'Das lässt sich nicht rückgängig machen.',
  eraseConfirmLabel: (name) => `Zur Bestätigung den Namen „${name}“ eingeben`,
  eraseConfirm: 'Endgültig löschen',
  erased: 'Die personenbezogenen Daten sind gelöscht.',
  cancel: 'Abbrechen',
  required: 'Pflichtfeld',
  optional: 'optional',
};

const en: ConsentMessages = {
  navConsents: 'Consents',
  title: 'Consents to the network mailing list',
  intro:
    'Everyone on the mailing list needs a consent: when, at which event, how (signed list or online form) and to which version of the consent text. A withdrawal stays in the log.',
  downloadsHeading: 'Download the mailing list',
  csvLink: 'CSV of the persons with a consent in force (for the mail tool)',
  csvHint: 'Holds exactly the persons whose consent is in force: not withdrawn and not erased.',
  filterLabel: 'Show',
  filterAll: 'All',
  filterCurrent: 'In force',
  filterWithdrawn: 'Withdrawn and erased',
  logCaption: 'Consent log, newest first',
  count: (shown, total) => `${shown} of ${total} entries`,
  noConsents: 'No consents for this selection.',
  columnPerson: 'Person',
  columnGiven: 'Given',
  columnMethod: 'How',
  columnVersion: 'Text version',
  columnState: 'State',
  columnActions: 'Actions',
  stateCurrent: 'in force',
  stateWithdrawn: (when) => `withdrawn on ${when}`,
  stateErased: 'person erased',
  withdraw: (name) => `Withdraw the consent of ${name}`,
  withdrawn: (name) => `The consent of ${name} is withdrawn.`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  recordHeading: 'Record a consent',
  personSearchLabel: 'Search persons',
  personLabel: 'Person',
  choosePerson: '– choose a person –',
  noEmail: 'no email address',
  givenAtLabel: 'Given on',
  eventLabel: 'Event (signed list)',
  noEvent: '– none –',
  methodLabel: 'How it was given',
  textVersionLabel: 'Version of the consent text',
  textVersionHint: 'e.g. 2026-01',
  record: 'Save consent',
  recorded: (name) => `The consent of ${name} is saved.`,
  saving: 'Saving …',
  personsHeading: 'Access and erasure',
  personsText: 'Access: everything stored about a person as JSON. Erasure at the person’s request.',
  personsCaption: 'Persons of the region',
  noPersons: 'No persons found.',
  columnEmail: 'Email',
  columnOrganisation: 'Organisation',
  jsonExport: (name) => `Data of ${name} (JSON)`,
  erase: (name) => `Erase ${name}`,
  eraseTitle: (name) => `Erase the personal data of ${name}?`,
  eraseRemoved:
    'Erased: first and last name (become “Gelöscht”), email address, phone, function and notes; notes of interviews with the person are cleared; all consents end and the person leaves the mailing list.',
  eraseKept:
    'Only anonymous facts stay so that counts remain right: that there was a person, their participation in events and initiative circles and the entries of the consent log – without name or contact data.',
  eraseIrreversible: 'This cannot be undone.',
  eraseConfirmLabel: (name) => `To confirm, type the name “${name}”`,
  eraseConfirm: 'Erase for good',
  erased: 'The personal data is erased.',
  cancel: 'Cancel',
  required: 'required',
  optional: 'optional',
};

export const consentMessages: LocalMessages<ConsentMessages> = { de, en };
