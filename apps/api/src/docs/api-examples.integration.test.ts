// Every ```graphql block of docs/api.md runs against the real server as a partner's API key and must
// answer without errors and with data in every top-level field, so the documented examples never rot
// and none passes on its easy half alone (a name) while its real question answers an empty list.
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
    const prisma = server.db.prisma;
    const { key } = await createApiKey(prisma, { name: 'Docs', role: 'PARTNER' });
    headers = { authorization: `Bearer ${key}` };
    // Example 1 asks for Solingen's SDG 11 recommendations in progress; the demo data has none yet.
    const region = await prisma.region.findUniqueOrThrow({ where: { slug: 'bergisches-land' } });
    const solingen = await prisma.municipality.findUniqueOrThrow({ where: { ags: '05122000' } });
    await prisma.recommendation.create({
      data: {
        regionId: region.id,
        municipalityId: solingen.id,
        titleDe: 'Schulwege in der Innenstadt sicher und grün gestalten',
        textDe: 'Die Stadt plant mit Schulen und Eltern sichere Fuß- und Radwege.',
        status: 'IN_PROGRESS',
        progress: 40,
        targets: { create: [{ targetCode: '11.2' }] },
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))('example %i answers with data and no errors', async (_number, query) => {
    const response = await server.graphql(query, undefined, headers);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeDefined();
    for (const [field, value] of Object.entries(response.data ?? {})) {
      expect(value, field).not.toBeNull();
      expect(hasContent(value), `${field} answers nothing`).toBe(true);
    }
  });
});
