import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-format.js';
import { readRecommendationCsv, recommendationCsvColumns, recommendationsToCsv } from './csv.js';

describe('CSV format', () => {
  it('reads quoted cells with separators, quotes and line breaks, and counts lines', () => {
    const parsed = parseCsv('a,b\r\n"x, y","he said ""hi"""\n"two\nlines",z\n');
    expect(parsed).toEqual({
      ok: true,
      header: ['a', 'b'],
      records: [
        { line: 2, cells: ['x, y', 'he said "hi"'] },
        { line: 3, cells: ['two\nlines', 'z'] },
      ],
    });
  });

  it('detects semicolons as German Excel writes them and skips a byte order mark', () => {
    expect(parseCsv('\uFEFFa;b\n1,5;2\n')).toMatchObject({ ok: true, header: ['a', 'b'], records: [{ cells: ['1,5', '2'] }] });
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a\n"open\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('round-trips an export, neutralising formulas', () => {
    const row = Object.fromEntries(recommendationCsvColumns.map((column) => [column, ''])) as Record<(typeof recommendationCsvColumns)[number], string>;
    const csv = recommendationsToCsv([{ ...row, title_de: '=HYPERLINK("x")', text_de: 'Zeile 1\nZeile 2, mit Komma' }]);
    expect(csv.startsWith('\uFEFFid,version,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseCsv(csv);
    expect(parsed.ok && parsed.records[0]!.cells[recommendationCsvColumns.indexOf('title_de')]).toBe('=HYPERLINK("x")');
  });
});

describe('recommendation CSV rows', () => {
  const header = 'id,version,municipality_ags,title_de,text_de,status,progress,sdg_targets';

  it('reads new and updated rows', () => {
    const result = readRecommendationCsv(
      `${header}\n,,05124000,Radwege,Mehr Radwege,published,,11.2;11.6\nabc,3,,Titel,Text,IN_PROGRESS,40,\n`,
    );
    expect(result).toMatchObject({
      ok: true,
      columns: ['id', 'version', 'municipality_ags', 'title_de', 'text_de', 'status', 'progress', 'sdg_targets'],
      rows: [
        { line: 2, id: null, municipalityAgs: '05124000', status: 'PUBLISHED', progress: null, sdgTargets: ['11.2', '11.6'], weight: 1 },
        { line: 3, id: 'abc', version: 3, municipalityAgs: null, status: 'IN_PROGRESS', progress: 40 },
      ],
    });
  });

  it('collects every problem with line, column and reason', () => {
    const result = readRecommendationCsv(`${header}\nabc,,0512,,Text,FERTIG,viel,99.9\n,,,Titel,Text,,,\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'version'],
      [2, 'status'],
      [2, 'progress'],
      [2, 'sdg_targets'],
      [2, 'municipality_ags'],
      [2, 'title_de'],
    ]);
    expect(result.problems[2]!.reason.en).toBe('"viel" is not a whole number');
  });

  it('refuses unknown and missing columns in the header', () => {
    const result = readRecommendationCsv('title,text_de\nx,y\n');
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { line: 1, column: 'title', reason: { de: 'ist keine bekannte Spalte' } },
        { line: 1, column: 'title_de', reason: { en: 'column is missing' } },
      ],
    });
  });

  it('refuses a row with the wrong number of cells, and an empty file', () => {
    expect(readRecommendationCsv('title_de,text_de\nnur eine\n')).toMatchObject({ ok: false, problems: [{ line: 2, column: null }] });
    expect(readRecommendationCsv('title_de,text_de\n')).toMatchObject({ ok: false, problems: [{ reason: { en: 'the file has no rows' } }] });
  });
});
