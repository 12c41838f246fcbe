import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { looksLikeGenesisClassic, parseGenesisClassic } from './genesis-classic.js';

const fixtureText = (name: string) => decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))).text;
const bergisch = new Set(['05120', '05122', '05124', '05316', '05374', '05378']);
const isRegionUnit = (code: string) => bergisch.has(code);

describe('parseGenesisClassic: "Zeitreihe" layout (time in the first column)', () => {
  const text = fixtureText('regionalstatistik_classic_timeseries_12411-07-01-4_00.csv');
  const table = parseGenesisClassic(text, { isRegionUnit });

  it('reads the table code, the header rows and the "Stand" of the footer', () => {
    expect(looksLikeGenesisClassic(text)).toBe(true);
    expect(table.errors).toEqual([]);
    expect(table.tableCode).toBe('12411-07-01-4');
    expect(table.headerLine).toBe(5);
    expect(table.extractedAt).toBe('10.10.2017');
    // The last header row holds the units, not labels.
    expect(table.columns.map((column) => [column.name, column.unit])).toEqual([
      ['Durchschnittsalter der Bevölkerung', 'Jahre'],
      ['Durchschnittsalter der Bevölkerung | männlich', 'Jahre'],
      ['Durchschnittsalter der Bevölkerung | weiblich', 'Jahre'],
    ]);
  });

  it('keeps the values of the six units and counts the other units as skipped', () => {
    expect(table.values).toHaveLength(18);
    expect(table.values.find((value) => value.regionCode === '05124' && value.columnIndex === 2)).toEqual({
      line: 93,
      columnIndex: 2,
      regionCode: '05124',
      year: 2015,
      disaggregation: {},
      value: 45.4,
      status: 'FINAL',
    });
    // 526 data rows × 3 columns, footer lines excluded.
    expect(table.rowsRead).toBe(526 * 3);
    expect(table.skipped.notInRegion).toBe(table.rowsRead - 18);
  });

  it('counts special values instead of rejecting them', () => {
    const all = parseGenesisClassic(text);
    expect(all.errors).toEqual([]);
    // Göttingen, Landkreis (03159) has "-" in all three columns, and others more.
    expect(all.skipped.specialValues['-']).toBeGreaterThanOrEqual(3);
    expect(all.values.some((value) => value.regionCode === '03159')).toBe(false);
    expect(all.values.length + (all.skipped.specialValues['-'] ?? 0) + (all.skipped.specialValues['.'] ?? 0)).toBe(all.rowsRead);
  });
});

describe('parseGenesisClassic: "Tabelle" layout (time in a header row), Latin-1', () => {
  const table = parseGenesisClassic(fixtureText('regionalstatistik_classic_table_latin1_12411-01-01-4.csv'), {
    isRegionUnit,
  });

  it('takes the year from the header row and the labels from the row below it', () => {
    expect(table.errors).toEqual([]);
    expect(table.tableCode).toBe('12411-01-01-4');
    expect(table.headerLine).toBe(7);
    expect(table.columns.map((column) => [column.name, column.unit])).toEqual([
      ['Insgesamt', null],
      ['männlich', null],
      ['weiblich', null],
    ]);
    expect(table.values.filter((value) => value.regionCode === '05124').map((value) => [value.year, value.value])).toEqual([
      [2015, 350046],
      [2015, 170822],
      [2015, 179224],
    ]);
  });

  it('reads the footer, whose notes span several lines in quotes, as footer', () => {
    expect(table.extractedAt).toBe('14.12.2017');
    expect(table.rowsRead).toBe(526 * 3);
  });
});

describe('parseGenesisClassic: small tables', () => {
  const small = (rows: string[]) =>
    ['GENESIS-Tabelle: 12411-02-03-4', 'Bevölkerung nach Altersgruppen;;;;', ...rows, '__________', 'Stand: 01.02.2024'].join('\n');

  it('turns category columns into the disaggregation and reads thousands separators', () => {
    const table = parseGenesisClassic(
      small([
        ';;;;Insgesamt;weiblich',
        '31.12.2015;05124;Wuppertal;unter 3 Jahre;9.456;4.601',
        '31.12.2015;05124;Wuppertal;75 Jahre und mehr;x;.',
        '31.12.2015;05124;Wuppertal;Insgesamt;350.046;179.224',
      ]),
    );
    expect(table.errors).toEqual([]);
    expect(table.values.map((value) => [value.line, value.disaggregation, value.value])).toEqual([
      [4, { age: '0-3' }, 9456],
      [4, { age: '0-3' }, 4601],
      [6, {}, 350046],
      [6, {}, 179224],
    ]);
    expect(table.skipped.specialValues).toEqual({ x: 1, '.': 1 });
    expect(table.extractedAt).toBe('01.02.2024');
  });

  it('rejects bad numbers, bad periods and unknown categories with line and column', () => {
    const table = parseGenesisClassic(
      small([
        ';;;;Insgesamt',
        '31.12.2015;05124;Wuppertal;Insgesamt;12a',
        '2015/16;05124;Wuppertal;Insgesamt;1',
        '31.12.2015;05124;Wuppertal;Ausländer;1',
      ]),
    );
    expect(table.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [4, 'Insgesamt', 'BAD_VALUE'],
      [5, 'column 1 (time)', 'BAD_YEAR'],
      [6, 'column 4 (category)', 'BAD_CATEGORY'],
    ]);
  });

  it('rejects files without the GENESIS first line or without header rows', () => {
    expect(parseGenesisClassic('indicator;ags\n').errors.map((error) => [error.line, error.code])).toEqual([[1, 'BAD_FILE']]);
    expect(parseGenesisClassic(small(['2015;05124;Wuppertal;1'])).errors.map((error) => error.code)).toEqual(['BAD_FILE']);
  });
});
