import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createTestUser, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const recommendationId = (key: string) => encodeGlobalID('Recommendation', `demo-recommendation-${key}`);

const result = `__typename
  ... on Recommendation { id status progress version }
  ... on Error { code message }
  ... on ValidationError { field reason }
  ... on ConflictError { currentVersion expectedVersion }`;

type Result = { __typename: string; id?: string; status?: string; progress?: number; version?: number; code?: string; field?: string; reason?: string; currentVersion?: number };

const mutations = {
  createRecommendation: `mutation ($input: CreateRecommendationInput!) { createRecommendation(input: $input) { ${result} } }`,
  updateRecommendation: `mutation ($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${result} } }`,
  updateRecommendationStatus: `mutation ($input: UpdateRecommendationStatusInput!) { updateRecommendationStatus(input: $input) { ${result} } }`,
  linkRecommendation: `mutation ($input: RecommendationLinksInput!) { linkRecommendation(input: $input) { ${result} } }`,
  unlinkRecommendation: `mutation ($input: RecommendationLinksInput!) { unlinkRecommendation(input: $input) { ${result} } }`,
  archiveRecommendation: `mutation ($input: ArchiveRecommendationInput!) { archiveRecommendation(input: $input) { ${result} } }`,
  importRecommendationsCsv: `mutation ($csv: String!) { importRecommendationsCsv(csv: $csv) { __typename ... on Error { code } } }`,
};

