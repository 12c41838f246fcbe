// Runs the example against the real server over HTTP, as a partner would, and checks its answers
// against the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '@atlas/api/testing';
import type { TestServer } from '@atlas/api/testing';
import { AtlasError, createAtlasClient } from './client.js';
import { graphql } from './graphql.js';
import { main, SOLINGEN } from './main.js';

describe('partner client example', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    // The seed has no SDG 11 work in Solingen yet: one recommendation in progress, and one agreed
    // that the question must leave out.
    const solingen = await server.db.prisma.municipality.findUniqueOrThrow({ where: { ags: SOLINGEN } });
    const target = await server.db.prisma.sdgTarget.findFirstOrThrow({ where: { goalNumber: 11 }, orderBy: { sortOrder: 'asc' } });
    for (const [title, status, progress] of [
      ['Mehr Grün in der Innenstadt', 'IN_PROGRESS', 40],
      ['Radwege an allen Hauptstraßen', 'AGREED', 0],
    ] as const) {
      await server.db.prisma.recommendation.create({
        data: {
          regionId: solingen.regionId,
          municipalityId: solingen.id,
          titleDe: title,
          textDe: `${title}: Beispiel für das Partner-Beispiel.`,
          status,
          progress,
          targets: { create: [{ targetCode: target.code }] },
        },
      });
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers: the series of one indicator for all six units, and SDG 11 recommendations in progress in Solingen', async () => {
    const lines: string[] = [];
    const answers = await main({ url: server.url, indicatorKey: 'unemployment_rate', log: (line) => lines.push(line) });

    expect(answers.series.key).toBe('unemployment_rate');
    expect(answers.series.units.map((unit) => unit.ags).sort()).toEqual(['05120000', '05122000', '05124000', '05316000', '05374000', '05378000']);
    for (const unit of answers.series.units) {
      const stored = await server.db.query<{ year: number; value: number }>(
        `SELECT o."year", o."value" FROM "Observation" o JOIN "Indicator" i ON i."id" = o."indicatorId"
         JOIN "Municipality" m ON m."id" = o."municipalityId"
         WHERE i."key" = 'unemployment_rate' AND m."ags" = $1 AND o."disaggregationKey" = '' ORDER BY o."year"`,
        [unit.ags],
      );
      expect(stored.length).toBeGreaterThan(0);
      expect(unit.points).toEqual(stored.map((row) => ({ year: Number(row.year), value: Number(row.value) })));
    }

    const expected = await server.db.prisma.recommendation.findMany({
      where: { status: 'IN_PROGRESS', archivedAt: null, municipality: { ags: SOLINGEN }, targets: { some: { target: { goalNumber: 11 } } } },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(answers.recommendations.map((recommendation) => recommendation.title)).toContain('Mehr Grün in der Innenstadt');
    expect(answers.recommendations.map((recommendation) => recommendation.title)).not.toContain('Radwege an allen Hauptstraßen');
    expect(answers.recommendations).toHaveLength(expected.length);
    for (const recommendation of answers.recommendations) {
      expect(recommendation.status).toBe('IN_PROGRESS');
      expect(recommendation.municipality?.name).toBe('Solingen');
      expect(recommendation.sdgTargets.some((target) => target.code.split('.')[0] === '11')).toBe(true);
    }
    expect(lines[0]).toContain('unemployment_rate');
    expect(lines).toContain(`Recommendations in progress for SDG 11 in Solingen: ${expected.length}`);
  });

  it('reports GraphQL errors with their codes', async () => {
    const client = createAtlasClient({ url: server.url });
    const Contacts = graphql(`
      query ExampleContacts {
        contacts(first: 1) {
          totalCount
        }
      }
    `);
    const error = await client.query(Contacts, {}).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AtlasError);
    expect((error as AtlasError).codes.some((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')).toBe(true);
  });
});
