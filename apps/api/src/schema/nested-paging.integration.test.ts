// Nested lists are Relay connections like the top-level ones (partner API issue 6): first/after and
// last/before, totalCount, the refusal above 100, a stable order, and the visibility rules of the
// field unchanged. Direct relations (Actor.participations, Event.findings, Event.participants) and
// join tables (Agreement.reports, Agreement.signatories, Recommendation.findings), over HTTP against a
// seeded database.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { demoGlobalId } from '../test-support/demo-ids.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const agreementId = demoGlobalId('Agreement', 'agreement', 'agreement-oelberg');

interface Page<Node> {
  totalCount: number;
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const pageFields = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id meetingNumber } }';

describe.each(testDatabaseKinds())('nested connections on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    as = await signInEveryRole(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const reports = async (args: string, headers: Record<string, string> = {}) => {
    const response = await server.graphql<{ node: { reports: Page<{ id: string; meetingNumber: number }> } }>(
      `query ($id: ID!) { node(id: $id) { ... on Agreement { reports${args ? `(${args})` : ''} { ${pageFields} } } } }`,
      { id: agreementId },
      headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.node.reports;
  };
  const numbers = (page: Page<{ meetingNumber: number }>) => page.edges.map((edge) => edge.node.meetingNumber);

  it('pages a many-to-many connection (Agreement.reports) forwards and backwards in a stable order', async () => {
    const all = await reports('first: 10');
    expect(all.totalCount).toBe(3);
    expect(numbers(all)).toEqual([1, 2, 3]);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const first = await reports('first: 2');
    expect(first.totalCount).toBe(3);
    expect(numbers(first)).toEqual([1, 2]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await reports(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect(numbers(second)).toEqual([3]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const last = await reports('last: 2');
    expect(numbers(last)).toEqual([2, 3]);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const before = await reports(`last: 2, before: "${last.pageInfo.startCursor}"`);
    expect(numbers(before)).toEqual([1]);
    expect(before.pageInfo.hasNextPage).toBe(true);

    // Without first/last: the default page (20) covers all three.
    expect(numbers(await reports(''))).toEqual([1, 2, 3]);
  });

  it('keeps visibility through a join table: the public neither sees nor counts an unpublished report', async () => {
    await server.db.prisma.circleReport.update({ where: { circleId_meetingNumber: { circleId: 'demo-circle-circle-oelberg', meetingNumber: 2 } }, data: { isPublished: false } });
    try {
      for (const viewer of [as.anonymous, as.partner]) {
        const seen = await reports('first: 1', viewer);
        expect(seen.totalCount).toBe(2);
        const next = await reports(`first: 5, after: "${seen.pageInfo.endCursor}"`, viewer);
        expect([...numbers(seen), ...numbers(next)]).toEqual([1, 3]);
      }
      expect((await reports('first: 5', as.staff)).totalCount).toBe(3);
    } finally {
      await server.db.prisma.circleReport.update({ where: { circleId_meetingNumber: { circleId: 'demo-circle-circle-oelberg', meetingNumber: 2 } }, data: { isPublished: true } });
    }
  });

  it('pages a direct relation (Actor.participations) forwards and backwards, latest event first', async () => {
    const actorId = demoGlobalId('Actor', 'actor', 'wuppertal-nachhaltigkeit');
    const participations = async (args: string) => {
      const response = await server.graphql<{ node: { participations: Page<{ id: string; event: { startsAt: string } }> } }>(
        `query ($id: ID!) { node(id: $id) { ... on Actor { participations(${args}) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id event { startsAt } } } } } } }`,
        { id: actorId },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.node.participations;
    };
    const all = await participations('first: 100');
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.edges).toHaveLength(all.totalCount);
    const starts = all.edges.map((edge) => edge.node.event.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    const ids = all.edges.map((edge) => edge.node.id);

    const first = await participations('first: 2');
    const next = await participations(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect([...first.edges, ...next.edges].map((edge) => edge.node.id)).toEqual(ids.slice(0, 4));
    const last = await participations('last: 2');
    expect(last.edges.map((edge) => edge.node.id)).toEqual(ids.slice(-2));
    const before = await participations(`last: 1, before: "${last.pageInfo.startCursor}"`);
    expect(before.edges.map((edge) => edge.node.id)).toEqual(ids.slice(-3, -2));
  });

  it('refuses first: 1000 on nested connections, naming the argument', async () => {
    for (const query of [
      `query ($id: ID!) { node(id: $id) { ... on Agreement { reports(first: 1000) { totalCount } } } }`,
      `query ($id: ID!) { node(id: $id) { ... on Agreement { event { findings(last: 1000) { totalCount } } } } }`,
      `query ($id: ID!) { node(id: $id) { ... on Agreement { signatories(first: 1000) { totalCount } } } }`,
      `query ($id: ID!) { node(id: $id) { ... on Agreement { event { participants(first: 1000) { nodes { id } } } } } }`,
    ]) {
      const response = await server.graphql(query, { id: agreementId });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', reason: 'TOO_LARGE' });
      expect(response.errors?.[0]?.message).toMatch(/(first|last): at most 100/);
    }
  });

  it('pages a join table with the target entity as node (Agreement.signatories by name), also through nodes', async () => {
    const signatories = async (args: string) => {
      const response = await server.graphql<{ node: { signatories: Page<{ id: string; name: string }> & { nodes: Array<{ id: string; name: string }> } } }>(
        `query ($id: ID!) { node(id: $id) { ... on Agreement { signatories(${args}) { ${pageFields.replace('meetingNumber', 'name')} nodes { id name } } } } }`,
        { id: agreementId },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.node.signatories;
    };
    const all = await signatories('first: 100');
    expect(all.totalCount).toBe(3);
    const names = all.edges.map((edge) => edge.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(all.nodes).toEqual(all.edges.map((edge) => edge.node));

    const first = await signatories('first: 2');
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await signatories(`first: 2, after: "${first.pageInfo.endCursor}"`);
    expect([...first.nodes, ...next.nodes].map((actor) => actor.name)).toEqual(names);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const last = await signatories('last: 1');
    expect(last.nodes.map((actor) => actor.name)).toEqual(names.slice(-1));
    const before = await signatories(`last: 2, before: "${last.pageInfo.startCursor}"`);
    expect(before.nodes.map((actor) => actor.name)).toEqual(names.slice(0, 2));
  });

  it('keeps visibility through a join table: the public neither sees nor counts an unpublished finding of a recommendation', async () => {
    const recommendation = demoGlobalId('Recommendation', 'recommendation', 'learning-neighbourhood');
    const findings = async (headers: Record<string, string>, args = 'first: 100') => {
      const response = await server.graphql<{ node: { findings: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null } } } }>(
        `query ($id: ID!) { node(id: $id) { ... on Recommendation { findings(${args}) { totalCount pageInfo { endCursor } nodes { id } } } } }`,
        { id: recommendation },
        headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.node.findings;
    };
    const forStaff = await findings(as.staff);
    expect(forStaff.totalCount).toBeGreaterThan(0);
    expect(forStaff.nodes).toHaveLength(forStaff.totalCount);
    const hidden = forStaff.nodes[0]!.id;
    const rowId = decodeGlobalID(hidden).id;
    await server.db.prisma.finding.update({ where: { id: rowId }, data: { isPublished: false } });
    try {
      for (const viewer of [as.anonymous, as.partner]) {
        const seen = await findings(viewer);
        expect(seen.totalCount).toBe(forStaff.totalCount - 1);
        expect(seen.nodes.map((finding) => finding.id)).not.toContain(hidden);
      }
      expect((await findings(as.staff)).totalCount).toBe(forStaff.totalCount);
    } finally {
      await server.db.prisma.finding.update({ where: { id: rowId }, data: { isPublished: true } });
    }
  });

  it('pages a direct relation with an argument (Event.participants): persons without an organisation only for staff, also in totalCount', async () => {
    const workshop = demoGlobalId('Event', 'event', 'workshop-wuppertal');
    const participants = async (headers: Record<string, string>, args: string) => {
      const response = await server.graphql<{ event: { participants: Page<{ id: string; actor: { name: string } | null }> & { nodes: Array<{ id: string }> } } }>(
        `query ($id: ID!) { event(id: $id) { participants(${args}) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id actor { name } } } nodes { id } } } }`,
        { id: workshop },
        headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.event.participants;
    };
    const all = await participants(as.staff, 'first: 100');
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    const ids = all.nodes.map((node) => node.id);
    const first = await participants(as.staff, 'first: 2');
    const next = await participants(as.staff, `first: 2, after: "${first.pageInfo.endCursor}"`);
    expect([...first.nodes, ...next.nodes].map((node) => node.id)).toEqual(ids.slice(0, 4));
    const last = await participants(as.staff, 'last: 2');
    expect(last.nodes.map((node) => node.id)).toEqual(ids.slice(-2));
    const before = await participants(as.staff, `last: 1, before: "${last.pageInfo.startCursor}"`);
    expect(before.nodes.map((node) => node.id)).toEqual(ids.slice(-3, -2));

    const contact = await server.db.prisma.contact.findFirstOrThrow({ where: { regionId: (await server.db.prisma.event.findUniqueOrThrow({ where: { id: 'demo-event-workshop-wuppertal' } })).regionId } });
    const person = await server.db.prisma.participation.create({ data: { eventId: 'demo-event-workshop-wuppertal', contactId: contact.id, role: 'PARTICIPANT' } });
    try {
      const forStaff = await participants(as.staff, 'first: 100');
      expect(forStaff.totalCount).toBe(all.totalCount + 1);
      for (const viewer of [as.anonymous, as.partner]) {
        const seen = await participants(viewer, 'first: 100');
        expect(seen.totalCount).toBe(seen.edges.length);
        expect(seen.totalCount).toBe(forStaff.totalCount - forStaff.edges.filter((edge) => edge.node.actor === null).length);
        expect(seen.edges.every((edge) => edge.node.actor !== null)).toBe(true);
      }
    } finally {
      await server.db.prisma.participation.delete({ where: { id: person.id } });
    }
  });

  it('keeps visibility: the public sees neither unpublished findings nor non-public events through nested connections', async () => {
    const workshop = demoGlobalId('Event', 'event', 'workshop-oberberg');
    const findings = async (headers: Record<string, string>) => {
      const response = await server.graphql<{ node: { findings: Page<{ id: string; isPublished: boolean }> } }>(
        `query ($id: ID!) { node(id: $id) { ... on Event { findings(first: 10) { totalCount edges { node { id isPublished } } } } } }`,
        { id: workshop },
        headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.node.findings;
    };
    const unpublished = demoGlobalId('Finding', 'finding', 'marketplace-idea');
    const forStaff = await findings(as.admin);
    expect(forStaff.edges.map((edge) => edge.node.id)).toContain(unpublished);
    for (const viewer of [as.anonymous, as.partner]) {
      const seen = await findings(viewer);
      expect(seen.edges.map((edge) => edge.node.id)).not.toContain(unpublished);
      expect(seen.edges.every((edge) => edge.node.isPublished)).toBe(true);
      // totalCount counts only what the viewer may see.
      expect(seen.totalCount).toBe(seen.edges.length);
    }

    // A non-public event drops out of an actor's participations for the public, and out of the count.
    const actorId = demoGlobalId('Actor', 'actor', 'wuppertal-nachhaltigkeit');
    const participations = async (headers: Record<string, string>) => {
      const response = await server.graphql<{ node: { participations: Page<{ event: { title: string } }> } }>(
        `query ($id: ID!) { node(id: $id) { ... on Actor { participations(first: 100) { totalCount edges { node { event { title } } } } } } }`,
        { id: actorId },
        headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.node.participations;
    };
    const before = await participations(as.anonymous);
    await server.db.prisma.event.update({ where: { id: 'demo-event-workshop-wuppertal' }, data: { isPublic: false } });
    try {
      const hidden = await participations(as.anonymous);
      expect(hidden.totalCount).toBe(before.totalCount - 1);
      expect(hidden.edges.map((edge) => edge.node.event.title)).not.toContain('Workshop: Nachhaltige Quartiere in Wuppertal');
      const forStaff = await participations(as.staff);
      expect(forStaff.totalCount).toBe(before.totalCount);
    } finally {
      await server.db.prisma.event.update({ where: { id: 'demo-event-workshop-wuppertal' }, data: { isPublic: true } });
    }
  });
});
