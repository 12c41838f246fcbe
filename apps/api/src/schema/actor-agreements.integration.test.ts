// Actor.agreements (network.ts): the agreements an organisation signed, for its public page.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const actorId = (key: string) => encodeGlobalID('Actor', `demo-actor-${key}`);

type AgreementsOf = { actor: { agreements: { totalCount: number; edges: Array<{ node: { title: string; agreedAt: string; signatories: { nodes: Array<{ name: string }> } } }> } } };

describe.each(testDatabaseKinds())('agreements an actor signed, over HTTP on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ kind });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the agreements a signatory signed, anonymously, and none for an actor that signed none', async () => {
    const query = 'query ($id: ID!) { actor(id: $id) { agreements { totalCount edges { node { title agreedAt signatories { nodes { name } } } } } } }';
    const signatory = await server.graphql<AgreementsOf>(query, { id: actorId('buergerverein-oelberg') });
    expect(signatory.errors).toBeUndefined();
    expect(signatory.data!.actor.agreements.totalCount).toBe(1);
    expect(signatory.data!.actor.agreements.edges.map((edge) => edge.node)).toEqual([
      {
        title: 'Vereinbarung „Nachhaltiges Quartier Ölberg“',
        agreedAt: '2026-06-13',
        signatories: { nodes: expect.arrayContaining([{ name: 'Bürgerverein Ölberg e.V.' }, { name: 'Institut für Stadtwandel Wuppertal' }]) },
      },
    ]);
    const other = await server.graphql<AgreementsOf>(query, { id: actorId('regionalstelle') });
    expect(other.errors).toBeUndefined();
    expect(other.data!.actor.agreements).toEqual({ totalCount: 0, edges: [] });
  });

  it('loads the agreements of a list of actors in a fixed number of statements', async () => {
    const count = async (first: number) => {
      server.statements.length = 0;
      const response = await server.graphql(`{ actors(first: ${first}) { edges { node { name agreements { totalCount edges { node { title signatories { nodes { name } } } } } } } } }`);
      expect(response.errors).toBeUndefined();
      return server.statements.length;
    };
    expect(await count(20)).toBe(await count(2));
  });
});
