import { describe, expect, it } from 'vitest';
import { buildCsv, CSV_BOM, csvFileName, formatCsvNumber, quoteCsvField } from './csv';

describe('buildCsv', () => {
  it('writes German files with semicolons, decimal commas, a BOM and CRLF', () => {
    const csv = buildCsv(
      ['Jahr', 'Wuppertal', 'Solingen'],
      [
        ['2015', { value: 12.345, decimals: 1 }, { value: 1234567.5, decimals: 2 }],
        ['2016', null, { value: -0.04, decimals: 1 }],
      ],
      'de',
    );
    expect(csv).toBe(`${CSV_BOM}Jahr;Wuppertal;Solingen\r\n2015;12,3;1234567,50\r\n2016;;0,0\r\n`);
  });

  it('writes English files with commas and decimal points', () => {
    const csv = buildCsv(['Year', 'Wuppertal'], [['2015', { value: 2.5, decimals: 2 }]], 'en');
    expect(csv).toBe(`${CSV_BOM}Year,Wuppertal\r\n2015,2.50\r\n`);
  });

  it('quotes fields that contain the separator, quotes or line breaks', () => {
    const de = buildCsv(['Einheit; Art', 'Wert'], [['Stadt "Wuppertal"', { value: 1, decimals: 0 }]], 'de');
    expect(de).toBe(`${CSV_BOM}"Einheit; Art";Wert\r\n"Stadt ""Wuppertal""";1\r\n`);
    // A comma is no separator in German files, but it is in English ones.
    expect(buildCsv(['a, b'], [], 'de')).toBe(`${CSV_BOM}a, b\r\n`);
    expect(buildCsv(['a, b'], [], 'en')).toBe(`${CSV_BOM}"a, b"\r\n`);
  });
});

describe('formatCsvNumber and quoteCsvField', () => {
  it('never groups thousands and rounds to the given decimals', () => {
    expect(formatCsvNumber(354572, 0, { separator: ';', decimalMark: ',' })).toBe('354572');
    expect(formatCsvNumber(0.125, 2, { separator: ',', decimalMark: '.' })).toBe('0.13');
    expect(formatCsvNumber(-3.25, 1, { separator: ';', decimalMark: ',' })).toBe('-3,3');
  });

  it('leaves plain fields alone', () => {
    expect(quoteCsvField('Rheinisch-Bergischer Kreis', { separator: ';', decimalMark: ',' })).toBe('Rheinisch-Bergischer Kreis');
    expect(quoteCsvField('line\nbreak', { separator: ';', decimalMark: ',' })).toBe('"line\nbreak"');
  });
});

describe('csvFileName', () => {
  it('names the file after the indicator key and the date', () => {
    expect(csvFileName('population', new Date('2026-03-05T10:00:00Z'))).toBe('population_2026-03-05.csv');
    expect(csvFileName('dns 11.1.a/b', new Date('2026-03-05T10:00:00Z'))).toBe('dns_11.1.a_b_2026-03-05.csv');
  });
});
