// The indicator catalogue and the real data the seed loads, on every database engine configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '../test-support/test-database.js';
import type { TestDatabase } from '../test-support/test-database.js';
import { seedDatabase } from './seed-database.js';

const bergischesLandAgs = ['05120000', '05122000', '05124000', '05316000', '05374000', '05378000'];

describe.each(testDatabaseKinds())('indicator catalogue and real data on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await seedDatabase(db.prisma, { demo: false });
  });

  afterAll(async () => {
    await db?.close();
  });

  async function observation(key: string, ags: string, year: number, disaggregationKey = '') {
    const row = await db.prisma.observation.findFirst({
      where: { indicator: { key }, municipality: { ags }, year, disaggregationKey },
    });
    return row?.value;
  }

  it('holds 41 municipal SDG indicators, 82 DNS indicators and the structural indicators', async () => {
    const byTopic = await db.prisma.indicator.groupBy({ by: ['topic'], _count: { _all: true }, orderBy: { topic: 'asc' } });
    expect(Object.fromEntries(byTopic.map((group) => [group.topic, group._count._all]))).toEqual({
      SDG_MUNICIPAL: 41,
      SUSTAINABILITY_STRATEGY: 82,
      // population, population_by_age, 13 Regionaldatenbank indicators, 159 further INKAR indicators
      STRUCTURE: 174,
    });
  });

  it('describes a municipal SDG indicator with unit, rules, goal and source', async () => {
    const gdp = await db.prisma.indicator.findUniqueOrThrow({ where: { key: 'q_bip_ew' }, include: { goals: true } });
    expect(gdp).toMatchObject({
      topic: 'SDG_MUNICIPAL',
      titleDe: 'Bruttoinlandsprodukt je Einwohner',
      titleEn: 'Gross domestic product per inhabitant',
      unitDe: '1.000 € je Einwohner',
      decimals: 2,
      polarity: 'HIGHER_IS_BETTER',
      aggregation: 'POPULATION_WEIGHTED_MEAN',
      sourceName: 'INKAR, BBSR Bonn 2024',
      licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
      inferredByHand: true,
    });
    expect(gdp.inferenceNote).toContain('Tausend Euro je Einwohner');
    expect(gdp.goals.map((goal) => goal.goalNumber)).toEqual([8]);

    const rules = await db.prisma.indicator.findMany({
      where: { key: { in: ['a_GSa', 'q_pkw_bev', 'q_wofl_bev', 'Q01_APO_DIST', 'a_suv_fl'] } },
      select: { key: true, polarity: true, aggregation: true },
      orderBy: { key: 'asc' },
    });
    expect(rules).toEqual([
      { key: 'Q01_APO_DIST', polarity: 'LOWER_IS_BETTER', aggregation: 'POPULATION_WEIGHTED_MEAN' },
      // % of inhabitants aged 65+: the weight would be that age group, not the population.
      { key: 'a_GSa', polarity: 'LOWER_IS_BETTER', aggregation: 'NOT_AGGREGABLE' },
      { key: 'a_suv_fl', polarity: 'LOWER_IS_BETTER', aggregation: 'NOT_AGGREGABLE' },
      { key: 'q_pkw_bev', polarity: 'LOWER_IS_BETTER', aggregation: 'POPULATION_WEIGHTED_MEAN' },
      { key: 'q_wofl_bev', polarity: 'NEUTRAL', aggregation: 'POPULATION_WEIGHTED_MEAN' },
    ]);
  });

  it('flags what was inferred by hand, with a note saying what', async () => {
    const flagged = await db.prisma.indicator.groupBy({
      by: ['topic', 'inferredByHand'],
      _count: { _all: true },
      orderBy: [{ topic: 'asc' }, { inferredByHand: 'asc' }],
    });
    expect(flagged.map((group) => [group.topic, group.inferredByHand, group._count._all])).toEqual([
      ['SDG_MUNICIPAL', true, 41],
      ['SUSTAINABILITY_STRATEGY', true, 82],
      // population, population_by_age, area, average age, employees, commuters, GDP, GVA: no direction claimed
      ['STRUCTURE', false, 11],
      ['STRUCTURE', true, 163],
    ]);
    expect(await db.prisma.indicator.count({ where: { inferredByHand: true, inferenceNote: null } })).toBe(0);
    const byTopic = await db.prisma.indicator.findUniqueOrThrow({ where: { key: 'q_betten_bev' } });
    expect(byTopic.inferenceNote).toContain('SDG 3 von uns nach dem Thema zugeordnet');
    const rated = await db.prisma.indicator.findUniqueOrThrow({ where: { key: 'unemployment_rate' } });
    expect(rated).toMatchObject({ polarity: 'LOWER_IS_BETTER', inferredByHand: true });
  });

  it('keeps the population indicators of the first structure step as they were', async () => {
    const population = await db.prisma.indicator.findMany({
      where: { key: { in: ['population', 'population_by_age'] } },
      include: { _count: { select: { observations: true } } },
      orderBy: { key: 'asc' },
    });
    expect(population.map((indicator) => [indicator.key, indicator.genesisTable, indicator._count.observations])).toEqual([
      ['population', '12411-05-01-4', 126],
      ['population_by_age', '12411-02-03-4', 102],
    ]);
  });

  it('loads the real INKAR values of the six units', async () => {
    expect(await observation('q_bip_ew', '05124000', 2021)).toBe(38.08);
    expect(await observation('a_schul_oA', '05120000', 1995)).toBe(7.8);
    expect(await observation('a_GSa', '05316000', 2022)).toBe(4.53);
    expect(await observation('inkar_a_azubi', '05120000', 1995)).toBe(48.99);
    // INKAR 2021 ids of SDG indicators land on the SDG indicator: x347 is q_pkw_bev.
    expect(await observation('q_pkw_bev', '05124000', 2019)).toBe(483.54);
    expect(await observation('inkar_x353', '05124000', 2019)).toBe(-1);
    // a three-year period 2016/2017/2018 is stored as 2018
    expect(await observation('inkar_x343', '05124000', 2018)).toBe(530);
    const inkarIndicators = { indicator: { sourceName: { startsWith: 'INKAR' } } };
    expect(await db.prisma.observation.count({ where: inkarIndicators })).toBe(15_053);
  });

  it('loads the Regionaldatenbank export: units as observations, Germany and NRW as references', async () => {
    expect(await observation('area', '05120000', 2015)).toBe(74.52);
    expect(await observation('average_age', '05124000', 2015)).toBe(43.9);
    expect(await observation('average_age', '05124000', 2015, 'sex=female')).toBe(45.4);
    expect(await observation('average_age', '05124000', 2015, 'sex=male')).toBe(42.3);
    expect(await observation('unemployment_rate', '05124000', 2016, 'sex=female')).toBe(9);
    expect(await observation('commuter_balance', '05124000', 2015)).toBe(61);
    expect(await observation('commuters_in', '05124000', 2015, 'sex=male')).toBe(26252);
    expect(await observation('gdp_per_inhabitant', '05124000', 2014)).toBe(34703);
    const nrwArea = await db.prisma.referenceObservation.findFirst({
      where: { indicator: { key: 'area' }, area: 'NRW', year: 2015 },
    });
    expect(nrwArea?.value).toBe(34112.52);
    const germanyAge = await db.prisma.referenceObservation.findFirst({
      where: { indicator: { key: 'average_age' }, area: 'GERMANY', year: 2015, disaggregationKey: 'sex=female' },
    });
    expect(germanyAge?.value).toBe(45.6);
    const commuterTables = await db.prisma.indicator.findMany({
      where: { genesisTable: '13111-09-01-4' },
      select: { key: true, genesisColumn: true },
      orderBy: { key: 'asc' },
    });
    expect(commuterTables.map((indicator) => indicator.key)).toEqual([
      'commuter_balance', 'commuters_in', 'commuters_out', 'employees_at_residence', 'employees_at_workplace',
    ]);
    expect(commuterTables.every((indicator) => indicator.genesisColumn)).toBe(true);
  });

  it('writes observations for the six units of the region only', async () => {
    const units = await db.query<{ ags: string }>(
      `SELECT DISTINCT m.ags FROM "Observation" o JOIN "Municipality" m ON m.id = o."municipalityId" ORDER BY m.ags`,
    );
    expect(units.map((unit) => unit.ags)).toEqual(bergischesLandAgs);
  });

  it('loads the DNS time series for Germany and NRW as reference lines', async () => {
    const gdp = await db.prisma.referenceObservation.findMany({ where: { indicator: { key: 'dns_8.4' } } });
    expect(gdp.filter((row) => row.area === 'GERMANY')).toHaveLength(35);
    expect(gdp.find((row) => row.area === 'NRW' && row.year === 2025)?.value).toBe(40.59);
    const smoking = await db.prisma.referenceObservation.findMany({
      where: { indicator: { key: 'dns_3.1.d' }, area: 'GERMANY' },
      distinct: ['disaggregationKey'],
      orderBy: { disaggregationKey: 'asc' },
    });
    expect(smoking.map((row) => row.disaggregationKey)).toEqual(['', 'sex=female', 'sex=male']);
    const withReferences = await db.prisma.indicator.count({
      where: { topic: 'SUSTAINABILITY_STRATEGY', references: { some: {} } },
    });
    // 8.4, 7.2.a, 11.1.a, 13.1.a, 4.2.a, 4.2.b, 5.1.a, 3.1.c, 3.1.d, 11.3.a, 2.1.b
    expect(withReferences).toBe(11);
  });

  it('holds the national targets of the DNS indicators that have a numeric target', async () => {
    const targets = await db.prisma.indicatorTarget.findMany({ include: { indicator: { select: { key: true } } } });
    expect(targets).toHaveLength(53);
    expect(targets.every((target) => target.scope === 'COUNTRY' && target.noteDe && target.noteEn)).toBe(true);
    const ghg = targets.find((target) => target.indicator.key === 'dns_13.1.a');
    expect(ghg).toMatchObject({ value: 35, year: 2030, comparator: 'AT_MOST' });
    const organic = targets.find((target) => target.indicator.key === 'dns_2.1.b');
    expect(organic).toMatchObject({ value: 30, year: 2030, comparator: 'AT_LEAST' });
    // "every year": held up to the strategy's horizon, and said so
    const debt = targets.find((target) => target.indicator.key === 'dns_8.2.c');
    expect(debt).toMatchObject({ value: 60, year: 2030, comparator: 'AT_MOST' });
    expect(debt?.noteDe).toContain('Ohne Zieljahr');
    const keys = new Set(targets.map((target) => target.indicator.key));
    // relative targets (below the EU average) and the gap target of 10.1 have no numeric target value
    for (const key of ['dns_1.1.a', 'dns_10.2', 'dns_10.1', 'dns_8.4']) expect(keys.has(key), key).toBe(false);
    const dns = await db.prisma.indicator.findUniqueOrThrow({
      where: { key: 'dns_11.1.a' },
      include: { goals: true, targets: true },
    });
    expect(dns).toMatchObject({ unitDe: 'Hektar pro Tag', polarity: 'LOWER_IS_BETTER', aggregation: 'NOT_AGGREGABLE' });
    expect(dns.goals.map((goal) => goal.goalNumber)).toEqual([11]);
    expect(dns.targets.map((target) => target.targetCode)).toEqual(['11.3']);
  });

  it('records one import batch per source file with its counts', async () => {
    const batches = await db.prisma.importBatch.findMany({ where: { createdByLabel: 'seed' }, orderBy: { fileName: 'asc' } });
    expect(batches.every((batch) => batch.status === 'SUCCEEDED' && batch.finishedAt)).toBe(true);
    expect(batches.map((batch) => batch.fileName)).toEqual([
      'dns/indicator_11-1-a.csv', 'dns/indicator_11-3-a.csv', 'dns/indicator_13-1-a.csv', 'dns/indicator_2-1-b.csv',
      'dns/indicator_3-1-cd.csv', 'dns/indicator_4-2-ab.csv', 'dns/indicator_5-1-a.csv', 'dns/indicator_7-2-a.csv',
      'dns/indicator_8-4.csv', 'dns/indicators.json', 'inkar/sdg-kommunen-values.csv', 'inkar/values.csv.gz',
      'population-by-age.json', 'population.json', 'regionalstatistik/export-2017.json',
    ]);
    const byFile = new Map(batches.map((batch) => [batch.fileName, batch]));
    expect(byFile.get('inkar/sdg-kommunen-values.csv')).toMatchObject({ rowsRead: 1499, rowsCreated: 1499 });
    // the long INKAR file contains the SDG values: those rows exist already
    expect(byFile.get('inkar/values.csv.gz')).toMatchObject({ rowsRead: 15_053, rowsCreated: 13_554, rowsUnchanged: 1499 });
    const regional = byFile.get('regionalstatistik/export-2017.json');
    expect(regional).toMatchObject({ rowsRead: 3596 });
    expect((regional?.rowsCreated ?? 0) + (regional?.rowsSkipped ?? 0)).toBe(3596);
    expect(byFile.get('dns/indicators.json')).toMatchObject({ rowsRead: 82, rowsCreated: 53 });
  });

  it('changes nothing when seeded again', async () => {
    const count = () =>
      Promise.all([
        db.prisma.indicator.count(),
        db.prisma.observation.count(),
        db.prisma.referenceObservation.count(),
        db.prisma.indicatorTarget.count(),
        db.prisma.importBatch.count(),
      ]);
    const before = await count();
    const again = await seedDatabase(db.prisma, { demo: false });
    expect(again.applied).toEqual([]);
    expect(await count()).toEqual(before);
  });
});
