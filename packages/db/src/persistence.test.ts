import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { deployMigrations } from './migrations/migrator.js';
import { seedDatabase } from './seed/index.js';

const publicTables = `
  SELECT table_name AS table FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;

async function countRows(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Record<string, number>> {
  const tables = await db.query<{ table: string }>(publicTables);
  const counts: Record<string, number> = {};
  for (const { table } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

describe('embedded data folder across restarts', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-restart-'));
  const dataDir = path.join(root, 'pglite');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the data of the first start and adds nothing on the second', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir });
    let before: Record<string, number>;
    try {
      expect((await deployMigrations(first.adapterFactory)).length).toBeGreaterThan(0);
      const report = await seedDatabase(first.prisma, { demo: true });
      expect(report.skipped).toEqual([]);
      before = await countRows(first);
    } finally {
      await first.close();
    }
    expect(before.Municipality).toBe(6);

    const second = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await deployMigrations(second.adapterFactory)).toEqual([]);
      const report = await seedDatabase(second.prisma, { demo: true });
      expect(report.applied).toEqual([]);
      expect(await countRows(second)).toEqual(before);
    } finally {
      await second.close();
    }
  }, 300_000); // seeds a real data folder, then opens it twice: minutes on a loaded machine
});
