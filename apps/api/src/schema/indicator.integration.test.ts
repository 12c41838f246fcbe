import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createIndicators, UNIT_AGS, valuesForAllUnits } from '../test-support/indicator-fixtures.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

interface SeriesResult {
  unitKind: string;
  ags: string | null;
  name: string;
  computed: boolean;
  points: Array<{ year: number; value: number }>;
}

describe.each(testDatabaseKinds())('indicator catalogue and series over HTTP on %s', (kind) => {
  let server: TestServer;
  const populations = new Map<string, Map<number, number>>();
  const municipalPopulation = new Map<string, number>();

  beforeAll(async () => {
    server = await startTestServer({ kind, demo: false });
    await createIndicators(server.db.prisma, [
      {
        key: 'zz_share',
        titleDe: 'Testwert Grünflächenanteil',
        titleEn: 'Test value share of green space',
        polarity: 'HIGHER_IS_BETTER',
        aggregation: 'POPULATION_WEIGHTED_MEAN',
        goals: [11],
        targets: ['11.7'],
        values: valuesForAllUnits({ 2015: 10, 2016: 11, 2020: 12 }),
      },
      {
        key: 'zz_count',
        titleDe: 'Testwert Verkehrstote',
        titleEn: 'Test value road deaths',
        polarity: 'LOWER_IS_BETTER',
        aggregation: 'SUM',
        goals: [3, 11],
        targets: ['3.6'],
        // Remscheid lacks 2016: the region has no value for that year.
        values: {
          ...valuesForAllUnits({ 2015: 20, 2016: 18, 2019: 16 }),
          '05120000': { 2015: 60, 2019: 48 },
        },
      },
      {
        key: 'zz_median',
        titleDe: 'Testwert Medianeinkommen',
        titleEn: 'Test value median income',
        polarity: 'HIGHER_IS_BETTER',
        aggregation: 'NOT_AGGREGABLE',
        goals: [8],
        values: valuesForAllUnits({ 2015: 3000, 2020: 3300 }),
      },
      {
        key: 'zz_hand',
        titleDe: 'Handgerechnete Reihe',
        titleEn: 'Series computed by hand',
        topic: 'SUSTAINABILITY_STRATEGY',
        polarity: 'HIGHER_IS_BETTER',
        aggregation: 'NOT_AGGREGABLE',
        goals: [4],
        values: { '05124000': { 2015: 100, 2020: 110 } },
      },
    ]);
    const rows = await server.db.prisma.observation.findMany({
      where: { indicator: { key: 'population' }, disaggregationKey: '' },
      select: { year: true, value: true, municipality: { select: { ags: true } } },
    });
    for (const row of rows) {
      const byYear = populations.get(row.municipality.ags) ?? new Map<number, number>();
      byYear.set(row.year, row.value);
      populations.set(row.municipality.ags, byYear);
    }
    for (const m of await server.db.prisma.municipality.findMany({ select: { ags: true, population: true } })) {
      municipalPopulation.set(m.ags, m.population ?? 0);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  const seriesQuery = `query ($key: String!, $ags: [String!], $region: Boolean, $refs: Boolean, $from: Int, $to: Int) {
    indicator(key: $key) { series(ags: $ags, includeRegion: $region, includeReferences: $refs, from: $from, to: $to) {
      unitKind ags name computed points { year value }
    } }
  }`;
  async function series(variables: Record<string, unknown>): Promise<SeriesResult[]> {
    const result = await server.graphql<{ indicator: { series: SeriesResult[] } }>(seriesQuery, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.indicator.series;
  }

  it('lists the catalogue as a connection with totalCount, in topic then key order', async () => {
    type Page = {
      indicators: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { key: string; title: string; unit: string; topic: string } }>;
      };
    };
    const [{ count }] = (await server.db.query<{ count: number }>('SELECT count(*)::int AS count FROM "Indicator"')) as [{ count: number }];
    const nodes: Page['indicators']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: { data?: Page; errors?: unknown } = await server.graphql<Page>(
        'query ($after: String) { indicators(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key title unit topic } } } }',
        { after },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.indicators.totalCount).toBe(count);
      expect(result.data!.indicators.edges.length).toBe(Math.min(100, count - nodes.length));
      nodes.push(...result.data!.indicators.edges.map((edge) => edge.node));
      if (!result.data!.indicators.pageInfo.hasNextPage) break;
      after = result.data!.indicators.pageInfo.endCursor;
    }
    expect(nodes.length).toBe(count);
    expect(new Set(nodes.map((node) => node.key)).size).toBe(count);
    expect(nodes.every((node) => node.title && node.unit)).toBe(true);
    const topicOrder = ['SDG_MUNICIPAL', 'SUSTAINABILITY_STRATEGY', 'STRUCTURE'];
    const ranks = nodes.map((node) => topicOrder.indexOf(node.topic));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const keys = nodes.map((node) => node.key);
    expect(keys).toEqual(expect.arrayContaining(['population', 'population_by_age', 'zz_share', 'zz_hand']));
    expect(keys.filter((key) => key.startsWith('zz_'))).toEqual(['zz_count', 'zz_median', 'zz_share', 'zz_hand']);
  });

  it('pages with first/after and keeps totalCount', async () => {
    const query = `query ($after: String) { indicators(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }`;
    type Page = { indicators: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { key: string } }> } };
    const first = await server.graphql<Page>(query);
    const second = await server.graphql<Page>(query, { after: first.data!.indicators.pageInfo.endCursor });
    const all = await server.graphql<Page>('{ indicators(first: 4) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }');
    const allKeys = all.data!.indicators.edges.map((edge) => edge.node.key);
    expect(allKeys).toHaveLength(4);
    expect(first.data!.indicators.edges.map((edge) => edge.node.key)).toEqual(allKeys.slice(0, 2));
    expect(second.data!.indicators.edges.map((edge) => edge.node.key)).toEqual(allKeys.slice(2, 4));
    expect(first.data!.indicators.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.indicators.totalCount).toBe(all.data!.indicators.totalCount);
  });

  it('pages 20 by default and refuses more than 100 with a clear message', async () => {
    const defaultPage = await server.graphql<{ indicators: { edges: unknown[]; totalCount: number } }>(
      '{ indicators { totalCount edges { node { key } } } }',
    );
    expect(defaultPage.data!.indicators.edges.length).toBe(Math.min(20, defaultPage.data!.indicators.totalCount));
    const refused = await server.graphql('{ indicators(first: 1000) { edges { node { key } } } }');
    expect(refused.errors?.[0]?.message).toBe('first: at most 100 items per page, got 1000; page on with "after".');
    expect(refused.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('filters by goal, SDG target, topic and text', async () => {
    const keysOf = async (args: string) => {
      const result = await server.graphql<{ indicators: { totalCount: number; edges: Array<{ node: { key: string } }> } }>(
        `{ indicators(first: 100, ${args}) { totalCount edges { node { key } } } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.indicators.totalCount).toBe(result.data!.indicators.edges.length);
      return result.data!.indicators.edges.map((edge) => edge.node.key);
    };
    // "zz_" narrows every filter to this file's indicators, whatever the seed holds.
    expect(await keysOf('search: "zz_"')).toEqual(['zz_count', 'zz_median', 'zz_share', 'zz_hand']);
    expect(await keysOf('goal: 11, search: "zz_"')).toEqual(['zz_count', 'zz_share']);
    expect(await keysOf('target: "3.6", search: "zz_"')).toEqual(['zz_count']);
    expect(await keysOf('topic: SUSTAINABILITY_STRATEGY, search: "zz_"')).toEqual(['zz_hand']);
    expect(await keysOf('search: "TESTWERT grünFL"')).toEqual(['zz_share']);
    expect(await keysOf('search: "test value road death"')).toEqual(['zz_count']);
    expect(await keysOf('search: "ZZ_MED"')).toEqual(['zz_median']);
    expect(await keysOf('goal: 3, search: "testwert"')).toEqual(['zz_count']);
    const goal11 = await keysOf('goal: 11');
    const linked = await server.db.query<{ key: string }>(
      'SELECT i.key FROM "Indicator" i JOIN "IndicatorSdgGoal" g ON g."indicatorId" = i.id WHERE g."goalNumber" = 11',
    );
    expect(new Set(goal11)).toEqual(new Set(linked.map((row) => row.key)));
  });

  it('gives indicator metadata with goals and SDG targets', async () => {
    const result = await server.graphql<{ indicator: Record<string, unknown> }>(
      `{ indicator(key: "zz_count") { key title(lang: EN) polarity aggregation topic decimals inferredByHand
        goals { number } sdgTargets { code } targets { totalCount nodes { year } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.indicator).toEqual({
      key: 'zz_count',
      title: 'Test value road deaths',
      polarity: 'LOWER_IS_BETTER',
      aggregation: 'SUM',
      topic: 'SDG_MUNICIPAL',
      decimals: 1,
      inferredByHand: false,
      goals: [{ number: 3 }, { number: 11 }],
      sdgTargets: [{ code: '3.6' }],
      targets: { totalCount: 0, nodes: [] },
    });
  });

  it('answers the same scalars by either read path (without and with relations asked for), and null for an unknown key', async () => {
    // The resolver reads the row by hand-written SQL when no relation is asked for, else through Prisma.
    const scalars = 'id key title(lang: EN) definition unit decimals polarity aggregation topic sourceName sourceUrl licence method inferredByHand inferenceNote';
    const handWritten = /FROM "Indicator" WHERE key = \$1/;
    server.statements.length = 0;
    const plain = await server.graphql<{ indicator: Record<string, unknown> }>(`{ indicator(key: "zz_count") { ${scalars} } }`);
    expect(server.statements.filter((sql) => handWritten.test(sql))).toHaveLength(1);
    server.statements.length = 0;
    const withRelations = await server.graphql<{ indicator: Record<string, unknown> }>(`{ indicator(key: "zz_count") { ${scalars} goals { number } } }`);
    expect(server.statements.filter((sql) => handWritten.test(sql))).toEqual([]);
    expect(plain.errors).toBeUndefined();
    expect(withRelations.errors).toBeUndefined();
    expect({ ...plain.data!.indicator, goals: [{ number: 3 }, { number: 11 }] }).toEqual(withRelations.data!.indicator);
    const missing = await server.graphql<{ indicator: null }>('{ indicator(key: "zz_nope") { key } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ indicator: null });
  });

  it('returns every value exactly as stored, however long its decimal form', async () => {
    // The loaders read values as JSON numbers. Made here, not in beforeAll: the catalogue tests above count indicators.
    await createIndicators(server.db.prisma, [
      {
        key: 'zz_fractions',
        polarity: 'HIGHER_IS_BETTER',
        aggregation: 'NOT_AGGREGABLE',
        goals: [4],
        values: { '05124000': { 2015: 0.1, 2016: 1 / 3, 2017: 1e-7, 2018: 123456.789, 2019: -2.5e300 } },
      },
    ]);
    const [wuppertal] = await series({ key: 'zz_fractions', ags: ['05124000'] });
    expect(wuppertal!.points).toEqual([
      { year: 2015, value: 0.1 },
      { year: 2016, value: 1 / 3 },
      { year: 2017, value: 1e-7 },
      { year: 2018, value: 123456.789 },
      { year: 2019, value: -2.5e300 },
    ]);
  });

  it('gives the series of all six units in order, and the region as the sum of the units', async () => {
    const result = await series({ key: 'zz_count', region: true });
    expect(result.map((s) => s.unitKind)).toEqual([...UNIT_AGS.map(() => 'MUNICIPALITY'), 'REGION']);
    expect(new Set(result.slice(0, 6).map((s) => s.ags))).toEqual(new Set(UNIT_AGS));
    expect(result.slice(0, 6).every((s) => !s.computed)).toBe(true);
    const region = result[6]!;
    expect(region).toMatchObject({ computed: true, ags: null, name: 'Bergisches Land' });
    // 2016 is missing for Remscheid, so the region has no 2016 value; 2015: 20×(1+2+4+5+6) + 60.
    expect(region.points).toEqual([
      { year: 2015, value: 20 * 18 + 60 },
      { year: 2019, value: 16 * 18 + 48 },
    ]);
  });

  it('computes the region of a share as the population-weighted mean', async () => {
    const result = await series({ key: 'zz_share', region: true, ags: ['05124000'] });
    expect(result.map((s) => s.unitKind)).toEqual(['MUNICIPALITY', 'REGION']);
    const region = result[1]!;
    const weightedMean = (year: number, base: number) => {
      let sum = 0;
      let weights = 0;
      UNIT_AGS.forEach((ags, index) => {
        const weight = populations.get(ags)?.get(year) ?? municipalPopulation.get(ags)!;
        sum += base * (index + 1) * weight;
        weights += weight;
      });
      return sum / weights;
    };
    expect(populations.get('05124000')?.has(2015)).toBe(true);
    expect(region.points.map((p) => p.year)).toEqual([2015, 2016, 2020]);
    expect(region.points[0]!.value).toBeCloseTo(weightedMean(2015, 10), 9);
    expect(region.points[2]!.value).toBeCloseTo(weightedMean(2020, 12), 9);
  });

  it('gives no region series for a NOT_AGGREGABLE indicator', async () => {
    const result = await series({ key: 'zz_median', region: true });
    expect(result).toHaveLength(6);
    expect(result.some((s) => s.unitKind === 'REGION' || s.computed)).toBe(false);
  });

  it('limits points to from/to and adds reference series that exist', async () => {
    const indicator = await server.db.prisma.indicator.findUniqueOrThrow({ where: { key: 'zz_share' } });
    await server.db.prisma.referenceObservation.createMany({
      data: [
        { indicatorId: indicator.id, area: 'GERMANY', year: 2015, value: 9.5 },
        { indicatorId: indicator.id, area: 'GERMANY', year: 2020, value: 10.5 },
      ],
    });
    const result = await series({ key: 'zz_share', ags: ['05122000'], refs: true, from: 2016, to: 2020 });
    expect(result.map((s) => [s.unitKind, s.name])).toEqual([
      ['MUNICIPALITY', 'Solingen'],
      ['GERMANY', 'Deutschland'],
    ]);
    expect(result[0]!.points).toEqual([
      { year: 2016, value: 22 },
      { year: 2020, value: 24 },
    ]);
    expect(result[1]!.points).toEqual([{ year: 2020, value: 10.5 }]);
  });

  it('refuses an unknown AGS, naming it', async () => {
    const result = await server.graphql(seriesQuery, { key: 'zz_share', ags: ['05124000', '09162000'] });
    expect(result.errors?.[0]?.message).toContain('"09162000"');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'ags' });
  });

  it('rates 100 → 110 from 2015 to 2020 (higher is better, no target) as substantial progress', async () => {
    const result = await server.graphql<{
      indicator: {
        progress: {
          openSdg: { status: string; score: number; growth: number; baseYear: number; latestYear: number; withTarget: boolean; de: string; en: string };
          dnsWeather: { status: string; en: string };
          target: null;
        };
      };
    }>(`{ indicator(key: "zz_hand") { progress(ags: "05124000") {
      openSdg { status score growth baseYear latestYear withTarget de: explanation(lang: DE) en: explanation(lang: EN) }
      dnsWeather { status en: explanation(lang: EN) }
      target { year }
    } } }`);
    expect(result.errors).toBeUndefined();
    const progress = result.data!.indicator.progress;
    expect(progress.openSdg).toMatchObject({ status: 'SUBSTANTIAL_PROGRESS', baseYear: 2015, latestYear: 2020, withTarget: false });
    expect(progress.openSdg.growth).toBeCloseTo(0.019245, 6);
    expect(progress.openSdg.score).toBeCloseTo(4.6224, 4);
    expect(progress.openSdg.de).toContain('Von 2015 (100,0) bis 2020 (110,0) wuchs der Wert um durchschnittlich 1,9\u00a0% pro Jahr');
    expect(progress.openSdg.de).toContain('deutlicher Fortschritt');
    expect(progress.openSdg.en).toContain('From 2015 (100.0) to 2020 (110.0) the value grew by an average of 1.9% per year');
    // Two values in five years are too few for the weather symbol (Destatis needs four).
    expect(progress.dnsWeather.status).toBe('NOT_AVAILABLE');
    expect(progress.dnsWeather.en).toMatch(/^No assessment possible/);
    expect(progress.target).toBeNull();
  });

  it('measures against the national target when the unit has none, and prefers its own', async () => {
    const indicator = await server.db.prisma.indicator.findUniqueOrThrow({ where: { key: 'zz_count' } });
    const wuppertal = await server.db.prisma.municipality.findUniqueOrThrow({ where: { ags: '05124000' } });
    await server.db.prisma.indicatorTarget.createMany({
      data: [
        { indicatorId: indicator.id, scope: 'COUNTRY', value: 10, year: 2030, comparator: 'AT_MOST', noteDe: 'Halbieren', noteEn: 'Halve' },
        { indicatorId: indicator.id, scope: 'MUNICIPALITY', municipalityId: wuppertal.id, value: 30, year: 2025, comparator: 'AT_MOST' },
      ],
    });
    const query = `query ($ags: String!) { indicator(key: "zz_count") { progress(ags: $ags) {
      openSdg { status withTarget } dnsWeather { status } target { scope value year note(lang: EN) municipality { name } }
    } } }`;
    type Result = { indicator: { progress: { openSdg: { status: string; withTarget: boolean }; target: Record<string, unknown> } } };
    const solingen = await server.graphql<Result>(query, { ags: '05122000' });
    expect(solingen.errors).toBeUndefined();
    expect(solingen.data!.indicator.progress.target).toEqual({ scope: 'COUNTRY', value: 10, year: 2030, note: 'Halve', municipality: null });
    expect(solingen.data!.indicator.progress.openSdg.withTarget).toBe(true);
    const wuppertalResult = await server.graphql<Result>(query, { ags: '05124000' });
    expect(wuppertalResult.data!.indicator.progress.target).toMatchObject({ scope: 'MUNICIPALITY', value: 30, municipality: { name: 'Wuppertal' } });
    // Wuppertal: 20 (2015) → 16 (2019), lower is better, target 30 by 2025 already met.
    expect(wuppertalResult.data!.indicator.progress.openSdg.status).toBe('TARGET_ACHIEVED');
  });
});
