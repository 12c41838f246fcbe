// Agreements (Vereinbarungen) made at conferences, signed by actors, serving recommendations. Public:
// agreements are the published outcome of a conference. This file also links the chain
// finding → recommendation → agreement from the other side (Finding.recommendations,
// Recommendation.agreements); circle.ts adds Agreement.circles and Agreement.reports.
import { createAgreement, deleteAgreement, updateAgreement, visibleRecommendations } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Actor } from './actor.js';
import { Event, eventIfVisible } from './event.js';
import { Finding } from './finding.js';
import { DEFAULT_PAGE_SIZE, nestedPageSizes, nodeSelection, pageOfLinks, pageOfLinkTypes, refuseLargePages, sortKeys } from './paging.js';
import { editorOf, idOf, Recommendation } from './recommendation.js';
import { regionForNewRecord } from './contact.js';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Links to recommendations the viewer may see, for the page and for its count alike. */
const visibleRecommendationLinks = (ctx: Context) => ({ recommendation: visibleRecommendations(editorOf(ctx)) });

// Pages over the join tables, loaded in the agreement's select: the join row is the cursor, the entity
// on the other side the node; the sort ends in the other side's id, so paging never skips or repeats.
const signatoriesOfAgreement = prismaConnectionHelpers(builder, 'AgreementSignatory', {
  ...nestedPageSizes,
  cursor: 'agreementId_actorId',
  query: { orderBy: sortKeys<Prisma.AgreementSignatoryOrderByWithRelationInput>({ actor: { name: 'asc' } }, { actorId: 'asc' }) },
  select: (nodeSelection) => ({ actor: nodeSelection(true) }),
  resolveNode: (link) => link.actor,
});

const recommendationsOfAgreement = prismaConnectionHelpers(builder, 'AgreementRecommendation', {
  ...nestedPageSizes,
  cursor: 'agreementId_recommendationId',
  query: (_args, ctx) => ({
    where: visibleRecommendationLinks(ctx),
    orderBy: sortKeys<Prisma.AgreementRecommendationOrderByWithRelationInput>({ recommendation: { titleDe: 'asc' } }, { recommendationId: 'asc' }),
  }),
  select: (nodeSelection) => ({ recommendation: nodeSelection(true) }),
  resolveNode: (link) => link.recommendation,
});

export const Agreement = builder.prismaNode('Agreement', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'An agreement (Vereinbarung) made at a conference: who signed it and which recommendations it serves.',
  id: { field: 'id' },
  fields: (t) => ({
    title: t.exposeString('titleDe', { description: 'Title (German; agreements are recorded in German).' }),
    text: t.exposeString('textDe', { description: 'What was agreed (German).' }),
    agreedAt: t.string({ description: 'ISO date.', select: { agreedAt: true }, resolve: (agreement) => isoDate(agreement.agreedAt) }),
    region: t.relation('region', { description: 'The region whose process it belongs to.' }),
    signatories: t.connection(
      {
        type: Actor,
        description: 'Organisations that signed it, by name.',
        select: (args, ctx, nestedSelection) => ({
          signatories: signatoriesOfAgreement.getQuery(args, ctx, nodeSelection(nestedSelection, 'Actor')),
          _count: { select: { signatories: true } },
        }),
        resolve: (agreement, args, ctx) => pageOfLinks(signatoriesOfAgreement, agreement, 'signatories', args, ctx),
      },
      ...pageOfLinkTypes('signatories', 'signatory'),
    ),
    recommendations: t.connection(
      {
        type: Recommendation,
        description: 'Recommendations it serves that you may see, by title.',
        select: (args, ctx, nestedSelection) => ({
          recommendations: recommendationsOfAgreement.getQuery(args, ctx, nodeSelection(nestedSelection, 'Recommendation')),
          _count: { select: { recommendations: { where: visibleRecommendationLinks(ctx) } } },
        }),
        resolve: (agreement, args, ctx) => pageOfLinks(recommendationsOfAgreement, agreement, 'recommendations', args, ctx),
      },
      ...pageOfLinkTypes('recommendations', 'recommendation'),
    ),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo agreements.' }),
  }),
});

