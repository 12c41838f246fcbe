// Strings of the staff workspace (board, table, recommendation page, status dialog, forms, CSV, users).
import type { LocalMessages } from '../../i18n/localMessages';
import type { SortKey } from '../recommendations/filters';

export interface WorkspaceMessages {
  navHeading: string;
  navBoard: string;
  navNew: string;
  navCsv: string;
  navUsers: string;
  boardTitle: string;
  viewLabel: string;
  viewBoard: string;
  viewTable: string;
  statusFilterLabel: string;
  searchLabel: string;
  tableCaption: string;
  sortBy: Record<SortKey, string>;
  sortAscending: string;
  sortDescending: string;
  columnEmpty: string;
  cardCount: (count: number) => string;
  truncated: (shown: number, total: number) => string;
  archivedBadge: string;
  draftHint: string;
  detailVersion: (version: number) => string;
  actionsLabel: string;
  changeStatus: string;
  edit: string;
  archive: string;
  archiveConfirm: string;
  archived: string;
  publicPageLink: string;
  finalStatus: string;
  dialogTitle: string;
  dialogCurrent: (status: string, progress: number) => string;
  targetStatusLabel: string;
  keepStatus: (status: string) => string;
  progressInputLabel: string;
  progressHint: (min: number, max: number) => string;
  progressFixed: (value: number) => string;
  noteLabel: string;
  noteRequiredHint: string;
  noteOptionalHint: string;
  required: string;
  save: string;
  saving: string;
  cancel: string;
  close: string;
  saved: string;
  conflictTitle: string;
  conflictText: string;
  conflictReloaded: (version: number) => string;
  failed: (reason: string) => string;
  checkFields: string;
  newTitle: string;
  editTitle: (title: string) => string;
  titleDeLabel: string;
  titleEnLabel: string;
  textDeLabel: string;
  textEnLabel: string;
  municipalitySelectLabel: string;
  dueDateInputLabel: string;
  parentLabel: string;
  noParent: string;
  weightLabel: string;
  weightHint: string;
  optional: string;
  create: string;
  linksTitle: string;
  linksIntro: string;
  sdgTargetsInputLabel: string;
  sdgTargetsInputHint: string;
  indicatorSearchLabel: string;
  indicatorsInputLabel: string;
  addLinks: string;
  removeLink: (name: string) => string;
  actorSearchLabel: string;
  actorsInputLabel: string;
  findingMunicipalityLabel: string;
  allMunicipalities: string;
  findingSearchLabel: string;
  findingSearchHint: string;
  findingsInputLabel: string;
  findingOption: (statement: string, kind: string, place: string) => string;
  csvTitle: string;
  exportHeading: string;
  exportText: string;
  exportLink: string;
  importHeading: string;
  importText: string;
  fileLabel: string;
  pasteLabel: string;
  dryRunButton: string;
  importButton: string;
  importing: string;
  dryRunOk: (created: number, updated: number) => string;
  importDone: (created: number, updated: number) => string;
  importRefused: (count: number) => string;
  problemsCaption: string;
  columnLine: string;
  columnColumn: string;
  columnReason: string;
  wholeRow: string;
  fileReadFailed: (name: string) => string;
  usersTitle: string;
  usersCaption: string;
  columnName: string;
  columnEmail: string;
  columnRole: string;
  columnState: string;
  columnActions: string;
  stateActive: string;
  stateDisabled: string;
  stateLocked: (until: string) => string;
  roleFor: (name: string) => string;
  disable: (name: string) => string;
  enable: (name: string) => string;
  youMarker: string;
  createUserHeading: string;
  displayNameLabel: string;
  passwordInputLabel: string;
  passwordHint: string;
  roleLabel: string;
  createUser: string;
  userCreated: (email: string) => string;
  userUpdated: (name: string) => string;
  navTargets: string;
  targetsTitle: string;
  targetsIntro: string;
  targetIndicatorLabel: string;
  targetIndicatorPlaceholder: string;
  targetsCaption: (indicator: string) => string;
  targetsNone: string;
  columnScope: string;
  columnUnit: string;
  columnYear: string;
  columnTarget: string;
  columnNote: string;
  scopeLabel: Record<'COUNTRY' | 'REGION' | 'MUNICIPALITY', string>;
  comparatorLabel: Record<'AT_LEAST' | 'AT_MOST' | 'EQUAL', string>;
  wholeRegionUnit: string;
  countryUnit: string;
  readOnlyNational: string;
  deleteTarget: (unit: string, year: number) => string;
  deleteTargetConfirm: (unit: string, year: number) => string;
  targetDeleted: string;
  targetFormHeading: string;
  targetFormHint: string;
  targetUnitLabel: string;
  targetYearLabel: string;
  targetValueLabel: (unit: string) => string;
  targetComparatorLabel: string;
  targetComparatorDefault: string;
  targetNoteDeLabel: string;
  targetNoteEnLabel: string;
  targetSourceLabel: string;
  targetSourceHint: string;
  targetSave: string;
  targetSaved: string;
  targetNumberInvalid: string;
}

