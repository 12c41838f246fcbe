import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { HistoryDiagnostic } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { migrationsDir as defaultMigrationsDir, schemaPath as defaultSchemaPath } from '../paths.js';
import { migrationFolderName, readMigrationList, writeMigration } from './migration-files.js';
import { emptySchemaFilter, openSchemaEngine } from './schema-engine.js';
import type { SchemaFile } from './schema-engine.js';

/** Where the schema and its migrations are; tests point this at a temporary copy. */
export interface MigrationSource {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultMigrationSource: MigrationSource = {
  schemaPath: defaultSchemaPath,
  migrationsDir: defaultMigrationsDir,
};

async function readSchema(source: MigrationSource): Promise<SchemaFile[]> {
  return [{ path: source.schemaPath, content: await readFile(source.schemaPath, 'utf8') }];
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  source: MigrationSource,
  work: (engine: Awaited<ReturnType<typeof openSchemaEngine>>, schema: SchemaFile[]) => Promise<T>,
): Promise<T> {
  const schema = await readSchema(source);
  const engine = await openSchemaEngine(adapterFactory, schema);
  try {
    return await work(engine, schema);
  } finally {
    engine.free();
  }
}

/** Applies every pending migration (prisma migrate deploy). Returns the names applied now. */
export async function deployMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  source: MigrationSource = defaultMigrationSource,
): Promise<string[]> {
  return withEngine(adapterFactory, source, async (engine) => {
    const migrationsList = await readMigrationList(source.migrationsDir);
    const output = await engine.applyMigrations({ migrationsList, filters: emptySchemaFilter });
    return output.appliedMigrationNames;
  });
}

export interface MigrationStatus {
  /** Migrations in the folder that the database has not applied. */
  pending: string[];
  /** Applied migrations whose file changed since. */
  edited: string[];
  failed: string[];
  /** Applied migrations with no folder here (the database is ahead of this checkout). */
  unknown: string[];
  upToDate: boolean;
}

function pendingOf(history: HistoryDiagnostic | null): { pending: string[]; unknown: string[] } {
  if (!history) return { pending: [], unknown: [] };
  switch (history.diagnostic) {
    case 'databaseIsBehind':
      return { pending: history.unappliedMigrationNames, unknown: [] };
    case 'migrationsDirectoryIsBehind':
      return { pending: [], unknown: history.unpersistedMigrationNames };
    case 'historiesDiverge':
      return { pending: history.unappliedMigrationNames, unknown: history.unpersistedMigrationNames };
  }
}

/** prisma migrate status. */
export async function migrationStatus(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  source: MigrationSource = defaultMigrationSource,
): Promise<MigrationStatus> {
  return withEngine(adapterFactory, source, async (engine) => {
    const migrationsList = await readMigrationList(source.migrationsDir);
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: emptySchemaFilter,
    });
    const { pending, unknown } = pendingOf(diagnosis.history);
    const allPending = diagnosis.hasMigrationsTable ? pending : migrationsList.migrationDirectories.map((d) => d.path);
    return {
      pending: allPending,
      edited: diagnosis.editedMigrationNames,
      failed: diagnosis.failedMigrationNames,
      unknown,
      upToDate:
        allPending.length === 0 &&
        unknown.length === 0 &&
        diagnosis.editedMigrationNames.length === 0 &&
        diagnosis.failedMigrationNames.length === 0,
    };
  });
}

const EMPTY_MIGRATION = /^-- This is an empty migration\.\s*$/;

export interface CreatedMigration {
  folder: string;
  filePath: string;
  sql: string;
}

/**
 * prisma migrate dev --create-only: the SQL that takes the migrations so far to the schema.
 * The wasm engine cannot open a shadow database itself, so the existing migrations are replayed
 * into a throwaway in-memory PGlite and the schema is diffed against that. Returns null when the
 * schema needs no change.
 */
export async function createMigration(
  name: string,
  source: MigrationSource = defaultMigrationSource,
  now: Date = new Date(),
): Promise<CreatedMigration | null> {
  const folder = migrationFolderName(name, now);
  const shadow = await PGlite.create();
  try {
    const shadowFactory = new PrismaPGlite(shadow);
    return await withEngine(shadowFactory, source, async (engine, schema) => {
      const migrationsList = await readMigrationList(source.migrationsDir);
      await engine.applyMigrations({ migrationsList, filters: emptySchemaFilter });
      const diff = await engine.diff({
        from: { tag: 'schemaDatasource', files: schema, configDir: path.dirname(source.schemaPath) },
        to: { tag: 'schemaDatamodel', files: schema },
        script: true,
        exitCode: null,
        filters: emptySchemaFilter,
      });
      const sql = diff.stdout ?? '';
      if (!sql.trim() || EMPTY_MIGRATION.test(sql.trim())) return null;
      const filePath = await writeMigration(source.migrationsDir, folder, sql);
      return { folder, filePath, sql };
    });
  } finally {
    await shadow.close();
  }
}

/** Drops everything in the database, then applies all migrations again. */
export async function resetDatabase(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  source: MigrationSource = defaultMigrationSource,
): Promise<string[]> {
  await withEngine(adapterFactory, source, (engine) => engine.reset({ filter: emptySchemaFilter }));
  return deployMigrations(adapterFactory, source);
}
