export { importObservations } from './import-observations.js';
export type { ImportActor, ImportCounts, ImportInput, ImportPhase, ImportResult } from './import-observations.js';
export { parseImportFile, detectFormat } from './parse-file.js';
export { importFormats } from './types.js';
export type { ImportFormat, RequestedFormat, SkipCounts } from './types.js';
export { rowErrorCodes } from './row-errors.js';
export type { RowError, RowErrorCode } from './row-errors.js';
export type { ChangedField, ObservationChange } from './write-observations.js';
