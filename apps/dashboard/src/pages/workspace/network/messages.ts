// Strings of the staff pages for actors, contacts, links, partnerships and the actor CSV import.
import type { LocalMessages } from '../../../i18n/localMessages';

export interface NetworkMessages {
  navActors: string;
  navActorImport: string;
  actorsTitle: string;
  newActor: string;
  searchLabel: string;
  sectorLabel: string;
  allSectors: string;
  municipalityLabel: string;
  allMunicipalities: string;
  wholeRegion: string;
  goalLabel: string;
  allGoals: string;
  includeArchived: string;
  filter: string;
  actorsCaption: string;
  columnName: string;
  columnSector: string;
  columnMunicipality: string;
  count: (shown: number, total: number) => string;
  previousPage: string;
  nextPage: string;
  noActors: string;
  archivedBadge: string;
  newActorTitle: string;
  nameLabel: string;
  descriptionLabel: string;
  websiteLabel: string;
  websiteHint: string;
  sdgLabel: string;
  required: string;
  optional: string;
  create: string;
  save: string;
  saving: string;
  cancel: string;
  edit: string;
  checkFields: string;
  failed: (reason: string) => string;
  saved: string;
  notFound: string;
  backToList: string;
  actorDetailsHeading: string;
  archive: string;
  archiveTitle: (name: string) => string;
  archiveText: string;
  archiveConfirm: string;
  archivedNotice: string;
  contactsHeading: string;
  noContacts: string;
  newContact: string;
  editContact: (name: string) => string;
  contactsCaption: string;
  columnEmail: string;
  columnPhone: string;
  columnRole: string;
  columnActions: string;
  firstNameLabel: string;
  lastNameLabel: string;
  emailLabel: string;
  phoneLabel: string;
  roleTitleLabel: string;
  notesLabel: string;
  personalDataHint: string;
  linksHeading: string;
  noLinks: string;
  linksCaption: string;
  columnKind: string;
  columnOther: string;
  columnNote: string;
  direction: string;
  outgoing: string;
  incoming: string;
  addLink: string;
  linkKindLabel: string;
  linkTargetLabel: string;
  linkTargetSearch: string;
  chooseActor: string;
  linkNoteLabel: string;
  removeLink: (name: string) => string;
  partnershipsHeading: string;
  noPartnerships: string;
  partnershipsCaption: string;
  newPartnership: string;
  editPartnership: (place: string) => string;
  partnershipKindLabel: string;
  partnerPlaceLabel: string;
  partnerCountryLabel: string;
  partnerCountryHint: string;
  sinceYearLabel: string;
  columnPlace: string;
  columnCountry: string;
  columnSince: string;
  importTitle: string;
  importText: string;
  importColumns: string;
  fileLabel: string;
  pasteLabel: string;
  dryRunButton: string;
  importButton: string;
  importing: string;
  dryRunOk: (actors: number, updated: number, contacts: number) => string;
  importDone: (actors: number, updated: number, contacts: number) => string;
  importRefused: (count: number) => string;
  previewCaption: string;
  problemsCaption: string;
  columnLine: string;
  columnColumn: string;
  columnReason: string;
  wholeRow: string;
  fileReadFailed: (name: string) => string;
}

