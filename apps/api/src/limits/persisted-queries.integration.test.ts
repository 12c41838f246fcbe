import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const QUERY = 'query Goal($number: Int!) { sdgGoal(number: $number) { number color } }';
const hash = createHash('sha256').update(QUERY).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };

interface Body {
  data?: { sdgGoal: { number: number; color: string } | null };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe.each(testDatabaseKinds())('automatic persisted queries over HTTP on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind, production: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  const getByHash = async (number: number) => {
    const params = new URLSearchParams({
      operationName: 'Goal',
      variables: JSON.stringify({ number }),
      extensions: JSON.stringify(persisted),
    });
    // A custom header satisfies Apollo's CSRF prevention for GET, as the dashboard sends it.
    const response = await fetch(`${server.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };

  it('answers an unknown hash with PersistedQueryNotFound, then runs it by hash once registered', async () => {
    const unknown = await getByHash(11);
    expect(unknown.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);

    const registered = await post({ query: QUERY, variables: { number: 11 }, extensions: persisted });
    expect(registered.status).toBe(200);
    expect(registered.body.data?.sdgGoal).toEqual({ number: 11, color: '#FD9D24' });

    const byHash = await getByHash(13);
    expect(byHash.status).toBe(200);
    expect(byHash.body).toMatchObject({ data: { sdgGoal: { number: 13, color: '#3F7E44' } } });
    const byHashPost = await post({ variables: { number: 11 }, extensions: persisted });
    expect(byHashPost.body.data?.sdgGoal?.number).toBe(11);
  });

  it('refuses a query whose hash does not match, and does not register it', async () => {
    const wrong = await post({ query: '{ sdgGoals { number } }', extensions: persisted });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.message).toBe('provided sha does not match query');
  });

  it('refuses mutations over GET', async () => {
    const params = new URLSearchParams({ query: 'mutation { logout }' });
    const response = await fetch(`${server.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });
});