builder.prismaObjectField(Agreement, 'event', (t) =>
  t.field({
    type: Event,
    nullable: true,
    description: 'The conference at which it was made, when you may see that event.',
    select: (_args, _ctx, nestedSelection) => ({ event: nestedSelection(true) }),
    resolve: (agreement, _args, ctx) => eventIfVisible(ctx, agreement.event),
  }),
);

const agreementsOfRecommendation = prismaConnectionHelpers(builder, 'AgreementRecommendation', {
  ...nestedPageSizes,
  cursor: 'agreementId_recommendationId',
  query: { orderBy: sortKeys<Prisma.AgreementRecommendationOrderByWithRelationInput>({ agreement: { agreedAt: 'asc' } }, { agreementId: 'asc' }) },
  select: (nodeSelection) => ({ agreement: nodeSelection(true) }),
  resolveNode: (link) => link.agreement,
});

builder.prismaObjectField(Recommendation, 'agreements', (t) =>
  t.connection(
    {
      type: Agreement,
      description: 'Agreements that serve this recommendation, oldest first.',
      select: (args, ctx, nestedSelection) => ({
        agreements: agreementsOfRecommendation.getQuery(args, ctx, nodeSelection(nestedSelection, 'Agreement')),
        _count: { select: { agreements: true } },
      }),
      resolve: (recommendation, args, ctx) => pageOfLinks(agreementsOfRecommendation, recommendation, 'agreements', args, ctx),
    },
    ...pageOfLinkTypes('agreements', 'agreement'),
  ),
);

const recommendationsOfFinding = prismaConnectionHelpers(builder, 'RecommendationFinding', {
  ...nestedPageSizes,
  cursor: 'recommendationId_findingId',
  query: (_args, ctx) => ({
    where: visibleRecommendationLinks(ctx),
    orderBy: sortKeys<Prisma.RecommendationFindingOrderByWithRelationInput>({ recommendation: { titleDe: 'asc' } }, { recommendationId: 'asc' }),
  }),
  select: (nodeSelection) => ({ recommendation: nodeSelection(true) }),
  resolveNode: (link) => link.recommendation,
});

builder.prismaObjectField(Finding, 'recommendations', (t) =>
  t.connection(
    {
      type: Recommendation,
      description: 'Recommendations derived from this finding that you may see, by title.',
      select: (args, ctx, nestedSelection) => ({
        recommendations: recommendationsOfFinding.getQuery(args, ctx, nodeSelection(nestedSelection, 'Recommendation')),
        _count: { select: { recommendations: { where: visibleRecommendationLinks(ctx) } } },
      }),
      resolve: (finding, args, ctx) => pageOfLinks(recommendationsOfFinding, finding, 'recommendations', args, ctx),
    },
    ...pageOfLinkTypes('recommendations', 'recommendation'),
  ),
);

function agreementsWhere(args: { region?: string | null; recommendation?: string | number | null }): Prisma.AgreementWhereInput {
  const filters: Prisma.AgreementWhereInput[] = [];
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.recommendation) filters.push({ recommendations: { some: { recommendationId: idOf(args.recommendation, 'Recommendation', 'recommendation') } } });
  return { AND: filters };
}

builder.queryFields((t) => ({
  agreements: t.prismaConnection(
    {
      type: Agreement,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Agreements, newest first. Public.',
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        recommendation: t.arg.id({ required: false, description: 'Only agreements serving this recommendation (global ID).' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.agreement.count({ where: agreementsWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.agreement.findMany({ ...query, where: agreementsWhere(args), orderBy: [{ agreedAt: 'desc' }, { id: 'asc' }] }),
    },
    { description: 'A page of agreements.' },
    { description: 'One agreement in a page.' },
  ),
}));

const CreateAgreementInput = builder.inputType('CreateAgreementInput', {
  description: 'A new agreement: its texts, date, conference, signatories and the recommendations it serves.',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    titleDe: t.string({ required: true, description: 'Title (German).' }),
    textDe: t.string({ required: true, description: 'What was agreed (German).' }),
    agreedAt: t.string({ required: true, description: 'ISO date (YYYY-MM-DD).' }),
    eventId: t.id({ required: false, description: 'Global ID of the conference at which it was made.' }),
    signatoryActorIds: t.idList({ required: false, description: 'Global IDs of the signing organisations.' }),
    recommendationIds: t.idList({ required: false, description: 'Global IDs of the recommendations it serves.' }),
  }),
});

const UpdateAgreementInput = builder.inputType('UpdateAgreementInput', {
  description: 'Omitted fields stay as they are; a given list replaces the stored one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the agreement.' }),
    titleDe: t.string({ required: false, description: 'Title (German).' }),
    textDe: t.string({ required: false, description: 'What was agreed (German).' }),
    agreedAt: t.string({ required: false, description: 'ISO date (YYYY-MM-DD).' }),
    eventId: t.id({ required: false, description: 'Global ID of the conference; null unlinks it.' }),
    signatoryActorIds: t.idList({ required: false, description: 'Global IDs of all signing organisations.' }),
    recommendationIds: t.idList({ required: false, description: 'Global IDs of all recommendations it serves.' }),
  }),
});

