// The tidy targets CSV (docs/data-format.md): one local target (Zielwert) per row, for a city or
// district or for the whole region. Pure: checks the cells, not whether indicators and units exist.
import { targetComparators } from '@atlas/domain';
import type { TargetComparator } from '@atlas/domain';
import { detectDelimiter, readCsvRecords } from './csv.js';
import type { CsvRecord } from './csv.js';
import { parseTidyNumber } from './numbers.js';
import { yearFromPeriod } from './periods.js';
import { rowError } from './row-errors.js';
import type { RowError } from './row-errors.js';

type TargetColumn = 'indicator' | 'ags' | 'year' | 'value' | 'comparator' | 'note' | 'noteEn' | 'source';

/** Accepted header names (lower case) for each column. */
const columnNames: Record<TargetColumn, readonly string[]> = {
  indicator: ['indicator', 'indikator'],
  ags: ['ags', 'unit'],
  year: ['year', 'jahr', 'target_year', 'zieljahr'],
  value: ['value', 'wert', 'target', 'zielwert'],
  comparator: ['comparator', 'vergleich'],
  note: ['note', 'note_de', 'notiz', 'anmerkung'],
  noteEn: ['note_en'],
  source: ['source', 'quelle'],
};
const requiredColumns: readonly TargetColumn[] = ['indicator', 'ags', 'year', 'value'];

/** The word in the ags column that stands for the whole region. */
export const regionWords: readonly string[] = ['region'];

/** One row of a targets file after its cells were checked. */
export interface TargetFileRow {
  line: number;
  indicatorKey: string;
  /** 8-digit AGS; null for a target of the whole region. */
  ags: string | null;
  year: number;
  value: number;
  /** Null when the file leaves it empty: the indicator's polarity decides. */
  comparator: TargetComparator | null;
  noteDe: string | null;
  noteEn: string | null;
  source: string | null;
}

export interface ParsedTargetsFile {
  format: 'targets';
  rows: TargetFileRow[];
  /** Data rows read, including rejected ones. */
  rowsRead: number;
  errors: RowError[];
}

/** True when the header line names a comparator column: no observations file has one. */
export function looksLikeTargetsFile(text: string): boolean {
  const records = readCsvRecords(text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined), detectDelimiter(text));
  const header = records[0]?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  return header.some((name) => columnNames.comparator.includes(name));
}

export function parseTargetsCsv(text: string): ParsedTargetsFile {
  const [headerRecord, ...dataRecords] = readCsvRecords(text, detectDelimiter(text));
  const result: ParsedTargetsFile = { format: 'targets', rows: [], rowsRead: 0, errors: [] };
  if (!headerRecord) {
    result.errors.push(rowError('BAD_FILE', 1, null, { detail: 'the file is empty' }));
    return result;
  }
  const header = readHeader(headerRecord, result.errors);
  if (result.errors.length > 0) return result;
  for (const record of dataRecords) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    result.rowsRead++;
    const row = readRow(record, header, result.errors);
    if (row) result.rows.push(row);
  }
  return result;
}

interface TargetsHeader {
  columns: Partial<Record<TargetColumn, number>>;
  names: string[];
}

function readHeader(record: CsvRecord, errors: RowError[]): TargetsHeader {
  const header: TargetsHeader = { columns: {}, names: record.cells.map((cell) => cell.trim()) };
  header.names.forEach((name, index) => {
    const normalized = name.toLowerCase();
    const column = (Object.keys(columnNames) as TargetColumn[]).find((candidate) => columnNames[candidate].includes(normalized));
    if (!column) {
      errors.push(
        rowError('BAD_COLUMN', record.line, name, {
          value: name,
          detail: 'a targets file has the columns indicator, ags, year, value, comparator, note, note_en, source',
        }),
      );
    } else if (header.columns[column] !== undefined) {
      errors.push(rowError('BAD_COLUMN', record.line, name, { value: name, detail: `a second "${column}" column` }));
    } else {
      header.columns[column] = index;
    }
  });
  for (const column of requiredColumns) {
    if (header.columns[column] === undefined) errors.push(rowError('MISSING_COLUMN', record.line, column, { detail: `"${column}"` }));
  }
  return header;
}

function readRow(record: CsvRecord, header: TargetsHeader, errors: RowError[]): TargetFileRow | undefined {
  const { line, cells } = record;
  if (cells.length > header.names.length) {
    errors.push(rowError('BAD_ROW', line, null, { detail: `${cells.length} cells, but the header has ${header.names.length} columns` }));
    return undefined;
  }
  const errorCount = errors.length;
  const cell = (column: TargetColumn) => {
    const index = header.columns[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const columnName = (column: TargetColumn) => header.names[header.columns[column] ?? -1] ?? column;
  const optional = (column: TargetColumn) => cell(column) || null;

  const indicatorKey = cell('indicator');
  if (!indicatorKey) errors.push(rowError('UNKNOWN_INDICATOR', line, columnName('indicator'), { value: '' }));

  const agsText = cell('ags');
  const isRegion = regionWords.includes(agsText.toLowerCase());
  const ags = isRegion ? null : /^\d{8}$/.test(agsText) ? agsText : /^\d{5}$/.test(agsText) ? `${agsText}000` : undefined;
  if (ags === undefined) errors.push(rowError('BAD_AGS', line, columnName('ags'), { value: agsText }));

  const yearText = cell('year');
  const year = /^\d{4}$/.test(yearText) ? yearFromPeriod(yearText) : undefined;
  if (year === undefined) errors.push(rowError('BAD_YEAR', line, columnName('year'), { value: yearText }));

  const valueText = cell('value');
  const value = parseTidyNumber(valueText);
  if (value === undefined) errors.push(rowError('BAD_VALUE', line, columnName('value'), { value: valueText }));

  const comparatorText = cell('comparator').toUpperCase();
  const comparator =
    comparatorText === '' ? null : (targetComparators as readonly string[]).includes(comparatorText) ? (comparatorText as TargetComparator) : undefined;
  if (comparator === undefined) {
    errors.push(
      rowError('BAD_COMPARATOR', line, columnName('comparator'), {
        value: cell('comparator'),
        detail: `use ${targetComparators.join(', ')} or leave it empty`,
      }),
    );
  }

  if (errors.length > errorCount || ags === undefined || year === undefined || value === undefined || comparator === undefined) {
    return undefined;
  }
  return {
    line,
    indicatorKey,
    ags,
    year,
    value,
    comparator,
    noteDe: optional('note'),
    noteEn: optional('noteEn'),
    source: optional('source'),
  };
}
