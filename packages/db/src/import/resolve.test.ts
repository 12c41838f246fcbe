import { describe, expect, it } from 'vitest';
import { mapGenesisColumns, resolveGenesisTable, resolveTidyRows } from './resolve.js';
import type { CatalogueIndicator, ImportCatalogue } from './resolve.js';
import { parseTidyCsv } from './tidy-csv.js';
import { emptySkipCounts } from './types.js';
import type { GenesisColumn, ParsedGenesisTable } from './types.js';

const indicator = (key: string, genesisTable: string | null = null, genesisColumn: string | null = null): CatalogueIndicator => ({
  id: `id-${key}`,
  key,
  genesisTable,
  genesisColumn,
});

const municipalities = [
  { id: 'm-wuppertal', ags: '05124000', regionId: 'r1' },
  { id: 'm-solingen', ags: '05122000', regionId: 'r1' },
];

const column = (...path: string[]): GenesisColumn => {
  const name = path.join(' | ');
  return { name, path, names: [name], unit: null };
};

const averageAgeColumns = [
  column('Durchschnittsalter'),
  column('Durchschnittsalter', 'männlich'),
  column('Durchschnittsalter', 'weiblich'),
];

function table(columns: GenesisColumn[], values: ParsedGenesisTable['values'] = []): ParsedGenesisTable {
  return {
    format: 'genesis-classic',
    tableCode: '12411-07-01-4',
    headerLine: 5,
    columns,
    values,
    rowsRead: values.length,
    extractedAt: '10.10.2017',
    skipped: emptySkipCounts(),
    errors: [],
  };
}

const value = (line: number, columnIndex: number, regionCode: string, v: number) => ({
  line,
  columnIndex,
  regionCode,
  year: 2015,
  disaggregation: {},
  value: v,
  status: 'FINAL' as const,
});

describe('resolveTidyRows', () => {
  const catalogue: ImportCatalogue = { indicators: [indicator('rate')], municipalities };

  it('links rows to indicator and municipality and builds the disaggregation key', () => {
    const file = parseTidyCsv('indicator;ags;year;value;sex\nrate;05124000;2020;1,5;female\n');
    const { observations, errors } = resolveTidyRows(file, catalogue);
    expect(errors).toEqual([]);
    expect(observations).toEqual([
      expect.objectContaining({ indicatorId: 'id-rate', municipalityId: 'm-wuppertal', disaggregationKey: 'sex=female' }),
    ]);
  });

  it('rejects unknown indicators, unknown AGS and duplicate rows with their lines', () => {
    const file = parseTidyCsv(
      ['indicator;ags;year;value', 'rate;05124000;2020;1', 'nope;05124000;2020;1', 'rate;09162000;2020;1', 'rate;05124000;2020;2'].join('\n'),
    );
    const { observations, errors } = resolveTidyRows(file, catalogue);
    expect(observations).toHaveLength(1);
    expect(errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [3, 'indicator', 'UNKNOWN_INDICATOR'],
      [4, 'ags', 'UNKNOWN_AGS'],
      [5, null, 'DUPLICATE_ROW'],
    ]);
    expect(errors[2]?.reason).toContain('as line 2');
  });
});

