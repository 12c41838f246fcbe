import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUserCreate } from '@atlas/db/cli/user-create';
import { testDatabaseKinds } from '@atlas/db/testing';
import { createServer } from '../server.js';
import { createTestUser, login, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const viewerQuery = '{ viewer { ... on User { id email displayName role region { slug } } } }';

describe.each(testDatabaseKinds())('sign-in over HTTP on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ kind });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('signs in an account made by user:create, with an HttpOnly SameSite cookie, and viewer says STAFF', async () => {
    const output: string[] = [];
    const code = await runUserCreate(
      ['--email', 'Staff@Example.org', '--password', 'ein sicheres Passwort', '--role', 'STAFF', '--name', 'Sabine Staff'],
      server.db,
      (line) => output.push(line),
    );
    expect(code).toBe(0);
    expect(output.join('\n')).toContain('staff@example.org (STAFF)');

    const response = await login(server, 'staff@example.org', 'ein sicheres Passwort');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.login).toMatchObject({ __typename: 'User', role: 'STAFF', displayName: 'Sabine Staff' });
    expect(response.setCookie).toMatch(/^atlas_session=[\w-]{40,};/);
    expect(response.setCookie).toMatch(/HttpOnly/i);
    expect(response.setCookie).toMatch(/SameSite=Lax/i);
    expect(response.setCookie).not.toMatch(/Secure/i);
    const token = response.setCookie!.split(';')[0]!.split('=')[1]!;
    const stored = await server.db.prisma.session.findMany({ select: { id: true } });
    expect(stored.map((session) => session.id)).not.toContain(token);

    const viewer = await server.graphql<{ viewer: { email: string; role: string; region: { slug: string } } }>(viewerQuery, undefined, {
      cookie: response.setCookie!.split(';')[0]!,
    });
    expect(viewer.data?.viewer).toMatchObject({ email: 'staff@example.org', role: 'STAFF', region: { slug: 'bergisches-land' } });
  });

  it('refuses bad user:create input with the field and reason, and creates nothing', async () => {
    const output: string[] = [];
    const code = await runUserCreate(['--email', 'nope', '--password', 'kurz', '--role', 'BOSS'], server.db, (line) => output.push(line));
    expect(code).toBe(2);
    expect(output.join('\n')).toContain('--email: keine gültige E-Mail-Adresse');
    expect(output.join('\n')).toContain('--password: Passwort muss mindestens 10 Zeichen lang sein');
    expect(output.join('\n')).toContain('--role: Rolle muss ADMIN, STAFF oder PARTNER sein');
    expect(await server.db.prisma.user.count({ where: { email: 'nope' } })).toBe(0);
  });

  it('says viewer null without a cookie and with a made-up one', async () => {
    expect((await server.graphql(viewerQuery)).data).toEqual({ viewer: null });
    expect((await server.graphql(viewerQuery, undefined, { cookie: 'atlas_session=made-up' })).data).toEqual({ viewer: null });
  });

  it('gives the same generic refusal for a wrong password and an unknown address', async () => {
    await createTestUser(server, 'generic@example.org', 'STAFF');
    const wrong = await login(server, 'generic@example.org', 'falsches-passwort');
    const unknown = await login(server, 'niemand@example.org', 'falsches-passwort');
    expect(wrong.body.data?.login).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    expect(unknown.body.data?.login).toEqual(wrong.body.data?.login);
    expect(wrong.setCookie).toBeNull();
  });

  it('locks the account after five failures, even for the right password', async () => {
    await createTestUser(server, 'locked@example.org', 'STAFF');
    for (let attempt = 0; attempt < 5; attempt++) await login(server, 'locked@example.org', 'falsches-passwort');
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'locked@example.org' } });
    expect(user.failedLogins).toBe(5);
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    const right = await login(server, 'locked@example.org');
    expect(right.body.data?.login).toMatchObject({ __typename: 'UnauthenticatedError' });
    expect(right.setCookie).toBeNull();
  });

  it('ends the session on logout: the old cookie no longer signs in', async () => {
    await createTestUser(server, 'logout@example.org', 'STAFF');
    const headers = await signInAs(server, 'logout@example.org');
    expect((await server.graphql<{ viewer: { role: string } }>(viewerQuery, undefined, headers)).data?.viewer?.role).toBe('STAFF');
    const logout = await server.graphql<{ logout: boolean }>('mutation { logout }', undefined, headers);
    expect(logout.data).toEqual({ logout: true });
    expect((await server.graphql(viewerQuery, undefined, headers)).data).toEqual({ viewer: null });
  });

  it('sets Secure cookies behind an HTTPS proxy only when TRUST_PROXY is on', async () => {
    await createTestUser(server, 'proxy@example.org', 'STAFF');
    const body = JSON.stringify({ query: 'mutation { login(email: "proxy@example.org", password: "richtig-langes-passwort") { __typename } }' });
    const untrusted = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body,
    });
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/i);
    // The same database behind a second app that trusts the proxy.
    const trusting = await createServer({ db: server.db, trustProxy: true });
    try {
      const trusted = await trusting.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        payload: body,
      });
      expect(trusted.headers['set-cookie']).toMatch(/; Secure/i);
    } finally {
      await trusting.close();
    }
  });

  it('lets only admins list and manage accounts; disabling ends sessions', async () => {
    await createTestUser(server, 'admin@example.org', 'ADMIN');
    const staffId = await createTestUser(server, 'managed@example.org', 'STAFF');
    const admin = await signInAs(server, 'admin@example.org');
    const staff = await signInAs(server, 'managed@example.org');

    const refused = await server.graphql('{ users { email } }', undefined, staff);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql('{ users { email } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await server.graphql<{ users: Array<{ email: string }> }>('{ users { email } }', undefined, admin);
    expect(listed.data?.users.map((user) => user.email)).toContain('managed@example.org');

    const create = `mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename ... on User { email role } ... on ValidationError { field reason } } }`;
    const weak = await server.graphql<{ createUser: Record<string, string> }>(
      create,
      { input: { email: 'neu@example.org', password: 'kurz', role: 'PARTNER' } },
      admin,
    );
    expect(weak.data?.createUser).toMatchObject({ __typename: 'ValidationError', field: 'password' });
    const byStaff = await server.graphql<{ createUser: Record<string, string> }>(
      create,
      { input: { email: 'neu@example.org', password: 'lang genug jetzt', role: 'PARTNER' } },
      staff,
    );
    expect(byStaff.data?.createUser).toMatchObject({ __typename: 'ForbiddenError' });
    const created = await server.graphql<{ createUser: Record<string, string> }>(
      create,
      { input: { email: 'neu@example.org', password: 'lang genug jetzt', role: 'PARTNER' } },
      admin,
    );
    expect(created.data?.createUser).toEqual({ __typename: 'User', email: 'neu@example.org', role: 'PARTNER' });

    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    const disabled = await server.graphql<{ updateUser: Record<string, unknown> }>(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on User { disabled } } }',
      { input: { id: encodeGlobalID('User', staffId), disabled: true } },
      admin,
    );
    expect(disabled.data?.updateUser).toEqual({ __typename: 'User', disabled: true });
    expect((await server.graphql(viewerQuery, undefined, staff)).data).toEqual({ viewer: null });
    expect((await login(server, 'managed@example.org')).body.data?.login).toMatchObject({ __typename: 'UnauthenticatedError' });
  });

  it('seeds a demo staff account with the documented password', async () => {
    const response = await login(server, 'staff@demo.agenda-atlas.de', 'Demo-Atlas-2030');
    expect(response.body.data?.login).toMatchObject({ __typename: 'User', role: 'STAFF' });
  });
});

describe('user:create while the server holds the embedded database', () => {
  it('says so and exits 1', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'atlas-busy-'));
    const lock = path.join(dataDir, 'pglite.lock');
    try {
      // A lock held by a live process (this test) is what a running server leaves.
      writeFileSync(lock, String(process.pid));
      const script = fileURLToPath(new URL('../../../../packages/db/src/cli/user-create.ts', import.meta.url));
      const result = spawnSync(
        'npx',
        ['tsx', '--conditions=@atlas/source', script, '--email', 'x@example.org', '--password', 'lang genug jetzt', '--role', 'STAFF'],
        { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ATLAS_DATA_DIR: dataDir }, timeout: 60_000 },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('is open in another process');
      expect(result.stderr).toContain('probably the running Agenda Atlas server');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
