// The consent log of the network mailing list (personal data: staff of the region only), withdrawal,
// and erasure of a person on request. The CSV for a mail tool and the per-person JSON export are
// HTTP routes (http/consent-export.ts).
import { currentConsents, eraseContact, recordConsent, withdrawConsent } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { consentMethods } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Contact, staffRegionWhere } from './contact.js';
import { Event, eventIfVisible } from './event.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { editorOf, idOf } from './recommendation.js';

export const ConsentMethodEnum = builder.enumType('ConsentMethod', {
  description: 'How a consent was given.',
  values: Object.fromEntries(
    consentMethods.map((method) => [
      method,
      {
        description: {
          SIGNED_LIST: 'Signature list at an event (Unterschriftenliste bei einer Veranstaltung)',
          ONLINE_FORM: 'Online form (Online-Formular)',
          EMAIL: 'By e-mail (Per E-Mail)',
        }[method],
      },
    ]),
  ) as Record<(typeof consentMethods)[number], { description: string }>,
});

export const Consent = builder.prismaNode('Consent', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A consent to be on the network mailing list. Never deleted: withdrawal sets withdrawnAt. Staff of the region only.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...staffRegionWhere(ctx) }),
  fields: (t) => ({
    contact: t.relation('contact', { description: 'The person who gave it.' }),
    givenAt: t.string({ description: 'When it was given (ISO 8601).', select: { givenAt: true }, resolve: (consent) => consent.givenAt.toISOString() }),
    method: t.expose('method', { type: ConsentMethodEnum, description: 'How it was given.' }),
    textVersion: t.exposeString('textVersion', { description: 'Version of the consent text agreed to.' }),
    withdrawnAt: t.string({
      nullable: true,
      description: 'When it was withdrawn (ISO 8601); null while in force.',
      select: { withdrawnAt: true },
      resolve: (consent) => consent.withdrawnAt?.toISOString() ?? null,
    }),
    current: t.boolean({
      description: 'In force: not withdrawn, and the person was not erased.',
      select: { withdrawnAt: true, contact: { select: { erasedAt: true } } },
      resolve: (consent) => consent.withdrawnAt === null && consent.contact.erasedAt === null,
    }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});

builder.prismaObjectField(Contact, 'consents', (t) =>
  t.relatedConnection(
    'consents',
    {
      ...relatedPaging,
      description: 'Mailing-list consents of the person, oldest first (staff of the region; empty for everybody else).',
      query: (_args, ctx) => ({ where: { contact: personalDataWhere(ctx) }, orderBy: [{ givenAt: 'asc' }, { id: 'asc' }] }),
    },
    ...pageOf('consents', 'consent'),
  ),
);

/**
 * As a filter, what maySeePersonalData says of one contact's region: staff and admins of the region,
 * admins without one everywhere; nobody else (a filter that matches nothing, not an error).
 */
function personalDataWhere(ctx: Context): Prisma.ContactWhereInput {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.role !== 'STAFF' && viewer.role !== 'ADMIN')) return { id: { in: [] } };
  if (viewer.regionId === null) return viewer.role === 'ADMIN' ? {} : { id: { in: [] } };
  return { regionId: viewer.regionId };
}

function consentsWhere(ctx: Context, args: { current?: boolean | null; contact?: string | number | null }): Prisma.ConsentWhereInput {
  const filters: Prisma.ConsentWhereInput[] = [staffRegionWhere(ctx)];
  if (args.current === true) filters.push(currentConsents);
  if (args.current === false) filters.push({ NOT: currentConsents });
  if (args.contact) filters.push({ contactId: idOf(args.contact, 'Contact', 'contact') });
  return { AND: filters };
}

builder.queryFields((t) => ({
  consents: t.prismaConnection(
    {
      type: Consent,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      authScopes: { staff: true },
      description: 'The consent log of your region, newest first. STAFF/ADMIN only: others get UNAUTHENTICATED or FORBIDDEN.',
      args: {
        current: t.arg.boolean({ required: false, description: 'true: only consents in force; false: only withdrawn or erased ones.' }),
        contact: t.arg.id({ required: false, description: 'Global ID of a person.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.consent.count({ where: consentsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.consent.findMany({ ...query, where: consentsWhere(ctx, args), orderBy: [{ givenAt: 'desc' }, { id: 'asc' }] }),
    },
    { description: 'A page of consents.' },
    { description: 'One consent in a page.' },
  ),
}));

const RecordConsentInput = builder.inputType('RecordConsentInput', {
  description: 'A consent a person gave to be on the network mailing list.',
  fields: (t) => ({
    contactId: t.id({ required: true, description: 'Global ID of the person; they need an e-mail address.' }),
    givenAt: t.string({ required: true, description: 'ISO 8601 date-time, e.g. 2026-01-21T20:00:00+01:00.' }),
    method: t.field({ type: ConsentMethodEnum, required: true, description: 'How it was given.' }),
    textVersion: t.string({ required: true, description: 'Version of the consent text, e.g. "2026-01".' }),
    eventId: t.id({ required: false, description: 'Global ID of the event whose signature list they signed.' }),
  }),
});

const WithdrawConsentInput = builder.inputType('WithdrawConsentInput', {
  description: 'A consent to withdraw, and when.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the consent.' }),
    withdrawnAt: t.string({ required: false, description: 'ISO 8601 date-time; omitted: now.' }),
  }),
});

builder.mutationFields((t) => ({
  recordConsent: t.prismaField({
    type: Consent,
    description: 'Records a consent to the mailing list. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: RecordConsentInput, required: true, description: 'The consent to record.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await recordConsent(ctx.prisma, editorOf(ctx), {
        ...input,
        contactId: idOf(input.contactId, 'Contact', 'contactId'),
        eventId: input.eventId == null ? null : idOf(input.eventId, 'Event', 'eventId'),
      });
      return ctx.prisma.consent.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  withdrawConsent: t.prismaField({
    type: Consent,
    description: 'Withdraws a consent (it stays in the log with withdrawnAt). STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: WithdrawConsentInput, required: true, description: 'The consent and when it was withdrawn.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Consent', 'id');
      await withdrawConsent(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.consent.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  eraseContact: t.prismaField({
    type: Contact,
    description:
      'Erases a person\'s personal data on request (names become "Gelöscht", e-mail, phone, role and notes are removed, notes of ' +
      'interviews with them are cleared, consents end); the row stays, under a new id, so anonymous counts remain right. Free text elsewhere that ' +
      'mentions them is not searched. Cannot be undone. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the person.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await eraseContact(ctx.prisma, editorOf(ctx), idOf(args.id, 'Contact', 'id'));
      return ctx.prisma.contact.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

builder.prismaObjectField(Consent, 'event', (t) =>
  t.field({
    type: Event,
    nullable: true,
    description: 'The event whose signature list the person signed, when you may see that event.',
    select: (_args, _ctx, nestedSelection) => ({ event: nestedSelection(true) }),
    resolve: (consent, _args, ctx) => eventIfVisible(ctx, consent.event),
  }),
);
