import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../database.js';
import type { Database, OpenDatabaseOptions } from '../database.js';
import { deployMigrations } from '../migrations/migrator.js';

export interface TestDatabase extends Database {
  /** Human label for test names: "PGlite" or "PostgreSQL". */
  readonly label: string;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or, when DATABASE_URL is set,
 * a throwaway database on that PostgreSQL server that close() drops again.
 */
export async function openTestDatabase(
  kind: 'pglite' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'pglite',
  options: OpenDatabaseOptions = {},
): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite-memory' }, options);
    await deployMigrations(db.adapterFactory);
    return { ...db, label: 'PGlite' };
  }
  return openThrowawayPostgres(options);
}

/**
 * A new database on the DATABASE_URL server (a copy of `template` when given), migrated, that
 * close() drops again.
 */
export async function openThrowawayPostgres(options: OpenDatabaseOptions = {}, template?: string): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('openTestDatabase("postgres") needs DATABASE_URL');
  const name = `atlas_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`));
  const db = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name) }, options);
  if (!template) await deployMigrations(db.adapterFactory);
  return {
    ...db,
    label: 'PostgreSQL',
    async close() {
      await db.close();
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database kinds a test file should run against: PGlite always, PostgreSQL when configured. */
export function testDatabaseKinds(): Array<'pglite' | 'postgres'> {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}
