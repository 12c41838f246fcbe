import fastifyCookie from '@fastify/cookie';
import { parse } from 'csv-parse/sync';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { MemoryRateLimitStore } from '../limits/rate-limit-stores.js';
import { RateLimiter } from '../limits/rate-limit.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import { BULK_CSV_HEADER } from './bulk-format.js';
import { BULK_MAX_INDICATORS, BULK_MAX_UNITS } from './bulk-params.js';
import { BULK_PAGE_SIZE, type BulkRow } from './bulk-rows.js';
import { registerBulkDownloads } from './bulk-downloads.js';

/** RFC 4180 with CRLF line ends, as the download promises. */
function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  return parse(text, { record_delimiter: '\r\n' });
}

const SIX_UNITS = ['05120000', '05122000', '05124000', '05316000', '05374000', '05378000'];

describe.each(testDatabaseKinds())('bulk observation downloads on %s', (kind) => {
  let server: TestServer;
  /** An indicator with values for all six units, and totals as well as categories. */
  let key: string;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    const [row] = await server.db.query<{ key: string }>(
      `SELECT i."key" FROM "Observation" o JOIN "Indicator" i ON i."id" = o."indicatorId"
       GROUP BY i."key" HAVING count(DISTINCT o."municipalityId") = 6 AND bool_or(o."disaggregationKey" <> '')
       ORDER BY count(*) DESC, i."key" LIMIT 1`,
    );
    key = row!.key;
    // Seeding takes minutes when the machine is busy; the tests themselves take seconds.
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  it('CSV: header, then the same values as the GraphQL series of each of the six units', async () => {
    const response = await get(`/api/bulk/observations.csv?indicators=${key}&units=${SIX_UNITS.join(',')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="observations-\d{4}-\d{2}-\d{2}\.csv"$/);
    // Charged to the server's rate limit: one point per series, six here.
    expect(Number(response.headers.get('ratelimit-limit'))).toBeGreaterThan(0);
    expect(response.headers.get('ratelimit-remaining')).not.toBeNull();
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...BULK_CSV_HEADER]);

    const expected: string[][] = [];
    for (const ags of SIX_UNITS) {
      const unit = await server.singleField<{ name: string; observations: { totalCount: number; nodes: Array<{ year: number; value: number; category: string | null; isDemo: boolean }> } }>(
        `query ($ags: String!, $key: String!) { municipality(ags: $ags) { name observations(indicatorKey: $key, first: 100) { totalCount nodes { year value category isDemo } } } }`,
        { ags, key },
      );
      expect(unit.observations.nodes.length).toBeGreaterThan(0);
      expect(unit.observations.nodes).toHaveLength(unit.observations.totalCount);
      for (const o of unit.observations.nodes) {
        expected.push([key, ags, unit.name, String(o.year), String(o.value), o.category ?? '', expect.any(String) as unknown as string, String(o.isDemo)]);
      }
    }
    expect(rows).toEqual(expected);
  });

  it('JSON: parses, with categories only when disaggregated=true, like GraphQL', async () => {
    const totals = (await (await get(`/api/bulk/observations.json?indicators=${key}&units=05124000`)).json()) as BulkRow[];
    const response = await get(`/api/bulk/observations.json?indicators=${key}&units=05124000&disaggregated=true`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const all = (await response.json()) as BulkRow[];
    const graphqlCategories = await server.singleField<{ observations: { totalCount: number; nodes: Array<{ year: number; value: number; category: string | null }> } }>(
      `query ($key: String!) { municipality(ags: "05124000") { observations(indicatorKey: $key, disaggregated: true, first: 100) { totalCount nodes { year value category } } } }`,
      { key },
    );
    expect(totals.every((row) => row.category === null && row.ags === '05124000' && row.unit === 'Wuppertal')).toBe(true);
    const categories = all.filter((row) => row.category !== null);
    expect(categories.length).toBeGreaterThan(0);
    expect(all).toHaveLength(totals.length + categories.length);
    expect(categories.map(({ year, value, category }) => ({ year, value, category })).sort(byYearCategory)).toEqual(
      [...graphqlCategories.observations.nodes].sort(byYearCategory),
    );
    expect(Object.keys(all[0]!)).toEqual(['indicator', 'ags', 'unit', 'year', 'value', 'category', 'status', 'isDemo']);
    expect(all[0]).toMatchObject({ indicator: key, ags: '05124000', year: expect.any(Number), value: expect.any(Number), isDemo: expect.any(Boolean) });
  });

  it('keeps the years from/to (inclusive), and only those', async () => {
    const everyYear = (await (await get(`/api/bulk/observations.json?indicators=${key}`)).json()) as BulkRow[];
    const years = [...new Set(everyYear.map((row) => row.year))].sort((a, b) => a - b);
    expect(years.length).toBeGreaterThan(3);
    const [from, to] = [years[1]!, years.at(-2)!];
    const response = await get(`/api/bulk/observations.csv?indicators=${key}&from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv(await response.text());
    const yearColumn = header!.indexOf('year');
    expect(rows).toHaveLength(everyYear.filter((row) => row.year >= from && row.year <= to).length);
    expect(new Set(rows.map((row) => Number(row[yearColumn])))).toEqual(new Set(years.slice(1, -1)));
    const onlyFrom = (await (await get(`/api/bulk/observations.json?indicators=${key}&from=${years.at(-1)}`)).json()) as BulkRow[];
    expect(onlyFrom).toEqual(everyYear.filter((row) => row.year === years.at(-1)));
  });

  it('streams a large download in chunks, across several keyset pages, with every row once', async () => {
    const keys = (
      await server.db.query<{ key: string }>(
        `SELECT i."key" FROM "Indicator" i JOIN "Observation" o ON o."indicatorId" = i."id" GROUP BY i."key" ORDER BY count(*) DESC, i."key" LIMIT $1`,
        [BULK_MAX_INDICATORS],
      )
    ).map((row) => row.key);
    const [count] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Observation" o JOIN "Indicator" i ON i."id" = o."indicatorId" WHERE i."key" = ANY($1::text[])`,
      [keys],
    );
    expect(count!.n).toBeGreaterThan(3 * BULK_PAGE_SIZE);

    const response = await get(`/api/bulk/observations.csv?indicators=${keys.join(',')}&disaggregated=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-length')).toBeNull();
    const [, ...rows] = parseCsv(await response.text());
    expect(rows).toHaveLength(count!.n);
    const identities = rows.map((row) => `${row[0]}|${row[1]}|${row[3]}|${row[5]}`);
    expect(new Set(identities).size).toBe(rows.length);
    // Each indicator's rows come together (the keyset order is indicator key, AGS, year, category).
    const runs = rows.map((row) => row[0]).filter((indicator, i, all) => i === 0 || indicator !== all[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs).toHaveLength(keys.length);
  });

  it('takes a partner API key like /graphql does, and refuses it once revoked', async () => {
    const { key: apiKey, record } = await createApiKey(server.db.prisma, { name: 'Bulk-Test', role: 'PARTNER' });
    const path = `/api/bulk/observations.json?indicators=${key}&units=05122000`;
    const accepted = await get(path, { authorization: `Bearer ${apiKey}` });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as BulkRow[]).length).toBeGreaterThan(0);
    await revokeApiKey(server.db.prisma, record.id);
    const refused = await get(path, { authorization: `Bearer ${apiKey}` });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('revoked');
  });

  it('refuses bad parameters with 400 and a JSON body naming the parameter', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['', 'indicators', /"indicators" is required/],
      [`?indicators=${key},no_such_indicator`, 'indicators', /Unknown indicator key: no_such_indicator/],
      [`?indicators=${Array.from({ length: BULK_MAX_INDICATORS + 1 }, (_, i) => `k${i}`).join(',')}`, 'indicators', /at most 100/],
      [`?indicators=${key}&units=05124000,05999000`, 'units', /Unknown unit \(AGS\): 05999000/],
      [`?indicators=${key}&units=Wuppertal`, 'units', /8-digit AGS codes; not one: Wuppertal/],
      [`?indicators=${key}&units=${Array.from({ length: BULK_MAX_UNITS + 1 }, (_, i) => String(5000000 + i).padStart(8, '0')).join(',')}`, 'units', /at most 60/],
      [`?indicators=${key}&disaggregated=yes`, 'disaggregated', /must be true or false/],
      [`?indicators=${key}&from=215`, 'from', /must be a year from 1900 to 2100, got "215"/],
      [`?indicators=${key}&to=next`, 'to', /must be a year/],
      [`?indicators=${key}&from=2020&to=2015`, 'to', /"to" \(2015\) is before "from" \(2020\)/],
    ];
    for (const [query, parameter, message] of cases) {
      for (const format of ['csv', 'json']) {
        const response = await get(`/api/bulk/observations.${format}${query}`);
        expect(response.status, `${format}${query}`).toBe(400);
        const body = (await response.json()) as { parameter: string; message: string; code: string };
        expect(body.parameter).toBe(parameter);
        expect(body.code).toBe('VALIDATION');
        expect(body.message).toMatch(message);
      }
    }
  });

  it('charges one rate-limit point per series and answers 429 with Retry-After when the budget is used up', async () => {
    const app = Fastify();
    await app.register(fastifyCookie);
    // A fixed clock: both requests fall into the same window however slow the machine is.
    const now = Date.now();
    const limiter = new RateLimiter(new MemoryRateLimitStore(), { windowSeconds: 60, anonymous: 10, user: 10, apiKey: 10 }, { now: () => now });
    registerBulkDownloads(app, server.db, { rateLimit: { limiter, windowSeconds: 60 } });
    try {
      const path = `/api/bulk/observations.json?indicators=${key}&units=${SIX_UNITS.join(',')}`;
      const first = await app.inject({ method: 'GET', url: path });
      expect(first.statusCode).toBe(200);
      expect(first.headers['ratelimit-limit']).toBe('10');
      expect(first.headers['ratelimit-remaining']).toBe('4');
      const second = await app.inject({ method: 'GET', url: path });
      expect(second.statusCode).toBe(429);
      expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
      expect(second.json()).toMatchObject({ code: 'RATE_LIMITED' });
    } finally {
      await app.close();
    }
  });
});

function byYearCategory(a: { year: number; category: string | null }, b: { year: number; category: string | null }): number {
  return a.year - b.year || (a.category ?? '').localeCompare(b.category ?? '');
}
