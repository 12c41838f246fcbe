export { seedDatabase, baseSteps } from './seed-database.js';
export type { SeedOptions, SeedReport } from './seed-database.js';
export { demoStep } from './demo.js';
export { demoAccountNotice, demoStaffAccount, demoUsersStep } from './demo-users.js';
export type { SeedStep, SeedStepResult, SeedCounts } from './seed-step.js';
