import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../test-support/test-database.js';
import type { TestDatabase } from '../test-support/test-database.js';
import { importObservations } from './import-observations.js';
import type { ImportInput } from './import-observations.js';
import { createImportTestData, importTestIndicators } from './test-support/import-test-data.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const actor = { label: 'cli:test' };

describe.each(testDatabaseKinds())('importObservations on %s', (kind) => {
  let db: TestDatabase;
  const run = (fileName: string, options: Partial<ImportInput> = {}) =>
    importObservations(db.prisma, { fileName, content: fixture(fileName), dryRun: false, actor, ...options });
  const observationsOf = (key: string) =>
    db.prisma.observation.findMany({
      where: { indicator: { key } },
      include: { municipality: { select: { ags: true } } },
      orderBy: [{ municipality: { ags: 'asc' } }, { year: 'asc' }, { disaggregationKey: 'asc' }],
    });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await createImportTestData(db.prisma);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('a dry run of a good tidy file counts what it would create and writes no observation', async () => {
    const result = await run('tidy-good.csv', { dryRun: true });
    expect(result.status).toBe('DRY_RUN');
    expect(result.counts).toMatchObject({ read: 5, created: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(result.changes.map((change) => [change.line, change.kind, change.after])).toEqual([
      [2, 'created', 12.5],
      [3, 'created', 13.1],
      [4, 'created', 9.8],
      [5, 'created', 14],
      [6, 'created', 7],
    ]);
    expect(await db.prisma.observation.count()).toBe(0);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ status: 'DRY_RUN', rowsCreated: 5, fileName: 'tidy-good.csv', createdByLabel: 'cli:test' });
  });

  it('imports a good tidy file with values, statuses, sources and disaggregation', async () => {
    const result = await run('tidy-good.csv');
    expect(result.status).toBe('SUCCEEDED');
    expect(result.counts).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    const stored = await observationsOf(importTestIndicators.rate.key);
    expect(stored.map((o) => [o.municipality.ags, o.year, o.disaggregationKey, o.value, o.status, o.source])).toEqual([
      ['05122000', 2021, '', 9.8, 'FINAL', null],
      ['05124000', 2020, '', 12.5, 'FINAL', 'Stadt Wuppertal'],
      ['05124000', 2021, '', 13.1, 'PROVISIONAL', 'Stadt Wuppertal'],
      ['05124000', 2021, 'sex=female', 14, 'ESTIMATED', null],
      ['05374000', 2021, '', 7, 'FINAL', null],
    ]);
    expect(stored.every((o) => o.importBatchId === result.batchId)).toBe(true);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({
      status: 'SUCCEEDED',
      format: 'tidy-csv',
      rowsRead: 5,
      rowsCreated: 5,
      fileSha256: result.fileSha256,
    });
    expect(batch.regionId).not.toBeNull();
    expect(batch.finishedAt).not.toBeNull();
  });

  it('importing the same file again changes nothing and says it was imported before', async () => {
    const before = await observationsOf(importTestIndicators.rate.key);
    const result = await run('tidy-good.csv');
    expect(result.counts).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(result.sameFileImportedAt).toBeInstanceOf(Date);
    expect(await observationsOf(importTestIndicators.rate.key)).toEqual(before);
  });

  it('a changed value is an update, shown with the old value in a dry run', async () => {
    const content = Buffer.from('indicator;ags;year;value\nimport_test_rate;05124000;2020;12,75\nimport_test_rate;05124000;2022;1\n');
    const dry = await importObservations(db.prisma, { fileName: 'change.csv', content, dryRun: true, actor });
    expect(dry.counts).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    expect(dry.changes.find((change) => change.kind === 'updated')).toMatchObject({
      before: 12.5,
      after: 12.75,
      year: 2020,
      // The file has no source column, so the stored source is cleared too.
      changedFields: ['value', 'source'],
    });
    const result = await importObservations(db.prisma, { fileName: 'change.csv', content, dryRun: false, actor });
    expect(result.counts).toMatchObject({ created: 1, updated: 1 });
    const updated = await db.prisma.observation.findFirstOrThrow({
      where: { indicator: { key: importTestIndicators.rate.key }, year: 2020, municipality: { ags: '05124000' } },
    });
    expect(updated).toMatchObject({ value: 12.75, source: null, importBatchId: result.batchId });
  });

  it('rejects a malformed file with line, column and reason, writes not one row and records a FAILED batch', async () => {
    const countBefore = await db.prisma.observation.count();
    const result = await run('tidy-bad.csv');
    expect(result.status).toBe('FAILED');
    expect(result.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 3, column: 'year', code: 'BAD_YEAR' },
      { line: 4, column: 'value', code: 'BAD_VALUE' },
      { line: 5, column: null, code: 'DUPLICATE_ROW' },
    ]);
    expect(result.errors.map((error) => error.reason)).toEqual([
      'bad year "20x1": a year 1900–2100 (2015, 31.12.2015 or 2015-12-31) expected',
      'value "abc" is not a number',
      'duplicate row: same indicator, unit, year and disaggregation as line 2',
    ]);
    expect(result.counts).toMatchObject({ read: 5, created: 0, rejected: 3 });
    expect(await db.prisma.observation.count()).toBe(countBefore);
    // The good rows of the file (2019 for Wuppertal, 2020 for Leverkusen) were not written either.
    expect(await db.prisma.observation.count({ where: { year: 2019 } })).toBe(0);
    expect(await db.prisma.observation.count({ where: { municipality: { ags: '05316000' } } })).toBe(0);
    const batch = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: result.batchId } });
    expect(batch).toMatchObject({ status: 'FAILED', rowsRejected: 3, rowsCreated: 0 });
    expect(batch.errors).toEqual(JSON.parse(JSON.stringify(result.errors)));
  });

  it('imports the classic GENESIS sample through the catalogue mapping and skips other units with a count', async () => {
    const fileName = 'regionalstatistik_classic_timeseries_12411-07-01-4_00.csv';
    const result = await run(fileName);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.format).toBe('genesis-classic');
    expect(result.tableCode).toBe('12411-07-01-4');
    expect(result.indicatorKeys).toEqual([importTestIndicators.averageAge.key]);
    expect(result.counts).toMatchObject({ read: 1578, created: 18, updated: 0, skipped: 1560, rejected: 0 });
    expect(result.skipped.notInRegion).toBe(1560);
    const wuppertal = (await observationsOf(importTestIndicators.averageAge.key)).filter((o) => o.municipality.ags === '05124000');
    expect(wuppertal.map((o) => [o.year, o.disaggregationKey, o.value, o.source])).toEqual([
      [2015, '', 43.9, 'GENESIS-Tabelle 12411-07-01-4, Stand 10.10.2017'],
      [2015, 'sex=female', 45.4, 'GENESIS-Tabelle 12411-07-01-4, Stand 10.10.2017'],
      [2015, 'sex=male', 42.3, 'GENESIS-Tabelle 12411-07-01-4, Stand 10.10.2017'],
    ]);
    expect((await run(fileName)).counts).toMatchObject({ created: 0, updated: 0, unchanged: 18 });
  });

  it('imports the Latin-1 "Tabelle" sample into the indicator named by --indicator', async () => {
    const result = await run('regionalstatistik_classic_table_latin1_12411-01-01-4.csv', {
      indicatorKey: importTestIndicators.rate.key,
      format: 'genesis',
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', encoding: 'windows-1252' });
    expect(result.counts).toMatchObject({ created: 18, skipped: 1560 });
    const leverkusen = await db.prisma.observation.findFirstOrThrow({
      where: { indicator: { key: importTestIndicators.rate.key }, year: 2015, disaggregationKey: 'sex=male', municipality: { ags: '05316000' } },
    });
    expect(leverkusen.value).toBe(79590);
  });

  it('imports a regional ffcsv table with quality flags and counts special values', async () => {
    const result = await run('genesis_ffcsv_constructed_12411-9999_de_flat.csv');
    expect(result).toMatchObject({ status: 'SUCCEEDED', format: 'genesis-ffcsv', tableCode: '12411-9999' });
    expect(result.counts).toMatchObject({ read: 12, created: 8, skipped: 4 });
    expect(result.skipped).toEqual({ notInRegion: 3, specialValues: { '...': 1 }, unmappedColumns: 0 });
    const solingenFemale = await db.prisma.observation.findFirstOrThrow({
      where: { indicator: { key: importTestIndicators.averageAgeFfcsv.key }, disaggregationKey: 'sex=female', municipality: { ags: '05122000' } },
    });
    expect(solingenFemale).toMatchObject({ value: 45.7, status: 'PROVISIONAL', year: 2015 });
  });

  it('rejects a GENESIS table no indicator is mapped to, naming the table', async () => {
    const result = await run('genesis_ffcsv_2024_61111-0001_de_flat.csv');
    expect(result.status).toBe('FAILED');
    expect(result.errors.map((error) => [error.line, error.code])).toEqual([[1, 'UNKNOWN_TABLE']]);
    expect(result.errors[0]?.reason).toContain('"61111-0001"');
  });
});
