// Findings (Erkenntnisse) from interviews and workshops, minimal for now: what recommendations are
// derived from. The public sees only published findings, and only their anonymised wording.
import { isStaffRole } from '@atlas/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

export const FindingKindEnum = builder.enumType('FindingKind', {
  values: {
    WORKS_WELL: { description: 'Was gut funktioniert' },
    NEED: { description: 'Was gebraucht wird' },
    IDEA: { description: 'Idee' },
    BARRIER: { description: 'Hürde' },
  } as const,
});

export const isStaff = (ctx: Context) => isStaffRole(ctx.viewer?.role);

/** The findings a viewer may see: staff all of them, everybody else the published ones. */
export const visibleFindings = (ctx: Context) => (isStaff(ctx) ? {} : { isPublished: true });

export const Finding = builder.prismaNode('Finding', {
  description: 'A finding from an interview or workshop.',
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...visibleFindings(ctx) }),
  fields: (t) => ({
    kind: t.expose('kind', { type: FindingKindEnum }),
    publicStatement: t.exposeString('publicStatementDe', {
      nullable: true,
      description: 'The anonymised wording for publication (German).',
    }),
    statement: t.string({
      nullable: true,
      description: 'What was said, as recorded. Staff only; null for everybody else.',
      resolve: (finding, _args, ctx) => (isStaff(ctx) ? finding.statementDe : null),
    }),
    isPublished: t.exposeBoolean('isPublished'),
    municipality: t.relation('municipality', { nullable: true }),
    isDemo: t.exposeBoolean('isDemo'),
  }),
});
