// The generated authorization matrix: every Query, Mutation and object-type field of the built
// schema must have a rule in policy.ts, and every Query and Mutation field is requested over HTTP as
// each role (anonymous, PARTNER via API key, STAFF, ADMIN) and must be allowed or refused as declared.
// Restricted type fields (personal data) are reached through node(id:) and must not leak.
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isLeafType,
} from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '@atlas/db';
import { testDatabaseKinds } from '@atlas/db/testing';
import { schema } from '../schema/index.js';
import { createTestUser, signInAs } from '../test-support/sign-in.js';
import { startTestServer } from '../test-support/test-server.js';
import type { TestServer } from '../test-support/test-server.js';
import { fieldPolicies, mutationPolicies, policyOf, queryPolicies, typePolicies } from './policy.js';
import type { Policy } from './policy.js';

type Role = 'anonymous' | 'partner' | 'staff' | 'admin';
const roles: Role[] = ['anonymous', 'partner', 'staff', 'admin'];

/** Whether a role passes a policy at the root (nested staff fields answer null instead). */
function allows(policy: Policy, role: Role): boolean {
  switch (policy) {
    case 'public':
    case 'session':
      return true;
    case 'partner':
      return role !== 'anonymous';
    case 'staff':
      return role === 'staff' || role === 'admin';
    case 'admin':
      return role === 'admin';
  }
}
const refusalCode = (role: Role) => (role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

const objectTypes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
const rootFields = (name: 'Query' | 'Mutation') => Object.values((schema.getType(name) as GraphQLObjectType).getFields());

/** A syntactically valid value for an input type: enough to pass validation and reach authorization. */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type)]));
  }
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    default:
      return 'x';
  }
}

/** One request for a root field, with variables for its required arguments. */
function requestFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, overrides: Record<string, unknown> = {}) {
  const required = field.args.filter((arg) => isNonNullType(arg.type) || arg.name in overrides);
  const variables = Object.fromEntries(required.map((arg) => [arg.name, arg.name in overrides ? overrides[arg.name] : sampleValue(arg.type)]));
  const definitions = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const errorFragment = operation === 'mutation' ? ' ... on Error { code }' : '';
  const selection = isLeafType(named) ? '' : ` { __typename${errorFragment} }`;
  const query = `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

/** Every field of a type that needs no argument: leaves by name, objects by their __typename. */
function everyField(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => (isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`))
    .join(' ');
}

describe('the authorization policy (src/authz/policy.ts)', () => {
  it('has a rule for every Query, Mutation and object-type field of the schema', () => {
    const missing = objectTypes.flatMap((type) => Object.keys(type.getFields()).filter((field) => !policyOf(type.name, field)).map((field) => `${type.name}.${field}`));
    expect(missing).toEqual([]);
  });

  it('names only fields and types that exist', () => {
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType | undefined)?.getFields() ?? {});
    expect(Object.keys(queryPolicies).filter((name) => !fieldsOf('Query').includes(name))).toEqual([]);
    expect(Object.keys(mutationPolicies).filter((name) => !fieldsOf('Mutation').includes(name))).toEqual([]);
    expect(Object.keys(typePolicies).filter((name) => !isObjectType(schema.getType(name)))).toEqual([]);
    expect(Object.keys(fieldPolicies).filter((key) => !fieldsOf(key.split('.')[0] ?? '').includes(key.split('.')[1] ?? ''))).toEqual([]);
  });

  it('keeps personal data staff-only and refuses every mutation but login/logout to anonymous callers and partners', () => {
    for (const type of ['Contact', 'Consent', 'Interview', 'Interviewer']) expect(typePolicies[type]).toBe('staff');
    for (const field of ['Actor.contacts', 'Actor.interviews', 'Finding.interview', 'Finding.statement', 'Participation.contact']) expect(fieldPolicies[field]).toBe('staff');
    const open = Object.entries(mutationPolicies).filter(([, policy]) => policy === 'public' || policy === 'partner' || policy === 'session');
    expect(open.map(([name]) => name).sort()).toEqual(['login', 'logout']);
  });
});