const de: NetworkMessages = {
  navActors: 'Akteure',
  navActorImport: 'Akteure importieren',
  actorsTitle: 'Akteure',
  newActor: 'Neuer Akteur',
  searchLabel: 'Suche in Name und Beschreibung',
  sectorLabel: 'Bereich',
  allSectors: 'Alle Bereiche',
  municipalityLabel: 'Kommune',
  allMunicipalities: 'Alle Kommunen',
  wholeRegion: 'Ganze Region',
  goalLabel: 'SDG',
  allGoals: 'Alle SDGs',
  includeArchived: 'Archivierte zeigen',
  filter: 'Filtern',
  actorsCaption: 'Akteure der Region',
  columnName: 'Name',
  columnSector: 'Bereich',
  columnMunicipality: 'Kommune',
  count: (shown, total) => `${shown} von ${total} Akteuren`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  noActors: 'Keine Akteure für diese Filter.',
  archivedBadge: 'archiviert',
  newActorTitle: 'Neuer Akteur',
  nameLabel: 'Name',
  descriptionLabel: 'Beschreibung',
  websiteLabel: 'Website',
  websiteHint: 'Mit http:// oder https://',
  sdgLabel: 'SDG-Interessen',
  required: 'Pflichtfeld',
  optional: 'optional',
  create: 'Anlegen',
  save: 'Speichern',
  saving: 'Speichert …',
  cancel: 'Abbrechen',
  edit: 'Bearbeiten',
  checkFields: 'Bitte prüfen Sie die markierten Felder.',
  failed: (reason) => `Das hat nicht geklappt: ${reason}`,
  saved: 'Gespeichert.',
  notFound: 'Diesen Akteur gibt es nicht (mehr).',
  backToList: 'Zur Akteursliste',
  actorDetailsHeading: 'Angaben',
  archive: 'Archivieren',
  archiveTitle: (name) => `„${name}“ archivieren?`,
  archiveText:
    'Der Akteur verschwindet aus den Listen und der Netzwerkansicht. Veranstaltungen und Interviews behalten ihn. Mitarbeitende sehen ihn weiter unter „Archivierte zeigen“.',
  archiveConfirm: 'Ja, archivieren',
  archivedNotice: 'Dieser Akteur ist archiviert.',
  contactsHeading: 'Ansprechpersonen',
  noContacts: 'Noch keine Ansprechpersonen.',
  newContact: 'Neue Ansprechperson',
  editContact: (name) => `${name} bearbeiten`,
  contactsCaption: 'Ansprechpersonen (personenbezogene Daten, nur für Mitarbeitende)',
  columnEmail: 'E-Mail',
  columnPhone: 'Telefon',
  columnRole: 'Funktion',
  columnActions: 'Aktionen',
  firstNameLabel: 'Vorname',
  lastNameLabel: 'Nachname',
  emailLabel: 'E-Mail-Adresse',
  phoneLabel: 'Telefon',
  roleTitleLabel: 'Funktion',
  notesLabel: 'Notizen',
  personalDataHint: 'Personenbezogene Daten: nur Mitarbeitende der Regionalstelle sehen sie.',
  linksHeading: 'Verbindungen',
  noLinks: 'Noch keine Verbindungen.',
  linksCaption: 'Verbindungen zu anderen Akteuren',
  columnKind: 'Art',
  columnOther: 'Akteur',
  columnNote: 'Notiz',
  direction: 'Richtung',
  outgoing: 'von hier',
  incoming: 'zu hier',
  addLink: 'Verbindung hinzufügen',
  linkKindLabel: 'Art der Verbindung',
  linkTargetLabel: 'Anderer Akteur',
  linkTargetSearch: 'Akteur suchen',
  chooseActor: '– Akteur wählen –',
  linkNoteLabel: 'Notiz zur Verbindung',
  removeLink: (name) => `Verbindung zu ${name} entfernen`,
  partnershipsHeading: 'Partnerschaften',
  noPartnerships: 'Noch keine Partnerschaften.',
  partnershipsCaption: 'Transnationale Partnerschaften',
  newPartnership: 'Neue Partnerschaft',
  editPartnership: (place) => `Partnerschaft mit ${place} bearbeiten`,
  partnershipKindLabel: 'Art der Partnerschaft',
  partnerPlaceLabel: 'Partnerort',
  partnerCountryLabel: 'Partnerland',
  partnerCountryHint: 'Ländercode aus zwei Buchstaben, z. B. NI für Nicaragua',
  sinceYearLabel: 'Seit (Jahr)',
  columnPlace: 'Ort',
  columnCountry: 'Land',
  columnSince: 'Seit',
  importTitle: 'Akteure und Ansprechpersonen importieren',
  importText:
    'Prüfen Sie die Datei zuerst im Probelauf. Importiert wird alles oder nichts: Bei einem Fehler wird keine Zeile übernommen. Ein vorhandener Name aktualisiert den Akteur.',
  importColumns:
    'Spalten: name, sector, municipality_ags, description_de, website, sdg_goals, contact_first_name, contact_last_name, contact_email, contact_phone, contact_role. Pflicht: name und sector. Eine Zeile je Ansprechperson.',
  fileLabel: 'CSV-Datei',
  pasteLabel: 'oder CSV-Text einfügen',
  dryRunButton: 'Probelauf',
  importButton: 'Importieren',
  importing: 'Prüft …',
  dryRunOk: (actors, updated, contacts) =>
    `Probelauf ohne Fehler: ${actors} neue und ${updated} geänderte Akteure, ${contacts} Ansprechpersonen. Noch nichts gespeichert.`,
  importDone: (actors, updated, contacts) => `Importiert: ${actors} neue und ${updated} geänderte Akteure, ${contacts} Ansprechpersonen.`,
  importRefused: (count) => `Nicht importiert: ${count} ${count === 1 ? 'Problem' : 'Probleme'}. Es wurde nichts gespeichert.`,
  previewCaption: 'Vorschau: diese Akteure und Ansprechpersonen würden importiert',
  problemsCaption: 'Probleme je Zeile',
  columnLine: 'Zeile',
  columnColumn: 'Spalte',
  columnReason: 'Grund',
  wholeRow: 'ganze Zeile',
  fileReadFailed: (name) => `Die Datei ${name} ließ sich nicht lesen.`,
};

