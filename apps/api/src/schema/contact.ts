// Contact persons (personal data): visible to staff and admins of their region only. Anonymous and
// partner requests for contacts are refused with UNAUTHENTICATED / FORBIDDEN.
import { canEditRegion, createContact, updateContact } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { Forbidden, Unauthenticated, ValidationFailed } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Actor } from './actor.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { editorOf, idOf } from './recommendation.js';
import { findRegionId } from './region.js';

/**
 * The records of the regions whose personal data the viewer may read: their own region, every
 * region for an admin without one. Throws for anonymous and partner requests.
 */
export function staffRegionWhere(ctx: Context): { regionId?: string } {
  const viewer = ctx.viewer;
  if (!viewer) throw new Unauthenticated();
  if (viewer.role !== 'STAFF' && viewer.role !== 'ADMIN') {
    throw new Forbidden({ de: 'Personenbezogene Daten sehen nur Mitarbeitende der Regionalstelle', en: 'Only staff of the regional office see personal data' });
  }
  // Only an ADMIN may be without a region (users.ts enforces it): then every region.
  return viewer.regionId === null ? {} : { regionId: viewer.regionId };
}

/** True when the viewer may read personal data of this region (no error, for nested fields). */
export function maySeePersonalData(ctx: Context, regionId: string): boolean {
  return canEditRegion(editorOf(ctx), regionId);
}

/** The region a new record goes to: the named one, else the viewer's own, else the default region. */
export async function regionForNewRecord(ctx: Context, slug: string | null | undefined): Promise<string> {
  const regionId = slug ? await findRegionId(ctx, slug) : (ctx.viewer?.regionId ?? (await findRegionId(ctx, null)));
  if (!regionId) throw ValidationFailed.of('regionSlug', 'gibt es nicht', 'does not exist');
  return regionId;
}

export const Contact = builder.prismaNode('Contact', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A person (Ansprechperson). Personal data: staff of the region only.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...staffRegionWhere(ctx) }),
  fields: (t) => ({
    firstName: t.exposeString('firstName', { description: 'First name.' }),
    lastName: t.exposeString('lastName', { description: 'Last name.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail address, if known.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number, if known.' }),
    roleTitle: t.exposeString('roleTitle', { nullable: true, description: 'Function at the organisation.' }),
    notes: t.exposeString('notes', { nullable: true, description: 'Internal notes of the staff.' }),
    actor: t.relation('actor', { nullable: true, description: 'The organisation the person belongs to, if any.' }),
    erased: t.boolean({
      description: 'True when the personal data was erased on request (names are then placeholders).',
      select: { erasedAt: true },
      resolve: (contact) => contact.erasedAt !== null,
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});

builder.prismaObjectField(Actor, 'contacts', (t) =>
  t.relatedConnection(
    'contacts',
    {
      ...relatedPaging,
      description: 'Contact persons of the organisation, by name. Staff of its region only; empty for everybody else.',
      query: (_args, ctx) => ({
        // Non-staff get a filter that matches nothing rather than an error, so public actor pages stay answerable.
        where: { erasedAt: null, ...(ctx.viewer?.role === 'STAFF' || ctx.viewer?.role === 'ADMIN' ? staffRegionWhere(ctx) : { id: { in: [] } }) },
        orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      }),
    },
    ...pageOf('contacts', 'contact'),
  ),
);

function contactsWhere(ctx: Context, args: { actor?: string | number | null; search?: string | null }): Prisma.ContactWhereInput {
  const filters: Prisma.ContactWhereInput[] = [staffRegionWhere(ctx), { erasedAt: null }];
  if (args.actor) filters.push({ actorId: idOf(args.actor, 'Actor', 'actor') });
  const search = args.search?.trim();
  if (search) {
    filters.push({ OR: (['firstName', 'lastName', 'email', 'roleTitle'] as const).map((column) => ({ [column]: { contains: search, mode: 'insensitive' } })) });
  }
  return { AND: filters };
}

builder.queryFields((t) => ({
  contacts: t.prismaConnection(
    {
      type: Contact,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      authScopes: { staff: true },
      description: 'Contact persons of your region, by last name. STAFF/ADMIN only: others get UNAUTHENTICATED or FORBIDDEN.',
      args: {
        actor: t.arg.id({ required: false, description: 'Global ID of their organisation.' }),
        search: t.arg.string({ required: false, description: 'Text in name, e-mail or function, case-insensitive.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.contact.count({ where: contactsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.contact.findMany({ ...query, where: contactsWhere(ctx, args), orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }] }),
    },
    { description: 'A page of contact persons.' },
    { description: 'One contact person in a page.' },
  ),
}));

const CreateContactInput = builder.inputType('CreateContactInput', {
  description: 'A new contact person (personal data, staff only).',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    actorId: t.id({ required: false, description: 'Global ID of their organisation; null for none.' }),
    firstName: t.string({ required: true, description: 'First name.' }),
    lastName: t.string({ required: true, description: 'Last name.' }),
    email: t.string({ required: false, description: 'E-mail address; needed to record a mailing-list consent.' }),
    phone: t.string({ required: false, description: 'Phone number.' }),
    roleTitle: t.string({ required: false, description: 'Function at the organisation.' }),
    notes: t.string({ required: false, description: 'Internal notes of the staff.' }),
  }),
});

const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the person.' }),
    actorId: t.id({ required: false, description: 'Global ID of their organisation; null for none.' }),
    firstName: t.string({ required: false, description: 'First name.' }),
    lastName: t.string({ required: false, description: 'Last name.' }),
    email: t.string({ required: false, description: 'E-mail address; needed to record a mailing-list consent.' }),
    phone: t.string({ required: false, description: 'Phone number.' }),
    roleTitle: t.string({ required: false, description: 'Function at the organisation.' }),
    notes: t.string({ required: false, description: 'Internal notes of the staff.' }),
  }),
});

const optionalActorId = (value: string | number | null | undefined) =>
  value === undefined ? undefined : value === null ? null : idOf(value, 'Actor', 'actorId');

builder.mutationFields((t) => ({
  createContact: t.prismaField({
    type: Contact,
    description: 'Records a contact person. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateContactInput, required: true, description: 'The person to record.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { regionSlug, ...fields } = input;
      const regionId = await regionForNewRecord(ctx, regionSlug);
      const id = await createContact(ctx.prisma, editorOf(ctx), regionId, { ...fields, actorId: optionalActorId(fields.actorId) });
      return ctx.prisma.contact.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateContact: t.prismaField({
    type: Contact,
    description: 'Edits a contact person. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateContactInput, required: true, description: 'The person and the fields to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Contact', 'id');
      await updateContact(ctx.prisma, editorOf(ctx), { ...input, id, actorId: optionalActorId(input.actorId) });
      return ctx.prisma.contact.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
