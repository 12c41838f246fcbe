// Initiative circles (Initiativkreise): who takes part, which agreements they carry, and a report
// per meeting (progress, hurdles, solutions, what is missing). The public sees published reports and
// the member organisations; member persons only staff of the region.
import { addCircleMember, createCircle, createCircleReport, removeCircleMember, setCircleReportPublished, updateCircle } from '@atlas/db';
import type { Prisma } from '@atlas/db';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { Agreement, globalIds } from './agreement.js';
import { Contact, maySeePersonalData } from './contact.js';
import { Event, eventIfVisible } from './event.js';
import { isStaff } from './finding.js';
import { DEFAULT_PAGE_SIZE, nestedPageSizes, nodeSelection, pageOf, pageOfLinks, pageOfLinkTypes, refuseLargePages, relatedPaging, sortKeys } from './paging.js';
import { editorOf, idOf } from './recommendation.js';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Reports a viewer may read: staff all of them, everybody else the published ones. */
const visibleReports = (ctx: Context): Prisma.CircleReportWhereInput => (isStaff(ctx) ? {} : { isPublished: true });
/** An agreement's links to reports the viewer may read, for the page and for its count alike. */
const visibleReportLinks = (ctx: Context) => ({ report: visibleReports(ctx) });

// Agreements of a circle or a report, through their join tables (the join row as cursor, the agreement
// as node, oldest agreement first, the agreement id as tie-breaker).
const agreementsOfCircle = prismaConnectionHelpers(builder, 'CircleAgreement', {
  ...nestedPageSizes,
  cursor: 'circleId_agreementId',
  query: { orderBy: sortKeys<Prisma.CircleAgreementOrderByWithRelationInput>({ agreement: { agreedAt: 'asc' } }, { agreementId: 'asc' }) },
  select: (nodeSelection) => ({ agreement: nodeSelection(true) }),
  resolveNode: (link) => link.agreement,
});

const agreementsOfReport = prismaConnectionHelpers(builder, 'CircleReportAgreement', {
  ...nestedPageSizes,
  cursor: 'reportId_agreementId',
  query: { orderBy: sortKeys<Prisma.CircleReportAgreementOrderByWithRelationInput>({ agreement: { agreedAt: 'asc' } }, { agreementId: 'asc' }) },
  select: (nodeSelection) => ({ agreement: nodeSelection(true) }),
  resolveNode: (link) => link.agreement,
});

export const CircleMember = builder.prismaObject('CircleMember', {
  description: 'A member of an initiative circle: an organisation, a person, or a person for an organisation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Names the membership in removeCircleMember.' }),
    actor: t.relation('actor', { nullable: true, description: 'The organisation; null for a person on their own.' }),
    contact: t.field({
      type: Contact,
      nullable: true,
      description: 'The person; staff of the region only, null for everybody else (erased persons show as erased).',
      select: (_args, _ctx, nestedSelection) => ({ circle: { select: { regionId: true } }, contact: nestedSelection(true) }),
      resolve: (member, _args, ctx) => (maySeePersonalData(ctx, member.circle.regionId) ? member.contact : null),
    }),
    joinedAt: t.string({ description: 'ISO date.', select: { joinedAt: true }, resolve: (member) => isoDate(member.joinedAt) }),
  }),
});

export const InitiativeCircle = builder.prismaNode('InitiativeCircle', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'An initiative circle (Initiativkreis) that implements agreements and reports after each meeting.',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('nameDe', { description: 'Name (German).' }),
    description: t.exposeString('descriptionDe', { nullable: true, description: 'What the circle works on (German); null when not given.' }),
    foundedAt: t.string({ description: 'ISO date.', select: { foundedAt: true }, resolve: (circle) => isoDate(circle.foundedAt) }),
    municipality: t.relation('municipality', { nullable: true, description: 'The municipality it works in; null: the whole region.' }),
    region: t.relation('region', { description: 'The region it belongs to.' }),
    // Every member is listed (the public sees organisations; CircleMember.contact stays staff-only).
    members: t.relatedConnection(
      'members',
      { ...relatedPaging, description: 'Members, by joining date.', query: { orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] } },
      ...pageOf('members', 'member'),
    ),
    memberCount: t.relationCount('members', { description: 'Members, including erased persons (counted anonymously).' }),
    agreements: t.connection(
      {
        type: Agreement,
        description: 'The agreements the circle carries, oldest first.',
        select: (args, ctx, nestedSelection) => ({
          agreements: agreementsOfCircle.getQuery(args, ctx, nodeSelection(nestedSelection, 'Agreement')),
          _count: { select: { agreements: true } },
        }),
        resolve: (circle, args, ctx) => pageOfLinks(agreementsOfCircle, circle, 'agreements', args, ctx),
      },
      ...pageOfLinkTypes('agreements', 'agreement'),
    ),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo circles.' }),
  }),
});

