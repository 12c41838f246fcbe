export { eraseContact, recordConsent, withdrawConsent } from './commands.js';
export { currentConsents, exportContactData, exportMailingListCsv } from './queries.js';
export type { ContactDataExport } from './queries.js';
