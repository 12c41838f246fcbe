// Interviews with key actors (staff of the region only: who, when, by whom, notes) and the queries and
// commands of findings: the list, the overview per municipality and SDG for the published analysis,
// create, edit and publish.
import { createFinding, createInterview, publishFinding, updateFinding, updateInterview } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { findingKinds } from '@atlas/domain';
import type { FindingKind } from '@atlas/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Actor } from './actor.js';
import { regionForNewRecord, staffRegionWhere } from './contact.js';
import { Finding, FindingKindEnum, isStaffOfFindingRegion, visibleFindings } from './finding.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { editorOf, idOf } from './recommendation.js';
import { regionWhere } from './region.js';

const Interviewer = builder.objectRef<{ displayName: string }>('Interviewer').implement({
  description: 'The staff member who conducted an interview.',
  fields: (t) => ({ displayName: t.exposeString('displayName', { description: 'Their name as shown in the product.' }) }),
});

export const Interview = builder.prismaNode('Interview', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'An interview with a key actor. Staff of the region only.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...staffRegionWhere(ctx) }),
  fields: (t) => ({
    conductedAt: t.string({ description: 'ISO 8601 date-time.', select: { conductedAt: true }, resolve: (i) => i.conductedAt.toISOString() }),
    notes: t.exposeString('notes', { nullable: true, description: 'Notes of the interview; cleared when the person is erased.' }),
    actor: t.relation('actor', { nullable: true, description: 'The interviewed organisation, if any.' }),
    contact: t.relation('contact', { nullable: true, description: 'The interviewed person, if any.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'The city or district it was about, if any.' }),
    interviewer: t.field({
      type: Interviewer,
      nullable: true,
      description: 'The staff member who conducted it; null when unknown or their account was deleted.',
      select: { interviewer: { select: { displayName: true } } },
      resolve: (interview) => interview.interviewer,
    }),
    findings: t.relatedConnection(
      'findings',
      { ...relatedPaging, description: 'Findings recorded from the interview, oldest first.', query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } },
      ...pageOf('findings', 'finding'),
    ),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});

builder.prismaObjectField(Finding, 'interview', (t) =>
  t.field({
    type: Interview,
    nullable: true,
    description: 'The interview it came from. Staff of the region only; null for everybody else.',
    select: (_args, _ctx, nestedSelection) => ({ interview: nestedSelection(true), regionId: true }),
    resolve: (finding, _args, ctx) => (isStaffOfFindingRegion(ctx, finding.regionId) ? finding.interview : null),
  }),
);

function interviewsWhere(ctx: Context, args: { municipality?: string | null; actor?: string | number | null }): Prisma.InterviewWhereInput {
  return {
    ...staffRegionWhere(ctx),
    ...(args.municipality ? { municipality: { ags: args.municipality } } : {}),
    ...(args.actor ? { actorId: idOf(args.actor, 'Actor', 'actor') } : {}),
  };
}

interface FindingFilter {
  region?: string | null;
  municipality?: string | null;
  goal?: number | null;
  kind?: FindingKind[] | null;
  published?: boolean | null;
  theme?: string | null;
}

function findingsWhere(ctx: Context, args: FindingFilter): Prisma.FindingWhereInput {
  const filters: Prisma.FindingWhereInput[] = [visibleFindings(ctx)];
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  if (args.goal) filters.push({ targets: { some: { target: { goalNumber: args.goal } } } });
  if (args.kind?.length) filters.push({ kind: { in: [...args.kind] } });
  if (args.published != null) filters.push({ isPublished: args.published });
  if (args.theme?.trim()) filters.push({ themes: { has: args.theme.trim() } });
  return { AND: filters };
}

const EXAMPLES_PER_KIND = 3;

interface OverviewKindShape {
  kind: FindingKind;
  count: number;
  exampleIds: string[];
}

const OverviewKind = builder.objectRef<OverviewKindShape>('FindingsOverviewKind').implement({
  description: 'Published findings of one kind: how many, with a few examples.',
  fields: (t) => ({
    kind: t.field({ type: FindingKindEnum, description: 'The kind of finding.', resolve: (row) => row.kind }),
    count: t.exposeInt('count', { description: 'Number of published findings of this kind.' }),
    examples: t.prismaField({
      type: [Finding],
      description: `Up to ${EXAMPLES_PER_KIND} published findings of this kind, oldest first.`,
      resolve: (query, row, _args, ctx) =>
        row.exampleIds.length ? ctx.prisma.finding.findMany({ ...query, where: { id: { in: row.exampleIds } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }) : [],
    }),
  }),
});

builder.queryFields((t) => ({
  interviews: t.prismaConnection(
    {
      type: Interview,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      authScopes: { staff: true },
      description: 'Interviews of your region, latest first. STAFF/ADMIN only.',
      args: {
        municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
        actor: t.arg.id({ required: false, description: 'Global ID of the interviewed organisation.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.interview.count({ where: interviewsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.interview.findMany({ ...query, where: interviewsWhere(ctx, args), orderBy: [{ conductedAt: 'desc' }, { id: 'asc' }] }),
    },
    { description: 'A page of interviews.' },
    { description: 'One interview in a page.' },
  ),
  findings: t.prismaConnection(
    {
      type: Finding,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Findings you may see (the public: published ones, anonymised), oldest first. Filters combine with AND.',
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        municipality: t.arg.string({ required: false, description: 'AGS of a city or district.' }),
        goal: t.arg.int({ required: false, description: 'SDG (1–17) of a tagged target.' }),
        kind: t.arg({ type: [FindingKindEnum], required: false, description: 'Only findings of these kinds.' }),
        published: t.arg.boolean({ required: false, description: 'Staff: only published (true) or only unpublished (false) ones.' }),
        theme: t.arg.string({ required: false, description: 'A theme, exactly as tagged.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.finding.count({ where: findingsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) => ctx.prisma.finding.findMany({ ...query, where: findingsWhere(ctx, args), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    },
    { description: 'A page of findings.' },
    { description: 'One finding in a page.' },
  ),
  findingsOverview: t.field({
    type: [OverviewKind],
    description: 'Published findings per kind (what works, needs, ideas, barriers) for a municipality and/or SDG: counts and examples.',
    args: {
      region: t.arg.string({ required: false, description: "Region slug; the installation's default region when omitted." }),
      ags: t.arg.string({ required: false, description: 'AGS of a city or district; omitted for the whole region.' }),
      goal: t.arg.int({ required: false, description: 'SDG (1–17) of a tagged target.' }),
    },
    resolve: async (_root, args, ctx) => {
      const where: Prisma.FindingWhereInput = {
        isPublished: true,
        region: regionWhere(args.region),
        ...(args.ags ? { municipality: { ags: args.ags } } : {}),
        ...(args.goal ? { targets: { some: { target: { goalNumber: args.goal } } } } : {}),
      };
      const rows = await ctx.prisma.finding.findMany({ where, select: { id: true, kind: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return findingKinds.map((kind) => {
        const ofKind = rows.filter((row) => row.kind === kind);
        return { kind, count: ofKind.length, exampleIds: ofKind.slice(0, EXAMPLES_PER_KIND).map((row) => row.id) };
      });
    },
  }),
}));

const CreateInterviewInput = builder.inputType('CreateInterviewInput', {
  description: 'A new interview with a key actor (staff only).',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district it was about.' }),
    actorId: t.id({ required: false, description: 'Global ID of the interviewed organisation.' }),
    contactId: t.id({ required: false, description: 'Global ID of the interviewed person.' }),
    conductedAt: t.string({ required: true, description: 'ISO 8601 date or date-time.' }),
    notes: t.string({ required: false, description: 'Notes of the interview.' }),
  }),
});

const UpdateInterviewInput = builder.inputType('UpdateInterviewInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the interview.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district it was about.' }),
    actorId: t.id({ required: false, description: 'Global ID of the interviewed organisation.' }),
    contactId: t.id({ required: false, description: 'Global ID of the interviewed person.' }),
    conductedAt: t.string({ required: false, description: 'ISO 8601 date or date-time.' }),
    notes: t.string({ required: false, description: 'Notes of the interview.' }),
  }),
});

const CreateFindingInput = builder.inputType('CreateFindingInput', {
  description: 'A new finding; it starts unpublished.',
  fields: (t) => ({
    regionSlug: t.string({ required: false, description: 'Omitted: your region.' }),
    kind: t.field({ type: FindingKindEnum, required: true, description: 'What the finding is about.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district it is about; omitted for the whole region.' }),
    interviewId: t.id({ required: false, description: 'Global ID of the interview it came from.' }),
    eventId: t.id({ required: false, description: 'Global ID of the event it came from.' }),
    statement: t.string({ required: true, description: 'What was said, as recorded (German; staff only).' }),
    publicStatement: t.string({ required: false, description: 'Anonymised wording for publication (German).' }),
    themes: t.stringList({ required: false, description: 'Free themes such as "Mobilität".' }),
    sdgTargets: t.stringList({ required: false, description: 'Target codes such as "11.6".' }),
  }),
});

const UpdateFindingInput = builder.inputType('UpdateFindingInput', {
  description: 'Fields left out stay as they are; themes and sdgTargets replace the lists.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the finding.' }),
    kind: t.field({ type: FindingKindEnum, required: false, description: 'What the finding is about.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of the city or district it is about; null for the whole region.' }),
    statement: t.string({ required: false, description: 'What was said, as recorded (German; staff only).' }),
    publicStatement: t.string({ required: false, description: 'Anonymised wording for publication (German).' }),
    themes: t.stringList({ required: false, description: 'Free themes; replaces the list.' }),
    sdgTargets: t.stringList({ required: false, description: 'Target codes such as "11.6"; replaces the list.' }),
  }),
});

/** undefined stays undefined (unchanged), null clears. */
function optionalId(value: string | number | null | undefined, typename: string, field: string) {
  return value === undefined ? undefined : value === null ? null : idOf(value, typename, field);
}

builder.mutationFields((t) => ({
  createInterview: t.prismaField({
    type: Interview,
    description: 'Records an interview; you are its interviewer. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateInterviewInput, required: true, description: 'The new interview.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { regionSlug, ...fields } = input;
      const id = await createInterview(ctx.prisma, editorOf(ctx), await regionForNewRecord(ctx, regionSlug), {
        ...fields,
        actorId: optionalId(fields.actorId, 'Actor', 'actorId'),
        contactId: optionalId(fields.contactId, 'Contact', 'contactId'),
      });
      return ctx.prisma.interview.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateInterview: t.prismaField({
    type: Interview,
    description: 'Edits an interview. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateInterviewInput, required: true, description: 'The interview and the fields to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = idOf(input.id, 'Interview', 'id');
      await updateInterview(ctx.prisma, editorOf(ctx), {
        ...input,
        id,
        actorId: optionalId(input.actorId, 'Actor', 'actorId'),
        contactId: optionalId(input.contactId, 'Contact', 'contactId'),
      });
      return ctx.prisma.interview.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createFinding: t.prismaField({
    type: Finding,
    description: 'Records a finding (unpublished). STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateFindingInput, required: true, description: 'The new finding.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { regionSlug, statement, publicStatement, ...fields } = input;
      const id = await createFinding(ctx.prisma, editorOf(ctx), await regionForNewRecord(ctx, regionSlug), {
        ...fields,
        statementDe: statement,
        publicStatementDe: publicStatement,
        interviewId: optionalId(fields.interviewId, 'Interview', 'interviewId'),
        eventId: optionalId(fields.eventId, 'Event', 'eventId'),
      });
      return ctx.prisma.finding.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateFinding: t.prismaField({
    type: Finding,
    description: 'Edits a finding, its themes and SDG targets. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateFindingInput, required: true, description: 'The finding and the fields to change.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { statement, publicStatement, ...fields } = input;
      const id = idOf(input.id, 'Finding', 'id');
      await updateFinding(ctx.prisma, editorOf(ctx), { ...fields, id, statementDe: statement, publicStatementDe: publicStatement });
      return ctx.prisma.finding.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  publishFinding: t.prismaField({
    type: Finding,
    description: 'Publishes its anonymised wording (published: true) or withdraws it (false). Needs a public statement.',
    authScopes: { staff: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'Global ID of the finding.' }), published: t.arg.boolean({ required: false, description: 'Default true.' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await publishFinding(ctx.prisma, editorOf(ctx), idOf(args.id, 'Finding', 'id'), args.published ?? true);
      return ctx.prisma.finding.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

builder.prismaObjectField(Actor, 'interviews', (t) =>
  t.relatedConnection(
    'interviews',
    {
      ...relatedPaging,
      description: 'Interviews with the actor, latest first. Staff of its region only; empty for everybody else.',
      query: (_args, ctx) => ({ where: isStaffOfViewerRegionWhere(ctx), orderBy: [{ conductedAt: 'desc' }, { id: 'asc' }] }),
    },
    ...pageOf('interviews', 'interview'),
  ),
);

/** Non-staff get a filter that matches nothing rather than an error, so public actor pages stay answerable. */
function isStaffOfViewerRegionWhere(ctx: Context): Prisma.InterviewWhereInput {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.role !== 'STAFF' && viewer.role !== 'ADMIN')) return { id: { in: [] } };
  return staffRegionWhere(ctx);
}
