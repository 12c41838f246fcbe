import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import { DEFAULT_LIMITS } from './settings.js';

interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> };
}

async function post(server: TestServer, body: unknown): Promise<RawResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as RawResponse['body'] };
}

describe.each(testDatabaseKinds())('query limits over HTTP on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // production: errors as partners get them (no stack traces; deliberate messages kept).
    server = await startTestServer({ kind, production: true, limits: { rateLimit: DEFAULT_LIMITS.rateLimit } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reports the cost of every executed operation in extensions.cost, and the budget in RateLimit headers', async () => {
    const response = await post(server, { query: '{ recommendations(first: 5) { totalCount edges { node { id municipality { name } } } } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    // recommendations 1 + edges (1 + 5 × (node 1 + municipality 1)).
    expect(response.body.extensions?.cost).toMatchObject({ requested: 12, limit: DEFAULT_LIMITS.maxCost, budget: DEFAULT_LIMITS.rateLimit.anonymous });
    const cost = response.body.extensions!.cost as { remaining: number; resetSeconds: number };
    expect(cost.remaining).toBeLessThanOrEqual(DEFAULT_LIMITS.rateLimit.anonymous - 12);
    expect(cost.resetSeconds).toBeGreaterThan(0);
    expect(response.headers.get('ratelimit-limit')).toBe(String(DEFAULT_LIMITS.rateLimit.anonymous));
    expect(response.headers.get('ratelimit-remaining')).toBe(String(cost.remaining));
    expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });

  it('refuses a query deeper than the limit before running it, naming limit and depth', async () => {
    // recommendations → edges → node → 11 × parent → id: 15 levels.
    const query = `{ recommendations(first: 1) { edges { node { ${'parent { '.repeat(11)}id${' }'.repeat(11)} } } } }`;
    server.statements.length = 0;
    const response = await post(server, { query });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      { message: `Query depth 15 exceeds the limit of ${DEFAULT_LIMITS.maxDepth}.`, extensions: { code: 'QUERY_TOO_DEEP', limit: DEFAULT_LIMITS.maxDepth, actual: 15 } },
    ]);
    expect(server.statements).toEqual([]);
  });

  it('refuses a query above the cost limit before running it', async () => {
    // 1 + edges (1 + 100 × node (1 + children (1 + nodes (1 + 50 × children (1 + nodes 1))))) = 10302 points.
    const query = '{ recommendations(first: 100) { edges { node { children(first: 50) { nodes { children(first: 20) { nodes { id } } } } } } } }';
    server.statements.length = 0;
    const response = await post(server, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: `Query cost 10302 exceeds the limit of ${DEFAULT_LIMITS.maxCost} points; ask for smaller pages (first/last) or fewer fields.`,
        extensions: { code: 'QUERY_TOO_COSTLY', limit: DEFAULT_LIMITS.maxCost, actual: 10302 },
      },
    ]);
    expect(server.statements).toEqual([]);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `g${i}: sdgGoal(number: 1) { number }`).join(' ');
    const response = await post(server, { query: `{ ${fields} }` });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: `The query uses ${DEFAULT_LIMITS.maxAliases + 1} aliases, more than the limit of ${DEFAULT_LIMITS.maxAliases}.`,
        extensions: { code: 'TOO_MANY_ALIASES', limit: DEFAULT_LIMITS.maxAliases, actual: DEFAULT_LIMITS.maxAliases + 1 },
      },
    ]);
  });

  it('refuses a document with too many tokens, saying how many it had', async () => {
    // "{" + 1200 × "sdgGoals { number }" (4 tokens each) + "}".
    const query = `{ ${Array.from({ length: 1200 }, () => 'sdgGoals { number }').join(' ')} }`;
    const response = await post(server, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: `The document has 4802 tokens, more than the limit of ${DEFAULT_LIMITS.maxTokens}.`,
        extensions: { code: 'TOO_MANY_TOKENS', limit: DEFAULT_LIMITS.maxTokens, actual: 4802 },
      },
    ]);
  });

  it.each([
    ['recommendations', '{ recommendations(first: 1000) { totalCount } }', 'first', 'recommendations'],
    ['actors', '{ actors(first: 1000) { totalCount } }', 'first', 'actors'],
    ['indicators', '{ indicators(last: 1000) { totalCount } }', 'last', 'indicators'],
    ['events (variable)', 'query ($n: Int) { events(first: $n) { totalCount } }', 'first', 'events'],
  ])('refuses a page of 1000 on %s before running it', async (_name, query, argument, path) => {
    server.statements.length = 0;
    const response = await post(server, { query, variables: { n: 1000 } });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: `${argument}: at most 100 items per page, got 1000; page on with "after".`,
        extensions: { code: 'VALIDATION', field: argument, reason: 'TOO_LARGE', path, limit: 100, actual: 1000 },
      },
    ]);
    expect(server.statements).toEqual([]);
  });

  it('accepts a page of 100', async () => {
    const response = await post(server, { query: '{ recommendations(first: 100) { totalCount } }' });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses batched requests (a JSON array of operations)', async () => {
    const response = await post(server, [{ query: '{ sdgGoals { number } }' }, { query: '{ sdgGoals { number } }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/batch/i);
  });
});
