// Shaping an indicator's series (units, region, Germany, NRW) for the chart, the bar comparison and
// the data table, which all show the same numbers.
import type { TableModel } from '../../components/table/tableModel';

export type UnitKindKey = 'MUNICIPALITY' | 'REGION' | 'GERMANY' | 'NRW';

export interface SeriesInput {
  unitKind: UnitKindKey;
  ags: string | null;
  name: string;
  computed: boolean;
  points: ReadonlyArray<{ year: number; value: number; isDemo: boolean }>;
}

/** A stable key per series: the AGS of a city or district, else its kind (REGION, GERMANY, NRW). */
export function seriesKey(series: Pick<SeriesInput, 'unitKind' | 'ags'>): string {
  return series.unitKind === 'MUNICIPALITY' && series.ags ? series.ags : series.unitKind;
}

/** Colour-blind-safe line colours, dark enough for 3:1 against white; the region black, references grey. */
const UNIT_COLORS = ['#0072B2', '#B3431B', '#007A5A', '#8E4585', '#8A6100', '#3B6E8F'] as const;
const KIND_COLORS: Record<Exclude<UnitKindKey, 'MUNICIPALITY'>, string> = {
  REGION: '#1A1A1A',
  GERMANY: '#5F6B76',
  NRW: '#5F6B76',
};

export function seriesColor(series: Pick<SeriesInput, 'unitKind'>, municipalityIndex: number): string {
  return series.unitKind === 'MUNICIPALITY' ? (UNIT_COLORS[municipalityIndex % UNIT_COLORS.length] ?? UNIT_COLORS[0]) : KIND_COLORS[series.unitKind];
}

export interface SeriesStyle {
  key: string;
  color: string;
  dashed: boolean;
  bold: boolean;
}

export type StyledSeries<S extends SeriesInput = SeriesInput> = S & SeriesStyle;

/** Keys, colours and line styles; municipality colours follow the order of the list. */
export function styleSeries<S extends SeriesInput>(series: readonly S[]): Array<StyledSeries<S>> {
  let municipalityIndex = 0;
  return series.map((s) => ({
    ...s,
    key: seriesKey(s),
    color: seriesColor(s, s.unitKind === 'MUNICIPALITY' ? municipalityIndex++ : 0),
    dashed: s.unitKind === 'GERMANY' || s.unitKind === 'NRW',
    bold: s.unitKind === 'REGION',
  }));
}

/** Every year with a value in any of the series, ascending. */
export function yearsOf(series: readonly SeriesInput[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

export function valueIn(series: SeriesInput, year: number): number | null {
  return series.points.find((p) => p.year === year)?.value ?? null;
}

/** Chart rows: `{ year, [series key]: value or null }` for every year. */
export function chartRows(series: readonly StyledSeries[]): Array<Record<string, number | null>> {
  return yearsOf(series).map((year) => {
    const row: Record<string, number | null> = { year };
    for (const s of series) row[s.key] = valueIn(s, year);
    return row;
  });
}

/** Rows are years, columns the series: what the table shows and the CSV holds. */
export function seriesTableModel(
  series: readonly SeriesInput[],
  labels: { caption: string; year: string; computedSuffix: string },
  decimals: number,
): TableModel {
  return {
    caption: labels.caption,
    decimals,
    columns: [
      { header: labels.year },
      ...series.map((s) => ({ header: s.computed ? `${s.name} ${labels.computedSuffix}` : s.name, numeric: true })),
    ],
    rows: yearsOf(series).map((year) => ({ header: String(year), cells: series.map((s) => valueIn(s, year)) })),
  };
}

/**
 * The year to compare by default: the latest year in which the most cities and districts have a
 * value (so a single early reporter does not leave the others blank). Undefined without values.
 */
export function defaultComparisonYear(series: readonly SeriesInput[]): number | undefined {
  const units = series.filter((s) => s.unitKind === 'MUNICIPALITY');
  const pool = units.length > 0 ? units : series;
  let best: { year: number; count: number } | undefined;
  for (const year of yearsOf(pool)) {
    const count = pool.filter((s) => valueIn(s, year) !== null).length;
    if (!best || count >= best.count) best = { year, count };
  }
  return best?.year;
}

/**
 * The series shown before the reader chooses: all of them, except that Germany and NRW are left out
 * for summed counts (inhabitants, jobs), where national totals would flatten the units' lines.
 */
export function defaultSeriesKeys(series: ReadonlyArray<{ key: string; unitKind: UnitKindKey }>, aggregation: string): string[] {
  const hideReferences = aggregation === 'SUM';
  return series.filter((s) => !(hideReferences && (s.unitKind === 'GERMANY' || s.unitKind === 'NRW'))).map((s) => s.key);
}
