// Recommendations (Handlungsempfehlungen): public tracking and the staff workflow. The rules live in
// @atlas/domain (workflow, progress, roll-up) and @atlas/db (commands in transactions); this file maps
// them to GraphQL. Mutations answer with typed errors (see builder.ts).
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  archiveRecommendation,
  canEditRegion,
  changeRecommendationStatus,
  createRecommendation,
  CsvImportFailed,
  importRecommendationsCsv,
  linkRecommendation,
  loadRolledUpProgress,
  progressByGroup,
  updateRecommendation,
  visibleRecommendations,
} from '@atlas/db';
import type { Editor, Prisma } from '@atlas/db';
import { allowedTransitions, enumLabels, localized, recommendationStatuses, Unauthenticated, ValidationFailed } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { perRequest } from '../loaders/request-cache.js';
import { Actor } from './actor.js';
import { Finding, isStaff, visibleFindings } from './finding.js';
import { Indicator } from './indicator.js';
import { langArgs, languageOf } from './language.js';
import { Municipality } from './municipality.js';
import { defineOrdering, ORDER_BY_DESCRIPTION } from './ordering.js';
import { DEFAULT_PAGE_SIZE, nestedPageSizes, nodeSelection, pageOf, pageOfLinks, pageOfLinkTypes, refuseLargePages, relatedPaging, sortKeys } from './paging.js';
import { findRegionId } from './region.js';
import { SdgGoal, SdgTarget } from './sdg.js';

export const RecommendationStatusEnum = builder.enumType('RecommendationStatus', {
  description:
    'Workflow: DRAFT → PUBLISHED → AGREED → IN_PROGRESS → IMPLEMENTED; ON_HOLD (from PUBLISHED, AGREED, IN_PROGRESS, back to ' +
    'one of them) and REJECTED (from DRAFT, PUBLISHED, AGREED) need a note. Progress: DRAFT/PUBLISHED/REJECTED 0, AGREED 0–10, ' +
    'IN_PROGRESS 1–99, IMPLEMENTED 100, ON_HOLD keeps it.',
  values: Object.fromEntries(
    recommendationStatuses.map((status) => [status, { description: `${enumLabels.RecommendationStatus[status].en} (${enumLabels.RecommendationStatus[status].de})` }]),
  ) as Record<(typeof recommendationStatuses)[number], { description: string }>,
});

export function editorOf(ctx: Context): Editor | null {
  return ctx.viewer ? { userId: ctx.viewer.id, role: ctx.viewer.role, regionId: ctx.viewer.regionId } : null;
}

/** The database id behind a global ID of the given type; a validation error naming the field otherwise. */
export function idOf(globalId: string | number, typename: string, field: string): string {
  try {
    const decoded = decodeGlobalID(String(globalId));
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // Falls through to the validation error below.
  }
  throw ValidationFailed.of(field, `ist keine ${typename}-ID`, `is not a ${typename} id`);
}

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** Rolled-up progress, loaded once per region and request. */
function rolledUpProgress(ctx: Context, regionId: string): Promise<Map<string, number>> {
  const byRegion = perRequest(ctx, 'recommendation.rolledUp', () => new Map<string, Promise<Map<string, number>>>());
  let loading = byRegion.get(regionId);
  if (!loading) {
    loading = loadRolledUpProgress(ctx.prisma, [regionId]);
    byRegion.set(regionId, loading);
  }
  return loading;
}

const HistoryEntryKindEnum = builder.enumType('RecommendationChangeKind', {
  description: 'What a history entry changed.',
  values: {
    CREATED: { description: 'The recommendation was created (or imported).' },
    STATUS: { description: 'The status changed.' },
    PROGRESS: { description: 'Only the progress changed.' },
    EDIT: { description: 'Texts, links or other fields changed; status and progress stayed.' },
  } as const,
});

