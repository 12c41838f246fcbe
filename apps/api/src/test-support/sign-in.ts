import { createUser } from '@atlas/db';
import type { TestServer } from './test-server.js';

export const testPassword = 'richtig-langes-passwort';

/** Creates an account directly in the test database. */
export async function createTestUser(
  server: TestServer,
  email: string,
  role: 'ADMIN' | 'STAFF' | 'PARTNER',
  regionSlug: string | null = 'bergisches-land',
): Promise<string> {
  const user = await createUser(server.db.prisma, { email, password: testPassword, role, regionSlug, displayName: email.split('@')[0] });
  return user.id;
}

export interface LoginResponse {
  status: number;
  setCookie: string | null;
  body: { data?: { login: Record<string, unknown> }; errors?: unknown[] };
}

/** Calls the login mutation over HTTP and returns the raw Set-Cookie header too. */
export async function login(server: TestServer, email: string, password = testPassword): Promise<LoginResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
        __typename ... on User { id role displayName } ... on Error { code message } } }`,
      variables: { email, password },
    }),
  });
  return { status: response.status, setCookie: response.headers.get('set-cookie'), body: (await response.json()) as LoginResponse['body'] };
}

/** Signs in and returns the Cookie header to send with later requests. */
export async function signInAs(server: TestServer, email: string): Promise<Record<string, string>> {
  const response = await login(server, email);
  const cookie = response.setCookie?.split(';')[0];
  if (!cookie) throw new Error(`login of ${email} failed: ${JSON.stringify(response.body)}`);
  return { cookie };
}

export type RoleName = 'anonymous' | 'staff' | 'admin' | 'partner' | 'otherStaff';

/**
 * One signed-in user per role, for authorization tests: STAFF, PARTNER and ADMIN (all regions) of
 * the Bergisches Land, and STAFF of a second region "testland". Returns each one's request headers.
 */
export async function signInEveryRole(server: TestServer): Promise<Record<RoleName, Record<string, string>>> {
  await createTestUser(server, 'staff@example.org', 'STAFF');
  await createTestUser(server, 'admin@example.org', 'ADMIN', null);
  await createTestUser(server, 'partner@example.org', 'PARTNER');
  const other = await server.db.prisma.region.create({ data: { slug: 'testland', nameDe: 'Testland', nameEn: 'Testland' } });
  await createTestUser(server, 'other@example.org', 'STAFF', other.slug);
  return {
    anonymous: {},
    staff: await signInAs(server, 'staff@example.org'),
    admin: await signInAs(server, 'admin@example.org'),
    partner: await signInAs(server, 'partner@example.org'),
    otherStaff: await signInAs(server, 'other@example.org'),
  };
}
