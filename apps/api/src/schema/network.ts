// The actor network: lists of actors with filters, links between actors (cooperation, membership,
// funding, partnership), the network view with degree and bridging score (pure maths in
// @atlas/domain), and the staff commands including the CSV import of actors and contacts.
import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { archiveActor, createActor, CsvImportFailed, importActorsCsv, linkActors, unlinkActors, updateActor } from '@atlas/db';
import type { ActorCsvImportReport, Prisma } from '@atlas/db';
import { networkMeasures } from '@atlas/domain';
import type { ActorSector } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Actor, ActorSectorEnum, visibleActors } from './actor.js';
import { Agreement } from './agreement.js';
import { regionForNewRecord } from './contact.js';
import { defineOrdering, ORDER_BY_DESCRIPTION } from './ordering.js';
import { DEFAULT_PAGE_SIZE, nestedPageSizes, nodeSelection, pageOf, pageOfLinks, pageOfLinkTypes, refuseLargePages, relatedPaging, sortKeys } from './paging.js';
import { editorOf, idOf } from './recommendation.js';
import { regionWhere } from './region.js';

export const ActorLinkKindEnum = builder.enumType('ActorLinkKind', {
  description: 'What kind of tie links two actors.',
  values: {
    COOPERATION: { description: 'Cooperation (Kooperation)' },
    MEMBERSHIP: { description: 'Membership: `from` is the member (Mitgliedschaft)' },
    FUNDING: { description: 'Funding: `from` is the funder (Förderung)' },
    PARTNERSHIP: { description: 'Partnership (Partnerschaft)' },
  } as const,
});

/** Links the public sees: between actors that are not archived. */
const visibleLink: Prisma.ActorLinkWhereInput = { fromActor: { archivedAt: null }, toActor: { archivedAt: null } };