describe.each(testDatabaseKinds())('recommendations over HTTP on %s', (kind) => {
  let server: TestServer;
  let staff: Record<string, string>;
  let admin: Record<string, string>;
  let partner: Record<string, string>;
  let otherStaff: Record<string, string>;

  async function mutate(name: keyof typeof mutations, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await server.graphql<Record<string, Result>>(mutations[name], variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data![name]!;
  }

  /** A fresh draft of the Bergisches Land, created by staff. */
  async function draft(titleDe = 'Testempfehlung'): Promise<Result> {
    return mutate('createRecommendation', { input: { titleDe, textDe: 'Ein Text.', municipalityAgs: '05124000' } }, staff);
  }

  async function published(): Promise<Result> {
    const created = await draft();
    return mutate('updateRecommendationStatus', { input: { id: created.id, status: 'PUBLISHED', expectedVersion: created.version } }, staff);
  }

  beforeAll(async () => {
    server = await startTestServer({ kind });
    await createTestUser(server, 'staff@example.org', 'STAFF');
    await createTestUser(server, 'admin@example.org', 'ADMIN', null);
    await createTestUser(server, 'partner@example.org', 'PARTNER');
    const other = await server.db.prisma.region.create({ data: { slug: 'testland', nameDe: 'Testland', nameEn: 'Testland' } });
    await createTestUser(server, 'other@example.org', 'STAFF', other.slug);
    staff = await signInAs(server, 'staff@example.org');
    admin = await signInAs(server, 'admin@example.org');
    partner = await signInAs(server, 'partner@example.org');
    otherStaff = await signInAs(server, 'other@example.org');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists recommendations with status and version; the public sees no drafts', async () => {
    const query = '{ recommendations(first: 50) { totalCount edges { node { id status version } } } }';
    const anonymous = await server.graphql<{ recommendations: { totalCount: number; edges: Array<{ node: { id: string; status: string; version: number } }> } }>(query);
    expect(anonymous.errors).toBeUndefined();
    const statuses = anonymous.data!.recommendations.edges.map((edge) => edge.node.status);
    expect(statuses).not.toContain('DRAFT');
    expect(statuses).toEqual(expect.arrayContaining(['PUBLISHED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'ON_HOLD', 'REJECTED']));
    expect(anonymous.data!.recommendations.edges.every((edge) => edge.node.version >= 1)).toBe(true);

    const asStaff = await server.graphql<{ recommendations: { totalCount: number; edges: Array<{ node: { status: string } }> } }>(query, undefined, staff);
    expect(asStaff.data!.recommendations.edges.map((edge) => edge.node.status)).toContain('DRAFT');
    expect(asStaff.data!.recommendations.totalCount).toBeGreaterThan(anonymous.data!.recommendations.totalCount);

    const asPartner = await server.graphql<{ recommendations: { totalCount: number } }>(query, undefined, partner);
    expect(asPartner.data!.recommendations.totalCount).toBe(anonymous.data!.recommendations.totalCount);
    const asOtherRegion = await server.graphql<{ recommendations: { edges: Array<{ node: { status: string } }> } }>(query, undefined, otherStaff);
    expect(asOtherRegion.data!.recommendations.edges.map((edge) => edge.node.status)).not.toContain('DRAFT');
  });

  it('hides a draft from anonymous requests, by id and through node()', async () => {
    const id = recommendationId('fair-procurement');
    const byId = await server.graphql('query ($id: ID!) { recommendation(id: $id) { title } }', { id });
    expect(byId.data).toEqual({ recommendation: null });
    const byNode = await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id });
    expect(byNode.data).toEqual({ node: null });
    const asStaff = await server.graphql<{ recommendation: { status: string } }>(
      'query ($id: ID!) { recommendation(id: $id) { status viewerCanEdit nextStatuses } }',
      { id },
      staff,
    );
    expect(asStaff.data?.recommendation).toEqual({ status: 'DRAFT', viewerCanEdit: true, nextStatuses: ['PUBLISHED', 'REJECTED'] });
    const publicOne = await server.graphql<{ recommendation: { viewerCanEdit: boolean } }>(
      'query ($id: ID!) { recommendation(id: $id) { viewerCanEdit } }',
      { id: recommendationId('school-walks') },
      partner,
    );
    expect(publicOne.data?.recommendation).toEqual({ viewerCanEdit: false });
  });

  it('filters by municipality, goal, status, actor and text', async () => {
    const list = async (args: string) => {
      const response = await server.graphql<{ recommendations: { totalCount: number; edges: Array<{ node: { title: string; status: string } }> } }>(
        `{ recommendations(${args}) { totalCount edges { node { title status } } } }`,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.recommendations;
    };
    expect((await list('municipality: "05316000"')).edges.map((e) => e.node.title)).toEqual(['Energieberatung mehrsprachig und aufsuchend anbieten']);
    expect((await list('goal: 7')).edges.map((e) => e.node.title)).toEqual(['Energieberatung mehrsprachig und aufsuchend anbieten']);
    expect((await list('status: [ON_HOLD, REJECTED]')).edges.map((e) => e.node.status).sort()).toEqual(['ON_HOLD', 'REJECTED']);
    expect((await list('search: "gemeinsam einen raum"')).edges.map((e) => e.node.title)).toEqual(['Einen dauerhaften Raum für das Repair-Café Ölberg sichern']);
    const actor = encodeGlobalID('Actor', 'demo-actor-biohof-wiehltal');
    expect((await list(`actor: "${actor}"`)).totalCount).toBe(1);
  });

  it('shows rolled-up progress, children, links and a public history without authors', async () => {
    const query = `query ($id: ID!) { recommendation(id: $id) {
      title progress rolledUpProgress isDemo
      children { totalCount nodes { title progress weight } }
      sdgTargets { code } responsibleActors { totalCount nodes { name sector } } findings { totalCount nodes { publicStatement statement } }
      history { totalCount nodes { fromStatus toStatus fromProgress toProgress note at author { displayName } } }
    } }`;
    type Detail = {
      rolledUpProgress: number;
      children: { totalCount: number; nodes: Array<{ progress: number; weight: number }> };
      sdgTargets: Array<{ code: string }>;
      responsibleActors: { totalCount: number; nodes: Array<{ name: string }> };
      findings: { totalCount: number; nodes: Array<{ publicStatement: string | null; statement: string | null }> };
      history: { totalCount: number; nodes: Array<{ toStatus: string; author: { displayName: string } | null }> };
      isDemo: boolean;
    };
    const response = await server.graphql<{ recommendation: Detail }>(query, { id: recommendationId('learning-neighbourhood') });
    expect(response.errors).toBeUndefined();
    const detail = response.data!.recommendation;
    // Children: 60 % and 5 %, weight 1 each.
    expect(detail.children.totalCount).toBe(2);
    expect(detail.children.nodes.map((child) => child.progress).sort((a, b) => a - b)).toEqual([5, 60]);
    expect(detail.rolledUpProgress).toBe(33);
    expect(detail.isDemo).toBe(true);
    expect(detail.sdgTargets.map((target) => target.code)).toEqual(['11.3', '12.5', '4.7']);
    expect(detail.responsibleActors.nodes).toHaveLength(2);
    expect(detail.responsibleActors.totalCount).toBe(2);
    expect(detail.findings.nodes.length).toBeGreaterThan(0);
    expect(detail.findings.totalCount).toBe(detail.findings.nodes.length);
    expect(detail.findings.nodes.every((finding) => finding.statement === null)).toBe(true);
    expect(detail.history.nodes.map((entry) => entry.toStatus)).toEqual(['PUBLISHED', 'AGREED', 'IN_PROGRESS', 'IN_PROGRESS']);
    expect(detail.history.totalCount).toBe(4);
    expect(detail.history.nodes.every((entry) => entry.author === null)).toBe(true);
  });

  it('refuses every mutation to anonymous callers with UNAUTHENTICATED, changing nothing', async () => {
    const id = recommendationId('multilingual-participation');
    const before = await server.db.prisma.recommendation.findUniqueOrThrow({ where: { id: 'demo-recommendation-multilingual-participation' } });
    const attempts: Array<[keyof typeof mutations, Record<string, unknown>]> = [
      ['createRecommendation', { input: { titleDe: 'x', textDe: 'y' } }],
      ['updateRecommendation', { input: { id, expectedVersion: before.version, titleDe: 'gekapert' } }],
      ['updateRecommendationStatus', { input: { id, status: 'AGREED', expectedVersion: before.version } }],
      ['linkRecommendation', { input: { id, expectedVersion: before.version, sdgTargets: ['1.1'] } }],
      ['unlinkRecommendation', { input: { id, expectedVersion: before.version, sdgTargets: ['10.2'] } }],
      ['archiveRecommendation', { input: { id, expectedVersion: before.version } }],
      ['importRecommendationsCsv', { csv: 'title_de,text_de\nx,y\n' }],
    ];
    for (const [name, variables] of attempts) {
      const answer = await mutate(name, variables);
      expect(answer, name).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    }
    for (const name of ['createUser', 'updateUser'] as const) {
      const input = name === 'createUser' ? '{ email: "a@b.de", password: "0123456789", role: STAFF }' : '{ id: "x" }';
      const answer = await server.graphql<Record<string, Result>>(`mutation { ${name}(input: ${input}) { __typename } }`);
      expect(answer.data?.[name], name).toEqual({ __typename: 'UnauthenticatedError' });
    }
    const after = await server.db.prisma.recommendation.findUniqueOrThrow({ where: { id: 'demo-recommendation-multilingual-participation' } });
    expect(after).toEqual(before);
  });

  it('lets staff and admins of the region change recommendations, and refuses partners and other regions', async () => {
    const target = await published();
    const attempts = (version: number): Array<[keyof typeof mutations, Record<string, unknown>]> => [
      ['createRecommendation', { input: { titleDe: 'Neu', textDe: 'Text', municipalityAgs: '05124000' } }],
      ['updateRecommendation', { input: { id: target.id, expectedVersion: version, titleDe: 'Geändert' } }],
      ['linkRecommendation', { input: { id: target.id, expectedVersion: version, sdgTargets: ['11.2'] } }],
      ['unlinkRecommendation', { input: { id: target.id, expectedVersion: version, sdgTargets: ['11.2'] } }],
      ['updateRecommendationStatus', { input: { id: target.id, status: 'AGREED', progress: 5, expectedVersion: version } }],
      ['archiveRecommendation', { input: { id: target.id, expectedVersion: version, note: 'Doppelt' } }],
      ['importRecommendationsCsv', { csv: 'title_de,text_de\nAus CSV,Text\n' }],
    ];
    for (const [name, variables] of attempts(target.version!)) {
      expect(await mutate(name, variables, partner), `partner: ${name}`).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
      if (name === 'createRecommendation' || name === 'importRecommendationsCsv') continue;
      expect(await mutate(name, variables, otherStaff), `other region: ${name}`).toMatchObject({ __typename: 'ForbiddenError' });
    }
    // Other-region staff create in their own region; a Wuppertal recommendation is not theirs.
    expect(await mutate('createRecommendation', { input: { titleDe: 'x', textDe: 'y', municipalityAgs: '05124000' } }, otherStaff)).toMatchObject({
      __typename: 'ValidationError',
      field: 'municipalityAgs',
    });

    let version = target.version!;
    for (const [name, variables] of attempts(version)) {
      const who = name === 'linkRecommendation' || name === 'archiveRecommendation' ? admin : staff;
      const answer = await mutate(name, name === 'createRecommendation' || name === 'importRecommendationsCsv' ? variables : withVersion(variables, version), who);
      expect(answer.__typename, `${name}: ${JSON.stringify(answer)}`).toBe(name === 'importRecommendationsCsv' ? 'RecommendationCsvImport' : 'Recommendation');
      if (answer.id === target.id) version = answer.version!;
    }
    expect(version).toBe(target.version! + 5);
  });

  it('records a status change with its note in the history, and refuses the old version with CONFLICT', async () => {
    const target = await published();
    const moved = await mutate(
      'updateRecommendationStatus',
      { input: { id: target.id, status: 'AGREED', progress: 10, note: 'Auf der Konferenz vereinbart', expectedVersion: target.version } },
      staff,
    );
    expect(moved).toMatchObject({ __typename: 'Recommendation', status: 'AGREED', progress: 10, version: target.version! + 1 });

    const detail = await server.graphql<{ recommendation: { status: string; version: number; history: { nodes: Array<Record<string, unknown>> } } }>(
      'query ($id: ID!) { recommendation(id: $id) { status version history(last: 1) { nodes { fromStatus toStatus fromProgress toProgress note at author { displayName } } } } }',
      { id: target.id },
      staff,
    );
    const last = detail.data!.recommendation.history.nodes.at(-1)!;
    expect(last).toMatchObject({
      fromStatus: 'PUBLISHED',
      toStatus: 'AGREED',
      fromProgress: 0,
      toProgress: 10,
      note: 'Auf der Konferenz vereinbart',
      author: { displayName: 'staff' },
    });
    expect(Date.parse(last.at as string)).not.toBeNaN();

    const stale = await mutate(
      'updateRecommendationStatus',
      { input: { id: target.id, status: 'IN_PROGRESS', progress: 20, note: 'Zu spät', expectedVersion: target.version } },
      staff,
    );
    expect(stale).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT', currentVersion: target.version! + 1, expectedVersion: target.version });
    const staleEdit = await mutate('updateRecommendation', { input: { id: target.id, expectedVersion: target.version, titleDe: 'Alt' } }, admin);
    expect(staleEdit).toMatchObject({ __typename: 'ConflictError' });
    const stored = await server.db.prisma.recommendation.findUniqueOrThrow({ where: { id: idOf(target.id!) } });
    expect(stored).toMatchObject({ status: 'AGREED', progress: 10, version: target.version! + 1, titleDe: 'Testempfehlung' });
    expect(await server.db.prisma.recommendationChange.count({ where: { recommendationId: stored.id } })).toBe(3);
  });

  it('refuses changes the workflow does not allow, naming the field, and changes nothing', async () => {
    const target = await draft();
    const skip = await mutate('updateRecommendationStatus', { input: { id: target.id, status: 'IN_PROGRESS', progress: 20, expectedVersion: 1 } }, staff);
    expect(skip).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION', field: 'status' });
    expect(skip.reason).toContain('„Entwurf“');
    const noReason = await mutate('updateRecommendationStatus', { input: { id: target.id, status: 'REJECTED', expectedVersion: 1 } }, staff);
    expect(noReason).toMatchObject({ __typename: 'ValidationError', field: 'note' });
    const english = await server.graphql<{ updateRecommendationStatus: Result }>(
      mutations.updateRecommendationStatus,
      { input: { id: target.id, status: 'REJECTED', expectedVersion: 1 } },
      { ...staff, 'accept-language': 'en' },
    );
    expect(english.data?.updateRecommendationStatus.reason).toBe('must give the reason for "rejected"');
    const badInput = await mutate('createRecommendation', { input: { titleDe: ' ', textDe: 'x', dueDate: '2026-13-01' } }, staff);
    expect(badInput).toMatchObject({ __typename: 'ValidationError', field: 'titleDe', reason: 'darf nicht leer sein' });
    const stored = await server.db.prisma.recommendation.findUniqueOrThrow({ where: { id: idOf(target.id!) } });
    expect(stored).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('loads a list with all its relations in a fixed number of statements', async () => {
    const query = `query ($first: Int!) { recommendations(first: $first) { totalCount edges { node {
      id title status progress rolledUpProgress version dueDate isDemo
      municipality { name } region { slug } parent { title } children { totalCount nodes { title } }
      sdgTargets { code goal { number } } indicators { totalCount nodes { key } } responsibleActors { totalCount nodes { name municipality { name } } }
      findings { totalCount nodes { kind publicStatement } } history { totalCount nodes { toStatus note author { displayName } } }
    } } } }`;
    const count = async (first: number) => {
      server.statements.length = 0;
      const response = await server.graphql<{ recommendations: { edges: unknown[] } }>(query, { first }, staff);
      expect(response.errors).toBeUndefined();
      expect(response.data!.recommendations.edges).toHaveLength(first);
      return server.statements.length;
    };
    const few = await count(2);
    const many = await count(10);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(25);
  });

  it('rolls up public progress per municipality and per goal', async () => {
    const byMunicipality = await server.graphql<{ recommendationProgress: Array<{ key: string; count: number; averageProgress: number | null; municipality: { name: string } | null }> }>(
      '{ recommendationProgress(groupBy: MUNICIPALITY) { key count averageProgress municipality { name } byStatus { status count } } }',
    );
    expect(byMunicipality.errors).toBeUndefined();
    const leverkusen = byMunicipality.data!.recommendationProgress.find((group) => group.key === '05316000');
    expect(leverkusen).toMatchObject({ count: 1, averageProgress: 100, municipality: { name: 'Leverkusen' } });
    const byGoal = await server.graphql<{ recommendationProgress: Array<{ key: string; goal: { number: number } }> }>(
      '{ recommendationProgress(groupBy: GOAL) { key goal { number } count averageProgress } }',
    );
    expect(byGoal.data!.recommendationProgress.map((group) => group.goal.number)).toContain(7);
  });

  it('imports a good CSV file all at once, and a bad one not at all', async () => {
    const target = await published();
    const good = [
      'id,version,municipality_ags,title_de,text_de,status,progress,sdg_targets',
      `,,05122000,Aus der Datei,"Ein Text, mit Komma",PUBLISHED,,12.7`,
      `${idOf(target.id!)},${target.version},05124000,Umbenannt,Ein Text.,AGREED,5,`,
    ].join('\n');
    const importQuery = `mutation ($csv: String!, $dryRun: Boolean) { importRecommendationsCsv(csv: $csv, dryRun: $dryRun) {
      __typename ... on RecommendationCsvImport { dryRun created updated recommendations { title status } }
      ... on CsvImportError { code problems { line column reason } } } }`;
    type ImportAnswer = { importRecommendationsCsv: { __typename: string; created?: number; updated?: number; recommendations?: Array<{ title: string; status: string }>; problems?: Array<{ line: number; column: string | null; reason: string }> } };
    const countBefore = await server.db.prisma.recommendation.count();

    const dry = await server.graphql<ImportAnswer>(importQuery, { csv: good, dryRun: true }, staff);
    expect(dry.data?.importRecommendationsCsv).toMatchObject({ __typename: 'RecommendationCsvImport', created: 1, updated: 1, recommendations: [] });
    expect(await server.db.prisma.recommendation.count()).toBe(countBefore);

    const bad = [
      'id,version,municipality_ags,title_de,text_de,status,progress,sdg_targets',
      `,,05122000,Gute Zeile,Text,PUBLISHED,,`,
      `,,09999999,Falsche Kommune,Text,IMPLEMENTED,50,`,
      `${idOf(target.id!)},${target.version! - 1},05124000,Alt,Text,AGREED,5,`,
      `,,,Unbekanntes Ziel,Text,,,99.9`,
    ].join('\n');
    const refused = await server.graphql<ImportAnswer>(importQuery, { csv: bad }, staff);
    expect(refused.data?.importRecommendationsCsv.__typename).toBe('CsvImportError');
    expect(refused.data?.importRecommendationsCsv.problems!.map((p) => [p.line, p.column])).toEqual([
      [3, 'municipality_ags'],
      [3, 'progress'],
      [4, 'version'],
      [5, 'sdg_targets'],
    ]);
    expect(await server.db.prisma.recommendation.count()).toBe(countBefore);

    const imported = await server.graphql<ImportAnswer>(importQuery, { csv: good }, staff);
    expect(imported.data?.importRecommendationsCsv).toMatchObject({ created: 1, updated: 1 });
    expect(imported.data?.importRecommendationsCsv.recommendations!.map((r) => `${r.title}: ${r.status}`).sort()).toEqual([
      'Aus der Datei: PUBLISHED',
      'Umbenannt: AGREED',
    ]);
    expect(await server.db.prisma.recommendation.count()).toBe(countBefore + 1);
  });

  it('exports CSV: the public gets published recommendations, staff also their drafts', async () => {
    const publicBytes = Buffer.from(await (await fetch(`${server.url}/export/recommendations.csv`)).arrayBuffer());
    // A byte order mark, so spreadsheet programs read UTF-8.
    expect([...publicBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const publicCsv = publicBytes.toString('utf8');
    const staffResponse = await fetch(`${server.url}/export/recommendations.csv`, { headers: staff });
    expect(staffResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const staffCsv = await staffResponse.text();
    expect(publicCsv.startsWith('\uFEFFid,version,municipality_ags,')).toBe(true);
    expect(publicCsv).not.toContain(',DRAFT,');
    expect(staffCsv).toContain(',DRAFT,');
    expect(publicCsv).toContain('Energieberatung mehrsprachig und aufsuchend anbieten');
  });
});

function idOf(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

function withVersion(variables: Record<string, unknown>, version: number): Record<string, unknown> {
  const input = variables.input as Record<string, unknown>;
  return { input: { ...input, expectedVersion: version } };
}
