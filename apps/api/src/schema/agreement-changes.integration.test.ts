import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { demoGlobalId } from '../test-support/demo-ids.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const demoAgreement = demoGlobalId('Agreement', 'agreement', 'agreement-oelberg');
const demoCircle = demoGlobalId('InitiativeCircle', 'circle', 'circle-oelberg');
const oelberg = demoGlobalId('Actor', 'actor', 'buergerverein-oelberg');
const stadtwandel = demoGlobalId('Actor', 'actor', 'institut-stadtwandel');
const conference = demoGlobalId('Event', 'event', 'conference-wuppertal');

const createAgreement = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
  __typename ... on Agreement { id event { id } } ... on Error { code } } }`;
const updateAgreement = `mutation ($input: UpdateAgreementInput!) { updateAgreement(input: $input) {
  __typename ... on Agreement { id title text agreedAt event { id kind } signatories { nodes { id } } recommendations { nodes { id } } }
  ... on Error { code } ... on ValidationError { field } } }`;
const deleteAgreement = `mutation ($id: ID!) { deleteAgreement(id: $id) {
  __typename ... on DeletedAgreement { id title } ... on Error { code } ... on ValidationError { field message } } }`;
const updateCircle = `mutation ($input: UpdateInitiativeCircleInput!) { updateInitiativeCircle(input: $input) {
  __typename ... on InitiativeCircle { name description municipality { ags } agreements { nodes { id } } } ... on Error { code } ... on ValidationError { field } } }`;
const circleMembers = `query ($id: ID!) { node(id: $id) { ... on InitiativeCircle { memberCount members { nodes { id actor { name } } } } } }`;
const removeMember = `mutation ($id: ID!) { removeCircleMember(id: $id) {
  __typename ... on InitiativeCircle { memberCount } ... on Error { code } } }`;
const publishReport = `mutation ($id: ID!, $published: Boolean) { publishCircleReport(id: $id, published: $published) {
  __typename ... on CircleReport { id isPublished } ... on Error { code } } }`;

describe.each(testDatabaseKinds())('changing agreements and initiative circles on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    as = await signInEveryRole(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newAgreement(): Promise<string> {
    const input = { titleDe: 'Vereinbarung Probe', textDe: 'Wir vereinbaren.', agreedAt: '2026-11-20', signatoryActorIds: [oelberg] };
    const created = await server.singleField<{ id: string }>(createAgreement, { input }, as.staff);
    return created.id;
  }

  it('links the conference, circle reports and consents to their events', async () => {
    const agreement = await server.singleField<{
      event: { id: string; kind: string } | null;
      reports: { edges: Array<{ node: { meetingNumber: number; event: { kind: string } | null } }> };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Agreement { event { id kind } reports { edges { node { meetingNumber event { kind } } } } } } }`,
      { id: demoAgreement },
    );
    expect(agreement.event).toEqual({ id: conference, kind: 'LOCAL_CONFERENCE' });
    expect(agreement.reports.edges.map(({ node: report }) => report.event?.kind)).toEqual(['CIRCLE_MEETING', 'CIRCLE_MEETING', 'CIRCLE_MEETING']);

    const consents = await server.singleField<{ edges: Array<{ node: { event: { kind: string } | null } }> }>(
      '{ consents(first: 50) { edges { node { event { kind } } } } }',
      {},
      as.staff,
    );
    expect(consents.edges.some((edge) => edge.node.event?.kind === 'KICK_OFF')).toBe(true);

    const withEvent = await server.singleField<{ event: { id: string } | null }>(createAgreement, {
      input: { titleDe: 'Auf der Konferenz', textDe: 'Text.', agreedAt: '2026-06-13', eventId: conference },
    }, as.staff);
    expect(withEvent.event).toEqual({ id: conference });
  });

  it('updates an agreement for staff of its region only, replacing the lists and naming wrong input', async () => {
    const id = await newAgreement();
    const input = { id, titleDe: 'Vereinbarung geändert', signatoryActorIds: [stadtwandel], eventId: conference };
    for (const [viewer, code] of [[as.anonymous, 'UNAUTHENTICATED'], [as.partner, 'FORBIDDEN'], [as.otherStaff, 'FORBIDDEN']] as const) {
      expect((await server.graphql<{ updateAgreement: { code: string } }>(updateAgreement, { input }, viewer)).data?.updateAgreement.code).toBe(code);
    }
    const badDate = await server.graphql(updateAgreement, { input: { id, agreedAt: '2026-02-30' } }, as.staff);
    expect(badDate.data?.updateAgreement).toMatchObject({ code: 'VALIDATION', field: 'agreedAt' });
    const emptyTitle = await server.graphql(updateAgreement, { input: { id, titleDe: '  ' } }, as.staff);
    expect(emptyTitle.data?.updateAgreement).toMatchObject({ code: 'VALIDATION', field: 'titleDe' });
    const wrongActor = await server.graphql(updateAgreement, { input: { id, signatoryActorIds: [stadtwandel, encodeGlobalID('Actor', 'nope')] } }, as.staff);
    expect(wrongActor.data?.updateAgreement).toMatchObject({ code: 'VALIDATION', field: 'signatoryActorIds.1' });

    const updated = await server.graphql(updateAgreement, { input }, as.staff);
    expect(updated.data?.updateAgreement).toEqual({
      __typename: 'Agreement',
      id,
      title: 'Vereinbarung geändert',
      text: 'Wir vereinbaren.',
      agreedAt: '2026-11-20',
      event: { id: conference, kind: 'LOCAL_CONFERENCE' },
      signatories: { nodes: [{ id: stadtwandel }] },
      recommendations: { nodes: [] },
    });
    const unlinked = await server.graphql(updateAgreement, { input: { id, eventId: null } }, as.admin);
    expect(unlinked.data?.updateAgreement).toMatchObject({ title: 'Vereinbarung geändert', event: null, signatories: { nodes: [{ id: stadtwandel }] } });
  });

  it('deletes a mistaken agreement but refuses one a circle carries', async () => {
    const id = await newAgreement();
    expect((await server.graphql<{ deleteAgreement: { code: string } }>(deleteAgreement, { id }, as.partner)).data?.deleteAgreement.code).toBe('FORBIDDEN');
    const carried = await server.graphql<{ deleteAgreement: { code: string; field: string; message: string } }>(deleteAgreement, { id: demoAgreement }, as.staff);
    expect(carried.data?.deleteAgreement).toMatchObject({ code: 'VALIDATION', field: 'id' });
    expect(carried.data?.deleteAgreement.message).toContain('Initiativkreis');
    expect(await server.db.prisma.agreement.count({ where: { id: 'demo-agreement-agreement-oelberg' } })).toBe(1);

    const deleted = await server.graphql(deleteAgreement, { id }, as.staff);
    expect(deleted.data?.deleteAgreement).toEqual({ __typename: 'DeletedAgreement', id, title: 'Vereinbarung Probe' });
    expect((await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id })).data).toEqual({ node: null });
    const again = await server.graphql<{ deleteAgreement: { code: string } }>(deleteAgreement, { id }, as.staff);
    expect(again.data?.deleteAgreement.code).toBe('NOT_FOUND');
  });

  it('updates a circle, removes a member and publishes or withdraws a report', async () => {
    const id = await newAgreement();
    const input = { id: demoCircle, nameDe: 'Initiativkreis Ölberg (neu)', descriptionDe: 'Beschreibung', agreementIds: [demoAgreement, id] };
    expect((await server.graphql<{ updateInitiativeCircle: { code: string } }>(updateCircle, { input }, as.otherStaff)).data?.updateInitiativeCircle.code).toBe(
      'FORBIDDEN',
    );
    const foreignPlace = await server.graphql(updateCircle, { input: { id: demoCircle, municipalityAgs: '09162000' } }, as.staff);
    expect(foreignPlace.data?.updateInitiativeCircle).toMatchObject({ code: 'VALIDATION', field: 'municipalityAgs' });
    const updated = await server.graphql<{ updateInitiativeCircle: { agreements: { nodes: Array<{ id: string }> } } }>(updateCircle, { input }, as.staff);
    expect(updated.data?.updateInitiativeCircle).toMatchObject({ name: 'Initiativkreis Ölberg (neu)', description: 'Beschreibung', municipality: { ags: '05124000' } });
    expect(updated.data?.updateInitiativeCircle.agreements.nodes.map((agreement) => agreement.id).sort()).toEqual([demoAgreement, id].sort());

    const before = await server.singleField<{ memberCount: number; members: { nodes: Array<{ id: string }> } }>(circleMembers, { id: demoCircle }, as.staff);
    const member = before.members.nodes[0]!.id;
    expect((await server.graphql<{ removeCircleMember: { code: string } }>(removeMember, { id: member }, as.partner)).data?.removeCircleMember.code).toBe('FORBIDDEN');
    const removed = await server.graphql(removeMember, { id: member }, as.staff);
    expect(removed.data?.removeCircleMember).toEqual({ __typename: 'InitiativeCircle', memberCount: before.memberCount - 1 });
    expect((await server.graphql<{ removeCircleMember: { code: string } }>(removeMember, { id: member }, as.staff)).data?.removeCircleMember.code).toBe('NOT_FOUND');

    const reports = await server.singleField<{ edges: Array<{ node: { id: string } }> }>('{ circleReports(first: 10) { edges { node { id } } } }', {});
    const report = reports.edges[0]!.node.id;
    expect((await server.graphql<{ publishCircleReport: { code: string } }>(publishReport, { id: report, published: false }, as.anonymous)).data?.publishCircleReport.code).toBe(
      'UNAUTHENTICATED',
    );
    const withdrawn = await server.graphql(publishReport, { id: report, published: false }, as.staff);
    expect(withdrawn.data?.publishCircleReport).toEqual({ __typename: 'CircleReport', id: report, isPublished: false });
    expect((await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: report })).data).toEqual({ node: null });
    const published = await server.graphql(publishReport, { id: report }, as.staff);
    expect(published.data?.publishCircleReport).toMatchObject({ isPublished: true });
    expect((await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: report })).data).toEqual({ node: { id: report } });
  });

  it('loads the events of agreements, reports and consents in a fixed number of statements', async () => {
    const query = `{ agreements(first: 50) { edges { node { event { title } } } }
      circleReports(first: 50) { edges { node { event { title } } } }
      consents(first: 50) { edges { node { event { title } } } } }`;
    server.statements.length = 0;
    expect((await server.graphql(query, undefined, as.staff)).errors).toBeUndefined();
    const first = server.statements.length;
    const demo = await server.db.prisma.agreement.findUniqueOrThrow({ where: { id: 'demo-agreement-agreement-oelberg' } });
    for (let index = 0; index < 3; index += 1) {
      await server.db.prisma.agreement.create({
        data: { regionId: demo.regionId, eventId: demo.eventId, titleDe: `Zusatz ${index}`, textDe: 'Text', agreedAt: new Date('2026-07-01') },
      });
    }
    server.statements.length = 0;
    expect((await server.graphql(query, undefined, as.staff)).errors).toBeUndefined();
    expect(server.statements.length).toBe(first);
  });
});
