// Several units side by side over several indicators, for the comparison page.
import { localized } from '@atlas/domain';
import type { Indicator as IndicatorModel } from '@atlas/db';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import type { ComputedPoint } from '../indicators/region-value.js';
import { assessmentOf, seriesOf, type SeriesData } from '../indicators/unit-series.js';
import { selectUnits } from '../indicators/units.js';
import { Indicator } from './indicator.js';
import { langArgs, languageOf } from './language.js';
import { Progress } from './progress.js';
import { UnitKindEnum } from './series.js';

export const MAX_COMPARED_UNITS = 20;
export const MAX_COMPARED_INDICATORS = 100;

interface ComparisonValueData {
  indicator: IndicatorModel;
  /** Null for the region of a NOT_AGGREGABLE indicator: there is no series. */
  series: SeriesData | null;
  point: ComputedPoint | null;
}

interface ComparisonRowData {
  unitKind: SeriesData['unitKind'];
  ags: string | null;
  nameDe: string;
  nameEn: string;
  values: ComparisonValueData[];
}

export const ComparisonValue = builder.objectRef<ComparisonValueData>('ComparisonValue').implement({
  description: 'The value of one indicator for one unit: of the year asked for, else the latest.',
  fields: (t) => ({
    indicator: t.field({ type: Indicator, description: 'The indicator compared.', resolve: (data) => data.indicator }),
    year: t.int({ nullable: true, description: 'Null when the unit has no value (for that year).', resolve: (data) => data.point?.year ?? null }),
    value: t.float({ nullable: true, description: 'In the unit of the indicator; null when there is none.', resolve: (data) => data.point?.value ?? null }),
    isDemo: t.boolean({ description: 'True for an invented demo value.', resolve: (data) => data.point?.isDemo ?? false }),
    computed: t.boolean({
      description: "True for the region's value, computed by the indicator's aggregation rule.",
      resolve: (data) => data.series?.computed ?? false,
    }),
    progress: t.field({
      type: Progress,
      nullable: true,
      description: 'Progress over the whole series; null where there is no series (the region of a NOT_AGGREGABLE indicator).',
      resolve: (data) => (data.series ? { ...assessmentOf(data.series), decimals: data.indicator.decimals } : null),
    }),
  }),
});

export const ComparisonRow = builder.objectRef<ComparisonRowData>('ComparisonRow').implement({
  description: 'One unit of a comparison with one value per indicator, in the order the indicators were asked for.',
  fields: (t) => ({
    unitKind: t.field({ type: UnitKindEnum, description: 'MUNICIPALITY or REGION.', resolve: (row) => row.unitKind }),
    ags: t.string({ nullable: true, description: 'AGS of a city or district; null for the region.', resolve: (row) => row.ags }),
    name: t.string({ args: langArgs(), description: 'Name of the city, district or region.', resolve: (row, args, ctx) => localized(languageOf(args, ctx), row.nameDe, row.nameEn) }),
    values: t.field({ type: [ComparisonValue], description: 'One value per indicator key, in the order asked for.', resolve: (row) => row.values }),
  }),
});

function validationError(field: string, reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'VALIDATION', field, reason } });
}

builder.queryFields((t) => ({
  comparison: t.field({
    type: [ComparisonRow],
    description: `Cities and districts side by side: one row per AGS in the order given (then the region when includeRegion), one value per indicator key in the order given. The value of \`year\`, or each unit's latest value when year is omitted; progress is measured on the whole series. At most ${MAX_COMPARED_UNITS} units and ${MAX_COMPARED_INDICATORS} indicators.`,
    args: {
      ags: t.arg.stringList({ required: true, description: 'AGS of the cities and districts to compare.' }),
      indicatorKeys: t.arg.stringList({ required: true, description: 'Keys of the indicators to compare.' }),
      year: t.arg.int({ required: false, description: 'The year to compare; the latest value of each unit when omitted.' }),
      includeRegion: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Adds the region as a last row (computed values; none for NOT_AGGREGABLE indicators).',
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      if (args.ags.length === 0 || args.ags.length > MAX_COMPARED_UNITS) {
        throw validationError('ags', 'COUNT', `ags: name 1 to ${MAX_COMPARED_UNITS} cities or districts, got ${args.ags.length}.`);
      }
      if (args.indicatorKeys.length === 0 || args.indicatorKeys.length > MAX_COMPARED_INDICATORS) {
        throw validationError(
          'indicatorKeys',
          'COUNT',
          `indicatorKeys: name 1 to ${MAX_COMPARED_INDICATORS} indicators, got ${args.indicatorKeys.length}.`,
        );
      }
      const selection = await selectUnits(ctx, args.ags);
      const found = await ctx.prisma.indicator.findMany({
        ...queryFromInfo({ context: ctx, info, path: ['values', 'indicator'] }),
        where: { key: { in: args.indicatorKeys } },
      });
      const indicators = args.indicatorKeys.map((key) => {
        const indicator = found.find((candidate) => candidate.key === key);
        if (!indicator) throw validationError('indicatorKeys', 'UNKNOWN_INDICATOR', `indicatorKeys: no indicator with key "${key}".`);
        return indicator as IndicatorModel;
      });
      const seriesByIndicator = await Promise.all(
        indicators.map((indicator) =>
          seriesOf(ctx, indicator, {
            units: selection.units,
            region: args.includeRegion ? { region: selection.region, units: selection.regionUnits } : null,
          }),
        ),
      );
      const pick = (series: SeriesData | undefined): ComputedPoint | null => {
        if (!series) return null;
        if (args.year == null) return series.points.at(-1) ?? null;
        return series.points.find((point) => point.year === args.year) ?? null;
      };
      const rows: ComparisonRowData[] = selection.units.map((unit, index) => ({
        unitKind: 'MUNICIPALITY',
        ags: unit.ags,
        nameDe: unit.name,
        nameEn: unit.name,
        values: indicators.map((indicator, i) => {
          const series = seriesByIndicator[i]?.[index] ?? null;
          return { indicator, series, point: pick(series ?? undefined) };
        }),
      }));
      if (args.includeRegion) {
        rows.push({
          unitKind: 'REGION',
          ags: null,
          nameDe: selection.region.nameDe,
          nameEn: selection.region.nameEn,
          values: indicators.map((indicator, i) => {
            const series = seriesByIndicator[i]?.find((entry) => entry.unitKind === 'REGION') ?? null;
            return { indicator, series, point: pick(series ?? undefined) };
          }),
        });
      }
      return rows;
    },
  }),
}));
