import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelColumns } from './model-rows.js';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from './testing.js';

// modelColumns promises rows equal to what Prisma returns, so hand-written reads can stand in for
// findUnique/findMany. Checked per column type, in a time zone far from UTC, where a timestamp read
// in the process's zone would be off by hours.
describe.each(testDatabaseKinds())('modelColumns on %s', (kind) => {
  let db: TestDatabase;
  const statements: string[] = [];
  const zone = process.env.TZ;

  beforeAll(async () => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    db = await openTestDatabase(kind, { onQuery: (sql) => statements.push(sql) });
    const region = await db.prisma.region.create({ data: { slug: 'r', nameDe: 'Region', nameEn: 'Region' } });
    const unit = await db.prisma.municipality.create({
      data: { regionId: region.id, ags: '05124000', name: 'Wuppertal', officialName: 'Stadt Wuppertal', kind: 'CITY', populationDate: new Date('2022-12-31T00:00:00Z'), areaKm2: 168.4 },
    });
    const indicator = await db.prisma.indicator.create({
      data: { key: 'k', topic: 'SDG_MUNICIPAL', titleDe: 'T', titleEn: 'T', unitDe: '%', unitEn: '%', polarity: 'HIGHER_IS_BETTER', sourceName: 'S' },
    });
    await db.prisma.indicatorTarget.create({
      data: { indicatorId: indicator.id, scope: 'MUNICIPALITY', municipalityId: unit.id, value: 1.5, year: 2030, comparator: 'AT_LEAST', noteDe: 'Ziel' },
    });
    await db.prisma.observation.create({
      data: { indicatorId: indicator.id, municipalityId: unit.id, year: 2020, value: 0.25, disaggregation: { sex: 'f' }, disaggregationKey: 'sex=f' },
    });
  });
  afterAll(async () => {
    await db?.close();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['Region', 'Municipality', 'Indicator', 'IndicatorTarget', 'Observation'] as const)('reads %s rows as Prisma does', async (model) => {
    const delegate = db.prisma[(model.charAt(0).toLowerCase() + model.slice(1)) as 'region'] as unknown as { findMany(): Promise<unknown[]> };
    const byPrisma = await delegate.findMany();
    expect(byPrisma).toHaveLength(1);
    expect(await db.read(`SELECT ${modelColumns(model)} FROM "${model}"`)).toEqual(byPrisma);
  });

  it('holds only column types it converts: no timestamptz, which AT TIME ZONE would turn the wrong way', async () => {
    const zoned = await db.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND data_type = 'timestamp with time zone'`,
    );
    expect(zoned).toEqual([]);
  });

  it('reports read statements to onQuery, and query statements not', async () => {
    statements.length = 0;
    await db.read('SELECT 1 AS read');
    await db.query('SELECT 2 AS infrastructure');
    expect(statements).toEqual(['SELECT 1 AS read']);
  });
});

describe('modelColumns', () => {
  it('refuses a model the datamodel does not hold', () => {
    expect(() => modelColumns('Nope' as never)).toThrow('no model Nope');
  });
});
