// A partner key bound to a region reads that region's process and network records only, through
// lists, node(id:), counts and search; a key for every region reads them all; the shared statistics
// stay readable to both. Run over HTTP against the real server and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, getDatamodel } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import { regionBoundModels } from './region-binding.js';

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/**
 * Models with a region that the binding deliberately leaves alone: personal data, accounts and
 * import records, which partners never read at all, and the shared geography and statistics.
 */
const notBound = ['Contact', 'Interview', 'Consent', 'User', 'ApiKey', 'ImportBatch', 'Municipality', 'IndicatorTarget'];

describe('the list of region-bound models', () => {
  it('names every model with a regionId that partners read, so a new one is not forgotten', () => {
    const withRegion = Object.entries(getDatamodel().datamodel.models)
      .filter(([, model]) => model.fields.some((field) => field.name === 'regionId'))
      .map(([name]) => name);
    const partnerReadable = withRegion.filter((name) => !notBound.includes(name));
    expect(partnerReadable.length).toBeGreaterThan(5);
    for (const name of partnerReadable) expect(regionBoundModels, `${name} has a region but no binding rule`).toContain(name);
  });
});

describe.each(testDatabaseKinds())('a region-bound partner key on %s', (kind) => {
  let server: TestServer;
  let boundKey: string;
  let everyRegionKey: string;
  const ids = { actor: '', recommendation: '', event: '' };

  beforeAll(async () => {
    server = await startTestServer({ kind });
    const prisma = server.db.prisma;
    const other = await prisma.region.create({ data: { slug: 'zweitregion', nameDe: 'Zweitregion', nameEn: 'Second region' } });
    const base = { regionId: other.id };
    // Every title holds the plain word "Mispel", so German stemming finds it on any PostgreSQL build.
    ids.actor = (await prisma.actor.create({ data: { ...base, name: 'Hof zur Mispel Zweitregion', sector: 'CIVIL_SOCIETY', descriptionDe: 'Pflegt alte Obstsorten' } })).id;
    ids.recommendation = (
      await prisma.recommendation.create({ data: { ...base, titleDe: 'Die Mispel in der Zweitregion pflanzen', textDe: 'Jede Schule pflanzt Obstbäume.', status: 'PUBLISHED' } })
    ).id;
    ids.event = (await prisma.event.create({ data: { ...base, kind: 'WORKSHOP', titleDe: 'Mispel-Werkstatt', startsAt: new Date('2026-05-02T15:00:00Z'), isPublic: true } })).id;
    boundKey = (await createApiKey(prisma, { name: 'Nur Bergisches Land', role: 'PARTNER', regionSlug: 'bergisches-land' })).key;
    everyRegionKey = (await createApiKey(prisma, { name: 'Alle Regionen', role: 'PARTNER', regionSlug: null })).key;
  });
  afterAll(async () => {
    await server?.close();
  });

  const namesOfActors = async (key: string) => {
    const response = await server.graphql<{ actors: { totalCount: number; edges: Array<{ node: { name: string; region: { slug: string } } }> } }>(
      '{ actors(first: 100) { totalCount edges { node { name region { slug } } } } }',
      undefined,
      bearer(key),
    );
    expect(response.errors).toBeUndefined();
    return response.data!.actors;
  };

  it('lists and counts only its region\'s actors; a key for every region sees both regions', async () => {
    const bound = await namesOfActors(boundKey);
    expect(bound.edges.length).toBeGreaterThan(0);
    expect(new Set(bound.edges.map((edge) => edge.node.region.slug))).toEqual(new Set(['bergisches-land']));
    const all = await namesOfActors(everyRegionKey);
    expect(all.edges.map((edge) => edge.node.name)).toContain('Hof zur Mispel Zweitregion');
    expect(all.totalCount).toBe(bound.totalCount + 1);
    // Anonymous callers are not bound: the binding narrows a key, it is not a secret.
    expect((await server.graphql<{ actors: { totalCount: number } }>('{ actors { totalCount } }')).data!.actors.totalCount).toBe(all.totalCount);
  });

  it('answers null through node(id:) and the entity fields for another region\'s records', async () => {
    const query = `query ($actor: ID!, $recommendation: ID!, $event: ID!) {
      actor: node(id: $actor) { id } recommendation(id: $recommendation) { title } event(id: $event) { title } }`;
    const variables = {
      actor: encodeGlobalID('Actor', ids.actor),
      recommendation: encodeGlobalID('Recommendation', ids.recommendation),
      event: encodeGlobalID('Event', ids.event),
    };
    const bound = await server.graphql<Record<string, unknown>>(query, variables, bearer(boundKey));
    expect(bound.data).toEqual({ actor: null, recommendation: null, event: null });
    const all = await server.graphql<Record<string, unknown>>(query, variables, bearer(everyRegionKey));
    expect(all.errors).toBeUndefined();
    expect(all.data).toEqual({
      actor: { id: variables.actor },
      recommendation: { title: 'Die Mispel in der Zweitregion pflanzen' },
      event: { title: 'Mispel-Werkstatt' },
    });
  });

  it('keeps other regions out of recommendations, events and search, but not the shared statistics', async () => {
    const query = `{ recommendations(first: 100) { edges { node { title } } } events(first: 100) { edges { node { title } } }
      search(query: "Mispel", first: 50) { totalCount edges { node { title } } }
      indicators(first: 1) { totalCount } municipality(ags: "05124000") { name } }`;
    type Titles = { edges: Array<{ node: { title: string } }> };
    type Data = { recommendations: Titles; events: Titles; search: Titles & { totalCount: number }; indicators: { totalCount: number }; municipality: { name: string } };
    const titles = (list: Titles) => list.edges.map((edge) => edge.node.title);
    const bound = await server.graphql<Data>(query, undefined, bearer(boundKey));
    const all = await server.graphql<Data>(query, undefined, bearer(everyRegionKey));
    expect(bound.errors).toBeUndefined();
    expect(titles(bound.data!.recommendations)).not.toContain('Die Mispel in der Zweitregion pflanzen');
    expect(titles(bound.data!.events)).not.toContain('Mispel-Werkstatt');
    expect(bound.data!.search.totalCount).toBe(0);
    expect(titles(all.data!.recommendations)).toContain('Die Mispel in der Zweitregion pflanzen');
    expect(titles(all.data!.events)).toContain('Mispel-Werkstatt');
    expect(titles(all.data!.search)).toEqual(expect.arrayContaining(['Die Mispel in der Zweitregion pflanzen', 'Mispel-Werkstatt', 'Hof zur Mispel Zweitregion']));
    expect(bound.data!.indicators.totalCount).toBe(all.data!.indicators.totalCount);
    expect(bound.data!.municipality.name).toBe('Wuppertal');
  });
});