export const CircleReport = builder.prismaNode('CircleReport', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'The report of one circle meeting. The public sees published reports only.',
  id: { field: 'id' },
  findUnique: (id, ctx) => (isStaff(ctx) ? { id } : { id, isPublished: true }),
  fields: (t) => ({
    circle: t.relation('circle', { description: 'The circle that met.' }),
    meetingNumber: t.exposeInt('meetingNumber', { description: '1 for the first meeting, and so on.' }),
    meetingDate: t.string({ description: 'ISO date.', select: { meetingDate: true }, resolve: (report) => isoDate(report.meetingDate) }),
    progress: t.exposeString('progressDe', { description: 'What moved (German).' }),
    hurdles: t.exposeString('hurdlesDe', { nullable: true, description: 'What blocked.' }),
    solutions: t.exposeString('solutionsDe', { nullable: true, description: 'Solutions found.' }),
    missing: t.exposeString('missingDe', { nullable: true, description: 'What is still missing.' }),
    isPublished: t.exposeBoolean('isPublished', { description: 'True when the public may read it; false: staff of the region only.' }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The meeting as an event of the process, when you may see that event.',
      select: (_args, _ctx, nestedSelection) => ({ event: nestedSelection(true) }),
      resolve: (report, _args, ctx) => eventIfVisible(ctx, report.event),
    }),
    agreements: t.connection(
      {
        type: Agreement,
        description: 'The agreements this report is about, oldest first.',
        select: (args, ctx, nestedSelection) => ({
          agreements: agreementsOfReport.getQuery(args, ctx, nodeSelection(nestedSelection, 'Agreement')),
          _count: { select: { agreements: true } },
        }),
        resolve: (report, args, ctx) => pageOfLinks(agreementsOfReport, report, 'agreements', args, ctx),
      },
      ...pageOfLinkTypes('agreements', 'agreement'),
    ),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo reports.' }),
  }),
});

// Pages over the join tables, loaded in the parent's select; the cursor is the join row, the node the
// entity on the other side (see agreement.ts).
const circlesOfAgreement = prismaConnectionHelpers(builder, 'CircleAgreement', {
  ...nestedPageSizes,
  cursor: 'circleId_agreementId',
  query: { orderBy: sortKeys<Prisma.CircleAgreementOrderByWithRelationInput>({ circle: { nameDe: 'asc' } }, { circleId: 'asc' }) },
  select: (nodeSelection) => ({ circle: nodeSelection(true) }),
  resolveNode: (link) => link.circle,
});

const reportsOfAgreement = prismaConnectionHelpers(builder, 'CircleReportAgreement', {
  ...nestedPageSizes,
  cursor: 'reportId_agreementId',
  query: (_args, ctx) => ({
    where: visibleReportLinks(ctx),
    orderBy: sortKeys<Prisma.CircleReportAgreementOrderByWithRelationInput>({ report: { meetingDate: 'asc' } }, { reportId: 'asc' }),
  }),
  select: (nodeSelection) => ({ report: nodeSelection(true) }),
  resolveNode: (link) => link.report,
});

builder.prismaObjectField(InitiativeCircle, 'reports', (t) =>
  t.relatedConnection(
    'reports',
    {
      ...relatedPaging,
      description: 'Meeting reports you may see, by meeting number.',
      query: (_args, ctx) => ({ where: visibleReports(ctx), orderBy: [{ meetingNumber: 'asc' }, { id: 'asc' }] }),
    },
    ...pageOf('reports', 'report'),
  ),
);

builder.prismaObjectFields(Agreement, (t) => ({
  circles: t.connection(
    {
      type: InitiativeCircle,
      description: 'Initiative circles carrying this agreement, by name.',
      select: (args, ctx, nestedSelection) => ({
        circles: circlesOfAgreement.getQuery(args, ctx, nodeSelection(nestedSelection, 'InitiativeCircle')),
        _count: { select: { circles: true } },
      }),
      resolve: (agreement, args, ctx) => pageOfLinks(circlesOfAgreement, agreement, 'circles', args, ctx),
    },
    ...pageOfLinkTypes('circles', 'circle'),
  ),
  reports: t.connection(
    {
      type: CircleReport,
      description: 'Circle reports on this agreement that you may see, oldest meeting first.',
      select: (args, ctx, nestedSelection) => ({
        reports: reportsOfAgreement.getQuery(args, ctx, nodeSelection(nestedSelection, 'CircleReport')),
        _count: { select: { reports: { where: visibleReportLinks(ctx) } } },
      }),
      resolve: (agreement, args, ctx) => pageOfLinks(reportsOfAgreement, agreement, 'reports', args, ctx),
    },
    ...pageOfLinkTypes('reports', 'report'),
  ),
}));

