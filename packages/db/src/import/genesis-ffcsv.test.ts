import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { looksLikeGenesisFfcsv, parseGenesisFfcsv } from './genesis-ffcsv.js';

const fixtureText = (name: string) => decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))).text;
const bergisch = new Set(['05120', '05122', '05124', '05316', '05374', '05378']);
const isRegionUnit = (code: string) => bergisch.has(code);

describe('parseGenesisFfcsv', () => {
  it('reads the 2024 Destatis sample: Germany only, so every row is outside the region', () => {
    const fileName = 'genesis_ffcsv_2024_61111-0001_de_flat.csv';
    const text = fixtureText(fileName);
    expect(looksLikeGenesisFfcsv(text)).toBe(true);
    const table = parseGenesisFfcsv(text, { isRegionUnit, fileName });
    expect(table.errors).toEqual([]);
    expect(table.tableCode).toBe('61111-0001');
    expect(table.rowsRead).toBe(66);
    expect(table.skipped.notInRegion).toBe(66);
    expect(table.values).toEqual([]);
  });

  it('reads the sample without a region filter: one column per measure and unit, special values counted', () => {
    const table = parseGenesisFfcsv(fixtureText('genesis_ffcsv_2024_61111-0001_de_flat.csv'));
    expect(table.errors).toEqual([]);
    expect(table.tableCode).toBe('61111');
    expect(table.columns.map((column) => column.name)).toEqual(['PREIS1 (%)', 'PREIS1 (2020=100)']);
    expect(table.values.find((value) => value.year === 2016 && value.columnIndex === 1)).toMatchObject({
      regionCode: 'DG',
      value: 95,
      status: 'FINAL',
    });
    expect(table.skipped.specialValues['.']).toBeGreaterThan(0);
  });

  it('reads a regional table: sex as disaggregation, quality flags as status, other Kreise skipped', () => {
    const fileName = 'genesis_ffcsv_constructed_12411-9999_de_flat.csv';
    const table = parseGenesisFfcsv(fixtureText(fileName), { isRegionUnit, fileName });
    expect(table.errors).toEqual([]);
    expect(table.tableCode).toBe('12411-9999');
    expect(table.rowsRead).toBe(12);
    expect(table.skipped).toEqual({ notInRegion: 3, specialValues: { '...': 1 }, unmappedColumns: 0 });
    expect(table.values.filter((value) => value.regionCode === '05122')).toEqual([
      { line: 5, columnIndex: 0, regionCode: '05122', year: 2015, disaggregation: {}, value: 44.3, status: 'FINAL' },
      { line: 6, columnIndex: 0, regionCode: '05122', year: 2015, disaggregation: { sex: 'male' }, value: 42.8, status: 'FINAL' },
      {
        line: 7,
        columnIndex: 0,
        regionCode: '05122',
        year: 2015,
        disaggregation: { sex: 'female' },
        value: 45.7,
        status: 'PROVISIONAL',
      },
    ]);
  });

  it('rejects unknown quality flags, monthly periods and bad numbers with line and column', () => {
    const header =
      'statistics_code;time_code;time;1_variable_code;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_q';
    const table = parseGenesisFfcsv(
      [header, '1;JAHR;2020;KREISE;05124;W;1,5;%;X;z', '1;MONAT;2020-01;KREISE;05124;W;1,5;%;X;e', '1;JAHR;2020;KREISE;05124;W;1a;%;X;e'].join(
        '\n',
      ),
    );
    expect(table.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [2, 'value_q', 'BAD_STATUS'],
      [3, 'time', 'BAD_YEAR'],
      [4, 'value', 'BAD_VALUE'],
    ]);
  });

  it('names the missing fixed columns', () => {
    const table = parseGenesisFfcsv('statistics_code;time;value\n');
    expect(table.errors.map((error) => error.column)).toEqual(['time_code', 'value_unit', 'value_variable_code']);
  });
});