export const ActorLink = builder.prismaNode('ActorLink', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A tie between two actors; `from` is the side that entered it (the member, the funder, …).',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, fromActor: visibleActors(ctx), toActor: visibleActors(ctx) }),
  fields: (t) => ({
    kind: t.expose('kind', { type: ActorLinkKindEnum, description: 'What kind of tie it is.' }),
    from: t.relation('fromActor', { description: 'The actor that entered the tie (the member, the funder, …).' }),
    to: t.relation('toActor', { description: 'The actor on the other side.' }),
    note: t.exposeString('noteDe', { nullable: true, description: 'German note on the tie.' }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});

builder.prismaObjectFields(Actor, (t) => ({
  linksFrom: t.relatedConnection(
    'linksFrom',
    {
      ...relatedPaging,
      description: 'Links this actor entered (to other actors), by kind.',
      args: { kind: t.arg({ type: ActorLinkKindEnum, required: false, description: 'Only links of this kind.' }) },
      query: (args) => ({ where: { ...visibleLink, ...(args.kind ? { kind: args.kind } : {}) }, orderBy: [{ kind: 'asc' }, { id: 'asc' }] }),
    },
    ...pageOf('links', 'link'),
  ),
  linksTo: t.relatedConnection(
    'linksTo',
    {
      ...relatedPaging,
      description: 'Links other actors entered towards this one, by kind.',
      args: { kind: t.arg({ type: ActorLinkKindEnum, required: false, description: 'Only links of this kind.' }) },
      query: (args) => ({ where: { ...visibleLink, ...(args.kind ? { kind: args.kind } : {}) }, orderBy: [{ kind: 'asc' }, { id: 'asc' }] }),
    },
    ...pageOf('links', 'link'),
  ),
}));

interface ActorFilter {
  region?: string | null;
  sector?: ActorSector | null;
  municipality?: string | null;
  goal?: number | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

function actorsWhere(ctx: Context, args: ActorFilter): Prisma.ActorWhereInput {
  const filters: Prisma.ActorWhereInput[] = [];
  // Archived actors: only staff of their region, and only when asked for.
  filters.push(args.includeArchived ? visibleActors(ctx) : { archivedAt: null });
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.sector) filters.push({ sector: args.sector });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  if (args.goal) filters.push({ sdgInterests: { some: { goalNumber: args.goal } } });
  const search = args.search?.trim();
  if (search) filters.push({ OR: [{ name: { contains: search, mode: 'insensitive' } }, { descriptionDe: { contains: search, mode: 'insensitive' } }] });
  return { AND: filters };
}

interface NetworkNodeShape {
  actor: Prisma.ActorGetPayload<object>;
  degree: number;
  bridging: number;
}
interface NetworkEdgeShape {
  id: string;
  fromId: string;
  toId: string;
  kind: Prisma.ActorLinkGetPayload<object>['kind'];
}

const NetworkNode = builder.objectRef<NetworkNodeShape>('ActorNetworkNode').implement({
  description: 'An actor in the network view with its measures.',
  fields: (t) => ({
    actor: t.field({ type: Actor, description: 'The organisation.', resolve: (node) => node.actor }),
    degree: t.exposeInt('degree', { description: 'Number of other actors in the view it is linked with (either direction).' }),
    bridging: t.exposeFloat('bridging', {
      description: 'Bridging score 0–1 (normalised betweenness): the share of shortest paths between two other actors that run through this one.',
    }),
  }),
});

const NetworkEdge = builder.objectRef<NetworkEdgeShape>('ActorNetworkEdge').implement({
  description: 'A link between two actors of the view, by their global IDs.',
  fields: (t) => ({
    id: t.id({ description: 'Global ID of the link (an ActorLink).', resolve: (edge) => encodeGlobalID('ActorLink', edge.id) }),
    from: t.id({ description: 'Global ID of the actor that entered the tie.', resolve: (edge) => encodeGlobalID('Actor', edge.fromId) }),
    to: t.id({ description: 'Global ID of the actor on the other side.', resolve: (edge) => encodeGlobalID('Actor', edge.toId) }),
    kind: t.field({ type: ActorLinkKindEnum, description: 'What kind of tie it is.', resolve: (edge) => edge.kind }),
  }),
});

const ActorNetwork = builder.objectRef<{ nodes: NetworkNodeShape[]; edges: NetworkEdgeShape[] }>('ActorNetwork').implement({
  description: 'The actors matching the filters and the links among them, for a network graph.',
  fields: (t) => ({
    nodes: t.field({ type: [NetworkNode], description: 'The actors, by name, with their measures.', resolve: (network) => network.nodes }),
    edges: t.field({ type: [NetworkEdge], description: 'The links among these actors.', resolve: (network) => network.edges }),
  }),
});

interface ActorCsvImportShape extends ActorCsvImportReport {
  kind: 'ActorCsvImport';
}

const ActorCsvImport = builder.objectRef<ActorCsvImportShape>('ActorCsvImport').implement({
  description: 'What a CSV import of actors and contacts wrote (or, with dryRun, would write).',
  isTypeOf: (value) => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'ActorCsvImport',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when the CSV was only checked and nothing was written.' }),
    actorsCreated: t.exposeInt('actorsCreated', { description: 'Number of new actors (with dryRun: that would be created).' }),
    actorsUpdated: t.exposeInt('actorsUpdated', { description: 'Number of existing actors updated (with dryRun: that would be).' }),
    contactsCreated: t.exposeInt('contactsCreated', { description: 'Number of new contact persons (with dryRun: that would be created).' }),
    contactsUpdated: t.exposeInt('contactsUpdated', { description: 'Number of existing contact persons updated (with dryRun: that would be).' }),
    actors: t.prismaField({
      type: [Actor],
      description: 'The created and updated actors (empty for a dry run).',
      resolve: (query, result, _args, ctx) => ctx.prisma.actor.findMany({ ...query, where: { id: { in: result.actorIds } }, orderBy: { name: 'asc' } }),
    }),
  }),
});

const ActorOrder = defineOrdering<string, Prisma.ActorOrderByWithRelationInput>('ActorOrder', 'actors', {
  NAME: { description: 'Name (the default order).', orderBy: (direction) => ({ name: direction }) },
  SECTOR: { description: 'Sector, then as asked.', orderBy: (direction) => ({ sector: direction }) },
  CREATED_AT: { description: 'When it was recorded.', orderBy: (direction) => ({ createdAt: direction }) },
});

