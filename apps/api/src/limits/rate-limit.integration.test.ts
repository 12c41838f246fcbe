import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, openDatabase } from '@atlas/db';
import type { Database } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../server.js';
import { createTestUser, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import type { LimitOverrides } from './settings.js';

// Small budgets so a few requests use them up. A day-long window: the budget cannot refill between
// two requests of the test (it would only at midnight UTC).
const limits: LimitOverrides = { rateLimit: { windowSeconds: 86_400, anonymous: 30, user: 50, apiKey: 40 } };
// recommendations 1 + edges (1 + 5 × (node 1 + municipality 1)) = 12 points.
const QUERY = '{ recommendations(first: 5) { edges { node { id municipality { name } } } } }';

async function post(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return { status: response.status, headers: response.headers, body };
}

describe.each(testDatabaseKinds())('rate limit in cost points on %s', (kind) => {
  let server: TestServer;
  let cookie: Record<string, string>;
  beforeAll(async () => {
    server = await startTestServer({ kind, limits, production: true });
    // Signing in is a request of this address too: do it before the address's budget is used up.
    await createTestUser(server, 'limits@example.org', 'STAFF');
    cookie = await signInAs(server, 'limits@example.org');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 429 with Retry-After once an anonymous client has used its budget', async () => {
    // The login mutation (1 point) already counted for this address.
    const first = await post(server.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('30');
    expect(first.headers.get('ratelimit-remaining')).toBe('17');
    const second = await post(server.url);
    expect(second.status).toBe(200);
    expect(second.headers.get('ratelimit-remaining')).toBe('5');

    const third = await post(server.url);
    expect(third.status).toBe(429);
    const retryAfter = Number(third.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(third.headers.get('ratelimit-remaining')).toBe('0');
    expect(third.body.data).toBeUndefined();
    expect(third.body.errors).toEqual([
      {
        message: `Rate limit exceeded: 30 cost points per 86400 seconds are used up; retry after ${retryAfter} seconds.`,
        extensions: { code: 'RATE_LIMITED', limit: 30, windowSeconds: 86_400, retryAfterSeconds: retryAfter },
      },
    ]);
  });

  it('gives a signed-in account its own budget, even after its address used up the anonymous one', async () => {
    const response = await post(server.url, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-limit')).toBe('50');
    expect(response.headers.get('ratelimit-remaining')).toBe('38');
  });

  it('charges an API key, and refuses it with 429 and Retry-After past its budget', async () => {
    const { key } = await createApiKey(server.db.prisma, { name: 'limits test', role: 'PARTNER' });
    const auth = { authorization: `Bearer ${key}` };
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await post(server.url, auth);
      statuses.push(last.status);
    }
    // 12, 24, 36 points fit into 40; the fourth request would take 48.
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get('ratelimit-limit')).toBe('40');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

// Only PostgreSQL is shared by several processes (PGlite is embedded in one).
for (const kind of testDatabaseKinds().filter((name) => name === 'postgres')) describe(`rate limit across API processes on ${kind}`, () => {
  let server: TestServer;
  let secondDb: Database;
  let second: FastifyInstance;
  let secondUrl: string;
  beforeAll(async () => {
    server = await startTestServer({ kind, limits });
    // A second API "process": its own connection pool and server on the same database.
    secondDb = await openDatabase(server.db.config);
    second = await createServer({ db: secondDb, limits });
    secondUrl = await second.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await second?.close();
    await secondDb?.close();
    await server?.close();
  });

  it('shares one budget between two servers on the same database', async () => {
    expect((await post(server.url)).headers.get('ratelimit-remaining')).toBe('18');
    expect((await post(secondUrl)).headers.get('ratelimit-remaining')).toBe('6');
    const third = await post(server.url);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    const rows = await server.db.query<{ subject: string; points: number }>('SELECT "subject", "points" FROM "RateLimitBucket"');
    expect(rows).toEqual([{ subject: expect.stringMatching(/^ip:[0-9a-f]{32}$/), points: 36 }]);
  });
});

for (const kind of testDatabaseKinds().filter((name) => name === 'postgres')) describe(`requests far below the budget on ${kind}`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind, limits: { rateLimit: { windowSeconds: 86_400, anonymous: 1_000 } } });
  });
  afterAll(async () => {
    await server?.db.close();
  });

  it('lose no points: those admitted ahead of the database are written by the time the server has closed', async () => {
    const remaining: Array<string | null> = [];
    for (let request = 0; request < 10; request += 1) remaining.push((await post(server.url)).headers.get('ratelimit-remaining'));
    expect(remaining).toEqual(['988', '976', '964', '952', '940', '928', '916', '904', '892', '880']);
    // Closing the server waits for the points still being written.
    await server.app.close();
    const rows = await server.db.query<{ points: number }>('SELECT "points" FROM "RateLimitBucket"');
    expect(rows).toEqual([{ points: 120 }]);
  });
});
