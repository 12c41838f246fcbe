import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../test-support/test-database.js';
import type { TestDatabase } from '../test-support/test-database.js';
import { importTargets, isTargetsFile } from './import-targets.js';
import type { TargetImportInput } from './import-targets.js';
import { createImportTestData } from './test-support/import-test-data.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const actor = { label: 'cli:test' };

describe.each(testDatabaseKinds())('importTargets on %s', (kind) => {
  let db: TestDatabase;
  const run = (fileName: string, options: Partial<TargetImportInput> = {}) =>
    importTargets(db.prisma, { fileName, content: fixture(fileName), dryRun: false, actor, ...options });
  const storedTargets = () =>
    db.prisma.indicatorTarget.findMany({
      include: { indicator: { select: { key: true } }, municipality: { select: { ags: true } }, region: { select: { slug: true } } },
      orderBy: [{ indicator: { key: 'asc' } }, { scope: 'asc' }, { value: 'asc' }],
    });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await createImportTestData(db.prisma);
    await db.prisma.indicator.create({
      data: {
        key: 'import_test_share',
        titleDe: 'Testanteil',
        titleEn: 'Test share',
        topic: 'STRUCTURE',
        unitDe: '%',
        unitEn: '%',
        polarity: 'HIGHER_IS_BETTER',
        sourceName: 'Test',
      },
    });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('recognises a targets file by its comparator column, and an observations file as none', () => {
    expect(isTargetsFile(fixture('targets-good.csv'))).toBe(true);
    expect(isTargetsFile(fixture('tidy-good.csv'))).toBe(false);
  });

  it('rejects a bad file with every row error and writes no target', async () => {
    const result = await run('targets-bad.csv');
    expect(result.status).toBe('FAILED');
    expect(result.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [3, 'ags', 'BAD_AGS'],
      [4, 'indicator', 'UNKNOWN_INDICATOR'],
      [5, null, 'DUPLICATE_TARGET'],
      [6, 'comparator', 'BAD_COMPARATOR'],
      [7, 'year', 'BAD_YEAR'],
      [7, 'value', 'BAD_VALUE'],
      [7, 'comparator', 'BAD_COMPARATOR'],
    ]);
    expect(result.errors[2]?.reason).toContain('line 2');
    expect(result.errors[3]?.reason).toContain('NEUTRAL');
    expect(result.counts).toMatchObject({ read: 6, rejected: 5, created: 0 });
    expect(await db.prisma.indicatorTarget.count()).toBe(0);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ status: 'FAILED', format: 'targets', rowsRejected: 5 });
  });

  it('a dry run reports the targets it would create and writes none', async () => {
    const result = await run('targets-good.csv', { dryRun: true });
    expect(result.status).toBe('DRY_RUN');
    expect(result.counts).toMatchObject({ read: 4, created: 4, updated: 0, unchanged: 0 });
    expect(result.changes.map((change) => [change.line, change.kind, change.ags, change.after])).toEqual([
      [2, 'created', '05124000', 40],
      [3, 'created', '05122000', 35.5],
      [4, 'created', null, 38],
      [5, 'created', '05374000', 7.5],
    ]);
    expect(await db.prisma.indicatorTarget.count()).toBe(0);
  });

  it('imports municipal and regional targets, with the comparator from the polarity when none is named', async () => {
    const result = await run('targets-good.csv');
    expect(result.status).toBe('SUCCEEDED');
    expect(result.counts).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    const stored = await storedTargets();
    expect(stored.map((t) => [t.indicator.key, t.scope, t.municipality?.ags ?? t.region?.slug, t.year, t.value, t.comparator])).toEqual([
      ['import_test_rate', 'MUNICIPALITY', '05374000', 2025, 7.5, 'AT_MOST'],
      ['import_test_share', 'MUNICIPALITY', '05122000', 2030, 35.5, 'AT_LEAST'],
      ['import_test_share', 'MUNICIPALITY', '05124000', 2030, 40, 'AT_LEAST'],
      ['import_test_share', 'REGION', 'bergisches-land', 2030, 38, 'AT_LEAST'],
    ]);
    const wuppertal = stored.find((t) => t.municipality?.ags === '05124000');
    expect(wuppertal).toMatchObject({ noteDe: 'Ratsbeschluss 2021', noteEn: 'Council decision 2021', source: 'Stadt Wuppertal' });
    expect(stored.every((t) => t.importBatchId === result.batchId)).toBe(true);
  });

  it('re-importing the same file changes nothing and says when it was imported before', async () => {
    const before = await storedTargets();
    const result = await run('targets-good.csv');
    expect(result.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(result.sameFileImportedAt).toBeInstanceOf(Date);
    expect(await storedTargets()).toEqual(before);
  });

  it('a changed value updates the stored target in place', async () => {
    const changed = fixture('targets-good.csv').toString('utf8').replace('05122;2030;35,5', '05122;2030;36');
    const result = await importTargets(db.prisma, { fileName: 'changed.csv', content: Buffer.from(changed), dryRun: false, actor });
    expect(result.counts).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(result.changes).toMatchObject([{ line: 3, kind: 'updated', before: 35.5, after: 36, changedFields: ['value'] }]);
    const solingen = await db.prisma.indicatorTarget.findMany({ where: { municipality: { ags: '05122000' } } });
    expect(solingen.map((t) => t.value)).toEqual([36]);
  });
});
