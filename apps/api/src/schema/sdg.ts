import { localized } from '@atlas/domain';
import { builder } from '../builder.js';
import { langArgs, languageOf } from './language.js';

export const SdgGoal = builder.prismaNode('SdgGoal', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'One of the 17 Sustainable Development Goals.',
  id: { field: 'number' },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Goal number, 1–17.' }),
    code: t.exposeString('code', { description: '"SDG 11" style code: the goal number as a string.' }),
    title: t.string({
      description: 'Official title of the goal, in the requested language.',
      args: langArgs(),
      resolve: (goal, args, ctx) => localized(languageOf(args, ctx), goal.titleDe, goal.titleEn),
    }),
    shortTitle: t.string({
      description: 'Short title of the goal (e.g. "Sustainable cities"), in the requested language.',
      args: langArgs(),
      resolve: (goal, args, ctx) => localized(languageOf(args, ctx), goal.shortDe, goal.shortEn),
    }),
    color: t.exposeString('color', { description: 'Official UN colour, #RRGGBB.' }),
    targets: t.relation('targets', { description: 'Targets of the goal, in official order. Bounded by the SDG catalogue (at most 19): a plain list, not a connection.', query: { orderBy: { sortOrder: 'asc' } } }),
  }),
});

export const SdgTarget = builder.prismaNode('SdgTarget', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A target of an SDG, e.g. 11.6.',
  id: { field: 'code' },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'e.g. "11.6".' }),
    title: t.string({
      description: 'Official title of the target, in the requested language.',
      args: langArgs(),
      resolve: (target, args, ctx) => localized(languageOf(args, ctx), target.titleDe, target.titleEn),
    }),
    goal: t.relation('goal', { description: 'The goal this target belongs to.' }),
  }),
});

builder.queryFields((t) => ({
  sdgGoals: t.prismaField({
    type: [SdgGoal],
    description: 'The 17 goals in order. At most 17: a plain list, not a connection.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.sdgGoal.findMany({ ...query, orderBy: { number: 'asc' } }),
  }),
  sdgGoal: t.prismaField({
    type: SdgGoal,
    nullable: true,
    description: 'One SDG by its number (1–17); null for any other number.',
    args: { number: t.arg.int({ required: true, description: 'The goal number, 1–17.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.sdgGoal.findUnique({ ...query, where: { number: args.number } }),
  }),
}));
