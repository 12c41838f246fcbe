export { assertCanEdit, canEditRegion, isStaffRole, visibleRecommendations } from './access.js';
export type { Editor } from './access.js';
export {
  archiveRecommendation,
  changeRecommendationStatus,
  createRecommendation,
  linkRecommendation,
  updateRecommendation,
} from './commands.js';
export { CsvImportFailed, importRecommendationsCsv } from './csv-import.js';
export type { CsvImportReport } from './csv-import.js';
export { exportRecommendationsCsv, loadRolledUpProgress, progressByGroup, publicStatusChanges } from './queries.js';
export type { FeedFilter, ProgressGroup, PublicStatusChange } from './queries.js';
