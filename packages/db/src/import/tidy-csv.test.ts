import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { parseTidyCsv } from './tidy-csv.js';

const header = 'indicator;ags;year;value';

describe('parseTidyCsv: good files', () => {
  it('reads the semicolon fixture with BOM, decimal comma, status, source and a sex column', () => {
    const { text } = decodeText(readFileSync(new URL('./fixtures/tidy-good.csv', import.meta.url)));
    const file = parseTidyCsv(text);
    expect(file.errors).toEqual([]);
    expect(file.rowsRead).toBe(5);
    expect(file.rows[0]).toEqual({
      line: 2,
      indicatorKey: 'import_test_rate',
      ags: '05124000',
      year: 2020,
      value: 12.5,
      disaggregation: {},
      status: 'FINAL',
      source: 'Stadt Wuppertal',
    });
    expect(file.rows.map((row) => row.status)).toEqual(['FINAL', 'PROVISIONAL', 'FINAL', 'ESTIMATED', 'FINAL']);
    expect(file.rows[3]?.disaggregation).toEqual({ sex: 'female' });
    // A 5-digit Kreis key is expanded to the AGS.
    expect(file.rows[4]?.ags).toBe('05374000');
  });

  it('reads comma-separated files with decimal points and German header names', () => {
    const file = parseTidyCsv('Indikator,AGS,Jahr,Wert,age,Quelle\nx,05124000,2019,1.5,65-75,"IT.NRW, 2020"\n');
    expect(file.errors).toEqual([]);
    expect(file.rows[0]).toMatchObject({ value: 1.5, disaggregation: { age: '65-75' }, source: 'IT.NRW, 2020' });
  });

  it('takes the indicator from the caller when the file has no indicator column', () => {
    const file = parseTidyCsv('ags;year;value\n05124000;2020;3\n', { indicatorKey: 'import_test_rate' });
    expect(file.errors).toEqual([]);
    expect(file.rows[0]?.indicatorKey).toBe('import_test_rate');
  });

  it('ignores empty lines and rows of empty cells but keeps the line numbers of the file', () => {
    const file = parseTidyCsv(`${header}\n\nx;05124000;2020;1\n;;;\nx;05124000;2021;2\n`);
    expect(file.rows.map((row) => row.line)).toEqual([3, 5]);
  });
});

describe('parseTidyCsv: rejected rows name line, column and reason', () => {
  const errorsOf = (text: string) => parseTidyCsv(text).errors.map(({ line, column, code }) => ({ line, column, code }));

  it('rejects bad AGS, year, value, status and category cells', () => {
    const text = [
      'indicator;ags;year;value;status;age;sex',
      'x;5124;2020;1;;;',
      'x;05124000;15;1;;;',
      'x;05124000;2020;1.234,5;;;',
      'x;05124000;2020;1;DONE;;',
      'x;05124000;2020;1;;65 bis 75;',
      'x;05124000;2020;1;;;divers',
      'x;05124000;1800;1;;;',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      { line: 2, column: 'ags', code: 'BAD_AGS' },
      { line: 3, column: 'year', code: 'BAD_YEAR' },
      { line: 4, column: 'value', code: 'BAD_VALUE' },
      { line: 5, column: 'status', code: 'BAD_STATUS' },
      { line: 6, column: 'age', code: 'BAD_CATEGORY' },
      { line: 7, column: 'sex', code: 'BAD_CATEGORY' },
      { line: 8, column: 'year', code: 'BAD_YEAR' },
    ]);
  });

  it('writes reasons in English and German that quote the cell', () => {
    const [error] = parseTidyCsv(`${header}\nx;05124000;2020;abc\n`).errors;
    expect(error).toMatchObject({ line: 2, column: 'value', code: 'BAD_VALUE' });
    expect(error?.reason).toBe('value "abc" is not a number');
    expect(error?.reasonDe).toBe('Wert "abc" ist keine Zahl');
  });

  it('reports every bad cell of a row, not only the first', () => {
    expect(errorsOf(`${header}\n;05124000;year;\n`)).toEqual([
      { line: 2, column: 'indicator', code: 'UNKNOWN_INDICATOR' },
      { line: 2, column: 'year', code: 'BAD_YEAR' },
      { line: 2, column: 'value', code: 'BAD_VALUE' },
    ]);
  });

  it('rejects rows with more cells than the header', () => {
    expect(errorsOf(`${header}\nx;05124000;2020;1;extra\n`)).toEqual([{ line: 2, column: null, code: 'BAD_ROW' }]);
  });

  it('rejects a row whose indicator differs from the one named by the caller', () => {
    const file = parseTidyCsv(`${header}\nother;05124000;2020;1\n`, { indicatorKey: 'import_test_rate' });
    expect(file.errors.map((error) => [error.line, error.column, error.code])).toEqual([
      [2, 'indicator', 'INDICATOR_MISMATCH'],
    ]);
  });
});

describe('parseTidyCsv: header problems stop before the rows', () => {
  it('names each missing required column', () => {
    const file = parseTidyCsv('indicator;unit;value\nx;05124000;1\n');
    expect(file.errors.map((error) => [error.line, error.column, error.code])).toEqual([[1, 'year', 'MISSING_COLUMN']]);
    expect(file.rows).toEqual([]);
  });

  it('rejects column names that cannot be disaggregation dimensions, and repeated columns', () => {
    const file = parseTidyCsv(`${header};Altersgruppe;value\n`);
    expect(file.errors.map((error) => [error.column, error.code])).toEqual([
      ['Altersgruppe', 'BAD_COLUMN'],
      ['value', 'BAD_COLUMN'],
    ]);
  });

  it('says so when the file is empty', () => {
    expect(parseTidyCsv('').errors.map((error) => error.code)).toEqual(['BAD_FILE']);
  });
});
