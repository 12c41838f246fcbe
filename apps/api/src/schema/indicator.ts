import { localized } from '@atlas/domain';
import type { Prisma } from '@atlas/db';
import { builder } from '../builder.js';
import { indicatorByKey } from '../loaders/indicator-data.js';
import { langArgs, languageOf } from './language.js';
import { defineOrdering, ORDER_BY_DESCRIPTION } from './ordering.js';
import { DEFAULT_PAGE_SIZE, pageOf, refuseLargePages, relatedPaging } from './paging.js';
import { SdgGoal, SdgTarget } from './sdg.js';

export const PolarityEnum = builder.enumType('Polarity', {
  description: 'Which direction of change counts as progress.',
  values: {
    HIGHER_IS_BETTER: { description: 'Higher values are better.' },
    LOWER_IS_BETTER: { description: 'Lower values are better.' },
    NEUTRAL: { description: 'Neither direction is better (context data such as population); no progress rating.' },
  } as const,
});

export const IndicatorTopicEnum = builder.enumType('IndicatorTopic', {
  description: 'The family an indicator belongs to.',
  values: {
    SDG_MUNICIPAL: { description: 'SDG-Indikatoren für Kommunen (municipal SDG indicators, INKAR).' },
    SUSTAINABILITY_STRATEGY: { description: 'Deutsche Nachhaltigkeitsstrategie (German Sustainable Development Strategy).' },
    STRUCTURE: { description: 'Strukturdaten: population, age, commuters, labour market, economy.' },
  } as const,
});

export const AggregationEnum = builder.enumType('Aggregation', {
  description: "How a region's value is computed from the values of its cities and districts.",
  values: {
    SUM: { description: 'The sum of the units (counts such as inhabitants).' },
    POPULATION_WEIGHTED_MEAN: {
      description:
        "The mean of the units weighted by their population of the same year (else the unit's latest population): shares and rates.",
    },
    NOT_AGGREGABLE: { description: 'No regional value is computed (e.g. medians, indices).' },
  } as const,
});

export const TargetScopeEnum = builder.enumType('TargetScope', {
  description: 'Whose target a target value is.',
  values: {
    MUNICIPALITY: { description: 'A target a city or district set itself.' },
    REGION: { description: 'A target of the region.' },
    COUNTRY: { description: 'A national target of the German Sustainable Development Strategy.' },
  } as const,
});

export const TargetComparatorEnum = builder.enumType('TargetComparator', {
  description: 'How the value is compared with the target value.',
  values: {
    AT_LEAST: { description: 'The value should reach at least the target value.' },
    AT_MOST: { description: 'The value should be at most the target value.' },
    EQUAL: { description: 'The value should equal the target value.' },
  } as const,
});

export const IndicatorTarget = builder.prismaObject('IndicatorTarget', {
  description: 'A target value of an indicator for a year: national, regional or of one municipality.',
  fields: (t) => ({
    scope: t.expose('scope', { type: TargetScopeEnum, description: 'National, regional or municipal.' }),
    value: t.exposeFloat('value', { description: 'The target value, in the unit of the indicator.' }),
    year: t.exposeInt('year', { description: 'The year by which the target should be reached.' }),
    comparator: t.expose('comparator', { type: TargetComparatorEnum, description: 'Whether the value should reach at least, at most or exactly the target value.' }),
    note: t.string({
      nullable: true,
      args: langArgs(),
      description: 'The wording of the target, e.g. from the sustainability strategy.',
      resolve: (target, args, ctx) => (target.noteDe ? localized(languageOf(args, ctx), target.noteDe, target.noteEn) : null),
    }),
    source: t.exposeString('source', { nullable: true, description: 'Where the target was set.' }),
    municipality: t.relation('municipality', {
      nullable: true,
      description: 'The city or district of a MUNICIPALITY target; null for other scopes.',
    }),
  }),
});

