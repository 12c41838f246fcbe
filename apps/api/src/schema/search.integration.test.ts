import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

type Hit = { kind: string; title: string; snippet: string; snippetParts: Array<{ text: string; highlighted: boolean }>; rank: number; node: { __typename: string; id: string } };
type SearchData = { search: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Hit }> } };

const searchQuery = `query ($query: String!, $kinds: [SearchKind!], $municipality: String, $first: Int, $after: String, $last: Int, $before: String, $lang: Language) {
  search(query: $query, kinds: $kinds, municipality: $municipality, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { kind title(lang: $lang) snippet snippetParts { text highlighted } rank node { __typename ... on Node { id } } } }
  } }`;

// Every kind carries the made-up plural "Quittenbäume" somewhere; the searches ask for the singular.
describe.each(testDatabaseKinds())('search on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;

  async function hits(viewer: RoleName, query: string, variables: Record<string, unknown> = {}): Promise<SearchData['search']> {
    const response = await server.graphql<SearchData>(searchQuery, { query, first: 50, ...variables }, as[viewer]);
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }
  const titles = async (viewer: RoleName, query: string, variables: Record<string, unknown> = {}) =>
    (await hits(viewer, query, variables)).edges.map((edge) => edge.node.title);

  beforeAll(async () => {
    server = await startTestServer({ kind });
    as = await signInEveryRole(server);
    const prisma = server.db.prisma;
    const region = await prisma.region.findUniqueOrThrow({ where: { slug: 'bergisches-land' } });
    const other = await prisma.region.findUniqueOrThrow({ where: { slug: 'testland' } });
    const wuppertal = await prisma.municipality.findUniqueOrThrow({ where: { ags: '05124000' } });
    const base = { regionId: region.id, municipalityId: wuppertal.id };
    for (const n of [1, 2, 3]) {
      await prisma.actor.create({ data: { ...base, name: `Quittenfreunde ${n}`, sector: 'CIVIL_SOCIETY', descriptionDe: `Pflegt Quittenbäume im Quartier ${n}` } });
      await prisma.event.create({ data: { ...base, kind: 'WORKSHOP', titleDe: `Werkstatt Obstbau ${n}`, startsAt: new Date('2026-05-02T15:00:00Z'), minutesDe: 'Wir pflanzen Quittenbäume.' } });
      await prisma.finding.create({
        data: { ...base, kind: 'IDEA', statementDe: `Frau Mustermann wünscht sich Quittenbäume ${n}`, publicStatementDe: `Mehr Quittenbäume an Schulen ${n}`, isPublished: true, themes: ['Stadtgrün'] },
      });
      await prisma.recommendation.create({ data: { ...base, titleDe: `Quittenbäume pflanzen ${n}`, textDe: 'Jede Schule bekommt einen Obstgarten.', status: 'PUBLISHED' } });
      await prisma.indicator.create({
        data: { key: `quitten-${n}`, topic: 'SDG_MUNICIPAL', titleDe: `Anteil Quittenbäume ${n}`, titleEn: `Share of quince trees ${n}`, unitDe: '%', unitEn: '%', polarity: 'HIGHER_IS_BETTER', sourceName: 'Test' },
      });
      await prisma.publication.create({ data: { ...base, kind: 'PAGE', slug: `quitten-${n}`, titleDe: `Streuobst ${n}`, bodyDe: '# Obst\n\nDie **Quittenbäume** blühen.', status: 'PUBLISHED', publishedAt: new Date() } });
    }
    // What only staff of the Bergisches Land may find.
    await prisma.event.create({ data: { ...base, kind: 'OTHER', titleDe: 'Interne Quittenbäume-Runde', startsAt: new Date('2026-06-02T15:00:00Z'), isPublic: false } });
    await prisma.finding.create({ data: { ...base, kind: 'NEED', statementDe: 'Unveröffentlicht: Quittenbäume fehlen', isPublished: false, themes: [] } });
    await prisma.finding.create({
      data: { ...base, kind: 'NEED', statementDe: 'Herr Mispelhecke aus der Nordstadt', publicStatementDe: 'Eine Person aus der Nordstadt', isPublished: true, themes: [] },
    });
    await prisma.recommendation.create({ data: { ...base, titleDe: 'Entwurf Quittenbäume', textDe: 'Noch offen.', status: 'DRAFT' } });
    await prisma.publication.create({ data: { ...base, kind: 'PAGE', slug: 'quitten-entwurf', titleDe: 'Entwurf Streuobst', bodyDe: 'Quittenbäume im Entwurf.', status: 'DRAFT' } });
    await prisma.actor.create({ data: { ...base, name: 'Archivierte Quittenbäume-Gruppe', sector: 'OTHER', archivedAt: new Date() } });
    // A draft of the second region: its staff find it, the Bergisches Land's do not.
    await prisma.recommendation.create({ data: { regionId: other.id, titleDe: 'Testland-Entwurf Quittenbäume', textDe: 'Nur Testland.', status: 'DRAFT' } });
    // English titles are searched word by word.
    await prisma.recommendation.create({ data: { ...base, titleDe: 'Obstwiesen für Kitas', titleEn: 'Orchards for day-care centres', textDe: 'Kitas pflegen Obstwiesen.', status: 'PUBLISHED' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds every kind with German stemming and hands back the real objects', async () => {
    const result = await hits('anonymous', 'Quittenbaum');
    const kinds = new Set(result.edges.map((edge) => edge.node.kind));
    expect([...kinds].sort()).toEqual(['ACTOR', 'EVENT', 'FINDING', 'INDICATOR', 'PUBLICATION', 'RECOMMENDATION']);
    expect(result.totalCount).toBe(18);
    for (const edge of result.edges) {
      expect(edge.node.node.__typename).toBe({ ACTOR: 'Actor', EVENT: 'Event', FINDING: 'Finding', RECOMMENDATION: 'Recommendation', INDICATOR: 'Indicator', PUBLICATION: 'Publication' }[edge.node.kind]);
      // The snippet shows the matched words in the text; where only the title matched, the text's start.
      const highlighted = edge.node.snippetParts.some((part) => part.highlighted && part.text.startsWith('Quittenb'));
      expect(highlighted || edge.node.title.startsWith('Quittenb')).toBe(true);
    }
    const ranks = result.edges.map((edge) => edge.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Markdown marks stay out of the snippet of a publication.
    const publication = result.edges.find((edge) => edge.node.kind === 'PUBLICATION')!;
    expect(publication.node.snippet).not.toMatch(/[#*]/);

    const recommendation = await server.graphql<{ search: { edges: Array<{ node: { node: { title: string; status: string } } }> } }>(
      '{ search(query: "Quittenbaum pflanzen", kinds: [RECOMMENDATION], first: 1) { edges { node { node { ... on Recommendation { title status } } } } } }',
    );
    expect(recommendation.data!.search.edges[0]!.node.node).toEqual({ title: 'Quittenbäume pflanzen 1', status: 'PUBLISHED' });
  });

  it('keeps drafts, unpublished findings, non-public events and archived actors from the public and other regions', async () => {
    const hidden = ['Interne Quittenbäume-Runde', 'Unveröffentlicht: Quittenbäume fehlen', 'Entwurf Quittenbäume', 'Entwurf Streuobst', 'Archivierte Quittenbäume-Gruppe'];
    for (const viewer of ['anonymous', 'partner', 'otherStaff'] as const) {
      const seen = await titles(viewer, 'Quittenbaum');
      for (const title of hidden) expect(seen, `${viewer} sees ${title}`).not.toContain(title);
    }
    const staff = await titles('staff', 'Quittenbaum');
    for (const title of hidden) expect(staff).toContain(title);
    expect(staff).not.toContain('Testland-Entwurf Quittenbäume');
    expect(await titles('otherStaff', 'Quittenbaum')).toContain('Testland-Entwurf Quittenbäume');
    expect(await titles('admin', 'Quittenbaum')).toEqual(expect.arrayContaining([...hidden, 'Testland-Entwurf Quittenbäume']));
  });

  it('searches the recorded statement of a finding for staff of its region only', async () => {
    expect((await hits('anonymous', 'Mispelhecke')).totalCount).toBe(0);
    expect((await hits('otherStaff', 'Mispelhecke')).totalCount).toBe(0);
    const staff = await hits('staff', 'Mispelhecke');
    expect(staff.edges.map((edge) => edge.node.kind)).toEqual(['FINDING']);
    // The public snippet never carries the recorded wording, even where the public one matches.
    for (const edge of (await hits('anonymous', 'Quittenbaum', { kinds: ['FINDING'] })).edges) {
      expect(edge.node.snippet).not.toContain('Mustermann');
    }
  });

  it('searches English titles and filters by kind and municipality', async () => {
    expect(await titles('anonymous', 'orchards', { lang: 'EN' })).toEqual(['Orchards for day-care centres']);
    expect(await titles('anonymous', 'quince', { lang: 'EN' })).toHaveLength(3);
    const onlyActors = await hits('anonymous', 'Quittenbaum', { kinds: ['ACTOR'] });
    expect(onlyActors.edges.every((edge) => edge.node.kind === 'ACTOR')).toBe(true);
    expect(onlyActors.totalCount).toBe(3);
    const solingen = await hits('anonymous', 'Quittenbaum', { municipality: '05122000' });
    expect(solingen.totalCount).toBe(0);
    const wuppertal = await hits('anonymous', 'Quittenbaum', { municipality: '05124000' });
    expect(wuppertal.totalCount).toBe(15); // indicators belong to no municipality
  });

  it('pages with first/after', async () => {
    const first = await hits('anonymous', 'Quittenbaum', { first: 4 });
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await hits('anonymous', 'Quittenbaum', { first: 4, after: first.pageInfo.endCursor });
    expect(second.totalCount).toBe(18);
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.node.id);
    expect(new Set(ids).size).toBe(8);
    const last = await hits('anonymous', 'Quittenbaum', { first: 4, after: second.edges.at(-1)!.cursor, kinds: null });
    expect(last.edges).toHaveLength(4);
  });

  it('pages backwards with last/before, from the end or from a cursor', async () => {
    const backwardsQuery = `query ($query: String!, $last: Int, $before: String) {
      search(query: $query, last: $last, before: $before) {
        totalCount pageInfo { hasPreviousPage hasNextPage startCursor } edges { cursor node { node { ... on Node { id } } } } } }`;
    type Page = { totalCount: number; pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string }; edges: Array<{ cursor: string; node: { node: { id: string } } }> };
    const page = async (variables: Record<string, unknown>) => server.singleField<Page>(backwardsQuery, { query: 'Quittenbaum', ...variables });
    const idsOf = (edges: Page['edges']) => edges.map((edge) => edge.node.node.id);
    const all = idsOf((await hits('anonymous', 'Quittenbaum', { first: 50 })).edges);
    expect(all).toHaveLength(18);

    const lastFive = await page({ last: 5 });
    expect(lastFive.totalCount).toBe(18);
    expect(idsOf(lastFive.edges)).toEqual(all.slice(13));
    expect(lastFive.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const fiveBefore = await page({ last: 5, before: lastFive.pageInfo.startCursor });
    expect(idsOf(fiveBefore.edges)).toEqual(all.slice(8, 13));
    // Near the start a backwards page is shorter and says there is nothing before it.
    const start = await page({ last: 5, before: fiveBefore.edges[2]!.cursor });
    expect(idsOf(start.edges)).toEqual(all.slice(5, 10));
    const head = await page({ last: 5, before: (await page({ last: 15 })).pageInfo.startCursor });
    expect(idsOf(head.edges)).toEqual(all.slice(0, 3));
    expect(head.pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses empty, too short and too long queries, bad filters and large pages, naming the argument', async () => {
    const refused = async (variables: Record<string, unknown>) => {
      const response = await server.graphql(searchQuery, { first: 10, ...variables });
      expect(response.data?.search ?? null).toBeNull();
      return response.errors?.[0]?.extensions;
    };
    for (const query of ['', '   ', 'Q', 'Quitte '.repeat(40)]) {
      expect(await refused({ query })).toMatchObject({ code: 'VALIDATION', field: 'query' });
    }
    expect(await refused({ query: 'Quitte', municipality: 'Wuppertal' })).toMatchObject({ code: 'VALIDATION', field: 'municipality' });
    expect(await refused({ query: 'Quitte', after: 'kaputt' })).toMatchObject({ code: 'VALIDATION', field: 'after' });
    expect(await refused({ query: 'Quitte', first: 500 })).toMatchObject({ code: 'VALIDATION', field: 'first' });
    expect(await refused({ query: 'Quitte', first: null, last: 500 })).toMatchObject({ code: 'VALIDATION', field: 'last' });
    expect(await refused({ query: 'Quitte', first: null, last: 2, before: 'kaputt' })).toMatchObject({ code: 'VALIDATION', field: 'before' });
  });

  it('loads the objects behind the hits in a fixed number of statements', async () => {
    const count = async (searchKind: string, first: number) => {
      server.statements.length = 0;
      const response = await server.graphql(
        `{ search(query: "Quittenbaum", kinds: [${searchKind}], first: ${first}) { edges { node { title node {
            ... on Actor { name municipality { name } sdgGoals { number } }
            ... on Event { title municipality { name } participants { totalCount nodes { role } } }
            ... on Finding { publicStatement municipality { name } sdgTargets { code } }
            ... on Recommendation { title municipality { name } findings { totalCount nodes { id } } }
            ... on Indicator { title }
            ... on Publication { title municipality { name } region { slug } } } } } } }`,
        undefined,
        as.staff,
      );
      expect(response.errors).toBeUndefined();
      return server.statements.length;
    };
    for (const searchKind of ['ACTOR', 'EVENT', 'FINDING', 'RECOMMENDATION', 'INDICATOR', 'PUBLICATION']) {
      expect(await count(searchKind, 3), searchKind).toBe(await count(searchKind, 1));
    }
  });
});