describe.each(testDatabaseKinds())('the authorization matrix over HTTP on %s', (kind) => {
  let server: TestServer;
  const headers = {} as Record<Role, Record<string, string>>;
  let queryOverrides: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    await createTestUser(server, 'staff@example.org', 'STAFF');
    await createTestUser(server, 'admin@example.org', 'ADMIN', null);
    const { key } = await createApiKey(server.db.prisma, { name: 'Matrix', role: 'PARTNER' });
    headers.anonymous = {};
    headers.partner = { authorization: `Bearer ${key}` };
    headers.staff = await signInAs(server, 'staff@example.org');
    headers.admin = await signInAs(server, 'admin@example.org');
    const region = await server.db.prisma.region.findFirstOrThrow({ where: { slug: 'bergisches-land' } });
    const municipality = await server.db.prisma.municipality.findFirstOrThrow({ orderBy: { ags: 'asc' } });
    const indicator = await server.db.prisma.indicator.findFirstOrThrow({ orderBy: { key: 'asc' } });
    const regionId = encodeGlobalID('Region', region.id);
    const actor = await server.db.prisma.actor.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: 'asc' } });
    const event = await server.db.prisma.event.findFirstOrThrow({ where: { isPublic: true }, orderBy: { id: 'asc' } });
    const recommendation = await server.db.prisma.recommendation.findFirstOrThrow({ where: { archivedAt: null, status: { not: 'DRAFT' } }, orderBy: { id: 'asc' } });
    queryOverrides = {
      node: { id: regionId },
      nodes: { ids: [regionId] },
      sdgGoal: { number: 11 },
      comparison: { ags: [municipality.ags], indicatorKeys: [indicator.key] },
      processTimeline: { ags: municipality.ags },
      municipality: { ags: municipality.ags },
      indicator: { key: indicator.key },
      search: { query: 'Solingen' },
      actor: { id: encodeGlobalID('Actor', actor.id) },
      event: { id: encodeGlobalID('Event', event.id) },
      recommendation: { id: encodeGlobalID('Recommendation', recommendation.id) },
    };
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(rootFields('Query').map((field) => [field.name, field] as const))('Query.%s answers each role as declared', async (name, field) => {
    const policy = queryPolicies[name];
    expect(policy, `no rule for Query.${name}`).toBeDefined();
    const { query, variables } = requestFor('query', field, queryOverrides[name]);
    for (const role of roles) {
      const response = await server.graphql(query, variables, headers[role]);
      if (allows(policy as Policy, role)) {
        expect(response.errors, `${role}: ${query}`).toBeUndefined();
      } else {
        expect(response.errors?.[0]?.extensions?.code, `${role}: ${query}`).toBe(refusalCode(role));
        expect(response.data?.[name] ?? null, `${role} got data`).toBeNull();
      }
    }
  });

  it.each(rootFields('Mutation').map((field) => [field.name, field] as const))('Mutation.%s answers each role as declared', async (name, field) => {
    const policy = mutationPolicies[name] as Policy;
    expect(policy, `no rule for Mutation.${name}`).toBeDefined();
    const { query, variables } = requestFor('mutation', field);
    // logout would end the staff and admin sessions the other cases use; login/logout are for every caller.
    const callers = policy === 'session' ? (['anonymous', 'partner'] as Role[]) : roles;
    for (const role of callers) {
      const response = await server.graphql<Record<string, { code?: string } | boolean>>(query, variables, headers[role]);
      const result = response.data?.[name];
      const code = typeof result === 'object' && result !== null ? result.code : undefined;
      if (policy === 'session') {
        expect(response.errors, `${role}: ${query}`).toBeUndefined();
      } else if (allows(policy, role)) {
        expect(response.errors, `${role}: ${query}`).toBeUndefined();
        expect(['UNAUTHENTICATED', 'FORBIDDEN'], `${role} refused: ${query}`).not.toContain(code);
      } else {
        expect(code, `${role}: ${query} ${JSON.stringify(response)}`).toBe(refusalCode(role));
      }
    }
  });

  it('refuses every field of staff- and admin-only objects through node(id:) and nodes(ids:)', async () => {
    const prisma = server.db.prisma;
    const staffUser = await prisma.user.findUniqueOrThrow({ where: { email: 'staff@example.org' } });
    const apiKey = await prisma.apiKey.findFirstOrThrow({ where: { name: 'Matrix' } });
    const ids: Record<string, string> = {
      Contact: (await prisma.contact.findFirstOrThrow({ where: { region: { slug: 'bergisches-land' } } })).id,
      Consent: (await prisma.consent.findFirstOrThrow({ where: { region: { slug: 'bergisches-land' } } })).id,
      Interview: (await prisma.interview.findFirstOrThrow({ where: { region: { slug: 'bergisches-land' } } })).id,
      User: staffUser.id,
      ApiKey: apiKey.id,
    };
    const restricted = objectTypes.filter((type) => type.getInterfaces().some((i) => i.name === 'Node') && ['staff', 'admin'].includes(typePolicies[type.name] ?? ''));
    expect(restricted.map((type) => type.name).sort()).toEqual(Object.keys(ids).sort());
    for (const type of restricted) {
      const id = encodeGlobalID(type.name, ids[type.name] ?? '');
      const query = `query ($id: ID!) { node(id: $id) { __typename ... on ${type.name} { ${everyField(type)} } } nodes(ids: [$id]) { __typename } }`;
      for (const role of ['anonymous', 'partner'] as Role[]) {
        const response = await server.graphql<{ node: unknown; nodes: unknown[] }>(query, { id }, headers[role]);
        expect(response.data?.node ?? null, `${role} read ${type.name}`).toBeNull();
        expect(response.data?.nodes ?? [null], `${role} read ${type.name} via nodes`).toEqual([null]);
      }
      for (const role of ['staff', 'admin'] as Role[]) {
        if (!allows(typePolicies[type.name] as Policy, role)) continue;
        const response = await server.graphql<{ node: { id: string } | null }>('query ($id: ID!) { node(id: $id) { id } }', { id }, headers[role]);
        expect(response.data?.node, `${role} could not read ${type.name}`).toEqual({ id });
      }
    }
  });

  it('answers the staff-only fields of public objects with null or nothing to anonymous callers and partners', async () => {
    const prisma = server.db.prisma;
    const inRegion = { region: { slug: 'bergisches-land' } };
    const actorWithContacts = await prisma.actor.findFirstOrThrow({ where: { ...inRegion, archivedAt: null, contacts: { some: { erasedAt: null } } } });
    const actorWithInterviews = await prisma.actor.findFirstOrThrow({ where: { ...inRegion, archivedAt: null, interviews: { some: {} } } });
    const finding = await prisma.finding.findFirstOrThrow({ where: { ...inRegion, isPublished: true, interviewId: { not: null } } });
    const participation = await prisma.participation.findFirstOrThrow({ where: { contactId: { not: null }, actorId: { not: null }, event: { ...inRegion, isPublic: true } } });
    // The demo history has no authors: give one public entry the staff member as author.
    const staffUser = await prisma.user.findUniqueOrThrow({ where: { email: 'staff@example.org' } });
    const change = await prisma.recommendationChange.findFirstOrThrow({
      where: { toStatus: { not: 'DRAFT' }, recommendation: { ...inRegion, archivedAt: null, status: { not: 'DRAFT' } } },
    });
    await prisma.recommendationChange.update({ where: { id: change.id }, data: { authorId: staffUser.id } });
    // field → [query, a value that hides it, what staff of the region see instead]
    const paths: Record<string, [string, string]> = {
      'Actor.contacts': [encodeGlobalID('Actor', actorWithContacts.id), '... on Actor { value: contacts { edges { node { id } } } }'],
      'Actor.interviews': [encodeGlobalID('Actor', actorWithInterviews.id), '... on Actor { value: interviews { edges { node { id } } } }'],
      'Finding.statement': [encodeGlobalID('Finding', finding.id), '... on Finding { value: statement }'],
      'Finding.interview': [encodeGlobalID('Finding', finding.id), '... on Finding { value: interview { id notes } }'],
      'Participation.contact': [encodeGlobalID('Participation', participation.id), '... on Participation { value: contact { id lastName } }'],
      'RecommendationChange.author': [encodeGlobalID('Recommendation', change.recommendationId), '... on Recommendation { history { nodes { value: author { displayName } } } }'],
    };
    expect(Object.keys(paths).sort()).toEqual(Object.entries(fieldPolicies).filter(([, policy]) => policy === 'staff').map(([field]) => field).sort());
    // A connection (Actor.contacts, Actor.interviews) hides its items with an empty page.
    const hidden = (value: unknown): boolean =>
      value === null ||
      (Array.isArray(value) && value.every(hidden)) ||
      (typeof value === 'object' && value !== null && 'value' in value && hidden((value as { value: unknown }).value)) ||
      (typeof value === 'object' && value !== null && 'edges' in value && hidden((value as { edges: unknown }).edges));
    const valuesOf = (node: { value?: unknown; history?: { nodes: unknown[] } } | null) => (node?.history ? node.history.nodes : [node?.value]);
    for (const [field, [id, selection]] of Object.entries(paths)) {
      const query = `query ($id: ID!) { node(id: $id) { id ${selection} } }`;
      for (const role of ['anonymous', 'partner'] as Role[]) {
        const response = await server.graphql<{ node: { value?: unknown; history?: { nodes: unknown[] } } | null }>(query, { id }, headers[role]);
        expect(response.errors, `${role}: ${field}`).toBeUndefined();
        expect(response.data?.node, `${role} cannot reach the parent of ${field}`).not.toBeNull();
        expect(valuesOf(response.data?.node ?? null).every(hidden), `${role} read ${field}: ${JSON.stringify(response.data)}`).toBe(true);
      }
      const staff = await server.graphql<{ node: { value?: unknown; history?: { nodes: unknown[] } } | null }>(query, { id }, headers.staff);
      expect(staff.errors, `staff: ${field}`).toBeUndefined();
      expect(valuesOf(staff.data?.node ?? null).every(hidden), `staff did not see ${field}`).toBe(false);
    }
  });
});
