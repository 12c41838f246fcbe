// Conventions: every entity implements Node and node(id:)/nodes(ids:) answer it under the same
// authorization as its own field. For each Node type and each of its rows, an anonymous caller gets
// the object from node(id:) exactly when its own field (or list) shows it. Hidden rows exist in the
// demo data (drafts, unpublished findings) or are made here (an archived actor, a non-public event).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType } from 'graphql';
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@atlas/db';
import type { PrismaClient } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { schema } from '../schema/index.js';
import { createTestUser } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

interface Row {
  id: string;
  /** How the type's own field addresses the row, when not by global ID. */
  key?: string;
}

/** All `id` values anywhere in a response. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, into));
  else if (value && typeof value === 'object') {
    for (const [name, inner] of Object.entries(value)) {
      if (name === 'id' && typeof inner === 'string') into.add(inner);
      else idsIn(inner, into);
    }
  }
  return into;
}

type Check =
  | { list: string }
  | { single: (row: Row, globalId: string) => string }
  /** The root field is refused to anonymous callers: node(id:) must hide every row. */
  | { refused: true };

const allIds = (select: () => Promise<Array<{ id: string }>>) => async (): Promise<Row[]> => select();

/** Per Node type: its rows in the database and how its own field shows them to an anonymous caller. */
const nodeTypes: Record<string, { rows: (prisma: PrismaClient) => Promise<Row[]>; check: Check }> = {
  User: { rows: (p) => allIds(() => p.user.findMany({ select: { id: true } }))(), check: { refused: true } },
  ApiKey: { rows: (p) => allIds(() => p.apiKey.findMany({ select: { id: true } }))(), check: { refused: true } },
  Contact: { rows: (p) => allIds(() => p.contact.findMany({ select: { id: true } }))(), check: { refused: true } },
  Consent: { rows: (p) => allIds(() => p.consent.findMany({ select: { id: true } }))(), check: { refused: true } },
  Interview: { rows: (p) => allIds(() => p.interview.findMany({ select: { id: true } }))(), check: { refused: true } },
  // Goals and targets are addressed by their number and code.
  SdgGoal: { rows: async (p) => (await p.sdgGoal.findMany({ select: { number: true } })).map((row) => ({ id: String(row.number) })), check: { list: '{ sdgGoals { id } }' } },
  SdgTarget: { rows: async (p) => (await p.sdgTarget.findMany({ select: { code: true } })).map((row) => ({ id: row.code })), check: { list: '{ sdgGoals { targets { id } } }' } },
  Region: {
    rows: async (p) => (await p.region.findMany({ select: { id: true, slug: true } })).map((row) => ({ id: row.id, key: row.slug })),
    check: { single: (row) => `region(slug: "${row.key}") { id }` },
  },
  Municipality: { rows: (p) => allIds(() => p.municipality.findMany({ select: { id: true } }))(), check: { list: '{ municipalities { id } }' } },
  Indicator: {
    rows: async (p) => (await p.indicator.findMany({ select: { id: true, key: true }, orderBy: { key: 'asc' }, take: 40 })).map((row) => ({ id: row.id, key: row.key })),
    check: { single: (row) => `indicator(key: "${row.key}") { id }` },
  },
  Recommendation: {
    rows: (p) => allIds(() => p.recommendation.findMany({ select: { id: true } }))(),
    check: { single: (_row, id) => `recommendation(id: "${id}") { id }` },
  },
  Actor: { rows: (p) => allIds(() => p.actor.findMany({ select: { id: true } }))(), check: { single: (_row, id) => `actor(id: "${id}") { id }` } },
  ActorLink: {
    rows: (p) => allIds(() => p.actorLink.findMany({ select: { id: true } }))(),
    check: { list: '{ actors(first: 100, includeArchived: true) { edges { node { linksFrom(first: 40) { edges { node { id } } } linksTo(first: 40) { edges { node { id } } } } } } }' },
  },
  Event: { rows: (p) => allIds(() => p.event.findMany({ select: { id: true } }))(), check: { single: (_row, id) => `event(id: "${id}") { id }` } },
  Participation: {
    rows: (p) => allIds(() => p.participation.findMany({ select: { id: true } }))(),
    check: { list: '{ events(first: 100) { edges { node { participants { nodes { id } } } } } }' },
  },
  Finding: { rows: (p) => allIds(() => p.finding.findMany({ select: { id: true } }))(), check: { list: '{ findings(first: 100) { edges { node { id } } } }' } },
  Agreement: { rows: (p) => allIds(() => p.agreement.findMany({ select: { id: true } }))(), check: { list: '{ agreements(first: 100) { edges { node { id } } } }' } },
  InitiativeCircle: {
    rows: (p) => allIds(() => p.initiativeCircle.findMany({ select: { id: true } }))(),
    check: { list: '{ initiativeCircles(first: 100) { edges { node { id } } } }' },
  },
  CircleReport: {
    rows: (p) => allIds(() => p.circleReport.findMany({ select: { id: true } }))(),
    check: { list: '{ circleReports(first: 100) { edges { node { id } } } }' },
  },
  Publication: {
    rows: (p) => allIds(() => p.publication.findMany({ select: { id: true } }))(),
    check: { list: '{ publications(first: 100) { edges { node { id } } } }' },
  },
  Partnership: {
    rows: (p) => allIds(() => p.partnership.findMany({ select: { id: true } }))(),
    check: { list: '{ partnerships(first: 100) { edges { node { id } } } }' },
  },
};

