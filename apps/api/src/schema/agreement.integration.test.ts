import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { demoGlobalId } from '../test-support/demo-ids.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const agreementId = demoGlobalId('Agreement', 'agreement', 'agreement-oelberg');
const circleId = demoGlobalId('InitiativeCircle', 'circle', 'circle-oelberg');

describe.each(testDatabaseKinds())('agreements and initiative circles on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    as = await signInEveryRole(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('links finding, recommendation, agreement and circle report in both directions', async () => {
    type Page<Node> = { edges: Array<{ node: Node }> };
    const nodes = <Node,>(page: Page<Node>) => page.edges.map((edge) => edge.node);
    const forward = await server.graphql<{
      node: { recommendations: Page<{ id: string; agreements: Page<{ id: string; reports: Page<{ id: string; meetingNumber: number }> }> }> };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Finding { recommendations { edges { node { id agreements { edges { node { id
        reports { edges { node { id meetingNumber } } } } } } } } } } } }`,
      { id: demoGlobalId('Finding', 'finding', 'repair-cafe-works') },
      as.staff,
    );
    expect(forward.errors).toBeUndefined();
    const recommendation = nodes(forward.data!.node.recommendations).find((r) => nodes(r.agreements).some((a) => a.id === agreementId));
    expect(recommendation).toBeDefined();
    const reports = nodes(nodes(recommendation!.agreements).find((a) => a.id === agreementId)!.reports);
    expect(reports.map((report) => report.meetingNumber)).toEqual([1, 2, 3]);

    const backward = await server.graphql<{
      node: { agreements: { nodes: Array<{ id: string; recommendations: { nodes: Array<{ id: string; findings: { nodes: Array<{ id: string }> } }> } }> } };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on CircleReport { agreements { nodes { id recommendations { nodes { id findings { nodes { id } } } } } } } } }`,
      { id: reports[0]!.id },
      as.staff,
    );
    expect(backward.errors).toBeUndefined();
    const agreement = backward.data!.node.agreements.nodes[0]!;
    expect(agreement.id).toBe(agreementId);
    const back = agreement.recommendations.nodes.find((r) => r.id === recommendation!.id);
    expect(back?.findings.nodes.map((f) => f.id)).toContain(demoGlobalId('Finding', 'finding', 'repair-cafe-works'));
  });

  it('shows the public agreements, circles with member organisations and published reports, but no persons', async () => {
    const query = `{ initiativeCircles(first: 10) { totalCount edges { node { name memberCount
      members { nodes { actor { name } contact { lastName } } } agreements { nodes { title signatories { nodes { name } } } } reports { nodes { meetingNumber progress hurdles } } } } } }`;
    type Circles = { initiativeCircles: { totalCount: number; edges: Array<{ node: { memberCount: number; members: { nodes: Array<{ actor: { name: string } | null; contact: { lastName: string } | null }> }; reports: { nodes: unknown[] }; agreements: { nodes: Array<{ signatories: { nodes: unknown[] } }> } } }> } };
    for (const viewer of [as.anonymous, as.partner, as.otherStaff]) {
      const response = await server.graphql<Circles>(query, undefined, viewer);
      expect(response.errors).toBeUndefined();
      const circle = response.data!.initiativeCircles.edges[0]!.node;
      expect(circle.memberCount).toBe(6);
      expect(circle.members.nodes.every((member) => member.contact === null)).toBe(true);
      expect(circle.reports.nodes).toHaveLength(3);
      expect(circle.agreements.nodes[0]!.signatories.nodes).toHaveLength(3);
    }
    const asStaff = await server.graphql<Circles>(query, undefined, as.staff);
    expect(asStaff.data!.initiativeCircles.edges[0]!.node.members.nodes.filter((member) => member.contact !== null)).toHaveLength(6);
  });

  it('keeps unpublished reports from the public', async () => {
    const create = `mutation ($input: CreateCircleReportInput!) { createCircleReport(input: $input) {
      __typename ... on CircleReport { id isPublished agreements { nodes { id } } } ... on Error { code } ... on ValidationError { field } } }`;
    const input = { circleId, meetingNumber: 4, meetingDate: '2026-12-03', progressDe: 'Umbau begonnen.', agreementIds: [agreementId], isPublished: false };
    for (const [viewer, code] of [[as.anonymous, 'UNAUTHENTICATED'], [as.partner, 'FORBIDDEN'], [as.otherStaff, 'FORBIDDEN']] as const) {
      const refused = await server.graphql<{ createCircleReport: { code: string } }>(create, { input }, viewer);
      expect(refused.data?.createCircleReport.code).toBe(code);
    }
    const created = await server.graphql<{ createCircleReport: { id: string; isPublished: boolean } }>(create, { input }, as.staff);
    expect(created.data?.createCircleReport).toMatchObject({ __typename: 'CircleReport', isPublished: false, agreements: { nodes: [{ id: agreementId }] } });
    const again = await server.graphql<{ createCircleReport: { field: string } }>(create, { input }, as.admin);
    expect(again.data?.createCircleReport).toMatchObject({ code: 'VALIDATION', field: 'meetingNumber' });

    const query = '{ circleReports(first: 20) { totalCount } }';
    const publicCount = (await server.graphql<{ circleReports: { totalCount: number } }>(query)).data!.circleReports.totalCount;
    const staffCount = (await server.graphql<{ circleReports: { totalCount: number } }>(query, undefined, as.staff)).data!.circleReports.totalCount;
    expect(staffCount).toBe(publicCount + 1);
    const byNode = await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: created.data!.createCircleReport.id });
    expect(byNode.data).toEqual({ node: null });
  });

  it('records agreements and circles for staff of the region only, naming wrong links', async () => {
    const create = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
      __typename ... on Agreement { id title recommendations { nodes { id } } signatories { nodes { name } } } ... on Error { code } ... on ValidationError { field } } }`;
    const input = {
      titleDe: 'Vereinbarung Test',
      textDe: 'Wir vereinbaren.',
      agreedAt: '2026-11-20',
      signatoryActorIds: [demoGlobalId('Actor', 'actor', 'buergerverein-oelberg')],
      recommendationIds: [demoGlobalId('Recommendation', 'recommendation', 'school-walks')],
    };
    for (const [viewer, code] of [[as.anonymous, 'UNAUTHENTICATED'], [as.partner, 'FORBIDDEN']] as const) {
      expect((await server.graphql<{ createAgreement: { code: string } }>(create, { input }, viewer)).data?.createAgreement.code).toBe(code);
    }
    const foreign = await server.graphql<{ createAgreement: { code: string } }>(create, { input }, as.otherStaff);
    expect(foreign.data?.createAgreement).toMatchObject({ code: 'VALIDATION', field: 'signatoryActorIds.0' });
    const badDate = await server.graphql(create, { input: { ...input, agreedAt: '2026-13-01' } }, as.staff);
    expect(badDate.data?.createAgreement).toMatchObject({ code: 'VALIDATION', field: 'agreedAt' });
    const created = await server.graphql<{ createAgreement: { id: string } }>(create, { input }, as.staff);
    expect(created.data?.createAgreement).toMatchObject({ __typename: 'Agreement', title: 'Vereinbarung Test', signatories: { nodes: [{ name: expect.any(String) }] } });

    const circle = await server.graphql(
      `mutation ($input: CreateInitiativeCircleInput!) { createInitiativeCircle(input: $input) { __typename ... on InitiativeCircle { name agreements { nodes { id } } } ... on Error { code } } }`,
      { input: { nameDe: 'Initiativkreis Test', foundedAt: '2026-11-21', municipalityAgs: '05124000', agreementIds: [created.data!.createAgreement.id] } },
      as.staff,
    );
    expect(circle.data?.createInitiativeCircle).toEqual({ __typename: 'InitiativeCircle', name: 'Initiativkreis Test', agreements: { nodes: [{ id: created.data!.createAgreement.id }] } });
  });

  it('loads agreements with signatories, recommendations, circles and reports in a fixed number of statements', async () => {
    const query = `{ agreements(first: 20) { edges { node { title signatories { nodes { name } } recommendations { nodes { title agreements(first: 5) { totalCount edges { node { title } } } } }
      circles(first: 5) { totalCount edges { node { name members { nodes { actor { name } } } } } } reports(first: 5) { totalCount edges { node { progress agreements { nodes { title } } } } } } } } }`;
    server.statements.length = 0;
    const response = await server.graphql(query);
    expect(response.errors).toBeUndefined();
    const first = server.statements.length;
    const demo = await server.db.prisma.agreement.findUniqueOrThrow({ where: { id: 'demo-agreement-agreement-oelberg' } });
    for (let index = 0; index < 4; index += 1) {
      await server.db.prisma.agreement.create({
        data: {
          regionId: demo.regionId,
          titleDe: `Zusatzvereinbarung ${index}`,
          textDe: 'Text',
          agreedAt: new Date('2026-07-01'),
          signatories: { create: [{ actorId: 'demo-actor-buergerverein-oelberg' }] },
          recommendations: { create: [{ recommendationId: 'demo-recommendation-school-walks' }] },
          circles: { create: [{ circleId: 'demo-circle-circle-oelberg' }] },
        },
      });
    }
    server.statements.length = 0;
    await server.graphql(query);
    expect(server.statements.length).toBe(first);
  });
});
