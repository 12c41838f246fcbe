import { describe, expect, it } from 'vitest';
import {
  chartRows,
  defaultComparisonYear,
  defaultSeriesKeys,
  seriesKey,
  seriesTableModel,
  styleSeries,
  yearsOf,
  type SeriesInput,
} from './seriesTable';

const point = (year: number, value: number) => ({ year, value, isDemo: false });

const series: SeriesInput[] = [
  { unitKind: 'MUNICIPALITY', ags: '05124000', name: 'Wuppertal', computed: false, points: [point(2015, 10), point(2016, 11)] },
  { unitKind: 'MUNICIPALITY', ags: '05122000', name: 'Solingen', computed: false, points: [point(2015, 20), point(2017, 22)] },
  { unitKind: 'REGION', ags: null, name: 'Bergisches Land', computed: true, points: [point(2015, 30)] },
  { unitKind: 'GERMANY', ags: null, name: 'Deutschland', computed: false, points: [point(2014, 5)] },
];

describe('series shaping', () => {
  it('keys series by AGS or kind and styles them', () => {
    expect(seriesKey(series[0]!)).toBe('05124000');
    expect(seriesKey(series[2]!)).toBe('REGION');
    const styled = styleSeries(series);
    expect(styled.map((s) => [s.key, s.dashed, s.bold])).toEqual([
      ['05124000', false, false],
      ['05122000', false, false],
      ['REGION', false, true],
      ['GERMANY', true, false],
    ]);
    expect(styled[0]!.color).not.toBe(styled[1]!.color);
  });

  it('lists every year once and makes one chart row per year with nulls for gaps', () => {
    expect(yearsOf(series)).toEqual([2014, 2015, 2016, 2017]);
    const rows = chartRows(styleSeries(series));
    expect(rows[1]).toEqual({ year: 2015, '05124000': 10, '05122000': 20, REGION: 30, GERMANY: null });
    expect(rows[3]).toEqual({ year: 2017, '05124000': null, '05122000': 22, REGION: null, GERMANY: null });
  });

  it('builds the table with years as rows and the computed region marked', () => {
    const model = seriesTableModel(series, { caption: 'Test', year: 'Jahr', computedSuffix: '(berechnet)' }, 1);
    expect(model.columns.map((c) => c.header)).toEqual(['Jahr', 'Wuppertal', 'Solingen', 'Bergisches Land (berechnet)', 'Deutschland']);
    expect(model.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['2014', null, null, null, 5],
      ['2015', 10, 20, 30, null],
      ['2016', 11, null, null, null],
      ['2017', null, 22, null, null],
    ]);
    expect(model.decimals).toBe(1);
  });

  it('compares by default in the latest year in which most units have values', () => {
    expect(defaultComparisonYear(series)).toBe(2015);
    expect(defaultComparisonYear([series[0]!])).toBe(2016);
    expect(defaultComparisonYear([])).toBeUndefined();
  });
});

describe('series colours', () => {
  it('reach 3:1 against white, as WCAG asks of graphics', async () => {
    const { contrastRatio } = await import('../../lib/contrast');
    const many = Array.from({ length: 6 }, (_, i) => ({ ...series[0]!, ags: String(i) }));
    for (const s of styleSeries([...many, ...series.slice(2)])) expect(contrastRatio(s.color, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
});

describe('defaultSeriesKeys', () => {
  it('hides Germany and NRW for summed counts only', () => {
    const styled = styleSeries(series);
    expect(defaultSeriesKeys(styled, 'SUM')).toEqual(['05124000', '05122000', 'REGION']);
    expect(defaultSeriesKeys(styled, 'POPULATION_WEIGHTED_MEAN')).toEqual(['05124000', '05122000', 'REGION', 'GERMANY']);
  });
});
