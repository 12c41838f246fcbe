import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { indicatorSeriesQuery } from '../bench/scenarios.js';
import { createIndicators, valuesForAllUnits } from '../test-support/indicator-fixtures.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

// The series of one indicator for all units, the region and Germany/NRW (the benchmark's query):
// the indicator lookup, then units with regions, values, targets, references (and population
// weights) together — one statement each.
describe.each(testDatabaseKinds())('statements of the indicator-series query on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ kind, demo: false });
    await createIndicators(server.db.prisma, [
      { key: 'zz_summed', polarity: 'LOWER_IS_BETTER', aggregation: 'SUM', goals: [3], values: valuesForAllUnits({ 2015: 5, 2020: 4 }) },
      { key: 'zz_weighted', polarity: 'HIGHER_IS_BETTER', aggregation: 'POPULATION_WEIGHTED_MEAN', goals: [4], values: valuesForAllUnits({ 2015: 50, 2020: 55 }) },
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function statementsFor(key: string) {
    server.statements.length = 0;
    const result = await server.graphql<{ indicator: { series: Array<{ unitKind: string }> } }>(indicatorSeriesQuery, { key });
    expect(result.errors).toBeUndefined();
    return { series: result.data!.indicator.series.length, statements: [...server.statements] };
  }

  it('reads units and regions in one statement and each kind of value once', async () => {
    const summed = await statementsFor('zz_summed');
    expect(summed.series).toBe(7);
    expect(summed.statements).toHaveLength(5);
    expect(summed.statements.filter((sql) => /"Municipality"/.test(sql) && /"Region"/.test(sql))).toHaveLength(1);
    const weighted = await statementsFor('zz_weighted');
    expect(weighted.series).toBe(7);
    expect(weighted.statements).toHaveLength(6);
  });
});
