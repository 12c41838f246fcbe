// Findings (Erkenntnisse) from interviews and workshops: what works, what is needed, ideas, barriers,
// tagged with SDG targets and themes. The public sees only published findings, and only their
// anonymised wording; staff of the region see all of theirs with the statement as recorded.
// Queries and mutations are in interview.ts.
import { canEditRegion, isStaffRole } from '@atlas/db';
import type { Editor, Prisma } from '@atlas/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { SdgTarget } from './sdg.js';

export const FindingKindEnum = builder.enumType('FindingKind', {
  description: 'What a finding is about.',
  values: {
    WORKS_WELL: { description: 'What works well (Was gut funktioniert)' },
    NEED: { description: 'Need: what is missing (Was gebraucht wird)' },
    IDEA: { description: 'Idea (Idee)' },
    BARRIER: { description: 'Barrier (Hürde)' },
  } as const,
});

export const isStaff = (ctx: Context) => isStaffRole(ctx.viewer?.role);

const editorOfViewer = (ctx: Context): Editor | null =>
  ctx.viewer ? { userId: ctx.viewer.id, role: ctx.viewer.role, regionId: ctx.viewer.regionId } : null;

/** True for staff and admins of the finding's region: they see the recorded statement and drafts. */
export const isStaffOfFindingRegion = (ctx: Context, regionId: string) => canEditRegion(editorOfViewer(ctx), regionId);

/** The findings a viewer may see: staff the published ones plus all of their region, everybody else the published ones. */
export function visibleFindings(ctx: Context): Prisma.FindingWhereInput {
  const viewer = ctx.viewer;
  if (!viewer || !isStaff(ctx)) return { isPublished: true };
  if (viewer.regionId === null) return viewer.role === 'ADMIN' ? {} : { isPublished: true };
  return { OR: [{ isPublished: true }, { regionId: viewer.regionId }] };
}

export const Finding = builder.prismaNode('Finding', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A finding from an interview or workshop.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, AND: [visibleFindings(ctx)] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: FindingKindEnum, description: 'What the finding is about.' }),
    publicStatement: t.exposeString('publicStatementDe', {
      nullable: true,
      description: 'The anonymised wording for publication (German).',
    }),
    statement: t.string({
      nullable: true,
      description: 'What was said, as recorded. Staff of the region only; null for everybody else.',
      resolve: (finding, _args, ctx) => (isStaffOfFindingRegion(ctx, finding.regionId) ? finding.statementDe : null),
    }),
    isPublished: t.exposeBoolean('isPublished', { description: 'True when its anonymised wording is published; the public sees only published findings.' }),
    municipality: t.relation('municipality', { nullable: true, description: 'The city or district it is about; null for the whole region.' }),
    themes: t.exposeStringList('themes', { description: 'Free themes such as "Mobilität" or "Ehrenamt".' }),
    sdgTargets: t.field({
      type: [SdgTarget],
      description: 'The SDG targets it is tagged with, by code.',
      select: (_args, _ctx, nestedSelection) => ({ targets: { select: { target: nestedSelection(true) }, orderBy: { targetCode: 'asc' } } }),
      resolve: (finding) => finding.targets.map((link) => link.target),
    }),
    createdAt: t.string({ description: 'When it was recorded (ISO 8601 date-time).', select: { createdAt: true }, resolve: (finding) => finding.createdAt.toISOString() }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo data.' }),
  }),
});
