// Seeding takes seconds and nearly every API test file needs a seeded database. Within one test run
// (the Vitest global setup in `run-setup.ts` names it), the first file that needs one seeds it and
// leaves a copy — a PGlite data-folder dump, a PostgreSQL template database — that later files
// clone in a fraction of the time. Copies never outlive their run, so a changed seed cannot leak
// into the next one; without a run (a single file started by hand) every file seeds as before.
import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDatabaseOptions } from '../database.js';
import { openDatabase } from '../database.js';
import { seedDatabase } from '../seed/index.js';
import { deployMigrations } from '../migrations/migrator.js';
import { databaseUrl, openTestDatabase, openThrowawayPostgres, withAdminClient, type TestDatabase } from './test-database.js';

/** Set by the global setup: a folder for PGlite dumps and a name part for PostgreSQL templates. */
export const RUN_DIR_ENV = 'ATLAS_TEST_RUN_DIR';
export const RUN_ID_ENV = 'ATLAS_TEST_RUN_ID';

/** The prefix of every PostgreSQL template database of one run (the global setup drops them). */
export function templatePrefix(runId: string): string {
  return `atlas_tpl_${runId}_`;
}

/** A fresh database holding the seed (with or without the demo data), cloned from the run's copy. */
export async function openSeededTestDatabase(
  kind: 'pglite' | 'postgres',
  seed: { demo: boolean },
  options: OpenDatabaseOptions = {},
): Promise<TestDatabase> {
  const variant = seed.demo ? 'demo' : 'base';
  if (kind === 'pglite') {
    const runDir = process.env[RUN_DIR_ENV];
    if (!runDir) return seedFresh(kind, seed, options);
    const snapshot = await pgliteSnapshot(path.join(runDir, `pglite-${variant}.tar`), seed);
    const db = await openDatabase({ kind: 'pglite-memory', snapshot }, options);
    return { ...db, label: 'PGlite' };
  }
  const runId = process.env[RUN_ID_ENV];
  if (!runId) return seedFresh(kind, seed, options);
  const template = await postgresTemplate(`${templatePrefix(runId)}${variant}`, seed);
  return openThrowawayPostgres(options, template);
}

async function seedFresh(kind: 'pglite' | 'postgres', seed: { demo: boolean }, options: OpenDatabaseOptions): Promise<TestDatabase> {
  const db = await openTestDatabase(kind, options);
  try {
    await seedDatabase(db.prisma, seed);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** The run's dump of a seeded PGlite database; written atomically, so parallel files never read half a dump. */
async function pgliteSnapshot(file: string, seed: { demo: boolean }): Promise<Blob> {
  const existing = await readFile(file).catch(() => null);
  if (existing) return new Blob([existing]);
  const db = await seedFresh('pglite', seed, {});
  let dump: Blob;
  try {
    if (!db.dumpDataDir) throw new Error('PGlite database without dumpDataDir');
    dump = await db.dumpDataDir();
  } finally {
    await db.close();
  }
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

/**
 * The run's seeded template database. Built under a private name and renamed when complete: a file
 * running in parallel either sees the finished template or builds its own and keeps whichever won.
 */
async function postgresTemplate(template: string, seed: { demo: boolean }): Promise<string> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('a PostgreSQL test database needs DATABASE_URL');
  const exists = async () =>
    withAdminClient(serverUrl, async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 1);
  if (await exists()) return template;

  const buildingName = `${template}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${buildingName}`));
  const building = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, buildingName) });
  try {
    await deployMigrations(building.adapterFactory);
    await seedDatabase(building.prisma, seed);
  } finally {
    // A template must have no open connections while it is copied.
    await building.close();
  }
  await withAdminClient(serverUrl, async (client) => {
    try {
      await client.query(`ALTER DATABASE ${buildingName} RENAME TO ${template}`);
    } catch (error) {
      // Another file finished first: keep its template, drop ours.
      await client.query(`DROP DATABASE IF EXISTS ${buildingName} WITH (FORCE)`);
      if (!(await exists())) throw error;
    }
  });
  return template;
}
