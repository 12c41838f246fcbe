import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const eventId = (key: string) => encodeGlobalID('Event', `demo-event-${key}`);
const actorId = (key: string) => encodeGlobalID('Actor', `demo-actor-${key}`);
const contactId = (key: string) => encodeGlobalID('Contact', `demo-contact-${key}`);

type Result = { __typename: string; id?: string; code?: string; field?: string; reason?: string } & Record<string, unknown>;

describe.each(testDatabaseKinds())('events, interviews and findings over HTTP on %s', (kind) => {
  let server: TestServer;
  const as: Record<'staff' | 'admin' | 'partner' | 'otherStaff', Record<string, string>> = { staff: {}, admin: {}, partner: {}, otherStaff: {} };

  const mutate = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    server.singleField<Result>(query, variables, headers);

  beforeAll(async () => {
    server = await startTestServer({ kind });
    Object.assign(as, await signInEveryRole(server));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists public events of every kind with date and title (acceptance contract)', async () => {
    const response = await server.graphql<{ events: { edges: Array<{ node: { kind: string; date: string; title: string } }> } }>(
      '{ events(first: 50) { edges { node { kind date title } } } }',
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.events.edges.map((edge) => edge.node);
    expect(new Set(nodes.map((node) => node.kind))).toEqual(new Set(['KICK_OFF', 'WORKSHOP', 'LOCAL_CONFERENCE', 'REGIONAL_CONFERENCE', 'CIRCLE_MEETING', 'OTHER']));
    expect(nodes[0]).toEqual({ kind: 'KICK_OFF', date: '2026-01-21', title: 'Kick-off Agenda 2030 in Wuppertal' });
    expect(nodes.every((node) => /^\d{4}-\d{2}-\d{2}$/.test(node.date) && node.title.length > 0)).toBe(true);
    const english = await server.graphql<{ events: { edges: Array<{ node: { title: string } }> } }>('{ events(first: 1) { edges { node { title(lang: EN) } } } }');
    expect(english.data!.events.edges[0]?.node.title).toBe('Agenda 2030 kick-off in Wuppertal');
  });

  it('filters events by kind, municipality and dates; hides internal events from the public', async () => {
    const titles = async (args: string, headers: Record<string, string> = {}) => {
      const response = await server.graphql<{ events: { totalCount: number; edges: Array<{ node: { title: string; date: string } }> } }>(
        `{ events(first: 50, ${args}) { totalCount edges { node { title date } } } }`,
        undefined,
        headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.events.edges.map((edge) => `${edge.node.date} ${edge.node.title}`);
    };
    expect(await titles('kind: [WORKSHOP], municipality: "05124000"')).toEqual(['2026-04-22 Workshop: Nachhaltige Quartiere in Wuppertal']);
    expect(await titles('kind: [KICK_OFF], from: "2026-02-04", to: "2026-02-11"')).toEqual([
      '2026-02-04 Kick-off Agenda 2030 in Remscheid',
      '2026-02-11 Kick-off Agenda 2030 in Leverkusen',
    ]);
    const badDate = await server.graphql('{ events(first: 5, from: "4.2.2026") { totalCount } }');
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'from' });

    const created = await mutate(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on Event { id kind date isPublic municipality { ags } } ... on Error { code } } }`,
      { input: { kind: 'OTHER', titleDe: 'Internes Planungstreffen', startsAt: '2026-12-01T10:00:00+01:00', municipalityAgs: '05124000', isPublic: false } },
      as.staff,
    );
    expect(created).toMatchObject({ __typename: 'Event', kind: 'OTHER', date: '2026-12-01', isPublic: false, municipality: { ags: '05124000' } });
    expect(await titles('kind: [OTHER]')).not.toContain('2026-12-01 Internes Planungstreffen');
    expect(await titles('kind: [OTHER]', as.partner)).not.toContain('2026-12-01 Internes Planungstreffen');
    expect(await titles('kind: [OTHER]', as.otherStaff)).not.toContain('2026-12-01 Internes Planungstreffen');
    expect(await titles('kind: [OTHER]', as.staff)).toContain('2026-12-01 Internes Planungstreffen');
    const byId = await server.graphql('query ($id: ID!) { event(id: $id) { title } }', { id: created.id });
    expect(byId.data).toEqual({ event: null });

    // Just after midnight in summer time is the day before in UTC: dates and filters go by German time.
    const lateNight = await mutate(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on Event { date startsAt } } }`,
      { input: { kind: 'OTHER', titleDe: 'Mitternachtsgespräch', startsAt: '2026-07-01T00:30:00+02:00' } },
      as.staff,
    );
    expect(lateNight).toEqual({ __typename: 'Event', date: '2026-07-01', startsAt: '2026-06-30T22:30:00.000Z' });
    expect(await titles('kind: [OTHER], from: "2026-07-01", to: "2026-07-01"')).toEqual(['2026-07-01 Mitternachtsgespräch']);
    expect(await titles('kind: [OTHER], from: "2026-06-30", to: "2026-06-30"')).toEqual([]);
  });

  it('shows participants with roles and expert topics; persons only to staff of the region', async () => {
    const query = `query ($id: ID!) { event(id: $id) { title participants { nodes { role topic actor { name } contact { lastName } } }
      findings { edges { node { kind publicStatement statement } } } } }`;
    type EventView = {
      event: {
        participants: { nodes: Array<{ role: string; topic: string | null; actor: { name: string } | null; contact: { lastName: string } | null }> };
        findings: { edges: Array<{ node: { publicStatement: string; statement: string | null } }> };
      };
    };
    const anonymous = await server.graphql<EventView>(query, { id: eventId('workshop-wuppertal') });
    expect(anonymous.errors).toBeUndefined();
    const participants = anonymous.data!.event.participants.nodes;
    expect(participants.filter((p) => p.role === 'EXPERT_INPUT').map((p) => p.topic)).toEqual(
      expect.arrayContaining(['Was Strukturdaten und Interviews über Wuppertal zeigen', 'Die Agenda 2030 weltweit, im Bund und in NRW']),
    );
    expect(participants.every((p) => p.contact === null && p.actor !== null)).toBe(true);
    expect(anonymous.data!.event.findings.edges.map((edge) => edge.node)).toEqual([
      { kind: 'IDEA', publicStatement: 'Rundgänge für Schulklassen können zeigen, was im Quartier für Nachhaltigkeit schon getan wird.', statement: null },
    ]);
    const otherRegion = await server.graphql<EventView>(query, { id: eventId('workshop-wuppertal') }, as.otherStaff);
    expect(otherRegion.data!.event.participants.nodes.every((p) => p.contact === null)).toBe(true);
    const staff = await server.graphql<EventView>(query, { id: eventId('workshop-wuppertal') }, as.staff);
    expect(staff.data!.event.participants.nodes.map((p) => p.contact?.lastName)).toEqual(expect.arrayContaining(['Engel', 'Vogel']));
    expect(staff.data!.event.findings.edges[0]?.node.statement).toMatch(/^Nachhaltigkeitsrundgänge/);
  });

  it('shows the agreements made at a conference', async () => {
    const response = await server.graphql<{ event: { kind: string; agreements: { totalCount: number; edges: Array<{ node: { title: string; agreedAt: string } }> } } }>(
      'query ($id: ID!) { event(id: $id) { kind agreements { totalCount edges { node { title agreedAt } } } } }',
      { id: eventId('conference-wuppertal') },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.event.kind).toBe('LOCAL_CONFERENCE');
    const stored = await server.db.prisma.agreement.findMany({ where: { eventId: 'demo-event-conference-wuppertal' }, select: { titleDe: true } });
    expect(stored.length).toBeGreaterThan(0);
    expect(response.data!.event.agreements.edges.map((edge) => edge.node.title).sort()).toEqual(stored.map((agreement) => agreement.titleDe).sort());
    expect(response.data!.event.agreements.totalCount).toBe(stored.length);
  });

  it('shows where the process of a municipality stands', async () => {
    type Step = { step: string; done: boolean; count: number; firstDate: string | null; lastDate: string | null };
    const response = await server.graphql<{ processTimeline: Step[] }>('{ processTimeline(ags: "05124000") { step done count firstDate lastDate } }');
    expect(response.errors).toBeUndefined();
    const steps = Object.fromEntries(response.data!.processTimeline.map((step) => [step.step, step]));
    expect(response.data!.processTimeline.map((step) => step.step)).toEqual([
      'KICK_OFF_HELD',
      'INTERVIEWS_DONE',
      'WORKSHOP_HELD',
      'RECOMMENDATIONS_PUBLISHED',
      'CONFERENCE_HELD',
      'CIRCLES_MEETING',
    ]);
    expect(steps.KICK_OFF_HELD).toMatchObject({ done: true, count: 1, firstDate: '2026-01-21' });
    expect(steps.WORKSHOP_HELD).toMatchObject({ done: true, firstDate: '2026-04-22' });
    expect(steps.INTERVIEWS_DONE?.done).toBe(true);
    expect(steps.RECOMMENDATIONS_PUBLISHED?.done).toBe(true);
    expect(steps.CIRCLES_MEETING).toMatchObject({ done: true, count: 3, firstDate: '2026-07-09', lastDate: '2026-10-22' });
    const remscheid = await server.graphql<{ processTimeline: Step[] }>('{ processTimeline(ags: "05120000") { step done } }');
    expect(remscheid.data!.processTimeline.find((step) => step.step === 'CIRCLES_MEETING')?.done).toBe(false);
    const unknown = await server.graphql('{ processTimeline(ags: "05111000") { step } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff edit events and participations; others are refused', async () => {
    const update = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { __typename ... on Event { minutes endsAt } ... on ValidationError { field reason } ... on Error { code } } }`;
    const id = eventId('fair-market-solingen');
    expect(await mutate(update, { input: { id, minutes: 'x' } }, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await mutate(update, { input: { id, minutes: 'x' } }, as.partner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mutate(update, { input: { id, minutes: 'x' } }, as.otherStaff)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mutate(update, { input: { id, endsAt: '2020-01-01T00:00:00Z' } }, as.staff)).toMatchObject({ field: 'endsAt', reason: 'liegt vor dem Beginn' });
    expect(await mutate(update, { input: { id, minutes: 'Gut besucht.' } }, as.staff)).toMatchObject({ __typename: 'Event', minutes: 'Gut besucht.' });

    const add = `mutation ($input: AddParticipationInput!) { addParticipation(input: $input) {
      __typename ... on Event { participants(role: EXPERT_INPUT) { nodes { id topic actor { name } contact { lastName } } } } ... on ValidationError { field } ... on Error { code } } }`;
    expect(await mutate(add, { input: { eventId: id, role: 'HOST' } }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'actorId' });
    const added = await mutate(add, { input: { eventId: id, actorId: actorId('institut-stadtwandel'), contactId: contactId('tobias-engel'), role: 'EXPERT_INPUT', topic: 'Fairer Handel in Zahlen' } }, as.staff);
    const inputs = (added.participants as { nodes: Array<{ id: string; topic: string; contact: { lastName: string } }> }).nodes;
    const mine = inputs.find((p) => p.topic === 'Fairer Handel in Zahlen');
    expect(mine?.contact.lastName).toBe('Engel');
    const removed = await mutate(
      'mutation ($id: ID!) { removeParticipation(id: $id) { __typename ... on Event { participants(role: EXPERT_INPUT) { nodes { topic } } } } }',
      { id: mine!.id },
      as.staff,
    );
    expect((removed.participants as { nodes: Array<{ topic: string }> }).nodes.map((p) => p.topic)).not.toContain('Fairer Handel in Zahlen');
  });

  it('keeps interviews for staff of the region only', async () => {
    const query = '{ interviews(first: 20) { totalCount edges { node { conductedAt notes actor { name } contact { lastName } interviewer { displayName } findings { totalCount edges { node { kind } } } } } } }';
    const anonymous = await server.graphql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const partner = await server.graphql(query, undefined, as.partner);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherRegion = await server.graphql<{ interviews: { totalCount: number } }>(query, undefined, as.otherStaff);
    expect(otherRegion.data!.interviews.totalCount).toBe(0);
    const staff = await server.graphql<{ interviews: { totalCount: number; edges: Array<{ node: { notes: string; actor: { name: string } } }> } }>(query, undefined, as.staff);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.interviews.totalCount).toBeGreaterThanOrEqual(8);
    const actorPage = await server.graphql<{ actor: { interviews: unknown } }>(
      'query ($id: ID!) { actor(id: $id) { interviews { totalCount edges { node { notes } } } } }',
      { id: actorId('buergerverein-oelberg') },
    );
    expect(actorPage.data!.actor.interviews).toEqual({ totalCount: 0, edges: [] });

    const create = `mutation ($input: CreateInterviewInput!) { createInterview(input: $input) {
      __typename ... on Interview { id conductedAt notes interviewer { displayName } actor { name } } ... on ValidationError { field } ... on Error { code } } }`;
    const input = { actorId: actorId('quartiersradio'), conductedAt: '2026-11-02T10:00:00+01:00', notes: 'Telefonat.', municipalityAgs: '05124000' };
    expect(await mutate(create, { input }, as.partner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mutate(create, { input: { ...input, conductedAt: 'gestern' } }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'conductedAt' });
    const created = await mutate(create, { input }, as.staff);
    expect(created).toMatchObject({ conductedAt: '2026-11-02T09:00:00.000Z', interviewer: { displayName: 'staff' }, actor: { name: 'Wuppertaler Quartiersradio' } });
    const updated = await mutate(
      'mutation ($input: UpdateInterviewInput!) { updateInterview(input: $input) { __typename ... on Interview { notes } ... on Error { code } } }',
      { input: { id: created.id, notes: 'Telefonat, 30 Minuten.' } },
      as.admin,
    );
    expect(updated).toEqual({ __typename: 'Interview', notes: 'Telefonat, 30 Minuten.' });
  });

  it('shows the public only published, anonymised findings; staff all of their region', async () => {
    const query = '{ findings(first: 100) { totalCount edges { node { kind isPublished publicStatement statement themes sdgTargets { code } interview { notes } } } } }';
    type List = { findings: { totalCount: number; edges: Array<{ node: { isPublished: boolean; statement: string | null; interview: unknown; sdgTargets: Array<{ code: string }> } }> } };
    const anonymous = await server.graphql<List>(query);
    expect(anonymous.errors).toBeUndefined();
    const publicNodes = anonymous.data!.findings.edges.map((edge) => edge.node);
    expect(publicNodes.length).toBeGreaterThan(0);
    expect(publicNodes.every((node) => node.isPublished && node.statement === null && node.interview === null)).toBe(true);
    const otherRegion = await server.graphql<List>(query, undefined, as.otherStaff);
    expect(otherRegion.data!.findings.totalCount).toBe(anonymous.data!.findings.totalCount);
    const staff = await server.graphql<List>(query, undefined, as.staff);
    expect(staff.data!.findings.totalCount).toBeGreaterThan(anonymous.data!.findings.totalCount);
    expect(staff.data!.findings.edges.every((edge) => edge.node.statement !== null)).toBe(true);

    const filtered = await server.graphql<List>('{ findings(first: 50, municipality: "05124000", goal: 4, kind: [IDEA]) { totalCount edges { node { kind sdgTargets { code } } } } }');
    expect(filtered.data!.findings.edges.map((edge) => edge.node.sdgTargets.map((target) => target.code))).toEqual([['4.7']]);
    const unpublished = await server.graphql<List>('{ findings(first: 50, published: false) { totalCount } }');
    expect(unpublished.data!.findings.totalCount).toBe(0);
  });

  it('gives an overview of published findings per kind with examples', async () => {
    type Overview = { findingsOverview: Array<{ kind: string; count: number; examples: Array<{ publicStatement: string; isPublished: boolean }> }> };
    const response = await server.graphql<Overview>('{ findingsOverview(ags: "05124000") { kind count examples { publicStatement isPublished } } }', undefined, as.staff);
    expect(response.errors).toBeUndefined();
    const overview = response.data!.findingsOverview;
    expect(overview.map((row) => row.kind)).toEqual(['WORKS_WELL', 'NEED', 'IDEA', 'BARRIER']);
    expect(overview.every((row) => row.examples.length === Math.min(row.count, 3))).toBe(true);
    expect(overview.flatMap((row) => row.examples).every((example) => example.isPublished)).toBe(true);
    const published = await server.db.prisma.finding.count({ where: { isPublished: true, municipality: { ags: '05124000' } } });
    expect(overview.reduce((sum, row) => sum + row.count, 0)).toBe(published);
    const goal = await server.graphql<Overview>('{ findingsOverview(goal: 4) { kind count } }');
    expect(goal.data!.findingsOverview.find((row) => row.kind === 'IDEA')?.count).toBeGreaterThanOrEqual(1);
  });

  it('lets staff create, tag, edit and publish findings', async () => {
    const create = `mutation ($input: CreateFindingInput!) { createFinding(input: $input) {
      __typename ... on Finding { id kind isPublished themes sdgTargets { code } event { title } } ... on ValidationError { field reason } ... on Error { code } } }`;
    const input = { kind: 'NEED', statement: 'Frau M. sagt, der Bus fährt abends nicht.', themes: ['Mobilität'], sdgTargets: ['11.2'], municipalityAgs: '05374000', eventId: eventId('workshop-oberberg') };
    expect(await mutate(create, { input }, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await mutate(create, { input }, as.partner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mutate(create, { input: { ...input, sdgTargets: ['11.99x'] } }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'sdgTargets.0' });
    const created = await mutate(create, { input }, as.staff);
    expect(created).toMatchObject({ __typename: 'Finding', kind: 'NEED', isPublished: false, themes: ['Mobilität'], sdgTargets: [{ code: '11.2' }], event: { title: expect.stringContaining('Workshop') } });

    const publish = 'mutation ($id: ID!) { publishFinding(id: $id) { __typename ... on Finding { isPublished publicStatement } ... on ValidationError { field } ... on Error { code } } }';
    expect(await mutate(publish, { id: created.id }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'publicStatementDe' });
    expect(await mutate(publish, { id: created.id }, as.otherStaff)).toMatchObject({ code: 'FORBIDDEN' });
    const edited = await mutate(
      'mutation ($input: UpdateFindingInput!) { updateFinding(input: $input) { __typename ... on Finding { publicStatement sdgTargets { code } } } }',
      { input: { id: created.id, publicStatement: 'Abends fehlen Busverbindungen in den Dörfern.', sdgTargets: ['11.2', '9.1'] } },
      as.staff,
    );
    expect(edited).toEqual({ __typename: 'Finding', publicStatement: 'Abends fehlen Busverbindungen in den Dörfern.', sdgTargets: [{ code: '11.2' }, { code: '9.1' }] });
    expect(await mutate(publish, { id: created.id }, as.staff)).toEqual({ __typename: 'Finding', isPublished: true, publicStatement: 'Abends fehlen Busverbindungen in den Dörfern.' });
    const publicView = await server.graphql<{ node: { statement: string | null; publicStatement: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Finding { statement publicStatement } } }',
      { id: created.id },
    );
    expect(publicView.data!.node).toEqual({ statement: null, publicStatement: 'Abends fehlen Busverbindungen in den Dörfern.' });
  });

  it('loads events and findings with their relations in a fixed number of statements', async () => {
    const count = async (query: string) => {
      server.statements.length = 0;
      const response = await server.graphql(query, undefined, as.staff);
      expect(response.errors).toBeUndefined();
      return server.statements.length;
    };
    const events = (first: number) =>
      `{ events(first: ${first}) { edges { node { kind date title municipality { name } participants { totalCount nodes { role topic actor { name } contact { lastName } } } findings { totalCount edges { node { kind sdgTargets { code } } } } agreements { totalCount edges { node { title } } } } } } }`;
    expect(await count(events(12))).toBe(await count(events(2)));
    const findings = (first: number) =>
      `{ findings(first: ${first}) { edges { node { kind statement municipality { name } sdgTargets { code goal { number } } event { title } interview { notes actor { name } } } } } }`;
    expect(await count(findings(12))).toBe(await count(findings(2)));
  });
});