export const Indicator = builder.prismaNode('Indicator', {
  // node(id:)/nodes(ids:) answer null for a record you may not see, not an error for the whole list.
  nullable: true,
  description: 'A measured quantity: an SDG indicator, a sustainability-strategy indicator or structural data.',
  id: { field: 'id' },
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable key: the INKAR id for municipal SDG indicators (a_GSa), dns_<id> for the sustainability strategy.',
    }),
    title: t.string({
      args: langArgs(),
      description: 'The name of the indicator.',
      resolve: (indicator, args, ctx) => localized(languageOf(args, ctx), indicator.titleDe, indicator.titleEn),
    }),
    definition: t.string({
      nullable: true,
      args: langArgs(),
      description: 'What exactly is measured.',
      resolve: (indicator, args, ctx) =>
        indicator.definitionDe ? localized(languageOf(args, ctx), indicator.definitionDe, indicator.definitionEn) : null,
    }),
    unit: t.string({
      args: langArgs(),
      description: 'Unit of the values, e.g. "%" or "Personen".',
      resolve: (indicator, args, ctx) => localized(languageOf(args, ctx), indicator.unitDe, indicator.unitEn),
    }),
    decimals: t.exposeInt('decimals', { description: 'Fraction digits to show values with.' }),
    polarity: t.expose('polarity', { type: PolarityEnum, description: 'Which direction of change counts as progress.' }),
    aggregation: t.expose('aggregation', { type: AggregationEnum, description: "How the region's value is computed from its cities and districts." }),
    topic: t.expose('topic', { type: IndicatorTopicEnum, description: 'The family the indicator belongs to.' }),
    sourceName: t.exposeString('sourceName', { description: 'Who publishes the data, as the licence asks to credit it.' }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true, description: 'Where the source publishes the data.' }),
    licence: t.exposeString('licence', { nullable: true, description: 'The licence of the data, e.g. dl-de/by-2-0.' }),
    method: t.exposeString('methodDe', {
      nullable: true,
      description: 'How the values are computed or collected (German; the sources publish no English text).',
    }),
    inferredByHand: t.exposeBoolean('inferredByHand', {
      description: 'True when direction, unit or target were inferred by hand from the source texts: show a warning.',
    }),
    inferenceNote: t.exposeString('inferenceNote', { nullable: true, description: 'What was inferred, and from what.' }),
    goals: t.field({
      type: [SdgGoal],
      description: 'The SDGs this indicator measures, in goal order. At most 17: a plain list, not a connection.',
      select: (_args, _ctx, nestedSelection) => ({
        goals: { select: { goal: nestedSelection(true) }, orderBy: { goalNumber: 'asc' } },
      }),
      resolve: (indicator) => indicator.goals.map((link) => link.goal),
    }),
    sdgTargets: t.field({
      type: [SdgTarget],
      description: 'The SDG targets (e.g. 11.6) this indicator measures, in catalogue order. Bounded by the SDG catalogue: a plain list, not a connection.',
      select: (_args, _ctx, nestedSelection) => ({
        targets: { select: { target: nestedSelection(true) }, orderBy: { target: { sortOrder: 'asc' } } },
      }),
      resolve: (indicator) => indicator.targets.map((link) => link.target),
    }),
    // Target values grow with every municipality and year that sets one: connections, not lists.
    targets: t.relatedConnection(
      'indicatorTargets',
      {
        ...relatedPaging,
        description: 'All target values of this indicator (national, regional, municipal), by year, then scope.',
        query: { orderBy: [{ year: 'asc' }, { scope: 'asc' }, { id: 'asc' }] },
      },
      ...pageOf('target values', 'target value'),
    ),
    nationalTargets: t.relatedConnection(
      'indicatorTargets',
      {
        ...relatedPaging,
        description: 'The national targets of the German Sustainable Development Strategy (scope COUNTRY), by year.',
        query: { where: { scope: 'COUNTRY' }, orderBy: [{ year: 'asc' }, { id: 'asc' }] },
      },
      ...pageOf('national targets', 'national target'),
    ),
  }),
});

/** The catalogue filter of the indicators connection. */
export function indicatorFilter(args: {
  goal?: number | null;
  target?: string | null;
  topic?: Prisma.IndicatorWhereInput['topic'] | null;
  search?: string | null;
}): Prisma.IndicatorWhereInput {
  const where: Prisma.IndicatorWhereInput[] = [];
  if (args.goal != null) where.push({ goals: { some: { goalNumber: args.goal } } });
  if (args.target != null) where.push({ targets: { some: { targetCode: args.target } } });
  if (args.topic != null) where.push({ topic: args.topic });
  const search = args.search?.trim();
  if (search) {
    where.push({
      OR: (['titleDe', 'titleEn', 'key'] as const).map((field) => ({ [field]: { contains: search, mode: 'insensitive' } })),
    });
  }
  return { AND: where };
}

const IndicatorOrder = defineOrdering<string, Prisma.IndicatorOrderByWithRelationInput>('IndicatorOrder', 'indicators', {
  KEY: { description: 'Key.', orderBy: (direction) => ({ key: direction }) },
  TITLE: { description: 'German title.', orderBy: (direction) => ({ titleDe: direction }) },
  TOPIC: { description: 'Topic (the default order is topic, then key).', orderBy: (direction) => ({ topic: direction }) },
});

builder.queryFields((t) => ({
  indicator: t.prismaField({
    type: Indicator,
    nullable: true,
    description: 'One indicator by its key; null when there is none.',
    args: { key: t.arg.string({ required: true, description: 'The indicator key, e.g. "a_GSa".' }) },
    // Without relations asked for (Pothos passes an empty query), as on the indicator page, one
    // hand-written statement reads the row: Prisma's findUnique took five times as long on the
    // embedded database. With relations, Prisma loads them in the same statement.
    resolve: (query, _root, args, ctx) =>
      Object.keys(query).length === 0 ? indicatorByKey(ctx, args.key) : ctx.prisma.indicator.findUnique({ ...query, where: { key: args.key } }),
  }),
  indicators: t.prismaConnection(
    {
      type: Indicator,
      cursor: 'key',
      defaultSize: DEFAULT_PAGE_SIZE,
      maxSize: refuseLargePages,
      description: `The indicator catalogue, ordered by topic then key. Relay paging: first/after or last/before, ${DEFAULT_PAGE_SIZE} per page by default, at most 100 (more is refused). Filters combine with AND.`,
      args: {
        goal: t.arg.int({ required: false, description: 'Only indicators linked to this SDG (1–17).' }),
        target: t.arg.string({ required: false, description: 'Only indicators linked to this SDG target, e.g. "11.6".' }),
        topic: t.arg({ type: IndicatorTopicEnum, required: false, description: 'Only indicators of this topic.' }),
        search: t.arg.string({
          required: false,
          description: 'Text in the German or English title or in the key, case-insensitive.',
        }),
        orderBy: t.arg({ type: IndicatorOrder.Input, required: false, description: ORDER_BY_DESCRIPTION }),
      },
      totalCount: (_parent, args, ctx) => ctx.prisma.indicator.count({ where: indicatorFilter(args) }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.indicator.findMany({ ...query, where: indicatorFilter(args), orderBy: IndicatorOrder.orderBy(args.orderBy, [{ topic: 'asc' }, { key: 'asc' }]) }),
    },
    { description: 'A page of indicators.' },
    { description: 'One indicator in a page.' },
  ),
}));
