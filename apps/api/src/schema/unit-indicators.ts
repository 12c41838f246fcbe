// The indicators of a city, a district or the region at a glance: latest value, sparkline, trend and
// progress per indicator, and a progress summary per SDG — for the profile and overview pages.
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Indicator as IndicatorModel, SdgGoal as SdgGoalModel } from '@atlas/db';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { ComputedPoint } from '../indicators/region-value.js';
import { trendOf, type Trend as TrendData } from '../indicators/trend.js';
import {
  goalSummaries,
  unitIndicatorOrder,
  unitIndicatorWhere,
  withUnitSeries,
  type GoalSummary,
  type IndicatorListFilter,
  type IndicatorUnit,
  type UnitIndicatorData,
} from '../indicators/unit-indicators.js';
import { assessmentOf } from '../indicators/unit-series.js';
import { allUnits } from '../loaders/indicator-data.js';
import { Indicator, IndicatorTopicEnum } from './indicator.js';
import { Municipality } from './municipality.js';
import { OpenSdgStatusEnum, Progress } from './progress.js';
import { Region } from './region.js';
import { SdgGoal } from './sdg.js';
import { Series, SeriesPoint } from './series.js';

/** Years a sparkline covers: the latest year with data and the nine before it. */
export const SPARKLINE_YEARS = 10;

export const TrendDirectionEnum = builder.enumType('TrendDirection', {
  description: 'Which way the value moved.',
  values: {
    UP: { description: 'The value rose by 1 % or more of its earlier value.' },
    DOWN: { description: 'The value fell by 1 % or more of its earlier value.' },
    FLAT: { description: 'The value changed by less than 1 %.' },
  } as const,
});

export const TrendAssessmentEnum = builder.enumType('TrendAssessment', {
  description: "The direction read against the indicator's polarity.",
  values: {
    IMPROVING: { description: 'Moving in the direction that is better.' },
    WORSENING: { description: 'Moving in the direction that is worse.' },
    STABLE: { description: 'About unchanged.' },
  } as const,
});

export const Trend = builder.objectRef<TrendData>('Trend').implement({
  description: 'The change from the earliest value of the last five years (latest year − 5 … latest year) to the latest value.',
  fields: (t) => ({
    direction: t.field({ type: TrendDirectionEnum, description: 'Which way the value moved.', resolve: (trend) => trend.direction }),
    assessment: t.field({
      type: TrendAssessmentEnum,
      nullable: true,
      description: 'Null for NEUTRAL indicators, where neither direction is better.',
      resolve: (trend) => trend.assessment,
    }),
    fromYear: t.exposeInt('fromYear', { description: 'The year the change is measured from.' }),
    fromValue: t.exposeFloat('fromValue', { description: 'The value in fromYear.' }),
    toYear: t.exposeInt('toYear', { description: 'The latest year.' }),
    toValue: t.exposeFloat('toValue', { description: 'The latest value.' }),
  }),
});

// queryFromInfo plans an include over all scalar columns: the rows are whole Indicator rows.
type IndicatorRow = IndicatorModel;

export const MunicipalityIndicator = builder.objectRef<UnitIndicatorData<IndicatorRow>>('MunicipalityIndicator').implement({
  description:
    "One indicator's values for one unit — a city, a district, or the region (computed by the aggregation rule) — with trend and progress.",
  fields: (t) => ({
    indicator: t.field({ type: Indicator, description: 'The indicator.', resolve: (data) => data.indicator }),
    computed: t.boolean({
      description: "True for the region's values, computed from its cities and districts.",
      resolve: (data) => data.series.computed,
    }),
    latest: t.field({
      type: SeriesPoint,
      nullable: true,
      description: 'The latest value with its year.',
      resolve: (data) => data.series.points.at(-1) ?? null,
    }),
    sparkline: t.field({
      type: [SeriesPoint],
      description: `The values of the last ${SPARKLINE_YEARS} years with data (latest year − ${SPARKLINE_YEARS - 1} … latest year).`,
      resolve: (data) => sparkline(data.series.points),
    }),
    trend: t.field({
      type: Trend,
      nullable: true,
      description: 'Null with fewer than two values in the last five years.',
      resolve: (data) => trendOf(data.series.points, data.indicator.polarity),
    }),
    progress: t.field({
      type: Progress,
      description: 'Progress of the whole series by both methods.',
      resolve: (data) => ({ ...assessmentOf(data.series), decimals: data.indicator.decimals }),
    }),
    series: t.field({ type: Series, description: 'The whole series.', resolve: (data) => data.series }),
  }),
});

function sparkline(points: readonly ComputedPoint[]): ComputedPoint[] {
  const latest = points.at(-1);
  return latest ? points.filter((point) => point.year > latest.year - SPARKLINE_YEARS) : [];
}