builder.queryFields((t) => ({
  actors: t.prismaConnection(
    {
      type: Actor,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: `Actors by name. Relay paging, ${DEFAULT_PAGE_SIZE} per page by default, at most 100. Filters combine with AND.`,
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        sector: t.arg({ type: ActorSectorEnum, required: false, description: 'Only actors of this sector.' }),
        municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
        goal: t.arg.int({ required: false, description: 'SDG (1–17) the actor is interested in.' }),
        search: t.arg.string({ required: false, description: 'Text in name or description, case-insensitive.' }),
        includeArchived: t.arg.boolean({ required: false, description: 'Staff: also archived actors of their region.' }),
        orderBy: t.arg({ type: ActorOrder.Input, required: false, description: ORDER_BY_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.actor.count({ where: actorsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.actor.findMany({ ...query, where: actorsWhere(ctx, args), orderBy: ActorOrder.orderBy(args.orderBy, [{ name: 'asc' }, { id: 'asc' }]) }),
    },
    { description: 'A page of actors.' },
    { description: 'One actor in a page.' },
  ),
  actor: t.prismaField({
    type: Actor,
    nullable: true,
    description: 'One actor by its global ID; null when it does not exist (or is archived and you are not staff of its region).',
    args: { id: t.arg.id({ required: true, description: 'Global ID of the actor.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.actor.findFirst({ ...query, where: { AND: [{ id: idOf(args.id, 'Actor', 'id') }, visibleActors(ctx)] } }),
  }),
  actorNetwork: t.field({
    type: ActorNetwork,
    description: 'The network graph of the actors matching the filters (not archived), with degree and bridging score per actor.',
    args: {
      region: t.arg.string({ required: false, description: "Region slug; the installation's default region when omitted." }),
      sector: t.arg({ type: ActorSectorEnum, required: false, description: 'Only actors of this sector.' }),
      municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
      goal: t.arg.int({ required: false, description: 'SDG (1–17) the actors are interested in.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const where: Prisma.ActorWhereInput = { AND: [actorsWhere(ctx, { ...args, region: null }), { region: regionWhere(args.region) }] };
      const query = queryFromInfo({ context: ctx, info, typeName: 'Actor', path: ['nodes', 'actor'] }) as { select?: Prisma.ActorSelect; include?: Prisma.ActorInclude };
      const actors = (await ctx.prisma.actor.findMany({ ...query, where, orderBy: [{ name: 'asc' }, { id: 'asc' }] })) as Array<Prisma.ActorGetPayload<object>>;
      const ids = actors.map((actor) => actor.id);
      const links = ids.length
        ? await ctx.prisma.actorLink.findMany({
            where: { fromActorId: { in: ids }, toActorId: { in: ids } },
            select: { id: true, fromActorId: true, toActorId: true, kind: true },
            orderBy: { id: 'asc' },
          })
        : [];
      const measures = networkMeasures(ids, links.map((link) => ({ from: link.fromActorId, to: link.toActorId })));
      return {
        nodes: actors.map((actor) => ({ actor, degree: measures.get(actor.id)?.degree ?? 0, bridging: measures.get(actor.id)?.bridging ?? 0 })),
        edges: links.map((link) => ({ id: link.id, fromId: link.fromActorId, toId: link.toActorId, kind: link.kind })),
      };
    },
  }),
}));

const CreateActorInput = builder.inputType('CreateActorInput', {
  description: 'A new actor (organisation).',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    name: t.string({ required: true, description: 'Name of the organisation.' }),
    sector: t.field({ type: ActorSectorEnum, required: true, description: 'The sector it belongs to.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS; omitted for an actor of the whole region.' }),
    description: t.string({ required: false, description: 'German.' }),
    website: t.string({ required: false, description: 'Web address (URL).' }),
    sdgGoals: t.intList({ required: false, description: 'SDG numbers the actor is interested in.' }),
  }),
});

const UpdateActorInput = builder.inputType('UpdateActorInput', {
  description: 'Fields left out stay as they are; null clears an optional field; sdgGoals replaces the list.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the actor.' }),
    name: t.string({ required: false, description: 'Name of the organisation.' }),
    sector: t.field({ type: ActorSectorEnum, required: false, description: 'The sector it belongs to.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of its city or district; null for an actor of the whole region.' }),
    description: t.string({ required: false, description: 'What the organisation does (German).' }),
    website: t.string({ required: false, description: 'Web address (URL).' }),
    sdgGoals: t.intList({ required: false, description: 'SDG numbers (1–17) it is interested in; replaces the list.' }),
  }),
});

const LinkActorsInput = builder.inputType('LinkActorsInput', {
  description: 'A tie between two actors of the region.',
  fields: (t) => ({
    fromActorId: t.id({ required: true, description: 'Global ID of the actor entering the tie (the member, the funder, …).' }),
    toActorId: t.id({ required: true, description: 'Global ID of the actor on the other side.' }),
    kind: t.field({ type: ActorLinkKindEnum, required: true, description: 'What kind of tie it is.' }),
    note: t.string({ required: false, description: 'German note on the tie.' }),
  }),
});

/** GraphQL's `description` is the database's `descriptionDe`; undefined stays undefined (unchanged). */
const withDescription = <T extends { description?: string | null }>({ description, ...rest }: T) => ({ ...rest, descriptionDe: description });

const staffOnly = { staff: true } as const;

builder.mutationFields((t) => ({
  createActor: t.prismaField({
    type: Actor,
    description: 'Creates an actor. STAFF/ADMIN of the region.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: CreateActorInput, required: true, description: 'The new actor.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { regionSlug, ...fields } = input;
      const id = await createActor(ctx.prisma, editorOf(ctx), await regionForNewRecord(ctx, regionSlug), withDescription(fields));
      return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateActor: t.prismaField({
    type: Actor,
    description: 'Edits an actor and its SDG interests. STAFF/ADMIN of the region.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: UpdateActorInput, required: true, description: 'The actor and the fields to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Actor', 'id');
      await updateActor(ctx.prisma, editorOf(ctx), { ...withDescription(input), id });
      return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  archiveActor: t.prismaField({
    type: Actor,
    description: 'Archives an actor: it leaves lists and the network view; events and interviews keep it.',
    authScopes: staffOnly,
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the actor.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await archiveActor(ctx.prisma, editorOf(ctx), idOf(args.id, 'Actor', 'id'));
      return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  linkActors: t.prismaField({
    type: ActorLink,
    description: 'Links two actors of the region (an existing link of that kind keeps, with the new note).',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: LinkActorsInput, required: true, description: 'The link to make.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await linkActors(ctx.prisma, editorOf(ctx), {
        fromActorId: idOf(input.fromActorId, 'Actor', 'fromActorId'),
        toActorId: idOf(input.toActorId, 'Actor', 'toActorId'),
        kind: input.kind,
        noteDe: input.note,
      });
      return ctx.prisma.actorLink.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  unlinkActors: t.prismaField({
    type: Actor,
    description: 'Removes a link; answers the actor it started from.',
    authScopes: staffOnly,
    errors: {},
    args: { linkId: t.arg.id({ required: true, description: 'Global ID of the link (an ActorLink).' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await unlinkActors(ctx.prisma, editorOf(ctx), idOf(args.linkId, 'ActorLink', 'linkId'));
      return ctx.prisma.actor.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  importActorsCsv: t.field({
    type: ActorCsvImport,
    description:
      'Imports actors and their contact persons from CSV (columns name, sector, municipality_ags, description_de, website, sdg_goals, ' +
      'contact_first_name, contact_last_name, contact_email, contact_phone, contact_role; name and sector required; one row per contact, ' +
      'the actor columns may stay empty in repeated rows). An existing name updates that actor. All or nothing: any problem returns ' +
      'CsvImportError with line, column and reason, and nothing is written. dryRun checks only.',
    authScopes: staffOnly,
    errors: { types: [CsvImportFailed] },
    args: {
      csv: t.arg.string({ required: true, description: 'The CSV text, with a header row naming the columns above.' }),
      dryRun: t.arg.boolean({ required: false, description: 'True: only check and report, write nothing. Default false.' }),
      regionSlug: t.arg.string({ required: false, description: 'Omitted: your region.' }),
    },
    resolve: async (_root, args, ctx) => {
      const regionId = await regionForNewRecord(ctx, args.regionSlug);
      const report = await importActorsCsv(ctx.prisma, editorOf(ctx), regionId, args.csv, { dryRun: args.dryRun ?? false });
      return { ...report, kind: 'ActorCsvImport' as const };
    },
  }),
}));

// The agreements an organisation signed, for its public page. Agreements are public (agreement.ts),
// so no visibility filter; one batched select, not one statement per actor.
const agreementsOfActor = prismaConnectionHelpers(builder, 'AgreementSignatory', {
  ...nestedPageSizes,
  cursor: 'agreementId_actorId',
  query: { orderBy: sortKeys<Prisma.AgreementSignatoryOrderByWithRelationInput>({ agreement: { agreedAt: 'desc' } }, { agreementId: 'asc' }) },
  select: (nodeSelection) => ({ agreement: nodeSelection(true) }),
  resolveNode: (link) => link.agreement,
});

builder.prismaObjectField(Actor, 'agreements', (t) =>
  t.connection(
    {
      type: Agreement,
      description: 'Agreements the organisation signed, newest first.',
      select: (args, ctx, nestedSelection) => ({
        agreements: agreementsOfActor.getQuery(args, ctx, nodeSelection(nestedSelection, 'Agreement')),
        _count: { select: { agreements: true } },
      }),
      resolve: (actor, args, ctx) => pageOfLinks(agreementsOfActor, actor, 'agreements', args, ctx),
    },
    ...pageOfLinkTypes('agreements', 'agreement'),
  ),
);
