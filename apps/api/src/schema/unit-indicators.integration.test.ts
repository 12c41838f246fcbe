import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createIndicators, UNIT_AGS, valuesForAllUnits } from '../test-support/indicator-fixtures.js';
import type { FixtureIndicator } from '../test-support/indicator-fixtures.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

// A region of its own ("Testland": Testhausen and Testdorf, with the town Testweiler in Testdorf),
// so that what the seed holds for the Bergisches Land cannot change the expected numbers.
const TESTHAUSEN = '09999001';
const TESTDORF = '09999002';
const TESTWEILER = '09999003';
const years = [2015, 2016, 2017, 2018, 2019, 2020];
const flatTen = Object.fromEntries(years.map((year) => [year, 10]));

const bulk: FixtureIndicator[] = Array.from({ length: 10 }, (_, index) => ({
  key: `zz_bulk_${String(index + 1).padStart(2, '0')}`,
  polarity: 'HIGHER_IS_BETTER',
  aggregation: 'SUM',
  goals: [index < 2 ? 6 : 7],
  values: { ...valuesForAllUnits(flatTen), [TESTHAUSEN]: flatTen, [TESTDORF]: flatTen },
}));

const fixtures: FixtureIndicator[] = [
  {
    key: 'zz_up',
    polarity: 'HIGHER_IS_BETTER',
    aggregation: 'POPULATION_WEIGHTED_MEAN',
    goals: [11],
    values: { [TESTHAUSEN]: { 2015: 100, 2020: 110 }, [TESTDORF]: { 2015: 200, 2020: 200 } },
  },
  {
    key: 'zz_down',
    polarity: 'LOWER_IS_BETTER',
    aggregation: 'SUM',
    goals: [3, 11],
    values: {
      [TESTHAUSEN]: Object.fromEntries(years.map((year, i) => [year, 50 + 2 * i])),
      [TESTDORF]: flatTen,
    },
  },
  {
    key: 'zz_flat',
    polarity: 'NEUTRAL',
    aggregation: 'NOT_AGGREGABLE',
    goals: [8],
    values: { [TESTHAUSEN]: { 2018: 5, 2020: 5 } },
  },
  ...bulk,
];

interface UnitIndicator {
  indicator: { key: string };
  computed: boolean;
  latest: { year: number; value: number } | null;
  sparkline: Array<{ year: number; value: number }>;
  trend: { direction: string; assessment: string | null; fromYear: number; toYear: number } | null;
  progress: { openSdg: { status: string }; dnsWeather: { status: string } };
}

// Testhausen's indicators with total values: the fixtures and the commuter series of its profile.
const testhausenKeys = [...fixtures.map((fixture) => fixture.key), 'commuter_balance', 'commuters_in', 'commuters_out'];

const indicatorFields = `indicator { key } computed latest { year value } sparkline { year value }
  trend { direction assessment fromYear toYear } progress { openSdg { status } dnsWeather { status } }`;