const en: NetworkMessages = {
  navActors: 'Actors',
  navActorImport: 'Import actors',
  actorsTitle: 'Actors',
  newActor: 'New actor',
  searchLabel: 'Search name and description',
  sectorLabel: 'Sector',
  allSectors: 'All sectors',
  municipalityLabel: 'Municipality',
  allMunicipalities: 'All municipalities',
  wholeRegion: 'Whole region',
  goalLabel: 'SDG',
  allGoals: 'All SDGs',
  includeArchived: 'Show archived',
  filter: 'Filter',
  actorsCaption: 'Actors of the region',
  columnName: 'Name',
  columnSector: 'Sector',
  columnMunicipality: 'Municipality',
  count: (shown, total) => `${shown} of ${total} actors`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  noActors: 'No actors match these filters.',
  archivedBadge: 'archived',
  newActorTitle: 'New actor',
  nameLabel: 'Name',
  descriptionLabel: 'Description',
  websiteLabel: 'Website',
  websiteHint: 'Starting with http:// or https://',
  sdgLabel: 'SDG interests',
  required: 'required',
  optional: 'optional',
  create: 'Create',
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  edit: 'Edit',
  checkFields: 'Please check the marked fields.',
  failed: (reason) => `That did not work: ${reason}`,
  saved: 'Saved.',
  notFound: 'This actor does not exist (any more).',
  backToList: 'Back to the actors',
  actorDetailsHeading: 'Details',
  archive: 'Archive',
  archiveTitle: (name) => `Archive “${name}”?`,
  archiveText:
    'The actor leaves the lists and the network view. Events and interviews keep it. Staff still see it with “Show archived”.',
  archiveConfirm: 'Yes, archive',
  archivedNotice: 'This actor is archived.',
  contactsHeading: 'Contact persons',
  noContacts: 'No contact persons yet.',
  newContact: 'New contact person',
  editContact: (name) => `Edit ${name}`,
  contactsCaption: 'Contact persons (personal data, staff only)',
  columnEmail: 'Email',
  columnPhone: 'Phone',
  columnRole: 'Function',
  columnActions: 'Actions',
  firstNameLabel: 'First name',
  lastNameLabel: 'Last name',
  emailLabel: 'Email address',
  phoneLabel: 'Phone',
  roleTitleLabel: 'Function',
  notesLabel: 'Notes',
  personalDataHint: 'Personal data: only staff of the regional office see it.',
  linksHeading: 'Links',
  noLinks: 'No links yet.',
  linksCaption: 'Links to other actors',
  columnKind: 'Kind',
  columnOther: 'Actor',
  columnNote: 'Note',
  direction: 'Direction',
  outgoing: 'from here',
  incoming: 'to here',
  addLink: 'Add link',
  linkKindLabel: 'Kind of link',
  linkTargetLabel: 'Other actor',
  linkTargetSearch: 'Search actors',
  chooseActor: '– choose an actor –',
  linkNoteLabel: 'Note on the link',
  removeLink: (name) => `Remove link to ${name}`,
  partnershipsHeading: 'Partnerships',
  noPartnerships: 'No partnerships yet.',
  partnershipsCaption: 'Transnational partnerships',
  newPartnership: 'New partnership',
  editPartnership: (place) => `Edit partnership with ${place}`,
  partnershipKindLabel: 'Kind of partnership',
  partnerPlaceLabel: 'Partner place',
  partnerCountryLabel: 'Partner country',
  partnerCountryHint: 'Two-letter country code, e.g. NI for Nicaragua',
  sinceYearLabel: 'Since (year)',
  columnPlace: 'Place',
  columnCountry: 'Country',
  columnSince: 'Since',
  importTitle: 'Import actors and contact persons',
  importText: 'Check the file with a dry run first. All or nothing: with any problem no row is taken over. An existing name updates that actor.',
  importColumns:
    'Columns: name, sector, municipality_ags, description_de, website, sdg_goals, contact_first_name, contact_last_name, contact_email, contact_phone, contact_role. Required: name and sector. One row per contact person.',
  fileLabel: 'CSV file',
  pasteLabel: 'or paste CSV text',
  dryRunButton: 'Dry run',
  importButton: 'Import',
  importing: 'Checking …',
  dryRunOk: (actors, updated, contacts) => `Dry run without problems: ${actors} new and ${updated} changed actors, ${contacts} contact persons. Nothing saved yet.`,
  importDone: (actors, updated, contacts) => `Imported: ${actors} new and ${updated} changed actors, ${contacts} contact persons.`,
  importRefused: (count) => `Not imported: ${count} ${count === 1 ? 'problem' : 'problems'}. Nothing was saved.`,
  previewCaption: 'Preview: these actors and contact persons would be imported',
  problemsCaption: 'Problems per line',
  columnLine: 'Line',
  columnColumn: 'Column',
  columnReason: 'Reason',
  wholeRow: 'whole row',
  fileReadFailed: (name) => `The file ${name} could not be read.`,
};

export const networkMessages: LocalMessages<NetworkMessages> = { de, en };