export const OpenSdgStatusCount = builder.objectRef<GoalSummary['statusCounts'][number]>('OpenSdgStatusCount').implement({
  description: 'How many indicators have one Open SDG status.',
  fields: (t) => ({
    status: t.field({ type: OpenSdgStatusEnum, description: 'The status counted.', resolve: (entry) => entry.status }),
    count: t.exposeInt('count', { description: 'Indicators with this status.' }),
  }),
});

type GoalProgressData = GoalSummary & { goal: SdgGoalModel };

export const GoalProgress = builder.objectRef<GoalProgressData>('GoalProgress').implement({
  description: "Progress summary of one SDG for a unit: its indicators and how many have each Open SDG status.",
  fields: (t) => ({
    goal: t.field({ type: SdgGoal, description: 'The SDG.', resolve: (data) => data.goal }),
    indicatorCount: t.exposeInt('indicatorCount', { description: 'Indicators of this goal with values for the unit.' }),
    statusCounts: t.field({
      type: [OpenSdgStatusCount],
      description: 'One entry per Open SDG status, in the order of the OpenSdgStatus enum (counts may be 0).',
      resolve: (data) => data.statusCounts,
    }),
  }),
});

const listArgs = {
  goal: { description: 'Only indicators linked to this SDG (1–17).' },
  topic: { description: 'Only indicators of this topic.' },
};

async function listIndicators(ctx: Context, info: GraphQLResolveInfo, target: IndicatorUnit, filter: IndicatorListFilter) {
  // What the client selects under `indicator` is loaded with the list, in the same statements.
  const query = queryFromInfo({ context: ctx, info, path: ['indicator'] });
  const indicators = (await ctx.prisma.indicator.findMany({
    ...query,
    where: unitIndicatorWhere(target, filter),
    orderBy: unitIndicatorOrder,
  })) as IndicatorRow[];
  return withUnitSeries(ctx, target, indicators);
}

async function listGoals(ctx: Context, info: GraphQLResolveInfo, target: IndicatorUnit, filter: IndicatorListFilter) {
  const summaries = await goalSummaries(ctx, target, filter);
  const goals = await ctx.prisma.sdgGoal.findMany({
    ...queryFromInfo({ context: ctx, info, path: ['goal'] }),
    where: { number: { in: summaries.map((summary) => summary.goalNumber) } },
  });
  return summaries.flatMap((summary) => {
    const goal = goals.find((candidate) => candidate.number === summary.goalNumber);
    return goal ? [{ ...summary, goal }] : [];
  });
}

const unitSelect = { id: true, ags: true, name: true, kind: true, regionId: true, population: true } as const;

builder.prismaObjectFields(Municipality, (t) => ({
  indicators: t.field({
    type: [MunicipalityIndicator],
    description:
      'The indicators with values for this city or district, ordered by topic then key, each with latest value, sparkline, trend and progress. Group them by goal with indicator.goals, or filter with goal.',
    args: {
      goal: t.arg.int({ required: false, ...listArgs.goal }),
      topic: t.arg({ type: IndicatorTopicEnum, required: false, ...listArgs.topic }),
    },
    select: unitSelect,
    resolve: (unit, args, ctx, info) => listIndicators(ctx, info, { kind: 'MUNICIPALITY', unit }, args),
  }),
  goals: t.field({
    type: [GoalProgress],
    description: 'Per SDG with indicators for this unit: indicator count and Open SDG status counts, in goal order.',
    args: { topic: t.arg({ type: IndicatorTopicEnum, required: false, ...listArgs.topic }) },
    select: unitSelect,
    resolve: (unit, args, ctx, info) => listGoals(ctx, info, { kind: 'MUNICIPALITY', unit }, args),
  }),
}));

async function regionUnit(ctx: Context, region: { id: string; slug: string; nameDe: string; nameEn: string; isDefault: boolean }): Promise<IndicatorUnit> {
  const units = (await allUnits(ctx)).filter((unit) => unit.regionId === region.id);
  return { kind: 'REGION', region, units };
}

const regionSelect = { id: true, slug: true, nameDe: true, nameEn: true, isDefault: true } as const;

builder.prismaObjectFields(Region, (t) => ({
  indicators: t.field({
    type: [MunicipalityIndicator],
    description:
      "The region as a unit: every aggregable indicator with values in its cities and districts, with the regional values computed by the indicator's aggregation rule (computed = true), trend and progress. NOT_AGGREGABLE indicators are left out.",
    args: {
      goal: t.arg.int({ required: false, ...listArgs.goal }),
      topic: t.arg({ type: IndicatorTopicEnum, required: false, ...listArgs.topic }),
    },
    select: regionSelect,
    resolve: async (region, args, ctx, info) => listIndicators(ctx, info, await regionUnit(ctx, region), args),
  }),
  goals: t.field({
    type: [GoalProgress],
    description: "Per SDG: the region's aggregable indicators and their Open SDG status counts, in goal order.",
    args: { topic: t.arg({ type: IndicatorTopicEnum, required: false, ...listArgs.topic }) },
    select: regionSelect,
    resolve: async (region, args, ctx, info) => listGoals(ctx, info, await regionUnit(ctx, region), args),
  }),
}));
