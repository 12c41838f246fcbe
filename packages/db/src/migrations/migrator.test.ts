import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../database.js';
import { schemaPath } from '../paths.js';
import { openTestDatabase, testDatabaseKinds } from '../test-support/test-database.js';
import { createMigration, deployMigrations, migrationStatus, resetDatabase } from './migrator.js';
import type { MigrationSource } from './migrator.js';

/** A private copy of prisma/ so tests can change the schema without touching the repository. */
function copyPrismaFolder(): MigrationSource & { root: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-migrations-'));
  cpSync(path.dirname(schemaPath), root, { recursive: true });
  return { root, schemaPath: path.join(root, 'schema.prisma'), migrationsDir: path.join(root, 'migrations') };
}

describe('committed migrations', () => {
  it('match prisma/schema.prisma (no un-migrated schema change)', async () => {
    const copy = copyPrismaFolder();
    try {
      expect(await createMigration('drift_check', copy)).toBeNull();
    } finally {
      rmSync(copy.root, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabaseKinds())('migrations on %s', (kind) => {
  let db: Database;
  let copy: MigrationSource & { root: string };

  beforeAll(async () => {
    // openTestDatabase already deploys the committed migrations.
    db = await openTestDatabase(kind);
    copy = copyPrismaFolder();
  });
  afterAll(async () => {
    await db?.close();
    rmSync(copy.root, { recursive: true, force: true });
  });

  it('reports a freshly deployed database as up to date, and a second deploy applies nothing', async () => {
    const status = await migrationStatus(db.adapterFactory);
    expect(status).toMatchObject({ upToDate: true, pending: [], edited: [], failed: [] });
    expect(await deployMigrations(db.adapterFactory)).toEqual([]);
  });

  it('keeps the hand-written CHECK constraints', async () => {
    await expect(
      db.query(
        `INSERT INTO "SdgGoal" (number, code, "titleDe", "titleEn", "shortDe", "shortEn", color)
         VALUES (18, '18', 'x', 'x', 'x', 'x', '#000000')`,
      ),
    ).rejects.toThrow(/SdgGoal_number_range/);
  });

  it('creates a migration from a schema change, which then shows as pending and applies', async () => {
    const schema = readFileSync(copy.schemaPath, 'utf8');
    writeFileSync(copy.schemaPath, schema.replace('  website        String?', '  website        String?\n  foundedYear    Int?'));
    const created = await createMigration('add actor founded year', copy, new Date('2030-01-02T03:04:05Z'));
    expect(created?.folder).toBe('20300102030405_add_actor_founded_year');
    expect(created?.sql).toMatch(/ALTER TABLE "Actor" ADD COLUMN\s+"foundedYear" INTEGER/);

    expect((await migrationStatus(db.adapterFactory, copy)).pending).toEqual([created!.folder]);
    expect(await deployMigrations(db.adapterFactory, copy)).toEqual([created!.folder]);
    expect((await migrationStatus(db.adapterFactory, copy)).upToDate).toBe(true);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Actor' AND column_name = 'foundedYear'`,
    );
    expect(columns).toHaveLength(1);
    // The repository's own folder still knows nothing of it.
    expect((await migrationStatus(db.adapterFactory)).unknown).toEqual([created!.folder]);
  });

  it('resets: drops the data and re-applies every migration', async () => {
    await db.query(`INSERT INTO "DataStep" (key) VALUES ('reset-probe')`);
    const applied = await resetDatabase(db.adapterFactory);
    expect(applied.length).toBeGreaterThanOrEqual(1);
    expect(await db.query(`SELECT key FROM "DataStep"`)).toEqual([]);
    expect((await migrationStatus(db.adapterFactory)).upToDate).toBe(true);
  });
});

describe('embedded data folder', () => {
  it('refuses a second process-level open with a message that names the running server', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-lock-')), 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/open in another process.*running Agenda Atlas server/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir });
    await again.close();
  });
});