const HistoryAuthor = builder.objectRef<{ displayName: string }>('HistoryAuthor').implement({
  description: 'Who made a change; shown to staff only.',
  fields: (t) => ({ displayName: t.exposeString('displayName', { description: 'Name of the account shown in the product.' }) }),
});

export const RecommendationChange = builder.prismaObject('RecommendationChange', {
  description: 'One entry of a recommendation\'s history.',
  fields: (t) => ({
    kind: t.field({
      type: HistoryEntryKindEnum,
      description: 'What this entry changed.',
      resolve: (change) =>
        change.fromStatus === null ? 'CREATED' : change.fromStatus !== change.toStatus ? 'STATUS' : change.fromProgress !== change.toProgress ? 'PROGRESS' : 'EDIT',
    }),
    fromStatus: t.expose('fromStatus', { type: RecommendationStatusEnum, nullable: true, description: 'Null for the creation.' }),
    toStatus: t.expose('toStatus', { type: RecommendationStatusEnum, description: 'The status after the change.' }),
    fromProgress: t.exposeInt('fromProgress', { nullable: true, description: 'Progress in percent before the change; null for the creation.' }),
    toProgress: t.exposeInt('toProgress', { description: 'Progress in percent after the change.' }),
    note: t.exposeString('note', { nullable: true, description: 'Reason given with the change (required for ON_HOLD and REJECTED); null when none.' }),
    at: t.string({ description: 'When (ISO 8601).', resolve: (change) => change.at.toISOString() }),
    version: t.exposeInt('version', { description: 'The recommendation\'s version after this change.' }),
    author: t.field({
      type: HistoryAuthor,
      nullable: true,
      description: 'Staff only; null for everybody else.',
      select: { author: { select: { displayName: true } } },
      resolve: (change, _args, ctx) => (isStaff(ctx) ? change.author : null),
    }),
  }),
});

// Pages over the join tables, loaded in the recommendation's select: the join row is the cursor, the
// entity on the other side the node, the other side's id the last sort key (see agreement.ts).
const indicatorsOfRecommendation = prismaConnectionHelpers(builder, 'RecommendationIndicator', {
  ...nestedPageSizes,
  cursor: 'recommendationId_indicatorId',
  query: { orderBy: sortKeys<Prisma.RecommendationIndicatorOrderByWithRelationInput>({ indicator: { key: 'asc' } }, { indicatorId: 'asc' }) },
  select: (nodeSelection) => ({ indicator: nodeSelection(true) }),
  resolveNode: (link) => link.indicator,
});

const actorsOfRecommendation = prismaConnectionHelpers(builder, 'RecommendationActor', {
  ...nestedPageSizes,
  cursor: 'recommendationId_actorId',
  query: { orderBy: sortKeys<Prisma.RecommendationActorOrderByWithRelationInput>({ actor: { name: 'asc' } }, { actorId: 'asc' }) },
  select: (nodeSelection) => ({ actor: nodeSelection(true) }),
  resolveNode: (link) => link.actor,
});

/** A recommendation's links to findings the viewer may see, for the page and for its count alike. */
const visibleFindingLinks = (ctx: Context) => ({ finding: visibleFindings(ctx) });

const findingsOfRecommendation = prismaConnectionHelpers(builder, 'RecommendationFinding', {
  ...nestedPageSizes,
  cursor: 'recommendationId_findingId',
  query: (_args, ctx) => ({
    where: visibleFindingLinks(ctx),
    orderBy: sortKeys<Prisma.RecommendationFindingOrderByWithRelationInput>({ finding: { createdAt: 'asc' } }, { findingId: 'asc' }),
  }),
  select: (nodeSelection) => ({ finding: nodeSelection(true) }),
  resolveNode: (link) => link.finding,
});

