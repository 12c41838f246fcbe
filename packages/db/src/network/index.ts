export { assertStaffOfRegion } from './access.js';
export { archiveActor, createActor, linkActors, unlinkActors, updateActor } from './actors.js';
export { createContact, updateContact } from './contacts.js';
export { createPartnership, updatePartnership } from './partnerships.js';
export { importActorsCsv } from './csv-import.js';
export type { ActorCsvImportReport } from './csv-import.js';
