import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const result = `__typename ... on Publication { id status version publishedAt bodyHtml } ... on Error { code } ... on ValidationError { field } ... on ConflictError { currentVersion }`;
type Result = { __typename: string; id: string; status: string; version: number; bodyHtml: string; code?: string; field?: string; currentVersion?: number };

describe.each(testDatabaseKinds())('publications on %s', (kind) => {
  let server: TestServer;
  const as: Record<'anonymous' | 'staff' | 'admin' | 'partner' | 'otherStaff', Record<string, string>> = { anonymous: {}, staff: {}, admin: {}, partner: {}, otherStaff: {} };

  async function mutate(name: string, input: Record<string, unknown>, headers: Record<string, string>): Promise<Result> {
    const response = await server.graphql<Record<string, Result>>(`mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${result} } }`, { input }, headers);
    expect(response.errors).toBeUndefined();
    return response.data![name]!;
  }

  beforeAll(async () => {
    server = await startTestServer({ kind });
    Object.assign(as, await signInEveryRole(server));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the public published publications only, staff of the region also drafts', async () => {
    const query = '{ publications(first: 20) { edges { node { slug status } } } }';
    type List = { publications: { edges: Array<{ node: { slug: string; status: string } }> } };
    for (const viewer of [as.anonymous, as.partner, as.otherStaff]) {
      const response = await server.graphql<List>(query, undefined, viewer);
      expect(response.data!.publications.edges.map((edge) => edge.node.slug).sort()).toEqual(['datenschutz', 'impressum', 'situationsanalyse-wuppertal']);
    }
    const staff = await server.graphql<List>(query, undefined, as.staff);
    expect(staff.data!.publications.edges.map((edge) => edge.node.slug)).toContain('situationsanalyse-solingen');
    const draft = await server.graphql('{ publication(slug: "situationsanalyse-solingen") { title } }');
    expect(draft.data).toEqual({ publication: null });
    const page = await server.graphql<{ publication: { bodyHtml: string; municipality: { ags: string } } }>(
      '{ publication(slug: "situationsanalyse-wuppertal") { bodyHtml municipality { ags } } }',
    );
    expect(page.data!.publication.municipality.ags).toBe('05124000');
    expect(page.data!.publication.bodyHtml).toContain('<h2>Ausgangslage</h2>');
  });

  it('drafts, edits with a version check and publishes; the HTML never carries scripts', async () => {
    const body = '# Konferenz\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[Programm](javascript:alert(3)) [Infos](https://example.org)';
    const input = { kind: 'REGIONAL_CONFERENCE', slug: 'regionalkonferenz-2026', titleDe: 'Regionalkonferenz 2026', bodyDe: body };
    expect((await mutate('createPublication', input, as.anonymous)).code).toBe('UNAUTHENTICATED');
    expect((await mutate('createPublication', input, as.partner)).code).toBe('FORBIDDEN');
    const created = await mutate('createPublication', input, as.staff);
    expect(created).toMatchObject({ __typename: 'Publication', status: 'DRAFT', version: 1 });
    expect(created.bodyHtml).not.toMatch(/<script|<img/i);
    expect(created.bodyHtml).not.toMatch(/<[^>]*\son\w+=/i);
    expect(created.bodyHtml).not.toMatch(/href="javascript:/i);
    expect(created.bodyHtml).toContain('&lt;script&gt;');
    expect(created.bodyHtml).toContain('href="https://example.org"');
    expect((await mutate('createPublication', input, as.staff)).field).toBe('slug');

    expect((await mutate('updatePublication', { id: created.id, expectedVersion: 1, titleDe: 'Fremd' }, as.otherStaff)).code).toBe('FORBIDDEN');
    const edited = await mutate('updatePublication', { id: created.id, expectedVersion: 1, bodyDe: 'Neu **fett**' }, as.staff);
    expect(edited).toMatchObject({ version: 2, bodyHtml: '<p>Neu <strong>fett</strong></p>\n' });
    const stale = await mutate('updatePublication', { id: created.id, expectedVersion: 1, bodyDe: 'Überschrieben?' }, as.admin);
    expect(stale).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const anonymousBefore = await server.graphql('{ publication(slug: "regionalkonferenz-2026") { title } }');
    expect(anonymousBefore.data).toEqual({ publication: null });
    const published = await mutate('setPublicationStatus', { id: created.id, expectedVersion: 2, status: 'PUBLISHED' }, as.staff);
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 3 });
    const anonymousAfter = await server.graphql('{ publication(slug: "regionalkonferenz-2026") { title } }');
    expect(anonymousAfter.data).toEqual({ publication: { title: 'Regionalkonferenz 2026' } });
  });

  it('leaves imprint and privacy pages to admins', async () => {
    const imprint = await server.db.prisma.publication.findFirstOrThrow({ where: { slug: 'impressum' } });
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const id = encodeGlobalID('Publication', imprint.id);
    expect((await mutate('updatePublication', { id, expectedVersion: imprint.version, bodyDe: 'Neu' }, as.staff)).code).toBe('FORBIDDEN');
    expect((await mutate('createPublication', { kind: 'PRIVACY', slug: 'datenschutz-neu', titleDe: 'D', bodyDe: 'B' }, as.staff)).code).toBe('FORBIDDEN');
    expect(await mutate('updatePublication', { id, expectedVersion: imprint.version, bodyDe: '## Angaben gemäß § 5 DDG' }, as.admin)).toMatchObject({
      __typename: 'Publication',
      bodyHtml: '<h2>Angaben gemäß § 5 DDG</h2>\n',
    });
  });

  it('renders a page of publications in a fixed number of statements', async () => {
    server.statements.length = 0;
    const response = await server.graphql('{ publications(first: 20) { edges { node { title bodyHtml municipality { name } region { slug } } } } }', undefined, as.staff);
    expect(response.errors).toBeUndefined();
    expect(server.statements.filter((sql) => /"Publication"|"Municipality"|"Region"/.test(sql)).length).toBeLessThanOrEqual(4);
  });
});