export const Recommendation = builder.prismaNode('Recommendation', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A local action recommendation (Handlungsempfehlung) with status, progress and history.',
  id: { field: 'id' },
  // node(id) must not reveal drafts or archived recommendations to those who may not see them.
  findUnique: (id, ctx) => ({ id, AND: [visibleRecommendations(editorOf(ctx), { includeArchived: true })] }),
  fields: (t) => ({
    status: t.expose('status', { type: RecommendationStatusEnum, description: 'Where it stands in the workflow.' }),
    progress: t.exposeInt('progress', { description: 'Own progress in percent, consistent with the status.' }),
    rolledUpProgress: t.int({
      description: 'Progress including sub-recommendations: their weighted mean (by `weight`), recursively; the own progress without any.',
      select: { regionId: true, progress: true },
      resolve: async (recommendation, _args, ctx) =>
        (await rolledUpProgress(ctx, recommendation.regionId)).get(recommendation.id) ?? recommendation.progress,
    }),
    version: t.exposeInt('version', { description: 'Name it as expectedVersion in every update.' }),
    title: t.string({
      description: 'Title in the requested language (German when there is no English one).',
      args: langArgs(),
      resolve: (recommendation, args, ctx) => localized(languageOf(args, ctx), recommendation.titleDe, recommendation.titleEn),
    }),
    text: t.string({
      description: 'Full text in the requested language (German when there is no English one).',
      args: langArgs(),
      resolve: (recommendation, args, ctx) => localized(languageOf(args, ctx), recommendation.textDe, recommendation.textEn),
    }),
    titleDe: t.exposeString('titleDe', { description: 'German title.' }),
    titleEn: t.exposeString('titleEn', { nullable: true, description: 'English title; null when not translated.' }),
    textDe: t.exposeString('textDe', { description: 'German text.' }),
    textEn: t.exposeString('textEn', { nullable: true, description: 'English text; null when not translated.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'Null for a recommendation to the whole region.' }),
    region: t.relation('region', { description: 'The region it belongs to.' }),
    children: t.relatedConnection(
      'children',
      {
        ...relatedPaging,
        description: 'Sub-recommendations you may see, oldest first.',
        query: (_args, ctx) => ({ where: visibleRecommendations(editorOf(ctx)), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      },
      ...pageOf('sub-recommendations', 'sub-recommendation'),
    ),
    weight: t.exposeInt('weight', { description: 'Share in the parent\'s rolled-up progress.' }),
    dueDate: t.string({ nullable: true, description: 'ISO date.', select: { dueDate: true }, resolve: (r) => isoDate(r.dueDate) }),
    sdgTargets: t.field({
      type: [SdgTarget],
      description: 'SDG targets it contributes to, by code. Bounded by the SDG catalogue: a plain list, not a connection.',
      select: (_args, _ctx, nestedSelection) => ({
        targets: { select: { target: nestedSelection(true) }, orderBy: { targetCode: 'asc' } },
      }),
      resolve: (recommendation) => recommendation.targets.map((link) => link.target),
    }),
    indicators: t.connection(
      {
        type: Indicator,
        description: 'Indicators that would show success, by key.',
        select: (args, ctx, nestedSelection) => ({
          indicators: indicatorsOfRecommendation.getQuery(args, ctx, nodeSelection(nestedSelection, 'Indicator')),
          _count: { select: { indicators: true } },
        }),
        resolve: (recommendation, args, ctx) => pageOfLinks(indicatorsOfRecommendation, recommendation, 'indicators', args, ctx),
      },
      ...pageOfLinkTypes('indicators', 'indicator'),
    ),
    responsibleActors: t.connection(
      {
        type: Actor,
        description: 'Actors responsible for implementing it, by name.',
        select: (args, ctx, nestedSelection) => ({
          actors: actorsOfRecommendation.getQuery(args, ctx, nodeSelection(nestedSelection, 'Actor')),
          _count: { select: { actors: true } },
        }),
        resolve: (recommendation, args, ctx) => pageOfLinks(actorsOfRecommendation, recommendation, 'actors', args, ctx),
      },
      ...pageOfLinkTypes('responsible actors', 'responsible actor'),
    ),
    findings: t.connection(
      {
        type: Finding,
        description: 'Findings it was derived from, oldest first; the public sees published ones only, in their anonymised wording.',
        select: (args, ctx, nestedSelection) => ({
          findings: findingsOfRecommendation.getQuery(args, ctx, nodeSelection(nestedSelection, 'Finding')),
          _count: { select: { findings: { where: visibleFindingLinks(ctx) } } },
        }),
        resolve: (recommendation, args, ctx) => pageOfLinks(findingsOfRecommendation, recommendation, 'findings', args, ctx),
      },
      ...pageOfLinkTypes('findings', 'finding'),
    ),
    history: t.relatedConnection(
      'history',
      {
        ...relatedPaging,
        description: 'Every change, oldest first. The public sees the entries from publication on, without authors.',
        query: (_args, ctx) => ({
          where: isStaff(ctx) ? {} : { toStatus: { not: 'DRAFT' } },
          orderBy: [{ version: 'asc' }, { id: 'asc' }],
        }),
      },
      ...pageOf('history entries', 'history entry'),
    ),
    archived: t.boolean({ description: 'True when archived (hidden from the public; staff see it with includeArchived).', select: { archivedAt: true }, resolve: (r) => r.archivedAt !== null }),
    viewerCanEdit: t.boolean({
      description: 'True when you may change it (staff or admin of its region, not archived).',
      select: { regionId: true, archivedAt: true },
      resolve: (r, _args, ctx) => r.archivedAt === null && canEditRegion(editorOf(ctx), r.regionId),
    }),
    nextStatuses: t.field({
      type: [RecommendationStatusEnum],
      description: 'Statuses the workflow allows from here (the own status when the progress may still change). At most the seven statuses: a plain list.',
      select: { status: true },
      resolve: (r) => [...allowedTransitions[r.status]],
    }),
    createdAt: t.string({ description: 'When it was created (ISO 8601).', select: { createdAt: true }, resolve: (r) => r.createdAt.toISOString() }),
    updatedAt: t.string({ description: 'When it last changed (ISO 8601).', select: { updatedAt: true }, resolve: (r) => r.updatedAt.toISOString() }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo recommendations.' }),
  }),
});

// Added after the type, because it refers to the type itself.
builder.prismaObjectField(Recommendation, 'parent', (t) =>
  t.field({
    type: Recommendation,
    nullable: true,
    description: 'The recommendation this one is part of; null when there is none you may see.',
    select: (_args, _ctx, nestedSelection) => ({ parent: nestedSelection(true) }),
    resolve: (recommendation, _args, ctx) => {
      const parent = recommendation.parent;
      if (!parent) return null;
      const hidden = (parent.status === 'DRAFT' || parent.archivedAt !== null) && !isStaffOfRegion(ctx, parent.regionId);
      return hidden ? null : parent;
    },
  }),
);

function isStaffOfRegion(ctx: Context, regionId: string): boolean {
  const viewer = ctx.viewer;
  if (!viewer || !isStaff(ctx)) return false;
  return viewer.regionId === null ? viewer.role === 'ADMIN' : viewer.regionId === regionId;
}

interface ListFilter {
  region?: string | null;
  municipality?: string | null;
  goal?: number | null;
  status?: ReadonlyArray<(typeof recommendationStatuses)[number]> | null;
  actor?: string | number | null;
  search?: string | null;
  topLevel?: boolean | null;
  includeArchived?: boolean | null;
}

function listWhere(ctx: Context, args: ListFilter): Prisma.RecommendationWhereInput {
  const search = args.search?.trim();
  const filters: Prisma.RecommendationWhereInput[] = [
    visibleRecommendations(editorOf(ctx), { includeArchived: args.includeArchived ?? false }),
  ];
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  if (args.goal) filters.push({ targets: { some: { target: { goalNumber: args.goal } } } });
  if (args.status?.length) filters.push({ status: { in: [...args.status] } });
  if (args.actor) filters.push({ actors: { some: { actorId: idOf(args.actor, 'Actor', 'actor') } } });
  if (args.topLevel) filters.push({ parentId: null });
  if (search) {
    filters.push({
      OR: (['titleDe', 'titleEn', 'textDe', 'textEn'] as const).map((column) => ({ [column]: { contains: search, mode: 'insensitive' } })),
    });
  }
  return { AND: filters };
}

const ProgressGroupingEnum = builder.enumType('RecommendationGrouping', {
  description: 'How `recommendationProgress` groups the recommendations.',
  values: { MUNICIPALITY: { description: 'Per city or district; region-wide ones in the group "region".' }, GOAL: { description: 'Per SDG of the linked targets.' } } as const,
});

interface ProgressGroupShape {
  key: string;
  municipality: Prisma.MunicipalityGetPayload<object> | null;
  goal: Prisma.SdgGoalGetPayload<object> | null;
  count: number;
  averageProgress: number | null;
  byStatus: Array<{ status: (typeof recommendationStatuses)[number]; count: number }>;
}

const StatusCount = builder.objectRef<{ status: (typeof recommendationStatuses)[number]; count: number }>('RecommendationStatusCount').implement({
  description: 'How many recommendations of a group have one status.',
  fields: (t) => ({
    status: t.expose('status', { type: RecommendationStatusEnum, description: 'The status.' }),
    count: t.exposeInt('count', { description: 'Number of recommendations with this status.' }),
  }),
});

const ProgressGroup = builder.objectRef<ProgressGroupShape>('RecommendationProgressGroup').implement({
  description: 'Public progress of the top-level recommendations of one municipality or SDG (sub-recommendations count through their parent).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'AGS, goal number, or "region" for region-wide recommendations.' }),
    municipality: t.field({ type: Municipality, nullable: true, description: 'The municipality, when grouped by MUNICIPALITY; null for the region-wide group and by GOAL.', resolve: (group) => group.municipality }),
    goal: t.field({ type: SdgGoal, nullable: true, description: 'The SDG, when grouped by GOAL; null by MUNICIPALITY.', resolve: (group) => group.goal }),
    count: t.exposeInt('count', { description: 'Number of top-level recommendations in the group.' }),
    averageProgress: t.exposeInt('averageProgress', { nullable: true, description: 'Mean rolled-up progress without rejected ones.' }),
    byStatus: t.field({ type: [StatusCount], description: 'Counts per status.', resolve: (group) => group.byStatus }),
  }),
});

const RecommendationOrder = defineOrdering<string, Prisma.RecommendationOrderByWithRelationInput>('RecommendationOrder', 'recommendations', {
  CREATED_AT: { description: 'When it was created (the default order).', orderBy: (direction) => ({ createdAt: direction }) },
  UPDATED_AT: { description: 'When it last changed.', orderBy: (direction) => ({ updatedAt: direction }) },
  TITLE: { description: 'German title.', orderBy: (direction) => ({ titleDe: direction }) },
  STATUS: { description: 'Status, in the order of the workflow.', orderBy: (direction) => ({ status: direction }) },
  PROGRESS: { description: 'Progress in percent.', orderBy: (direction) => ({ progress: direction }) },
  DUE_DATE: { description: 'Due date; those without one last.', orderBy: (direction) => ({ dueDate: { sort: direction, nulls: 'last' } }) },
});

builder.queryFields((t) => ({
  recommendations: t.prismaConnection(
    {
      type: Recommendation,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description:
        'Recommendations you may see (the public: no drafts, nothing archived; staff also the drafts of their region), ' +
        `oldest first. Relay paging, ${DEFAULT_PAGE_SIZE} per page by default, at most 100. Filters combine with AND.`,
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
        goal: t.arg.int({ required: false, description: 'SDG (1–17) of a linked target.' }),
        status: t.arg({ type: [RecommendationStatusEnum], required: false, description: 'Only these statuses (any of them).' }),
        actor: t.arg.id({ required: false, description: 'Global ID of a responsible actor.' }),
        search: t.arg.string({ required: false, description: 'Text in title or text, either language, case-insensitive.' }),
        topLevel: t.arg.boolean({ required: false, description: 'Only recommendations without a parent.' }),
        includeArchived: t.arg.boolean({ required: false, description: 'Staff: also archived recommendations of their region.' }),
        orderBy: t.arg({ type: RecommendationOrder.Input, required: false, description: ORDER_BY_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.recommendation.count({ where: listWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.recommendation.findMany({
          ...query,
          where: listWhere(ctx, args),
          orderBy: RecommendationOrder.orderBy(args.orderBy, [{ createdAt: 'asc' }, { id: 'asc' }]),
        }),
    },
    { description: 'A page of recommendations.' },
    { description: 'One recommendation in a page.' },
  ),
  recommendation: t.prismaField({
    type: Recommendation,
    nullable: true,
    description: 'One recommendation by its global ID; null when it does not exist or you may not see it.',
    args: { id: t.arg.id({ required: true, description: 'Global ID of the recommendation.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.recommendation.findFirst({
        ...query,
        where: { AND: [{ id: idOf(args.id, 'Recommendation', 'id') }, visibleRecommendations(editorOf(ctx), { includeArchived: true })] },
      }),
  }),
  recommendationProgress: t.field({
    type: [ProgressGroup],
    description: 'Progress of the public recommendations per municipality or per SDG, for charts (each with its numbers).',
    args: {
      groupBy: t.arg({ type: ProgressGroupingEnum, required: true, description: 'Per municipality or per SDG.' }),
      region: t.arg.string({ required: false, description: "Region slug; the installation's default region when omitted." }),
    },
    resolve: async (_root, args, ctx) => {
      const regionId = await findRegionId(ctx, args.region);
      if (!regionId) return [];
      const groups = await progressByGroup(ctx.prisma, args.groupBy, { regionId });
      const municipalityIds = groups.map((g) => g.municipalityId).filter((id): id is string => id !== null);
      const goalNumbers = groups.map((g) => g.goalNumber).filter((n): n is number => n !== null);
      const [municipalities, goals] = await Promise.all([
        municipalityIds.length ? ctx.prisma.municipality.findMany({ where: { id: { in: municipalityIds } } }) : [],
        goalNumbers.length ? ctx.prisma.sdgGoal.findMany({ where: { number: { in: goalNumbers } } }) : [],
      ]);
      return groups.map((group) => ({
        ...group,
        municipality: municipalities.find((m) => m.id === group.municipalityId) ?? null,
        goal: goals.find((goal) => goal.number === group.goalNumber) ?? null,
      }));
    },
  }),
}));

const CreateRecommendationInput = builder.inputType('CreateRecommendationInput', {
  description: 'A new recommendation; it starts as DRAFT with progress 0.',
  fields: (t) => ({
    municipalityAgs: t.string({ required: false, description: 'AGS; omitted for a recommendation to the whole region.' }),
    regionSlug: t.string({ required: false, description: "Omitted: the municipality's region, else your own." }),
    parentId: t.id({ required: false, description: 'Global ID of the parent recommendation.' }),
    titleDe: t.string({ required: true, description: 'German title.' }),
    titleEn: t.string({ required: false, description: 'English title.' }),
    textDe: t.string({ required: true, description: 'German text.' }),
    textEn: t.string({ required: false, description: 'English text.' }),
    dueDate: t.string({ required: false, description: 'ISO date (YYYY-MM-DD).' }),
    weight: t.int({ required: false, description: 'Share in the parent\'s roll-up, 0–100 (default 1).' }),
  }),
});

const UpdateRecommendationInput = builder.inputType('UpdateRecommendationInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the recommendation.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    titleDe: t.string({ required: false, description: 'German title.' }),
    titleEn: t.string({ required: false, description: 'English title.' }),
    textDe: t.string({ required: false, description: 'German text.' }),
    textEn: t.string({ required: false, description: 'English text.' }),
    dueDate: t.string({ required: false, description: 'ISO date (YYYY-MM-DD).' }),
    parentId: t.id({ required: false, description: 'Global ID of the parent recommendation.' }),
    weight: t.int({ required: false, description: 'Share in the parent\'s roll-up, 0–100.' }),
  }),
});

const UpdateRecommendationStatusInput = builder.inputType('UpdateRecommendationStatusInput', {
  description: 'A step in the workflow, or a new progress within the status.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the recommendation.' }),
    status: t.field({ type: RecommendationStatusEnum, required: true, description: 'The same status with a new progress updates the progress.' }),
    progress: t.int({ required: false, description: 'Omitted: the fitting default (ON_HOLD keeps, IMPLEMENTED 100, …).' }),
    note: t.string({ required: false, description: 'Required for ON_HOLD and REJECTED: the reason.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
  }),
});

const RecommendationLinksInput = builder.inputType('RecommendationLinksInput', {
  description: 'Links to add (linkRecommendation) or remove (unlinkRecommendation); lists left out change nothing.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the recommendation.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    sdgTargets: t.stringList({ required: false, description: 'Target codes such as "11.6".' }),
    indicatorIds: t.idList({ required: false, description: 'Global IDs of indicators that would show success.' }),
    actorIds: t.idList({ required: false, description: 'Responsible actors.' }),
    findingIds: t.idList({ required: false, description: 'Global IDs of the findings it was derived from.' }),
  }),
});

