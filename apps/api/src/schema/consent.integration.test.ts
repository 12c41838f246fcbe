import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const contactId = (key: string) => encodeGlobalID('Contact', `demo-contact-${key}`);
const currentDemoEmails = [
  'amina.yusuf@example.org',
  'claudia.brenner@example.org',
  'irina.baumann@example.org',
  'kwame.mensah@example.org',
  'mehmet.aydin@example.org',
  'peter.lindner@example.org',
  'sabine.kowalski@example.org',
  'tobias.engel@example.org',
  'ursula.hein@example.org',
];

const consentResult = `__typename ... on Consent { id current withdrawnAt method textVersion } ... on Error { code } ... on ValidationError { field reason }`;

describe.each(testDatabaseKinds())('consent-based mailing list on %s', (kind) => {
  let server: TestServer;
  const as: Record<'staff' | 'admin' | 'partner' | 'otherStaff', Record<string, string>> = { staff: {}, admin: {}, partner: {}, otherStaff: {} };

  async function csvEmails(headers: Record<string, string>, region = 'bergisches-land'): Promise<string[]> {
    const response = await fetch(`${server.url}/export/consents.csv?region=${region}`, { headers });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('email,first_name,last_name,organisation,consent_given_at,consent_method,consent_text_version');
    return lines.slice(1).map((line) => line.split(',')[0]!);
  }

  beforeAll(async () => {
    server = await startTestServer({ kind });
    Object.assign(as, await signInEveryRole(server));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses consents(first:) to anonymous and partner requests, and shows other regions nothing', async () => {
    const query = '{ consents(first: 50) { totalCount edges { node { method current contact { lastName } } } } }';
    const anonymous = await server.graphql(query);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const partner = await server.graphql(query, undefined, as.partner);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await server.graphql<{ consents: { totalCount: number } }>(query, undefined, as.otherStaff);
    expect(other.data?.consents.totalCount).toBe(0);
    for (const viewer of [as.staff, as.admin]) {
      const response = await server.graphql<{ consents: { totalCount: number; edges: Array<{ node: { current: boolean } }> } }>(query, undefined, viewer);
      expect(response.errors).toBeUndefined();
      expect(response.data!.consents.totalCount).toBe(11);
      expect(response.data!.consents.edges.filter((edge) => edge.node.current)).toHaveLength(9);
    }
  });

  it('loads a page of consents with their persons in a fixed number of statements', async () => {
    server.statements.length = 0;
    const response = await server.graphql('{ consents(first: 50) { edges { node { givenAt contact { firstName actor { name } } } } } }', undefined, as.staff);
    expect(response.errors).toBeUndefined();
    const consentStatements = server.statements.filter((sql) => /"Consent"|"Contact"|"Actor"/.test(sql));
    expect(consentStatements.length).toBeLessThanOrEqual(4);
  });

  it('exports exactly the persons with a consent in force, to staff of the region only', async () => {
    expect(await csvEmails(as.staff)).toEqual(currentDemoEmails);
    expect((await fetch(`${server.url}/export/consents.csv?region=bergisches-land`)).status).toBe(401);
    expect((await fetch(`${server.url}/export/consents.csv?region=bergisches-land`, { headers: as.partner })).status).toBe(403);
    expect((await fetch(`${server.url}/export/consents.csv?region=bergisches-land`, { headers: as.otherStaff })).status).toBe(403);
    expect((await fetch(`${server.url}/export/consents.csv?region=nirgendwo`, { headers: as.staff })).status).toBe(404);
  });

  it('records and withdraws consents, refusing bad input by field and other roles', async () => {
    const record = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { ${consentResult} } }`;
    const withdraw = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { ${consentResult} } }`;
    const input = { contactId: contactId('nele-sommer'), givenAt: '2026-09-01T18:00:00+02:00', method: 'EMAIL', textVersion: '2026-01' };
    for (const [viewer, code] of [[{}, 'UNAUTHENTICATED'], [as.partner, 'FORBIDDEN'], [as.otherStaff, 'FORBIDDEN']] as const) {
      const refused = await server.graphql<{ recordConsent: { code: string } }>(record, { input }, viewer);
      expect(refused.data?.recordConsent.code).toBe(code);
    }
    const bad = await server.graphql<{ recordConsent: { code: string; field: string } }>(record, { input: { ...input, givenAt: 'gestern' } }, as.staff);
    expect(bad.data?.recordConsent).toMatchObject({ code: 'VALIDATION', field: 'givenAt' });

    const recorded = await server.graphql<{ recordConsent: { id: string; current: boolean } }>(record, { input }, as.staff);
    expect(recorded.data?.recordConsent).toMatchObject({ __typename: 'Consent', current: true, method: 'EMAIL' });
    expect(await csvEmails(as.staff)).toContain('nele.sommer@example.org');

    const early = await server.graphql<{ withdrawConsent: { field: string } }>(withdraw, { input: { id: recorded.data!.recordConsent.id, withdrawnAt: '2026-08-01T00:00:00Z' } }, as.staff);
    expect(early.data?.withdrawConsent).toMatchObject({ code: 'VALIDATION', field: 'withdrawnAt' });
    const withdrawn = await server.graphql<{ withdrawConsent: { current: boolean; withdrawnAt: string } }>(withdraw, { input: { id: recorded.data!.recordConsent.id } }, as.staff);
    expect(withdrawn.data?.withdrawConsent).toMatchObject({ current: false });
    expect(withdrawn.data?.withdrawConsent.withdrawnAt).toMatch(/^\d{4}-/);
    expect(await csvEmails(as.staff)).toEqual(currentDemoEmails);
    expect(await server.db.prisma.consent.count({ where: { contactId: 'demo-contact-nele-sommer' } })).toBe(1);
  });

  it('exports everything about one person as JSON, to staff of the region only', async () => {
    const url = `${server.url}/export/contacts/${contactId('amina-yusuf')}.json`;
    const response = await fetch(url, { headers: as.staff });
    expect(response.status).toBe(200);
    const data = (await response.json()) as { person: { email: string; lastName: string }; consents: unknown[]; circleMemberships: unknown[] };
    expect(data.person).toMatchObject({ lastName: 'Yusuf', email: 'amina.yusuf@example.org' });
    expect(data.consents).toHaveLength(1);
    expect(data.circleMemberships).toHaveLength(1);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: as.partner })).status).toBe(403);
    expect((await fetch(url, { headers: as.otherStaff })).status).toBe(403);
    expect((await fetch(`${server.url}/export/contacts/gibt-es-nicht.json`, { headers: as.staff })).status).toBe(404);
  });

  it('erases a person so that their name and e-mail are nowhere in the database, keeping the counts', async () => {
    const erase = `mutation ($id: ID!) { eraseContact(id: $id) { __typename ... on Contact { firstName lastName email erased } ... on Error { code } } }`;
    const id = contactId('sabine-kowalski');
    for (const [viewer, code] of [[{}, 'UNAUTHENTICATED'], [as.partner, 'FORBIDDEN'], [as.otherStaff, 'FORBIDDEN']] as const) {
      const refused = await server.graphql<{ eraseContact: { code: string } }>(erase, { id }, viewer);
      expect(refused.data?.eraseContact.code).toBe(code);
    }
    const counts = async () => ({
      consents: await server.db.prisma.consent.count(),
      members: await server.db.prisma.circleMember.count(),
      participations: await server.db.prisma.participation.count(),
      contacts: await server.db.prisma.contact.count(),
    });
    const before = await counts();
    const erased = await server.graphql<{ eraseContact: Record<string, unknown> }>(erase, { id }, as.staff);
    expect(erased.data?.eraseContact).toEqual({ __typename: 'Contact', firstName: 'Gelöscht', lastName: 'Gelöscht', email: null, erased: true });
    expect(await counts()).toEqual(before);

    const columns = await server.db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(50);
    const traces: string[] = [];
    for (const needle of ['Kowalski', 'sabine.kowalski', 'Sabine']) {
      for (const column of columns) {
        const rows = await server.db.query<{ hits: number }>(
          `SELECT count(*)::int AS hits FROM "${column.table_name}" WHERE "${column.column_name}"::text ILIKE $1`,
          [`%${needle}%`],
        );
        if (rows[0]!.hits > 0) traces.push(`${column.table_name}.${column.column_name}: ${needle}`);
      }
    }
    expect(traces).toEqual([]);
    expect(await csvEmails(as.staff)).toEqual(currentDemoEmails.filter((email) => email !== 'sabine.kowalski@example.org'));
  });
});