const schemaNodeTypes = Object.values(schema.getTypeMap())
  .filter((type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'))
  .map((type) => type.name);

describe('Node types', () => {
  it('are all covered by the node(id:) visibility check (a new entity type must be added here)', () => {
    expect(schemaNodeTypes.sort()).toEqual(Object.keys(nodeTypes).sort());
  });
});

describe.each(testDatabaseKinds())('node(id:) and nodes(ids:) for anonymous callers on %s', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    await createTestUser(server, 'staff@example.org', 'STAFF');
    await createApiKey(server.db.prisma, { name: 'Node', role: 'PARTNER' });
    const prisma = server.db.prisma;
    const actor = await prisma.actor.findFirstOrThrow({ where: { archivedAt: null, linksFrom: { some: {} } }, orderBy: { id: 'asc' } });
    await prisma.actor.update({ where: { id: actor.id }, data: { archivedAt: new Date() } });
    const event = await prisma.event.findFirstOrThrow({ where: { participations: { some: {} } }, orderBy: { id: 'asc' } });
    await prisma.event.update({ where: { id: event.id }, data: { isPublic: false } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(Object.keys(nodeTypes))('%s: node(id:) answers exactly the rows its own field shows', async (type) => {
    const entry = nodeTypes[type];
    if (!entry) throw new Error(`no entry for ${type}`);
    const rows = await entry.rows(server.db.prisma);
    expect(rows.length, `no ${type} rows to check`).toBeGreaterThan(0);
    const globalIds = rows.map((row) => encodeGlobalID(type, row.id));

    let visible = new Set<string>();
    const check = entry.check;
    if ('list' in check) {
      const response = await server.graphql(check.list);
      expect(response.errors).toBeUndefined();
      visible = idsIn(response.data);
    } else if ('single' in check) {
      for (let start = 0; start < rows.length; start += 20) {
        const batch = rows.slice(start, start + 20);
        const response = await server.graphql(`{ ${batch.map((row, i) => `r${i}: ${check.single(row, encodeGlobalID(type, row.id))}`).join(' ')} }`);
        expect(response.errors).toBeUndefined();
        idsIn(response.data, visible);
      }
    }

    const nodes = await server.graphql<{ nodes: Array<{ id: string } | null> }>('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: globalIds });
    // Personal data refuses the whole request (as its own field does); everything else answers null per item.
    if ('refused' in check && nodes.errors) expect(nodes.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    else expect(nodes.errors).toBeUndefined();
    const byNodes = new Set((nodes.data?.nodes ?? []).flatMap((node) => (node ? [node.id] : [])));
    for (const id of globalIds) {
      const single = await server.graphql<{ node: { id: string } | null }>('query ($id: ID!) { node(id: $id) { id } }', { id });
      const shown = visible.has(id);
      expect(single.data?.node ?? null, `${type} ${id}: node(id:) ${shown ? 'hides' : 'shows'} what its own field ${shown ? 'shows' : 'hides'}`).toEqual(shown ? { id } : null);
      expect(byNodes.has(id), `${type} ${id} via nodes(ids:)`).toBe(shown);
    }
  });
});
