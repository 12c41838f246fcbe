// Test helpers, exported separately so production code never imports them by accident.
export { openTestDatabase, testDatabaseKinds } from './test-support/test-database.js';
export type { TestDatabase } from './test-support/test-database.js';
export { openSeededTestDatabase } from './test-support/seeded-database.js';