const ArchiveRecommendationInput = builder.inputType('ArchiveRecommendationInput', {
  description: 'Archives a recommendation: it disappears from the public and from lists unless includeArchived.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the recommendation.' }),
    expectedVersion: t.int({ required: true, description: 'The version you read; CONFLICT when it changed since.' }),
    note: t.string({ required: false, description: 'Optional reason for archiving.' }),
  }),
});

interface CsvImportShape {
  dryRun: boolean;
  created: number;
  updated: number;
  ids: string[];
}

const RecommendationCsvImport = builder.objectRef<CsvImportShape>('RecommendationCsvImport').implement({
  description: 'What a CSV import wrote (or, with dryRun, would write).',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'created' in value && 'dryRun' in value,
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written (checked only).' }),
    created: t.exposeInt('created', { description: 'Recommendations created (or that would be).' }),
    updated: t.exposeInt('updated', { description: 'Recommendations updated (or that would be).' }),
    recommendations: t.prismaField({
      type: [Recommendation],
      description: 'The created and updated recommendations (empty for a dry run).',
      resolve: (query, result, _args, ctx) => ctx.prisma.recommendation.findMany({ ...query, where: { id: { in: result.ids } } }),
    }),
  }),
});

const staffOnly = { staff: true } as const;

function optionalId(value: string | number | null | undefined, typename: string, field: string) {
  return value === undefined ? undefined : value === null ? null : idOf(value, typename, field);
}

