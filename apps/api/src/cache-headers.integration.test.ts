import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './test-support/test-server.js';
import type { TestServer } from './test-support/test-server.js';

// GraphQL responses must never be stored by browsers or proxies (answers depend on the session,
// the API key and the rate limit). createServer sets the header itself instead of Apollo's
// cache-control plugin; these are the answers that plugin gave.
describe('Cache-Control of GraphQL responses', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind: 'pglite', demo: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (query: string) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

  it('is no-store for answers, GET queries, invalid documents and refused queries', async () => {
    const get = await fetch(`${server.url}/graphql?${new URLSearchParams({ query: '{ sdgGoal(number: 3) { number } }' })}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const responses = [await post('{ sdgGoal(number: 3) { number } }'), get, await post('{ nope }'), await post('{ __typename '), await post(`{ ${aliases} }`)];
    expect(responses.map((response) => response.status)).toEqual([200, 200, 400, 400, 400]);
    for (const response of responses) expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it("keeps Apollo's own header on an unknown persisted query", async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } });
    const response = await fetch(`${server.url}/graphql?${new URLSearchParams({ extensions })}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(response.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
  });
});