const de: WorkspaceMessages = {
  navHeading: 'Arbeitsbereich',
  navBoard: 'Empfehlungen',
  navNew: 'Neue Empfehlung',
  navCsv: 'CSV-Import und -Export',
  navUsers: 'Konten',
  boardTitle: 'Handlungsempfehlungen bearbeiten',
  viewLabel: 'Ansicht',
  viewBoard: 'Tafel',
  viewTable: 'Tabelle',
  statusFilterLabel: 'Status',
  searchLabel: 'Text',
  tableCaption: 'Handlungsempfehlungen',
  sortBy: { title: 'Titel', municipality: 'Kommune', status: 'Status', progress: 'Fortschritt', dueDate: 'Fällig' },
  sortAscending: 'aufsteigend sortiert',
  sortDescending: 'absteigend sortiert',
  columnEmpty: 'keine',
  cardCount: (count) => (count === 1 ? '1 Empfehlung' : `${count} Empfehlungen`),
  truncated: (shown, total) => `Es werden ${shown} von ${total} Empfehlungen gezeigt; grenzen Sie die Auswahl mit den Filtern ein.`,
  archivedBadge: 'archiviert',
  draftHint: 'Entwürfe sind nur im Arbeitsbereich sichtbar.',
  detailVersion: (version) => `Version ${version}`,
  actionsLabel: 'Aktionen',
  changeStatus: 'Status und Fortschritt ändern',
  edit: 'Bearbeiten',
  archive: 'Archivieren',
  archiveConfirm: 'Diese Empfehlung archivieren? Sie verschwindet aus den Listen, ihr Verlauf bleibt erhalten.',
  archived: 'Die Empfehlung ist archiviert.',
  publicPageLink: 'Öffentliche Seite',
  finalStatus: 'Dieser Status ist endgültig; eine veränderte Lage bekommt eine neue Empfehlung.',
  dialogTitle: 'Status und Fortschritt ändern',
  dialogCurrent: (status, progress) => `Aktuell: ${status}, ${progress} %`,
  targetStatusLabel: 'Neuer Status',
  keepStatus: (status) => `${status} (nur Fortschritt ändern)`,
  progressInputLabel: 'Fortschritt in %',
  progressHint: (min, max) => `erlaubt: ${min} bis ${max} %`,
  progressFixed: (value) => `in diesem Status immer ${value} %`,
  noteLabel: 'Notiz',
  noteRequiredHint: 'Pflichtfeld: Begründen Sie die Änderung.',
  noteOptionalHint: 'Optional; erscheint im öffentlichen Verlauf.',
  required: 'Pflichtfeld',
  save: 'Speichern',
  saving: 'Wird gespeichert …',
  cancel: 'Abbrechen',
  close: 'Schließen',
  saved: 'Gespeichert.',
  conflictTitle: 'Inzwischen von jemand anderem geändert',
  conflictText:
    'Diese Empfehlung wurde geändert, seit Sie sie geöffnet haben. Die aktuelle Fassung ist jetzt geladen; Ihre Eingaben sind erhalten. Prüfen Sie Status und Fortschritt und speichern Sie erneut.',
  conflictReloaded: (version) => `Jetzt geladen: Version ${version}.`,
  failed: (reason) => `Nicht gespeichert: ${reason}`,
  checkFields: 'Bitte prüfen Sie die markierten Felder.',
  newTitle: 'Neue Handlungsempfehlung',
  editTitle: (title) => `„${title}“ bearbeiten`,
  titleDeLabel: 'Titel (deutsch)',
  titleEnLabel: 'Titel (englisch)',
  textDeLabel: 'Text (deutsch)',
  textEnLabel: 'Text (englisch)',
  municipalitySelectLabel: 'Kommune',
  dueDateInputLabel: 'Fällig am',
  parentLabel: 'Übergeordnete Empfehlung',
  noParent: 'keine',
  weightLabel: 'Gewicht im Fortschritt der übergeordneten Empfehlung',
  weightHint: '0 bis 100; 0 zählt nicht mit.',
  optional: 'optional',
  create: 'Anlegen',
  linksTitle: 'Verknüpfungen',
  linksIntro: 'SDG-Unterziele, Indikatoren, verantwortliche Akteure und die Erkenntnisse, aus denen die Empfehlung folgt.',
  sdgTargetsInputLabel: 'SDG-Unterziele hinzufügen',
  sdgTargetsInputHint: 'Codes durch Komma getrennt, z. B. 11.2, 11.6',
  indicatorSearchLabel: 'Indikatoren suchen',
  indicatorsInputLabel: 'Indikator hinzufügen',
  addLinks: 'Verknüpfen',
  removeLink: (name) => `„${name}“ entfernen`,
  actorSearchLabel: 'Akteure suchen',
  actorsInputLabel: 'Verantwortlichen Akteur hinzufügen',
  findingMunicipalityLabel: 'Erkenntnisse aus',
  allMunicipalities: 'allen Kommunen der Region',
  findingSearchLabel: 'Erkenntnisse durchsuchen',
  findingSearchHint: 'Sucht im Wortlaut der Erkenntnisse.',
  findingsInputLabel: 'Erkenntnis hinzufügen',
  findingOption: (statement, kind, place) => `${statement} – ${kind}, ${place}`,
  csvTitle: 'CSV-Import und -Export',
  exportHeading: 'Export',
  exportText:
    'Alle Empfehlungen Ihrer Region als CSV (UTF-8, Komma). Ändern Sie die Datei in einer Tabellenkalkulation und importieren Sie sie wieder: Zeilen mit id werden aktualisiert, Zeilen ohne id neu angelegt.',
  exportLink: 'Empfehlungen als CSV herunterladen',
  importHeading: 'Import',
  importText:
    'Alles oder nichts: Zuerst prüft ein Probelauf jede Zeile, ohne etwas zu speichern. Erst wenn keine Zeile fehlerhaft ist, können Sie importieren.',
  fileLabel: 'CSV-Datei wählen',
  pasteLabel: 'oder CSV-Text einfügen',
  dryRunButton: 'Prüfen (Probelauf)',
  importButton: 'Jetzt importieren',
  importing: 'Wird verarbeitet …',
  dryRunOk: (created, updated) => `Probelauf ohne Fehler: ${created} neue und ${updated} geänderte Empfehlungen. Noch ist nichts gespeichert.`,
  importDone: (created, updated) => `Importiert: ${created} neue und ${updated} geänderte Empfehlungen.`,
  importRefused: (count) => `Die Datei wurde nicht übernommen, nichts wurde gespeichert: ${count === 1 ? '1 Problem' : `${count} Probleme`}.`,
  problemsCaption: 'Probleme der Datei',
  columnLine: 'Zeile',
  columnColumn: 'Spalte',
  columnReason: 'Grund',
  wholeRow: 'ganze Zeile',
  fileReadFailed: (name) => `Die Datei „${name}“ konnte nicht gelesen werden.`,
  usersTitle: 'Konten',
  usersCaption: 'Konten der Region',
  columnName: 'Name',
  columnEmail: 'E-Mail',
  columnRole: 'Rolle',
  columnState: 'Zustand',
  columnActions: 'Aktionen',
  stateActive: 'aktiv',
  stateDisabled: 'gesperrt',
  stateLocked: (until) => `nach Fehlversuchen gesperrt bis ${until}`,
  roleFor: (name) => `Rolle von ${name}`,
  disable: (name) => `${name} sperren`,
  enable: (name) => `${name} entsperren`,
  youMarker: '(Sie)',
  createUserHeading: 'Konto anlegen',
  displayNameLabel: 'Name',
  passwordInputLabel: 'Anfangspasswort',
  passwordHint: 'Mindestens 10 Zeichen; geben Sie es der Person auf sicherem Weg weiter.',
  roleLabel: 'Rolle',
  createUser: 'Konto anlegen',
  userCreated: (email) => `Konto ${email} angelegt.`,
  userUpdated: (name) => `Konto von ${name} geändert.`,
  navTargets: 'Zielwerte',
  targetsTitle: 'Lokale Zielwerte',
  targetsIntro: 'Zielwerte der Region oder einer Kommune für einen Indikator. Nationale Ziele der Nachhaltigkeitsstrategie sind nur lesbar.',
  targetIndicatorLabel: 'Indikator',
  targetIndicatorPlaceholder: '– Indikator wählen –',
  targetsCaption: (indicator) => `Zielwerte für „${indicator}“`,
  targetsNone: 'Für diesen Indikator gibt es noch keine Zielwerte.',
  columnScope: 'Ebene',
  columnUnit: 'Gebiet',
  columnYear: 'Zieljahr',
  columnTarget: 'Zielwert',
  columnNote: 'Beschreibung',
  scopeLabel: { COUNTRY: 'national', REGION: 'Region', MUNICIPALITY: 'Kommune' },
  comparatorLabel: { AT_LEAST: 'mindestens', AT_MOST: 'höchstens', EQUAL: 'genau' },
  wholeRegionUnit: 'Bergisches Land (Region)',
  countryUnit: 'Deutschland',
  readOnlyNational: 'nur lesbar',
  deleteTarget: (unit, year) => `Zielwert ${unit} ${year} löschen`,
  deleteTargetConfirm: (unit, year) => `Zielwert für ${unit} (${year}) wirklich löschen?`,
  targetDeleted: 'Zielwert gelöscht.',
  targetFormHeading: 'Zielwert festlegen',
  targetFormHint: 'Ein vorhandener Zielwert für dasselbe Gebiet und Jahr wird ersetzt.',
  targetUnitLabel: 'Gebiet',
  targetYearLabel: 'Zieljahr',
  targetValueLabel: (unit) => (unit ? `Zielwert (${unit})` : 'Zielwert'),
  targetComparatorLabel: 'Vergleich',
  targetComparatorDefault: 'nach Wirkungsrichtung des Indikators',
  targetNoteDeLabel: 'Beschreibung (deutsch)',
  targetNoteEnLabel: 'Beschreibung (englisch)',
  targetSourceLabel: 'Quelle',
  targetSourceHint: 'z. B. ein Ratsbeschluss mit Datum',
  targetSave: 'Zielwert speichern',
  targetSaved: 'Zielwert gespeichert.',
  targetNumberInvalid: 'muss eine Zahl sein',
};

