// API keys over HTTP: admins manage them in GraphQL, a Bearer key is answered as its partner
// principal, and a bad, revoked or expired key gets a 401 at once. Plus CORS and CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createTestUser, signInAs, signInEveryRole } from '../test-support/sign-in.js';
import type { RoleName } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const viewerQuery = '{ viewer { __typename role displayName ... on ApiKeyViewer { id prefix region { slug } } } }';
const createMutation = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on CreatedApiKey { key apiKey { id name prefix role state region { slug } createdBy { displayName } } }
  ... on ValidationError { field reason(lang: EN) } ... on Error { code } } }`;
const revokeMutation = `mutation ($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { state revokedAt } ... on Error { code } } }`;
const listQuery = '{ apiKeys(first: 50) { totalCount edges { node { id name prefix role state lastUsedAt expiresAt region { slug } } } } }';

interface Created {
  key: string;
  apiKey: { id: string; name: string; prefix: string; role: string; state: string; region: { slug: string } | null; createdBy: { displayName: string } | null };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function post(server: TestServer, body: string, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

describe.each(testDatabaseKinds())('API keys over HTTP on %s', (kind) => {
  let server: TestServer;
  let as: Record<RoleName, Record<string, string>>;
  let created: Created;

  beforeAll(async () => {
    server = await startTestServer({ kind, demo: false, corsOrigins: ['https://daten.example.org'] });
    as = await signInEveryRole(server);
    await createTestUser(server, 'regionadmin@example.org', 'ADMIN', 'testland');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets an admin create a key, shown once; with it, viewer is the PARTNER key principal', async () => {
    const result = await server.singleField<Created & { __typename: string }>(createMutation, { input: { name: 'Stadtarchiv', role: 'PARTNER' } }, as.admin);
    expect(result.__typename).toBe('CreatedApiKey');
    created = result;
    expect(created.key).toMatch(/^atlas_[0-9A-Za-z]{36}$/);
    expect(created.apiKey).toMatchObject({ name: 'Stadtarchiv', role: 'PARTNER', state: 'ACTIVE', region: null, prefix: created.key.slice(0, 14), createdBy: { displayName: 'admin' } });

    const viewer = await server.graphql(viewerQuery, undefined, bearer(created.key));
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data).toEqual({
      viewer: { __typename: 'ApiKeyViewer', role: 'PARTNER', displayName: 'Stadtarchiv', id: created.apiKey.id, prefix: created.apiKey.prefix, region: null },
    });
  });

  it('lists keys to admins with prefix and last use, never the key', async () => {
    const response = await post(server, JSON.stringify({ query: listQuery }), { 'content-type': 'application/json', ...as.admin });
    expect(JSON.stringify(response.body)).not.toContain(created.key.slice(14));
    const list = (response.body.data as { apiKeys: { totalCount: number; edges: Array<{ node: { id: string; lastUsedAt: string | null; prefix: string } }> } }).apiKeys;
    const node = list.edges.find((edge) => edge.node.id === created.apiKey.id)?.node;
    expect(node).toMatchObject({ prefix: created.apiKey.prefix });
    expect(node?.lastUsedAt).not.toBeNull();
  });

  it('reads the key row once per request and writes lastUsedAt at most once a minute', async () => {
    await server.graphql('{ viewer { role } }', undefined, bearer(created.key));
    server.statements.length = 0;
    await server.graphql('{ viewer { role } }', undefined, bearer(created.key));
    const keyStatements = server.statements.filter((sql) => sql.includes('"ApiKey"'));
    expect(keyStatements).toHaveLength(1);
    expect(keyStatements[0]).toMatch(/^SELECT/);
  });

  it('lists keys with their regions and creators in the same number of statements for 1 or 4 keys', async () => {
    const adminId = (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } })).id;
    const query = '{ apiKeys(first: 50) { totalCount edges { node { name region { slug } createdBy { displayName } } } } }';
    const statementsOfList = async () => {
      server.statements.length = 0;
      await server.singleField(query, {}, as.admin);
      return server.statements.length;
    };
    const before = await statementsOfList();
    for (const regionSlug of ['bergisches-land', null, null]) {
      await createApiKey(server.db.prisma, { name: `Zählung ${regionSlug}`, role: 'PARTNER', regionSlug, createdById: adminId });
    }
    expect(await statementsOfList()).toBe(before);
  });

  it('refuses key management to staff, partners, anonymous callers and keys themselves', async () => {
    const input = { name: 'nope', role: 'PARTNER' };
    const callers: Array<[Record<string, string>, string]> = [
      [as.anonymous, 'UNAUTHENTICATED'],
      [as.partner, 'FORBIDDEN'],
      [as.staff, 'FORBIDDEN'],
      [bearer(created.key), 'FORBIDDEN'],
    ];
    for (const [headers, code] of callers) {
      expect((await server.singleField<{ code: string }>(createMutation, { input }, headers)).code).toBe(code);
      expect((await server.singleField<{ code: string }>(revokeMutation, { id: created.apiKey.id }, headers)).code).toBe(code);
      const list = await server.graphql(listQuery, undefined, headers);
      expect(list.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await server.db.prisma.apiKey.count({ where: { name: 'nope' } })).toBe(0);
  });

  it('refuses bad input naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: ' ', role: 'PARTNER' }, 'name', 'name must not be empty'],
      [{ name: 'x', role: 'STAFF' }, 'role', 'keys exist only with role PARTNER (staff sign in)'],
      [{ name: 'x', role: 'PARTNER', regionSlug: 'atlantis' }, 'region', 'there is no region "atlantis"'],
      [{ name: 'x', role: 'PARTNER', expiresAt: 'bald' }, 'expiresAt', 'must be a date (YYYY-MM-DD) or an ISO time'],
      [{ name: 'x', role: 'PARTNER', expiresAt: '2020-01-01' }, 'expiresAt', 'must be in the future'],
    ];
    for (const [input, field, reason] of cases) {
      expect(await server.singleField(createMutation, { input }, as.admin)).toEqual({ __typename: 'ValidationError', field, reason, code: 'VALIDATION' });
    }
  });

  it("binds a regional admin's keys to their region and hides other regions' keys", async () => {
    const regionAdmin = await signInAs(server, 'regionadmin@example.org');
    const own = await server.singleField<Created>(createMutation, { input: { name: 'Testland-Partner', role: 'PARTNER' } }, regionAdmin);
    expect(own.apiKey.region).toEqual({ slug: 'testland' });
    const foreign = await server.singleField<{ code: string }>(createMutation, { input: { name: 'x', role: 'PARTNER', regionSlug: 'bergisches-land' } }, regionAdmin);
    expect(foreign.code).toBe('FORBIDDEN');
    const list = await server.singleField<{ edges: Array<{ node: { name: string } }> }>(listQuery, {}, regionAdmin);
    expect(list.edges.map((edge) => edge.node.name)).toEqual(['Testland-Partner']);
    expect((await server.singleField<{ code: string }>(revokeMutation, { id: created.apiKey.id }, regionAdmin)).code).toBe('FORBIDDEN');
    const viewer = await server.graphql(viewerQuery, undefined, bearer(own.key));
    expect(viewer.data).toMatchObject({ viewer: { role: 'PARTNER', region: { slug: 'testland' } } });
  });

  it('answers a malformed or unknown key with 401 UNAUTHENTICATED, without echoing it', async () => {
    const unknown = 'atlas_' + created.key.slice(6, 14) + 'x'.repeat(28);
    for (const header of ['Bearer atlas_kaputt', `Bearer ${created.key.slice(0, -1)}x`, `Bearer ${unknown}`, 'Basic dXNlcjpwdw==', 'Bearer']) {
      const response = await post(server, JSON.stringify({ query: viewerQuery }), { 'content-type': 'application/json', authorization: header, 'accept-language': 'en' });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'invalid' });
      expect(response.body.errors?.[0]?.message).toMatch(/^(Invalid API key|Authorization header not understood)/);
      expect(JSON.stringify(response.body)).not.toContain(created.key.slice(6));
    }
  });

  it('refuses an expired key at once, saying it expired', async () => {
    const { key, record } = await createApiKey(server.db.prisma, { name: 'Befristet', role: 'PARTNER', expiresAt: new Date(Date.now() + 60_000) });
    expect((await server.graphql(viewerQuery, undefined, bearer(key))).data).toMatchObject({ viewer: { role: 'PARTNER' } });
    await server.db.prisma.apiKey.update({ where: { id: record.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await post(server, JSON.stringify({ query: viewerQuery }), { 'content-type': 'application/json', ...bearer(key) });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'expired' }, message: expect.stringMatching(/^API-Schlüssel abgelaufen/) });
  });

  it('speaks for the key alone when a request also carries a session cookie', async () => {
    const both = await server.graphql(viewerQuery, undefined, { ...bearer(created.key), ...as.admin });
    expect(both.data).toMatchObject({ viewer: { __typename: 'ApiKeyViewer', role: 'PARTNER' } });
    expect((await server.graphql(listQuery, undefined, { ...bearer(created.key), ...as.admin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps CSRF prevention for cookie sessions: a simple text/plain POST is refused', async () => {
    const body = JSON.stringify({ query: `mutation { createApiKey(input: { name: "csrf", role: PARTNER }) { __typename } }` });
    const simple = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...as.admin }, body });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    expect(await server.db.prisma.apiKey.count({ where: { name: 'csrf' } })).toBe(0);
    // The same request as a JSON POST (which a foreign page cannot send without a preflight) works.
    const json = await post(server, body, { 'content-type': 'application/json', ...as.admin });
    expect(json.body.data).toEqual({ createApiKey: { __typename: 'CreatedApiKey' } });
  });

  it('answers CORS preflights for configured origins only, without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    const allowed = await preflight('https://daten.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://daten.example.org');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('authorization, content-type');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const actual = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://daten.example.org', 'content-type': 'application/json', ...bearer(created.key) },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe('https://daten.example.org');
    expect(await actual.json()).toMatchObject({ data: { viewer: { role: 'PARTNER' } } });
  });

  it('revokes a key: the next request with it is refused, saying it was revoked', async () => {
    const revoked = await server.singleField<{ state: string }>(revokeMutation, { id: created.apiKey.id }, as.admin);
    expect(revoked.state).toBe('REVOKED');
    const refused = await post(server, JSON.stringify({ query: viewerQuery }), { 'content-type': 'application/json', ...bearer(created.key), 'accept-language': 'en' });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'revoked' }, message: expect.stringMatching(/^API key revoked/) });
  });
});