function circleReportsWhere(ctx: Context, args: { circle?: string | number | null; region?: string | null }): Prisma.CircleReportWhereInput {
  const filters: Prisma.CircleReportWhereInput[] = [visibleReports(ctx)];
  if (args.circle) filters.push({ circleId: idOf(args.circle, 'InitiativeCircle', 'circle') });
  if (args.region) filters.push({ circle: { region: { slug: args.region } } });
  return { AND: filters };
}

builder.queryFields((t) => ({
  initiativeCircles: t.prismaConnection(
    {
      type: InitiativeCircle,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Initiative circles, oldest first. Public.',
      args: {
        region: t.arg.string({ required: false, description: 'Region slug.' }),
        municipality: t.arg.string({ required: false, description: 'AGS.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.initiativeCircle.count({ where: circlesWhere(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.initiativeCircle.findMany({ ...query, where: circlesWhere(args), orderBy: [{ foundedAt: 'asc' }, { id: 'asc' }] }),
    },
    { description: 'A page of initiative circles.' },
    { description: 'One initiative circle in a page.' },
  ),
  circleReports: t.prismaConnection(
    {
      type: CircleReport,
      cursor: 'id',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: 'Meeting reports, newest first: the public sees published ones, staff all.',
      args: {
        circle: t.arg.id({ required: false, description: 'Global ID of an initiative circle.' }),
        region: t.arg.string({ required: false, description: 'Region slug.' }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.circleReport.count({ where: circleReportsWhere(ctx, args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.circleReport.findMany({ ...query, where: circleReportsWhere(ctx, args), orderBy: [{ meetingDate: 'desc' }, { id: 'asc' }] }),
    },
    { description: 'A page of circle reports.' },
    { description: 'One circle report in a page.' },
  ),
}));

function circlesWhere(args: { region?: string | null; municipality?: string | null }): Prisma.InitiativeCircleWhereInput {
  const filters: Prisma.InitiativeCircleWhereInput[] = [];
  if (args.region) filters.push({ region: { slug: args.region } });
  if (args.municipality) filters.push({ municipality: { ags: args.municipality } });
  return { AND: filters };
}

const CreateCircleInput = builder.inputType('CreateInitiativeCircleInput', {
  description: 'A new initiative circle and the agreements it carries.',
  fields: (t) => ({
    nameDe: t.string({ required: true, description: 'Name (German).' }),
    descriptionDe: t.string({ required: false, description: 'What the circle works on (German).' }),
    foundedAt: t.string({ required: true, description: 'ISO date.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS; omitted for a circle of the whole region (then: your region).' }),
    agreementIds: t.idList({ required: false, description: 'Global IDs of the agreements it carries.' }),
  }),
});

const AddCircleMemberInput = builder.inputType('AddCircleMemberInput', {
  description: 'A new member of a circle: an organisation (actorId), a person (contactId), or both for a person speaking for an organisation.',
  fields: (t) => ({
    circleId: t.id({ required: true, description: 'Global ID of the initiative circle.' }),
    actorId: t.id({ required: false, description: 'Global ID of the organisation.' }),
    contactId: t.id({ required: false, description: 'Global ID of the person.' }),
    joinedAt: t.string({ required: false, description: 'ISO date; omitted: today.' }),
  }),
});

const CreateCircleReportInput = builder.inputType('CreateCircleReportInput', {
  description: 'The report of one circle meeting.',
  fields: (t) => ({
    circleId: t.id({ required: true, description: 'Global ID of the initiative circle.' }),
    meetingNumber: t.int({ required: true, description: '1 for the first meeting, and so on; one report per meeting number.' }),
    meetingDate: t.string({ required: true, description: 'ISO date.' }),
    eventId: t.id({ required: false, description: 'Global ID of the meeting as an event of the process.' }),
    progressDe: t.string({ required: true, description: 'What moved (German).' }),
    hurdlesDe: t.string({ required: false, description: 'What blocked (German).' }),
    solutionsDe: t.string({ required: false, description: 'Solutions found (German).' }),
    missingDe: t.string({ required: false, description: 'What is still missing (German).' }),
    agreementIds: t.idList({ required: false, description: 'Agreements of the circle the report is about.' }),
    isPublished: t.boolean({ required: false, description: 'Default true: reports are public, as the process promises.' }),
  }),
});

const UpdateCircleInput = builder.inputType('UpdateInitiativeCircleInput', {
  description: 'Omitted fields stay as they are; a given list of agreements replaces the carried ones.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Global ID of the initiative circle.' }),
    nameDe: t.string({ required: false, description: 'Name (German).' }),
    descriptionDe: t.string({ required: false, description: 'Null or empty clears it.' }),
    foundedAt: t.string({ required: false, description: 'ISO date.' }),
    municipalityAgs: t.string({ required: false, description: 'AGS of a municipality of the same region; null: the whole region.' }),
    agreementIds: t.idList({ required: false, description: 'Global IDs of all agreements it carries.' }),
  }),
});

const optionalGlobalId = (value: string | number | null | undefined, typename: string, field: string) =>
  value === undefined || value === null ? null : idOf(value, typename, field);

builder.mutationFields((t) => ({
  createInitiativeCircle: t.prismaField({
    type: InitiativeCircle,
    description: 'Founds an initiative circle carrying agreements. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateCircleInput, required: true, description: 'The circle to found.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createCircle(ctx.prisma, editorOf(ctx), { ...input, agreementIds: globalIds(input.agreementIds, 'Agreement', 'agreementIds') });
      return ctx.prisma.initiativeCircle.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  addCircleMember: t.prismaField({
    type: InitiativeCircle,
    description: 'Adds an organisation and/or a person to a circle. STAFF/ADMIN of the region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: AddCircleMemberInput, required: true, description: 'The circle and the new member.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const circleId = idOf(input.circleId, 'InitiativeCircle', 'circleId');
      await addCircleMember(ctx.prisma, editorOf(ctx), {
        circleId,
        actorId: optionalGlobalId(input.actorId, 'Actor', 'actorId'),
        contactId: optionalGlobalId(input.contactId, 'Contact', 'contactId'),
        joinedAt: input.joinedAt,
      });
      return ctx.prisma.initiativeCircle.findUniqueOrThrow({ ...query, where: { id: circleId } });
    },
  }),
  createCircleReport: t.prismaField({
    type: CircleReport,
    description: 'Records the report of a circle meeting. STAFF/ADMIN of the region; one report per meeting number.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: CreateCircleReportInput, required: true, description: 'The report to record.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createCircleReport(ctx.prisma, editorOf(ctx), {
        ...input,
        eventId: optionalGlobalId(input.eventId, 'Event', 'eventId'),
        circleId: idOf(input.circleId, 'InitiativeCircle', 'circleId'),
        agreementIds: globalIds(input.agreementIds, 'Agreement', 'agreementIds'),
      });
      return ctx.prisma.circleReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateInitiativeCircle: t.prismaField({
    type: InitiativeCircle,
    description: 'Changes name, description, founding date, municipality or carried agreements. STAFF/ADMIN of its region.',
    authScopes: { staff: true },
    errors: {},
    args: { input: t.arg({ type: UpdateCircleInput, required: true, description: 'The circle and the changes.' }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await updateCircle(ctx.prisma, editorOf(ctx), {
        ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
        id: idOf(input.id, 'InitiativeCircle', 'id'),
        ...(input.agreementIds ? { agreementIds: globalIds(input.agreementIds, 'Agreement', 'agreementIds') } : {}),
      });
      return ctx.prisma.initiativeCircle.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  removeCircleMember: t.prismaField({
    type: InitiativeCircle,
    description: 'Ends a membership; answers the circle. STAFF/ADMIN of its region.',
    authScopes: { staff: true },
    errors: {},
    args: { id: t.arg.id({ required: true, description: 'CircleMember.id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const circleId = await removeCircleMember(ctx.prisma, editorOf(ctx), String(args.id));
      return ctx.prisma.initiativeCircle.findUniqueOrThrow({ ...query, where: { id: circleId } });
    },
  }),
  publishCircleReport: t.prismaField({
    type: CircleReport,
    description: 'Publishes a meeting report (published: false takes it back from the public). STAFF/ADMIN of its region.',
    authScopes: { staff: true },
    errors: {},
    args: {
      id: t.arg.id({ required: true, description: 'Global ID of the circle report.' }),
      published: t.arg.boolean({ required: false, description: 'Default true.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(args.id, 'CircleReport', 'id');
      await setCircleReportPublished(ctx.prisma, editorOf(ctx), id, args.published ?? true);
      return ctx.prisma.circleReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