describe.each(testDatabaseKinds())('municipality and region indicators, profile and comparison over HTTP on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ kind, demo: false });
    const prisma = server.db.prisma;
    await prisma.region.create({
      data: {
        slug: 'testland',
        nameDe: 'Testland',
        nameEn: 'Testland (en)',
        municipalities: {
          create: [
            { ags: TESTHAUSEN, name: 'Testhausen', officialName: 'Stadt Testhausen', kind: 'CITY', population: 1000, populationDate: new Date('2021-12-31'), areaKm2: 10 },
            { ags: TESTDORF, name: 'Testdorf', officialName: 'Kreis Testdorf', kind: 'DISTRICT', population: 3000, areaKm2: 100 },
          ],
        },
      },
    });
    const testdorf = await prisma.municipality.findUniqueOrThrow({ where: { ags: TESTDORF } });
    await prisma.municipality.create({
      data: { regionId: testdorf.regionId, parentId: testdorf.id, ags: TESTWEILER, name: 'Testweiler', officialName: 'Gemeinde Testweiler', kind: 'TOWN' },
    });
    await createIndicators(prisma, fixtures);

    // Structural data for Testhausen's profile: the indicators the seed may already hold are reused.
    const testhausen = await prisma.municipality.findUniqueOrThrow({ where: { ags: TESTHAUSEN } });
    const structural = async (key: string) =>
      prisma.indicator.upsert({
        where: { key },
        update: {},
        create: { key, topic: 'STRUCTURE', titleDe: key, titleEn: key, unitDe: 'Personen', unitEn: 'persons', polarity: 'NEUTRAL', sourceName: 'Test' },
      });
    const observations: Array<{ key: string; year: number; value: number; age?: string }> = [
      { key: 'population_by_age', year: 2015, value: 100, age: '75+' },
      { key: 'population_by_age', year: 2015, value: 100, age: '0-3' },
      { key: 'population_by_age', year: 2015, value: 200, age: '3-6' },
      { key: 'population_by_age', year: 2011, value: 999, age: '0-3' },
      { key: 'commuters_in', year: 2014, value: 500 },
      { key: 'commuters_out', year: 2014, value: 400 },
      { key: 'commuters_in', year: 2015, value: 600 },
      { key: 'commuters_out', year: 2015, value: 450 },
      { key: 'commuter_balance', year: 2015, value: 150 },
    ];
    for (const row of observations) {
      const indicator = await structural(row.key);
      await prisma.observation.create({
        data: {
          indicatorId: indicator.id,
          municipalityId: testhausen.id,
          year: row.year,
          value: row.value,
          disaggregation: row.age ? { age: row.age } : {},
          disaggregationKey: row.age ? `age=${row.age}` : '',
        },
      });
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it("lists a city's indicators with latest value, sparkline, trend and progress", async () => {
    const result = await server.graphql<{ municipality: { name: string; indicators: UnitIndicator[] } }>(
      `{ municipality(ags: "${TESTHAUSEN}") { name indicators { ${indicatorFields} } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { name, indicators } = result.data!.municipality;
    expect(name).toBe('Testhausen');
    const byKey = new Map(indicators.map((entry) => [entry.indicator.key, entry]));
    expect(new Set(byKey.keys())).toEqual(new Set(testhausenKeys));
    expect(indicators).toHaveLength(testhausenKeys.length);
    expect(byKey.get('zz_up')).toEqual({
      indicator: { key: 'zz_up' },
      computed: false,
      latest: { year: 2020, value: 110 },
      sparkline: [
        { year: 2015, value: 100 },
        { year: 2020, value: 110 },
      ],
      trend: { direction: 'UP', assessment: 'IMPROVING', fromYear: 2015, toYear: 2020 },
      progress: { openSdg: { status: 'SUBSTANTIAL_PROGRESS' }, dnsWeather: { status: 'NOT_AVAILABLE' } },
    });
    // Lower is better and the value rose every year: deterioration, thunderstorm.
    expect(byKey.get('zz_down')).toMatchObject({
      trend: { direction: 'UP', assessment: 'WORSENING' },
      progress: { openSdg: { status: 'DETERIORATION' }, dnsWeather: { status: 'THUNDERSTORM' } },
    });
    expect(byKey.get('zz_flat')).toMatchObject({
      trend: { direction: 'FLAT', assessment: null },
      progress: { openSdg: { status: 'NOT_AVAILABLE' } },
    });
    expect(byKey.get('zz_bulk_01')?.trend).toMatchObject({ direction: 'FLAT', assessment: 'STABLE' });
  });

  it('filters a city\'s indicators by goal and summarises progress per goal', async () => {
    const result = await server.graphql<{
      municipality: {
        goal11: UnitIndicator[];
        goals: Array<{ goal: { number: number; color: string }; indicatorCount: number; statusCounts: Array<{ status: string; count: number }> }>;
      };
    }>(`{ municipality(ags: "${TESTHAUSEN}") {
      goal11: indicators(goal: 11) { indicator { key } }
      goals { goal { number color } indicatorCount statusCounts { status count } }
    } }`);
    expect(result.errors).toBeUndefined();
    const { goal11, goals } = result.data!.municipality;
    expect(goal11.map((entry) => entry.indicator.key)).toEqual(['zz_down', 'zz_up']);
    const nonZero = (counts: Array<{ status: string; count: number }>) =>
      Object.fromEntries(counts.filter((entry) => entry.count > 0).map((entry) => [entry.status, entry.count]));
    expect(goals.map((entry) => [entry.goal.number, entry.indicatorCount, nonZero(entry.statusCounts)])).toEqual([
      [3, 1, { DETERIORATION: 1 }],
      [6, 2, { LIMITED_PROGRESS: 2 }],
      [7, 8, { LIMITED_PROGRESS: 8 }],
      [8, 1, { NOT_AVAILABLE: 1 }],
      [11, 2, { SUBSTANTIAL_PROGRESS: 1, DETERIORATION: 1 }],
    ]);
    expect(goals[0]!.statusCounts.map((entry) => entry.status)).toEqual([
      'TARGET_ACHIEVED',
      'SUBSTANTIAL_PROGRESS',
      'MODERATE_PROGRESS',
      'LIMITED_PROGRESS',
      'DETERIORATION',
      'NOT_AVAILABLE',
    ]);
    expect(goals[0]!.goal.color).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('treats the region as a unit with computed values, leaving out NOT_AGGREGABLE indicators', async () => {
    const result = await server.graphql<{
      region: { name: string; indicators: UnitIndicator[]; goals: Array<{ goal: { number: number }; statusCounts: Array<{ status: string; count: number }> }> };
    }>(`{ region(slug: "testland") { name(lang: EN)
      indicators(goal: 11) { ${indicatorFields} }
      goals { goal { number } statusCounts { status count } }
    } }`);
    expect(result.errors).toBeUndefined();
    const region = result.data!.region;
    expect(region.name).toBe('Testland (en)');
    const byKey = new Map(region.indicators.map((entry) => [entry.indicator.key, entry]));
    expect([...byKey.keys()]).toEqual(['zz_down', 'zz_up']);
    // Weighted by the units' populations (1000 and 3000): (100·1000 + 200·3000) / 4000.
    expect(byKey.get('zz_up')!.sparkline).toEqual([
      { year: 2015, value: 175 },
      { year: 2020, value: 177.5 },
    ]);
    expect(byKey.get('zz_up')!.computed).toBe(true);
    expect(byKey.get('zz_up')!.progress.openSdg.status).toBe('LIMITED_PROGRESS');
    expect(byKey.get('zz_down')!.sparkline.map((point) => point.value)).toEqual([60, 62, 64, 66, 68, 70]);
    expect(region.goals.map((entry) => entry.goal.number)).toEqual([3, 6, 7, 11]);
  });

  it('builds the profile from structural data: population, density, age structure, commuters', async () => {
    const result = await server.graphql<{ municipality: { profile: Record<string, unknown> } }>(`{ municipality(ags: "${TESTHAUSEN}") { profile {
      population populationYear areaKm2 density ageStructureYear
      ageStructure { code de: label(lang: DE) en: label(lang: EN) value share }
      commuters { year inbound outbound balance }
    } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.municipality.profile).toEqual({
      population: 1000,
      populationYear: 2021,
      areaKm2: 10,
      density: 100,
      ageStructureYear: 2015,
      ageStructure: [
        { code: '0-3', de: 'unter 3 Jahre', en: 'under 3 years', value: 100, share: 0.25 },
        { code: '3-6', de: '3 bis unter 6 Jahre', en: '3 to under 6 years', value: 200, share: 0.5 },
        { code: '75+', de: '75 Jahre und mehr', en: '75 years and over', value: 100, share: 0.25 },
      ],
      commuters: { year: 2015, inbound: 600, outbound: 450, balance: 150 },
    });
  });

  it('answers a profile without structural data with nulls', async () => {
    const result = await server.graphql<{ municipality: { profile: Record<string, unknown>; indicators: unknown[] } }>(
      `{ municipality(ags: "${TESTWEILER}") { indicators { indicator { key } } profile {
        population populationYear areaKm2 density ageStructureYear ageStructure { code } commuters { year }
      } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.municipality).toEqual({
      indicators: [],
      profile: { population: null, populationYear: null, areaKm2: null, density: null, ageStructureYear: null, ageStructure: [], commuters: null },
    });
  });

  it('compares units over indicators, latest or of one year, with the region', async () => {
    const query = `query ($year: Int) { comparison(ags: ["${TESTHAUSEN}", "${TESTDORF}"], indicatorKeys: ["zz_down", "zz_up", "zz_flat"], year: $year, includeRegion: true) {
      unitKind ags name values { indicator { key } year value computed progress { openSdg { status } } }
    } }`;
    type Row = { unitKind: string; ags: string | null; name: string; values: Array<{ indicator: { key: string }; year: number | null; value: number | null; computed: boolean; progress: { openSdg: { status: string } } | null }> };
    const latest = await server.graphql<{ comparison: Row[] }>(query);
    expect(latest.errors).toBeUndefined();
    const rows = latest.data!.comparison;
    expect(rows.map((row) => [row.unitKind, row.ags, row.name])).toEqual([
      ['MUNICIPALITY', TESTHAUSEN, 'Testhausen'],
      ['MUNICIPALITY', TESTDORF, 'Testdorf'],
      ['REGION', null, 'Testland'],
    ]);
    expect(rows.map((row) => row.values.map((value) => [value.indicator.key, value.year, value.value, value.computed]))).toEqual([
      [['zz_down', 2020, 60, false], ['zz_up', 2020, 110, false], ['zz_flat', 2020, 5, false]],
      [['zz_down', 2020, 10, false], ['zz_up', 2020, 200, false], ['zz_flat', null, null, false]],
      [['zz_down', 2020, 70, true], ['zz_up', 2020, 177.5, true], ['zz_flat', null, null, false]],
    ]);
    expect(rows[0]!.values[1]!.progress?.openSdg.status).toBe('SUBSTANTIAL_PROGRESS');
    expect(rows[2]!.values[2]!.progress).toBeNull();

    const of2015 = await server.graphql<{ comparison: Row[] }>(query, { year: 2015 });
    expect(of2015.data!.comparison[0]!.values.map((value) => value.value)).toEqual([50, 100, null]);
  });

  it('refuses a comparison with an unknown indicator or AGS, naming it', async () => {
    const unknownKey = await server.graphql(`{ comparison(ags: ["${TESTHAUSEN}"], indicatorKeys: ["zz_up", "nope"]) { ags } }`);
    expect(unknownKey.errors?.[0]?.message).toBe('indicatorKeys: no indicator with key "nope".');
    expect(unknownKey.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'indicatorKeys' });
    const unknownAgs = await server.graphql('{ comparison(ags: ["12345678"], indicatorKeys: ["zz_up"]) { ags } }');
    expect(unknownAgs.errors?.[0]?.message).toContain('"12345678"');
  });

  it('keeps the statements of the municipality-profile query fixed for 2 vs. 16 indicators', async () => {
    const query = `query ($goal: Int) { municipality(ags: "${TESTHAUSEN}") { name
      profile { population density ageStructure { label value share } commuters { balance } }
      indicators(goal: $goal) { indicator { key title unit goals { number } } latest { year value } sparkline { year value }
        trend { direction assessment } progress { openSdg { status explanation } dnsWeather { status } target { value } } }
      goals { goal { number color } indicatorCount statusCounts { status count } }
    } }`;
    const count = async (goal: number | null) => {
      server.statements.length = 0;
      const result = await server.graphql<{ municipality: { indicators: unknown[] } }>(query, { goal });
      expect(result.errors).toBeUndefined();
      return { indicators: result.data!.municipality.indicators.length, statements: server.statements.length };
    };
    const two = await count(6);
    const all = await count(null);
    expect(two.indicators).toBe(2);
    expect(all.indicators).toBe(testhausenKeys.length);
    expect(all.statements).toBe(two.statements);
    expect(all.statements).toBeLessThanOrEqual(14);
  });

  it('keeps the statements of the indicator-series query fixed for 2 vs. 10 indicators and 1 vs. 6 units', async () => {
    const query = `query ($first: Int, $ags: [String!]) { indicators(first: $first, search: "zz_bulk") { totalCount edges { node {
      key title goals { number } nationalTargets { totalCount nodes { value } }
      series(ags: $ags, includeRegion: true, includeReferences: true) { unitKind ags name computed points { year value } progress { openSdg { status } dnsWeather { status } } }
    } } } }`;
    const count = async (first: number, ags: readonly string[]) => {
      server.statements.length = 0;
      const result = await server.graphql<{ indicators: { edges: Array<{ node: { series: unknown[] } }> } }>(query, { first, ags });
      expect(result.errors).toBeUndefined();
      const edges = result.data!.indicators.edges;
      return { indicators: edges.length, series: edges[0]!.node.series.length, statements: server.statements.length };
    };
    const small = await count(2, [UNIT_AGS[0]]);
    const large = await count(10, UNIT_AGS);
    expect(small).toMatchObject({ indicators: 2, series: 2 });
    expect(large).toMatchObject({ indicators: 10, series: 7 });
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(9);
  });
});
