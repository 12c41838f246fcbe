// Every ```graphql block of docs/api.md runs against the real server as a partner's API key and must
// answer without errors and with data, so the documented examples never rot.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const docs = readFileSync(new URL('../../../../docs/api.md', import.meta.url), 'utf8');
const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** True when a response holds something: a non-empty list or string somewhere. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

describe('docs/api.md', () => {
  it('has ten example queries', () => {
    expect(examples).toHaveLength(10);
  });
});

describe.each(testDatabaseKinds())('the example queries of docs/api.md on %s', (kind) => {
  let server: TestServer;
  let headers: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    const { key } = await createApiKey(server.db.prisma, { name: 'Docs', role: 'PARTNER' });
    headers = { authorization: `Bearer ${key}` };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))('example %i answers with data and no errors', async (_number, query) => {
    const response = await server.graphql(query, undefined, headers);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeDefined();
    for (const [field, value] of Object.entries(response.data ?? {})) expect(value, field).not.toBeNull();
    expect(hasContent(response.data)).toBe(true);
  });
});
