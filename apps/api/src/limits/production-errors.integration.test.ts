import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

describe.each(testDatabaseKinds())('errors of a production server on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind, production: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keeps deliberate errors: their message and code, without a stack trace', async () => {
    const response = await server.graphql('{ recommendations(first: 101) { totalCount } }');
    expect(response.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^first: at most 100 items per page, got 101/), extensions: expect.not.objectContaining({ stacktrace: expect.anything() }) }),
    ]);
    const unknownField = await server.graphql('{ sdgGoals { nope } }');
    expect(unknownField.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Cannot query field "nope" on type "SdgGoal"/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(unknownField)).not.toContain('stacktrace');
  });

  it('turns an unexpected database failure into "Internal server error" with a code, hiding the database message', async () => {
    // Break the database under the server: the resolver's query fails with a driver error.
    await server.db.query('ALTER TABLE "Recommendation" RENAME TO "RecommendationMoved"');
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ recommendations(first: 1) { totalCount } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: Array<{ message: string; path: string[]; extensions: unknown }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(body.errors[0]!.path[0]).toBe('recommendations');
      expect(text).not.toMatch(/stacktrace|Recommendation"|does not exist|prisma|at .*\.ts/i);
    } finally {
      await server.db.query('ALTER TABLE "RecommendationMoved" RENAME TO "Recommendation"');
    }
  });
});