describe('mapGenesisColumns', () => {
  it('splits the columns of an indicator without genesisColumn by sex', () => {
    const catalogue = { indicators: [indicator('age', '12411-07-01-4')], municipalities };
    const { targets, errors } = mapGenesisColumns(table(averageAgeColumns), catalogue);
    expect(errors).toEqual([]);
    expect(targets.map((column) => column.map((target) => target.disaggregation))).toEqual([[{}], [{ sex: 'male' }], [{ sex: 'female' }]]);
  });

  it('takes the column named by genesisColumn and the columns below it, ignoring case and spaces', () => {
    const catalogue = {
      indicators: [
        indicator('age_male', '12411-07-01-4', ' durchschnittsalter  | MÄNNLICH '),
        indicator('age', '12411-07-01-4', 'Durchschnittsalter'),
        indicator('other', '99999-01-01-4'),
      ],
      municipalities,
    };
    const { targets, errors } = mapGenesisColumns(table(averageAgeColumns), catalogue);
    expect(errors).toEqual([]);
    expect(targets.map((targetsOfColumn) => targetsOfColumn.map((t) => [t.indicator.key, t.disaggregation]))).toEqual([
      [['age', {}]],
      [
        ['age_male', {}],
        ['age', { sex: 'male' }],
      ],
      [['age', { sex: 'female' }]],
    ]);
  });

  it('reads age groups and Frauen/Männer below the column and leaves out other breakdowns', () => {
    const columns = [
      column('Arbeitslose', 'Insgesamt'),
      column('Arbeitslose', 'Frauen'),
      column('Arbeitslose', 'Ausländer'),
      column('Arbeitslose', '15 bis unter 25 Jahre'),
      column('Arbeitslosenquote', 'Insgesamt'),
    ];
    const catalogue = { indicators: [indicator('unemployed', '12411-07-01-4', 'Arbeitslose')], municipalities };
    const { targets, errors } = mapGenesisColumns(table(columns), catalogue);
    expect(errors).toEqual([]);
    expect(targets.map((t) => t.map((target) => target.disaggregation))).toEqual([[{}], [{ sex: 'female' }], [], [{ age: '15-25' }], []]);
  });

  it('uses the indicator named by the caller, whatever its genesisTable', () => {
    const catalogue = { indicators: [indicator('age')], municipalities };
    expect(mapGenesisColumns(table(averageAgeColumns), catalogue, 'age').targets.flat()).toHaveLength(3);
    expect(mapGenesisColumns(table(averageAgeColumns), catalogue, 'missing').errors.map((e) => e.code)).toEqual([
      'UNKNOWN_INDICATOR',
    ]);
  });

  it('rejects a table no indicator is mapped to', () => {
    const { errors } = mapGenesisColumns(table(averageAgeColumns), { indicators: [indicator('x')], municipalities });
    expect(errors.map((error) => [error.line, error.code])).toEqual([[1, 'UNKNOWN_TABLE']]);
  });

  it('rejects a genesisColumn the table does not have, listing the columns', () => {
    const catalogue = { indicators: [indicator('age', '12411-07-01-4', 'Insgesamt')], municipalities };
    const [error] = mapGenesisColumns(table(averageAgeColumns), catalogue).errors;
    expect(error).toMatchObject({ line: 5, code: 'COLUMN_NOT_FOUND' });
    expect(error?.reason).toContain('"Durchschnittsalter | weiblich"');
  });

  it('rejects two columns that would give the same disaggregation', () => {
    const columns = [column('Quote', 'Frauen'), column('Quote', 'weiblich')];
    const catalogue = { indicators: [indicator('rate', '12411-07-01-4', 'Quote')], municipalities };
    expect(mapGenesisColumns(table(columns), catalogue).errors.map((e) => [e.column, e.code])).toEqual([
      ['Quote | weiblich', 'COLUMN_CONFLICT'],
    ]);
  });
});

describe('resolveGenesisTable', () => {
  it('links values to municipalities by Kreis key, sets the source and counts unmapped values', () => {
    const catalogue = { indicators: [indicator('age_female', '12411-07-01-4', 'Durchschnittsalter | weiblich')], municipalities };
    const resolution = resolveGenesisTable(
      table(averageAgeColumns, [value(93, 0, '05124', 43.9), value(93, 2, '05124', 45.4), value(92, 2, '05122', 45.7)]),
      catalogue,
    );
    expect(resolution.errors).toEqual([]);
    expect(resolution.unmappedColumns).toBe(1);
    expect(resolution.observations.map((o) => [o.indicatorKey, o.ags, o.value, o.disaggregationKey, o.source])).toEqual([
      // The column the indicator names is its total.
      ['age_female', '05124000', 45.4, '', 'GENESIS-Tabelle 12411-07-01-4, Stand 10.10.2017'],
      ['age_female', '05122000', 45.7, '', 'GENESIS-Tabelle 12411-07-01-4, Stand 10.10.2017'],
    ]);
  });

  it('rejects a value that repeats one of the same unit, year and column', () => {
    const catalogue = { indicators: [indicator('age', '12411-07-01-4', 'Durchschnittsalter | männlich')], municipalities };
    const resolution = resolveGenesisTable(table(averageAgeColumns, [value(10, 1, '05124', 1), value(11, 1, '05124', 2)]), catalogue);
    expect(resolution.errors.map((e) => [e.line, e.column, e.code])).toEqual([[11, 'Durchschnittsalter | männlich', 'DUPLICATE_ROW']]);
  });
});