builder.mutationFields((t) => ({
  createRecommendation: t.prismaField({
    type: Recommendation,
    description: 'Creates a draft. STAFF/ADMIN of the region.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: CreateRecommendationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const regionId = input.regionSlug ? await findRegionId(ctx, input.regionSlug) : undefined;
      if (input.regionSlug && !regionId) throw ValidationFailed.of('regionSlug', 'gibt es nicht', 'does not exist');
      const id = await createRecommendation(
        ctx.prisma,
        editorOf(ctx),
        { ...input, parentId: optionalId(input.parentId, 'Recommendation', 'parentId') },
        { regionId },
      );
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateRecommendation: t.prismaField({
    type: Recommendation,
    description: 'Edits texts, due date, parent and weight. Names expectedVersion; CONFLICT when it changed since.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: UpdateRecommendationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Recommendation', 'id');
      await updateRecommendation(ctx.prisma, editorOf(ctx), {
        ...input,
        id,
        parentId: optionalId(input.parentId, 'Recommendation', 'parentId'),
      });
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateRecommendationStatus: t.prismaField({
    type: Recommendation,
    description: 'Moves a recommendation through the workflow (see RecommendationStatus) and writes a history entry with the note.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: UpdateRecommendationStatusInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Recommendation', 'id');
      await changeRecommendationStatus(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  linkRecommendation: t.prismaField({
    type: Recommendation,
    description: 'Links SDG targets, indicators, responsible actors and findings (already linked ones are kept).',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: RecommendationLinksInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => changeLinks(query, input, ctx, 'link'),
  }),
  unlinkRecommendation: t.prismaField({
    type: Recommendation,
    description: 'Removes links to SDG targets, indicators, responsible actors and findings.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: RecommendationLinksInput, required: true }) },
    resolve: (query, _root, { input }, ctx) => changeLinks(query, input, ctx, 'unlink'),
  }),
  archiveRecommendation: t.prismaField({
    type: Recommendation,
    description: 'Archives a recommendation: hidden from the public, no further changes.',
    authScopes: staffOnly,
    errors: {},
    args: { input: t.arg({ type: ArchiveRecommendationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Recommendation', 'id');
      await archiveRecommendation(ctx.prisma, editorOf(ctx), { ...input, id });
      return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  importRecommendationsCsv: t.field({
    type: RecommendationCsvImport,
    description:
      'Imports recommendations from CSV (the columns of GET /export/recommendations.csv; title_de and text_de required). Rows without id ' +
      'create, rows with id and version update. All or nothing: any problem returns CsvImportError with line, column and reason, and ' +
      'nothing is written. dryRun checks only.',
    authScopes: staffOnly,
    errors: { types: [CsvImportFailed] },
    args: {
      csv: t.arg.string({ required: true, description: 'The CSV file as text (UTF-8, header line first).' }),
      dryRun: t.arg.boolean({ required: false, description: 'True: check and count only, write nothing. Default false.' }),
      regionSlug: t.arg.string({ required: false, description: 'Omitted: your region (the default region for an admin of every region).' }),
    },
    resolve: async (_root, args, ctx) => {
      const regionId = args.regionSlug ? await findRegionId(ctx, args.regionSlug) : (ctx.viewer?.regionId ?? (await findRegionId(ctx, null)));
      if (!regionId) throw ValidationFailed.of('regionSlug', 'gibt es nicht', 'does not exist');
      if (!ctx.viewer) throw new Unauthenticated();
      return importRecommendationsCsv(ctx.prisma, editorOf(ctx), regionId, args.csv, { dryRun: args.dryRun ?? false });
    },
  }),
}));

type LinksArgs = {
  id: string | number;
  expectedVersion: number;
  sdgTargets?: string[] | null;
  indicatorIds?: Array<string | number> | null;
  actorIds?: Array<string | number> | null;
  findingIds?: Array<string | number> | null;
};

async function changeLinks(
  query: { include?: Prisma.RecommendationInclude; select?: Prisma.RecommendationSelect },
  input: LinksArgs,
  ctx: Context,
  mode: 'link' | 'unlink',
) {
  const id = idOf(input.id, 'Recommendation', 'id');
  await linkRecommendation(
    ctx.prisma,
    editorOf(ctx),
    {
      id,
      expectedVersion: input.expectedVersion,
      sdgTargets: input.sdgTargets ?? [],
      indicatorIds: (input.indicatorIds ?? []).map((value, index) => idOf(value, 'Indicator', `indicatorIds.${index}`)),
      actorIds: (input.actorIds ?? []).map((value, index) => idOf(value, 'Actor', `actorIds.${index}`)),
      findingIds: (input.findingIds ?? []).map((value, index) => idOf(value, 'Finding', `findingIds.${index}`)),
    },
    mode,
  );
  return ctx.prisma.recommendation.findUniqueOrThrow({ ...query, where: { id } } as Prisma.RecommendationFindUniqueOrThrowArgs);
}
