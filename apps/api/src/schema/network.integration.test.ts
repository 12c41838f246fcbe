import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@atlas/db/testing';
import { signInEveryRole } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';

const actorId = (key: string) => encodeGlobalID('Actor', `demo-actor-${key}`);

type Result = { __typename: string; id?: string; name?: string; code?: string; field?: string; reason?: string } & Record<string, unknown>;

describe.each(testDatabaseKinds())('actors, contacts and the network over HTTP on %s', (kind) => {
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

  it('lists actors with filters by sector, municipality, goal and text', async () => {
    const names = async (args: string) => {
      const response = await server.graphql<{ actors: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
        `{ actors(first: 100${args}) { totalCount edges { node { name } } } }`,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.actors.edges.map((edge) => edge.node.name);
    };
    expect((await names('')).length).toBeGreaterThanOrEqual(22);
    expect(await names(', municipality: "05124000", sector: CIVIL_SOCIETY')).toEqual(['Bürgerverein Ölberg e.V.']);
    const goal12 = await names(', goal: 12');
    expect(goal12).toContain('Bürgerverein Ölberg e.V.');
    expect(goal12).not.toContain('Stadt Wuppertal, Stabsstelle Nachhaltigkeit');
    expect(await names(', search: "repair-café"')).toEqual(['Bürgerverein Ölberg e.V.']);
  });

  it('shows an actor with SDG interests, links and partnerships; contacts only to staff of its region', async () => {
    const query = `query ($id: ID!) { actor(id: $id) { name sector municipality { ags } sdgGoals { number }
      linksFrom { edges { node { kind to { name } } } } linksTo { edges { node { kind from { name } } } } contacts { totalCount edges { node { lastName email } } } } }`;
    type Page<Node> = { totalCount?: number; edges: Array<{ node: Node }> };
    type ActorView = { actor: { sdgGoals: Array<{ number: number }>; linksTo: Page<{ kind: string; from: { name: string } }>; contacts: Page<{ lastName: string }> } };
    const nodes = <Node,>(page: Page<Node>) => page.edges.map((edge) => edge.node);
    const anonymous = await server.graphql<ActorView>(query, { id: actorId('buergerverein-oelberg') });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.actor.sdgGoals.map((goal) => goal.number)).toEqual([11, 12]);
    expect(nodes(anonymous.data!.actor.linksTo).map((link) => [link.kind, link.from.name]).sort()).toEqual([
      ['COOPERATION', 'Migrantinnenforum Wuppertal e.V.'],
      ['FUNDING', 'Stadt Wuppertal, Stabsstelle Nachhaltigkeit'],
    ]);
    // Not staff of the region: an empty page that counts nothing, not an error.
    expect(anonymous.data!.actor.contacts).toEqual({ totalCount: 0, edges: [] });
    const partner = await server.graphql<ActorView>(query, { id: actorId('buergerverein-oelberg') }, as.partner);
    expect(partner.data!.actor.contacts).toEqual({ totalCount: 0, edges: [] });
    const otherRegion = await server.graphql<ActorView>(query, { id: actorId('buergerverein-oelberg') }, as.otherStaff);
    expect(otherRegion.data!.actor.contacts).toEqual({ totalCount: 0, edges: [] });
    const staff = await server.graphql<ActorView>(query, { id: actorId('buergerverein-oelberg') }, as.staff);
    expect(nodes(staff.data!.actor.contacts).map((contact) => contact.lastName)).toEqual(['Aydın', 'Kowalski']);
    expect(staff.data!.actor.contacts.totalCount).toBe(2);
    const admin = await server.graphql<ActorView>(query, { id: actorId('buergerverein-oelberg') }, as.admin);
    expect(admin.data!.actor.contacts.edges).toHaveLength(2);
  });

  it('refuses contacts(first:) to anonymous and partner requests, and limits staff to their region', async () => {
    const query = '{ contacts(first: 50) { totalCount edges { node { firstName lastName email actor { name } } } } }';
    const anonymous = await server.graphql(query);
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const partner = await server.graphql(query, undefined, as.partner);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await server.graphql<{ contacts: { totalCount: number; edges: Array<{ node: { lastName: string } }> } }>(query, undefined, as.staff);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.contacts.totalCount).toBeGreaterThanOrEqual(16);
    expect(staff.data!.contacts.edges.map((edge) => edge.node.lastName)).toContain('Hartmann');
    const otherRegion = await server.graphql<{ contacts: { totalCount: number } }>(query, undefined, as.otherStaff);
    expect(otherRegion.data!.contacts.totalCount).toBe(0);
    const node = await server.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: encodeGlobalID('Contact', 'demo-contact-lena-hartmann') });
    expect(node.data?.node ?? null).toBeNull();
  });

  it('computes the network of a municipality: degree and bridging score', async () => {
    const response = await server.graphql<{
      actorNetwork: { nodes: Array<{ actor: { name: string; municipality: { ags: string } | null }; degree: number; bridging: number }>; edges: Array<{ from: string; to: string; kind: string }> };
    }>('{ actorNetwork(municipality: "05124000") { nodes { actor { name municipality { ags } } degree bridging } edges { from to kind } } }');
    expect(response.errors).toBeUndefined();
    const byName = new Map(response.data!.actorNetwork.nodes.map((node) => [node.actor.name, node]));
    expect([...byName.values()].every((node) => node.actor.municipality?.ags === '05124000')).toBe(true);
    // The Ölberg association is the hub of a star of three; the fifth Wuppertal actor has no link.
    expect(byName.get('Bürgerverein Ölberg e.V.')).toMatchObject({ degree: 3, bridging: 0.5 });
    expect(byName.get('Stadt Wuppertal, Stabsstelle Nachhaltigkeit')).toMatchObject({ degree: 1, bridging: 0 });
    expect(response.data!.actorNetwork.nodes).toHaveLength(5);
    expect(response.data!.actorNetwork.edges).toHaveLength(3);
    expect(response.data!.actorNetwork.edges.every((edge) => edge.from !== edge.to)).toBe(true);

    const civil = await server.graphql<{ actorNetwork: { nodes: Array<{ actor: { sector: string } }> } }>(
      '{ actorNetwork(sector: CIVIL_SOCIETY) { nodes { actor { sector } } } }',
    );
    expect(civil.data!.actorNetwork.nodes.length).toBeGreaterThan(0);
    expect(civil.data!.actorNetwork.nodes.every((node) => node.actor.sector === 'CIVIL_SOCIETY')).toBe(true);
  });

  it('lists partnerships and groups them by country', async () => {
    const list = await server.graphql<{ partnerships: { edges: Array<{ node: { partnerPlace: string; partnerCountry: string; kind: string } }> } }>(
      '{ partnerships(first: 50, kind: TOWN_TWINNING) { edges { node { partnerPlace partnerCountry kind } } } }',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.partnerships.edges.every((edge) => edge.node.kind === 'TOWN_TWINNING')).toBe(true);
    expect(list.data!.partnerships.edges.map((edge) => edge.node.partnerCountry)).toEqual(expect.arrayContaining(['NI', 'SN']));
    const nicaragua = await server.graphql<{ partnerships: { edges: Array<{ node: { partnerCountry: string } }> } }>(
      '{ partnerships(first: 50, country: "ni") { edges { node { partnerCountry } } } }',
    );
    expect(nicaragua.data!.partnerships.edges.map((edge) => edge.node.partnerCountry)).toEqual(['NI']);
    const grouped = await server.graphql<{ partnershipsByCountry: Array<{ country: string; count: number; byKind: Array<{ kind: string; count: number }> }> }>(
      '{ partnershipsByCountry { country count byKind { kind count } } }',
    );
    const ghana = grouped.data!.partnershipsByCountry.find((group) => group.country === 'GH');
    expect(ghana?.byKind).toEqual([{ kind: 'SCHOOL', count: 1 }]);
    const total = grouped.data!.partnershipsByCountry.reduce((sum, group) => sum + group.count, 0);
    const all = await server.graphql<{ partnerships: { totalCount: number } }>('{ partnerships(first: 1) { totalCount } }');
    expect(total).toBe(all.data!.partnerships.totalCount);
  });

  const createActor = `mutation ($input: CreateActorInput!) { createActor(input: $input) {
    __typename ... on Actor { id name sector sdgGoals { number } municipality { ags } } ... on Error { code } ... on ValidationError { field reason } } }`;

  it('lets staff create, edit, link, unlink and archive actors; others are refused', async () => {
    const input = { name: 'Tafel Remscheid e.V.', sector: 'CIVIL_SOCIETY', municipalityAgs: '05120000', sdgGoals: [1, 2, 2] };
    expect(await mutate(createActor, { input }, {})).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
    expect(await mutate(createActor, { input }, as.partner)).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await mutate(createActor, { input: { ...input, regionSlug: 'bergisches-land' } }, as.otherStaff)).toMatchObject({ code: 'FORBIDDEN' });
    const created = await mutate(createActor, { input }, as.staff);
    expect(created).toMatchObject({ __typename: 'Actor', name: 'Tafel Remscheid e.V.', sdgGoals: [{ number: 1 }, { number: 2 }], municipality: { ags: '05120000' } });
    expect(await mutate(createActor, { input: { ...input, name: 'tafel remscheid e.v.' } }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'name' });
    expect(await mutate(createActor, { input: { ...input, name: 'Anders', municipalityAgs: '05111000' } }, as.staff)).toMatchObject({
      field: 'municipalityAgs',
      reason: '05111000 ist keine Kommune dieser Region',
    });

    const updated = await mutate(
      'mutation ($input: UpdateActorInput!) { updateActor(input: $input) { __typename ... on Actor { name sdgGoals { number } description } } }',
      { input: { id: created.id, sdgGoals: [2], description: 'Lebensmittel retten.' } },
      as.admin,
    );
    expect(updated).toEqual({ __typename: 'Actor', name: 'Tafel Remscheid e.V.', sdgGoals: [{ number: 2 }], description: 'Lebensmittel retten.' });

    const linkMutation = `mutation ($input: LinkActorsInput!) { linkActors(input: $input) {
      __typename ... on ActorLink { id kind from { name } to { name } } ... on ValidationError { field } ... on Error { code } } }`;
    const self = await mutate(linkMutation, { input: { fromActorId: created.id, toActorId: created.id, kind: 'COOPERATION' } }, as.staff);
    expect(self).toMatchObject({ __typename: 'ValidationError', field: 'toActorId' });
    const link = await mutate(linkMutation, { input: { fromActorId: created.id, toActorId: actorId('jugendparlament-remscheid'), kind: 'COOPERATION' } }, as.staff);
    expect(link).toMatchObject({ kind: 'COOPERATION', from: { name: 'Tafel Remscheid e.V.' }, to: { name: 'Jugendparlament Remscheid' } });
    const network = await server.graphql<{ actorNetwork: { nodes: Array<{ actor: { name: string }; degree: number }> } }>(
      '{ actorNetwork(municipality: "05120000") { nodes { actor { name } degree } } }',
    );
    expect(network.data!.actorNetwork.nodes.find((node) => node.actor.name === 'Tafel Remscheid e.V.')?.degree).toBe(1);
    const unlinked = await mutate('mutation ($id: ID!) { unlinkActors(linkId: $id) { __typename ... on Actor { linksFrom { totalCount edges { node { kind } } } } } }', { id: link.id }, as.staff);
    expect(unlinked).toEqual({ __typename: 'Actor', linksFrom: { totalCount: 0, edges: [] } });

    const archived = await mutate('mutation ($id: ID!) { archiveActor(id: $id) { __typename ... on Actor { archived } ... on Error { code } } }', { id: created.id }, as.staff);
    expect(archived).toEqual({ __typename: 'Actor', archived: true });
    const publicView = await server.graphql('query ($id: ID!) { actor(id: $id) { name } }', { id: created.id });
    expect(publicView.data).toEqual({ actor: null });
    const list = await server.graphql<{ actors: { totalCount: number } }>('{ actors(search: "Tafel", includeArchived: true) { totalCount } }', undefined, as.staff);
    expect(list.data!.actors.totalCount).toBe(1);
    const listPublic = await server.graphql<{ actors: { totalCount: number } }>('{ actors(search: "Tafel", includeArchived: true) { totalCount } }');
    expect(listPublic.data!.actors.totalCount).toBe(0);
  });

  it('lets staff create and edit contacts with validation; partners are refused', async () => {
    const create = `mutation ($input: CreateContactInput!) { createContact(input: $input) {
      __typename ... on Contact { id firstName lastName email actor { name } } ... on ValidationError { field reason } ... on Error { code } } }`;
    const input = { firstName: 'Eva', lastName: 'Kraus', email: 'eva@example.org', actorId: actorId('quartiersradio') };
    expect(await mutate(create, { input }, as.partner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await mutate(create, { input: { ...input, email: 'eva(at)example.org' } }, as.staff)).toMatchObject({
      field: 'email',
      reason: 'ist keine gültige E-Mail-Adresse',
    });
    const created = await mutate(create, { input }, as.staff);
    expect(created).toMatchObject({ __typename: 'Contact', lastName: 'Kraus', actor: { name: expect.any(String) } });
    const updated = await mutate(
      'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on Contact { email actor { name } } ... on Error { code } } }',
      { input: { id: created.id, email: null, actorId: null } },
      as.staff,
    );
    expect(updated).toEqual({ __typename: 'Contact', email: null, actor: null });
    const otherRegion = await mutate(
      'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { __typename ... on Error { code } } }',
      { input: { id: created.id, lastName: 'X' } },
      as.otherStaff,
    );
    expect(otherRegion).toEqual({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });

  it('creates and updates partnerships for staff only', async () => {
    const create = `mutation ($input: PartnershipInput!) { createPartnership(input: $input) {
      __typename ... on Partnership { id partnerPlace partnerCountry kind municipality { ags } } ... on ValidationError { field } ... on Error { code } } }`;
    const input = { kind: 'PROJECT', partnerPlace: 'Kumasi', partnerCountry: 'gh', municipalityAgs: '05122000' };
    expect(await mutate(create, { input }, {})).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await mutate(create, { input: { ...input, partnerCountry: 'Ghana' } }, as.staff)).toMatchObject({ __typename: 'ValidationError', field: 'partnerCountry' });
    const created = await mutate(create, { input }, as.staff);
    expect(created).toMatchObject({ partnerPlace: 'Kumasi', partnerCountry: 'GH', kind: 'PROJECT', municipality: { ags: '05122000' } });
    const updated = await mutate(
      'mutation ($id: ID!, $input: PartnershipInput!) { updatePartnership(id: $id, input: $input) { __typename ... on Partnership { partnerPlace sinceYear } ... on Error { code } } }',
      { id: created.id, input: { ...input, partnerPlace: 'Kumasi (Ashanti)', sinceYear: 2019 } },
      as.staff,
    );
    expect(updated).toEqual({ __typename: 'Partnership', partnerPlace: 'Kumasi (Ashanti)', sinceYear: 2019 });
  });

  const importCsv = `mutation ($csv: String!, $dryRun: Boolean) { importActorsCsv(csv: $csv, dryRun: $dryRun) {
    __typename
    ... on ActorCsvImport { dryRun actorsCreated actorsUpdated contactsCreated contactsUpdated actors { name sdgGoals { number } } }
    ... on CsvImportError { code problems { line column reason(lang: EN) } }
    ... on Error { code } } }`;

  it('imports a good CSV of actors and contacts at once (dry run first), and a bad one not at all', async () => {
    const good = [
      'name;sector;municipality_ags;sdg_goals;contact_first_name;contact_last_name;contact_email',
      'Repair-Netz Leverkusen;CIVIL_SOCIETY;05316000;12;Jana;Ost;jana@example.org',
      'Repair-Netz Leverkusen;;;;Olaf;West;',
      'wuppertaler quartiersradio;MEDIA;05124000;11 16;Mia;Funk;',
    ].join('\n');
    const before = await server.db.prisma.actor.count();
    expect(await mutate(importCsv, { csv: good }, as.partner)).toMatchObject({ code: 'FORBIDDEN' });
    const dry = await mutate(importCsv, { csv: good, dryRun: true }, as.staff);
    expect(dry).toMatchObject({ dryRun: true, actorsCreated: 1, actorsUpdated: 1, contactsCreated: 3, contactsUpdated: 0, actors: [] });
    expect(await server.db.prisma.actor.count()).toBe(before);

    const done = await mutate(importCsv, { csv: good }, as.staff);
    expect(done).toMatchObject({ dryRun: false, actorsCreated: 1, actorsUpdated: 1, contactsCreated: 3 });
    expect(await server.db.prisma.actor.count()).toBe(before + 1);
    const radio = await server.db.prisma.actor.findUniqueOrThrow({ where: { id: 'demo-actor-quartiersradio' }, include: { sdgInterests: true, contacts: true } });
    expect(radio.sdgInterests.map((interest) => interest.goalNumber).sort()).toEqual([11, 16]);
    expect(radio.contacts.map((contact) => contact.lastName)).toContain('Funk');
    expect(radio).toMatchObject({ name: 'Wuppertaler Quartiersradio', sector: 'MEDIA' });

    const contactsBefore = await server.db.prisma.contact.count();
    const bad = [
      'name,sector,municipality_ags,sdg_goals,contact_first_name,contact_last_name,contact_email',
      'Neuer Verein,CIVIL_SOCIETY,05124000,,Ina,Neu,ina@example.org',
      'Zweiter Verein,PIRATES,,,,,',
      'Dritter Verein,BUSINESS,05111000,,,,',
      'Vierter Verein,BUSINESS,,,Udo,,udo(at)example.org',
    ].join('\n');
    const refused = await mutate(importCsv, { csv: bad }, as.staff);
    expect(refused).toMatchObject({ __typename: 'CsvImportError', code: 'VALIDATION' });
    expect((refused.problems as Array<{ line: number; column: string }>).map((problem) => [problem.line, problem.column])).toEqual([
      [3, 'sector'],
      [4, 'municipality_ags'],
      [5, 'contact_last_name'],
      [5, 'contact_email'],
    ]);
    expect((refused.problems as Array<{ reason: string }>)[1]?.reason).toBe('05111000 is not a municipality of this region');
    expect(await server.db.prisma.actor.count({ where: { name: 'Neuer Verein' } })).toBe(0);
    expect(await server.db.prisma.contact.count()).toBe(contactsBefore);
  });

  it('loads actor lists and the network in a fixed number of statements', async () => {
    const count = async (query: string) => {
      server.statements.length = 0;
      const response = await server.graphql(query, undefined, as.staff);
      expect(response.errors).toBeUndefined();
      return server.statements.length;
    };
    const fields = 'name sector municipality { name } sdgGoals { number } linksFrom { totalCount edges { node { kind to { name } } } } ' +
      'linksTo { edges { node { from { name } } } } contacts { totalCount edges { node { lastName } } } partnerships { edges { node { partnerPlace } } } ' +
      'participations(first: 5) { totalCount edges { node { event { title } } } } agreements(first: 5) { totalCount edges { node { title } } }';
    const few = await count(`{ actors(first: 2) { edges { node { ${fields} } } } }`);
    const many = await count(`{ actors(first: 20) { edges { node { ${fields} } } } }`);
    expect(many).toBe(few);
    const smallNetwork = await count('{ actorNetwork(municipality: "05120000") { nodes { actor { name municipality { name } sdgGoals { number } } degree } edges { kind } } }');
    const bigNetwork = await count('{ actorNetwork { nodes { actor { name municipality { name } sdgGoals { number } } degree } edges { kind } } }');
    expect(bigNetwork).toBe(smallNetwork);
  });
});