const en: WorkspaceMessages = {
  navHeading: 'Workspace',
  navBoard: 'Recommendations',
  navNew: 'New recommendation',
  navCsv: 'CSV import and export',
  navUsers: 'Accounts',
  boardTitle: 'Edit local action recommendations',
  viewLabel: 'View',
  viewBoard: 'Board',
  viewTable: 'Table',
  statusFilterLabel: 'Status',
  searchLabel: 'Text',
  tableCaption: 'Local action recommendations',
  sortBy: { title: 'Title', municipality: 'Municipality', status: 'Status', progress: 'Progress', dueDate: 'Due' },
  sortAscending: 'sorted ascending',
  sortDescending: 'sorted descending',
  columnEmpty: 'none',
  cardCount: (count) => (count === 1 ? '1 recommendation' : `${count} recommendations`),
  truncated: (shown, total) => `Showing ${shown} of ${total} recommendations; narrow the selection with the filters.`,
  archivedBadge: 'archived',
  draftHint: 'Drafts are visible in the workspace only.',
  detailVersion: (version) => `Version ${version}`,
  actionsLabel: 'Actions',
  changeStatus: 'Change status and progress',
  edit: 'Edit',
  archive: 'Archive',
  archiveConfirm: 'Archive this recommendation? It disappears from the lists; its history is kept.',
  archived: 'The recommendation is archived.',
  publicPageLink: 'Public page',
  finalStatus: 'This status is final; a changed situation gets a new recommendation.',
  dialogTitle: 'Change status and progress',
  dialogCurrent: (status, progress) => `Now: ${status}, ${progress} %`,
  targetStatusLabel: 'New status',
  keepStatus: (status) => `${status} (update progress only)`,
  progressInputLabel: 'Progress in %',
  progressHint: (min, max) => `allowed: ${min} to ${max} %`,
  progressFixed: (value) => `always ${value} % in this status`,
  noteLabel: 'Note',
  noteRequiredHint: 'Required: give the reason for the change.',
  noteOptionalHint: 'Optional; shown in the public history.',
  required: 'required',
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  close: 'Close',
  saved: 'Saved.',
  conflictTitle: 'Changed by someone else',
  conflictText:
    'This recommendation was changed by someone else since you opened it. The current version is now loaded and nothing you entered is lost. Check status and progress, then save again.',
  conflictReloaded: (version) => `Now loaded: version ${version}.`,
  failed: (reason) => `Not saved: ${reason}`,
  checkFields: 'Please check the marked fields.',
  newTitle: 'New local action recommendation',
  editTitle: (title) => `Edit “${title}”`,
  titleDeLabel: 'Title (German)',
  titleEnLabel: 'Title (English)',
  textDeLabel: 'Text (German)',
  textEnLabel: 'Text (English)',
  municipalitySelectLabel: 'Municipality',
  dueDateInputLabel: 'Due on',
  parentLabel: 'Parent recommendation',
  noParent: 'none',
  weightLabel: "Weight in the parent recommendation's progress",
  weightHint: '0 to 100; 0 does not count.',
  optional: 'optional',
  create: 'Create',
  linksTitle: 'Links',
  linksIntro: 'SDG targets, indicators, responsible actors and the findings the recommendation follows from.',
  sdgTargetsInputLabel: 'Add SDG targets',
  sdgTargetsInputHint: 'Codes separated by commas, e.g. 11.2, 11.6',
  indicatorSearchLabel: 'Search indicators',
  indicatorsInputLabel: 'Add an indicator',
  addLinks: 'Link',
  removeLink: (name) => `Remove “${name}”`,
  actorSearchLabel: 'Search actors',
  actorsInputLabel: 'Add a responsible actor',
  findingMunicipalityLabel: 'Findings from',
  allMunicipalities: 'all municipalities of the region',
  findingSearchLabel: 'Search findings',
  findingSearchHint: 'Searches the wording of the findings.',
  findingsInputLabel: 'Add a finding',
  findingOption: (statement, kind, place) => `${statement} – ${kind}, ${place}`,
  csvTitle: 'CSV import and export',
  exportHeading: 'Export',
  exportText:
    'All recommendations of your region as CSV (UTF-8, comma). Edit the file in a spreadsheet and import it again: rows with an id are updated, rows without one are created.',
  exportLink: 'Download recommendations as CSV',
  importHeading: 'Import',
  importText:
    'All or nothing: a dry run first checks every row without saving anything. Only when no row has a problem can you import.',
  fileLabel: 'Choose a CSV file',
  pasteLabel: 'or paste CSV text',
  dryRunButton: 'Check (dry run)',
  importButton: 'Import now',
  importing: 'Processing …',
  dryRunOk: (created, updated) => `Dry run without problems: ${created} new and ${updated} changed recommendations. Nothing is saved yet.`,
  importDone: (created, updated) => `Imported: ${created} new and ${updated} changed recommendations.`,
  importRefused: (count) => `The file was refused and nothing was saved: ${count === 1 ? '1 problem' : `${count} problems`}.`,
  problemsCaption: 'Problems of the file',
  columnLine: 'Line',
  columnColumn: 'Column',
  columnReason: 'Reason',
  wholeRow: 'whole row',
  fileReadFailed: (name) => `The file “${name}” could not be read.`,
  usersTitle: 'Accounts',
  usersCaption: 'Accounts of the region',
  columnName: 'Name',
  columnEmail: 'Email',
  columnRole: 'Role',
  columnState: 'State',
  columnActions: 'Actions',
  stateActive: 'active',
  stateDisabled: 'disabled',
  stateLocked: (until) => `locked after failed sign-ins until ${until}`,
  roleFor: (name) => `Role of ${name}`,
  disable: (name) => `Disable ${name}`,
  enable: (name) => `Enable ${name}`,
  youMarker: '(you)',
  createUserHeading: 'Create an account',
  displayNameLabel: 'Name',
  passwordInputLabel: 'Initial password',
  passwordHint: 'At least 10 characters; pass it on to the person securely.',
  roleLabel: 'Role',
  createUser: 'Create account',
  userCreated: (email) => `Account ${email} created.`,
  userUpdated: (name) => `Account of ${name} changed.`,
  navTargets: 'Targets',
  targetsTitle: 'Local targets',
  targetsIntro: 'Targets of the region or of a city or district for one indicator. National targets of the sustainability strategy are read-only.',
  targetIndicatorLabel: 'Indicator',
  targetIndicatorPlaceholder: '– choose an indicator –',
  targetsCaption: (indicator) => `Targets for “${indicator}”`,
  targetsNone: 'This indicator has no targets yet.',
  columnScope: 'Level',
  columnUnit: 'Area',
  columnYear: 'Target year',
  columnTarget: 'Target value',
  columnNote: 'Description',
  scopeLabel: { COUNTRY: 'national', REGION: 'region', MUNICIPALITY: 'city/district' },
  comparatorLabel: { AT_LEAST: 'at least', AT_MOST: 'at most', EQUAL: 'exactly' },
  wholeRegionUnit: 'Bergisches Land (region)',
  countryUnit: 'Germany',
  readOnlyNational: 'read-only',
  deleteTarget: (unit, year) => `Delete target ${unit} ${year}`,
  deleteTargetConfirm: (unit, year) => `Really delete the target for ${unit} (${year})?`,
  targetDeleted: 'Target deleted.',
  targetFormHeading: 'Set a target',
  targetFormHint: 'An existing target for the same area and year is replaced.',
  targetUnitLabel: 'Area',
  targetYearLabel: 'Target year',
  targetValueLabel: (unit) => (unit ? `Target value (${unit})` : 'Target value'),
  targetComparatorLabel: 'Comparison',
  targetComparatorDefault: 'by the indicator’s direction',
  targetNoteDeLabel: 'Description (German)',
  targetNoteEnLabel: 'Description (English)',
  targetSourceLabel: 'Source',
  targetSourceHint: 'e.g. a council decision with its date',
  targetSave: 'Save target',
  targetSaved: 'Target saved.',
  targetNumberInvalid: 'must be a number',
};

export const workspaceMessages: LocalMessages<WorkspaceMessages> = { de, en };