const DeletedAgreement = builder.objectRef<{ id: string; titleDe: string }>('DeletedAgreement').implement({
  description: 'An agreement that was deleted, as it was.',
  fields: (t) => ({
    id: t.id({ description: 'The global ID it had.', resolve: (agreement) => encodeGlobalID('Agreement', agreement.id) }),
    title: t.exposeString('titleDe', { description: 'Its title (German).' }),
  }),
});

/** Present keys only: undefined keeps a field, null clears it (eventId) or is refused (required texts). */
const changedFields = <Input extends object>(input: Input) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<Input>;

export const globalIds = (values: ReadonlyArray<string | number> | null | undefined, typename: string, field: string) =>
  (values ?? []).map((value, index) => idOf(value, typename, `${field}.${index}`));

builder.mutationFields((t) => ({
  createAgreement: t.prismaField({
    type: Agreement,
    description: 'Records an agreement with its signatories and the recommendations it serves. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateAgreementInput, required: true, description: 'The agreement to record.' }) },
    resolve: async (query, _root, { input }, ctx: Context) => {
      const regionId = await regionForNewRecord(ctx, input.regionSlug);
      const id = await createAgreement(ctx.prisma, editorOf(ctx), {
        ...input,
        eventId: input.eventId == null ? null : idOf(input.eventId, 'Event', 'eventId'),
        signatoryActorIds: globalIds(input.signatoryActorIds, 'Actor', 'signatoryActorIds'),
        recommendationIds: globalIds(input.recommendationIds, 'Recommendation', 'recommendationIds'),
      }, { regionId });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateAgreement: t.prismaField({
    type: Agreement,
    description: 'Corrects an agreement: texts, date, conference, signatories, recommendations. STAFF/ADMIN of its region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateAgreementInput, required: true, description: 'The agreement and the changes.' }) },
    resolve: async (query, _root, { input }, ctx: Context) => {
      const id = await updateAgreement(ctx.prisma, editorOf(ctx), {
        ...changedFields(input),
        id: idOf(input.id, 'Agreement', 'id'),
        ...(input.eventId !== undefined ? { eventId: input.eventId === null ? null : idOf(input.eventId, 'Event', 'eventId') } : {}),
        ...(input.signatoryActorIds ? { signatoryActorIds: globalIds(input.signatoryActorIds, 'Actor', 'signatoryActorIds') } : {}),
        ...(input.recommendationIds ? { recommendationIds: globalIds(input.recommendationIds, 'Recommendation', 'recommendationIds') } : {}),
      });
      return ctx.prisma.agreement.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteAgreement: t.field({
    type: DeletedAgreement,
    description: 'Deletes an agreement recorded by mistake. Refused (VALIDATION on id) while a circle carries it or a report names it. STAFF/ADMIN of its region.',
    authScopes: { staff: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the agreement.' }) },
    resolve: async (_root, args, ctx: Context) => {
      const id = idOf(args.id, 'Agreement', 'id');
      const before = await ctx.prisma.agreement.findUnique({ where: { id }, select: { id: true, titleDe: true } });
      await deleteAgreement(ctx.prisma, editorOf(ctx), id);
      return before ?? { id, titleDe: '' };
    },
  }),
}));
