import { localized } from '@atlas/domain';
import { builder } from '../builder.js';
import { langArgs, languageOf } from './language.js';

export const PolarityEnum = builder.enumType('Polarity', {
  values: ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const,
});

export const Indicator = builder.prismaNode('Indicator', {
  description: 'A measured quantity: an SDG indicator, a sustainability-strategy indicator or structural data.',
  id: { field: 'id' },
  fields: (t) => ({
    key: t.exposeString('key'),
    title: t.string({
      args: langArgs(),
      resolve: (indicator, args, ctx) => localized(languageOf(args, ctx), indicator.titleDe, indicator.titleEn),
    }),
    unit: t.string({
      args: langArgs(),
      resolve: (indicator, args, ctx) => localized(languageOf(args, ctx), indicator.unitDe, indicator.unitEn),
    }),
    decimals: t.exposeInt('decimals'),
    polarity: t.expose('polarity', { type: PolarityEnum }),
    sourceName: t.exposeString('sourceName'),
  }),
});

builder.queryFields((t) => ({
  indicator: t.prismaField({
    type: Indicator,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.indicator.findUnique({ ...query, where: { key: args.key } }),
  }),
}));
