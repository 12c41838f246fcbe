// Time series of an indicator for cities, districts, the region (computed) and Germany/NRW, with the
// progress of each series.
import { localized } from '@atlas/domain';
import { builder } from '../builder.js';
import type { ComputedPoint } from '../indicators/region-value.js';
import { assessmentOf, indicatorFactsSelect, prefetchSeries, seriesOf, visiblePoints, type SeriesData } from '../indicators/unit-series.js';
import { selectUnits } from '../indicators/units.js';
import { Indicator } from './indicator.js';
import { langArgs, languageOf } from './language.js';
import { Progress } from './progress.js';

export const UnitKindEnum = builder.enumType('UnitKind', {
  description: 'What a series or row describes.',
  values: {
    MUNICIPALITY: { description: 'A city (kreisfreie Stadt) or district (Kreis).' },
    REGION: { description: 'The region as a whole, computed from its cities and districts.' },
    GERMANY: { description: 'Germany, as a reference line.' },
    NRW: { description: 'North Rhine-Westphalia, as a reference line.' },
  } as const,
});

export const SeriesPoint = builder.objectRef<ComputedPoint>('SeriesPoint').implement({
  description: 'One value of a series.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year of the value.' }),
    value: t.exposeFloat('value', { description: 'In the unit of the indicator.' }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo values (or a regional value computed from any).' }),
  }),
});

export const Series = builder.objectRef<SeriesData>('Series').implement({
  description: 'The values of one indicator for one unit over the years, with its progress.',
  fields: (t) => ({
    unitKind: t.field({ type: UnitKindEnum, description: 'What the series describes.', resolve: (series) => series.unitKind }),
    ags: t.string({ nullable: true, description: 'AGS of a MUNICIPALITY series; null otherwise.', resolve: (series) => series.ags }),
    name: t.string({
      args: langArgs(),
      description: 'Name of the city, district, region or reference area.',
      resolve: (series, args, ctx) => localized(languageOf(args, ctx), series.nameDe, series.nameEn),
    }),
    computed: t.boolean({
      description:
        "True for the region's values, computed from its cities and districts by the indicator's aggregation rule (only years in which every unit has a value). Never true for NOT_AGGREGABLE indicators: they have no region series.",
      resolve: (series) => series.computed,
    }),
    points: t.field({
      type: [SeriesPoint],
      description: 'Values by year, within the from/to range asked for.',
      resolve: (series) => visiblePoints(series),
    }),
    latest: t.field({
      type: SeriesPoint,
      nullable: true,
      description: 'The latest value of the whole series (regardless of from/to).',
      resolve: (series) => series.points.at(-1) ?? null,
    }),
    progress: t.field({
      type: Progress,
      description: 'Progress measured on the whole series (regardless of from/to).',
      resolve: (series) => ({ ...assessmentOf(series), decimals: series.indicator.decimals }),
    }),
  }),
});

builder.prismaObjectFields(Indicator, (t) => ({
  series: t.field({
    type: [Series],
    description:
      'Time series of this indicator: one per city or district asked for (all of the default region when ags is omitted), in that order; then the region (includeRegion) and Germany and NRW (includeReferences) where values exist. One per unit asked for: a plain list, not a connection.',
    args: {
      ags: t.arg.stringList({ required: false, description: 'AGS of the cities and districts; all of the region when omitted.' }),
      from: t.arg.int({ required: false, description: 'First year to return points for.' }),
      to: t.arg.int({ required: false, description: 'Last year to return points for.' }),
      includeRegion: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Adds the region computed by the aggregation rule (not for NOT_AGGREGABLE indicators).',
      }),
      includeReferences: t.arg.boolean({ required: false, defaultValue: false, description: 'Adds Germany and NRW.' }),
    },
    select: indicatorFactsSelect,
    resolve: async (indicator, args, ctx) => {
      prefetchSeries(ctx, indicator, { region: args.includeRegion ?? false, references: args.includeReferences ?? false });
      const selection = await selectUnits(ctx, args.ags);
      const series = await seriesOf(ctx, indicator, {
        units: selection.units,
        region: args.includeRegion ? { region: selection.region, units: selection.regionUnits } : null,
        references: args.includeReferences ?? false,
      });
      const range = { from: args.from ?? null, to: args.to ?? null };
      return series.map((entry) => ({ ...entry, range }));
    },
  }),
  progress: t.field({
    type: Progress,
    description: 'Progress of this indicator in one city or district (the same as its series\' progress).',
    args: { ags: t.arg.string({ required: true, description: 'AGS of the city or district.' }) },
    select: indicatorFactsSelect,
    resolve: async (indicator, args, ctx) => {
      prefetchSeries(ctx, indicator, { region: false, references: false });
      const selection = await selectUnits(ctx, [args.ags]);
      const [series] = await seriesOf(ctx, indicator, { units: selection.units });
      if (!series) throw new Error(`no series for ${args.ags}`);
      return { ...assessmentOf(series), decimals: indicator.decimals };
    },
  }),
}));
