export { databaseConfigFromEnv, dataDirFromEnv, describeDatabase } from './config.js';
export type { DatabaseConfig } from './config.js';
export { DataDirBusyError } from './data-dir-lock.js';
export { openDatabase } from './database.js';
export type { Database, OpenDatabaseOptions, SqlRow } from './database.js';
export { modelColumns } from './model-rows.js';
export { createMigration, deployMigrations, migrationStatus, resetDatabase } from './migrations/migrator.js';
export type { MigrationSource, MigrationStatus } from './migrations/migrator.js';
export { Prisma, PrismaClient } from './generated/prisma/client.js';
export type * from './generated/prisma/client.js';
export * as enums from './generated/prisma/enums.js';
export { getDatamodel } from './generated/pothos-types.js';
export type { default as PrismaTypes } from './generated/pothos-types.js';
export { seedDatabase, baseSteps, demoStep } from './seed/index.js';
export { demoAccountNotice, demoStaffAccount } from './seed/index.js';
export * from './auth/index.js';
export * from './recommendation/index.js';
export * from './agreement/index.js';
export * from './consent/index.js';
export * from './publication/index.js';
export * from './network/index.js';
export * from './process/index.js';
export * from './search/index.js';
export * from './apikey/index.js';
export type { SeedStep, SeedStepResult, SeedCounts, SeedOptions, SeedReport } from './seed/index.js';
export { importObservations, importFormats, rowErrorCodes } from './import/index.js';
export { defaultComparator, importTargets, isTargetsFile, localTargetKey } from './import/index.js';
export type { TargetChange, TargetImportInput, TargetImportResult } from './import/index.js';
export type {
  ChangedField,
  ImportActor,
  ImportCounts,
  ImportFormat,
  ImportInput,
  ImportPhase,
  ImportResult,
  ObservationChange,
  RequestedFormat,
  RowError,
  RowErrorCode,
  SkipCounts,
} from './import/index.js';
