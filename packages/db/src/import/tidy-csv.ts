// The project's own tidy CSV (docs/data-format.md): one row per indicator, unit, year and
// disaggregation. Pure: checks the cells, not whether indicators and units exist.
import { disaggregationDimensionSchema, observationStatuses, parseAgeGroupCode, sexes } from '@atlas/domain';
import type { ObservationStatus } from '@atlas/domain';
import { detectDelimiter, readCsvRecords } from './csv.js';
import type { CsvRecord } from './csv.js';
import { parseTidyNumber } from './numbers.js';
import { yearFromPeriod } from './periods.js';
import { rowError } from './row-errors.js';
import type { RowError } from './row-errors.js';
import type { ParsedTidyFile, TidyRow } from './types.js';

export interface TidyParseOptions {
  /** The indicator of every row when the file has no indicator column (--indicator). */
  indicatorKey?: string;
}

type FixedColumn = 'indicator' | 'ags' | 'year' | 'value' | 'status' | 'source';

/** Accepted header names (lower case) for each fixed column; every other column is a disaggregation. */
const fixedColumnNames: Record<FixedColumn, readonly string[]> = {
  indicator: ['indicator', 'indikator'],
  ags: ['ags', 'unit'],
  year: ['year', 'period', 'jahr'],
  value: ['value', 'wert'],
  status: ['status'],
  source: ['source', 'quelle'],
};

const statusWords: Record<string, ObservationStatus> = {
  final: 'FINAL',
  provisional: 'PROVISIONAL',
  estimated: 'ESTIMATED',
  endgültig: 'FINAL',
  vorläufig: 'PROVISIONAL',
  geschätzt: 'ESTIMATED',
};

interface TidyHeader {
  /** Cell index of each fixed column present. */
  fixed: Partial<Record<FixedColumn, number>>;
  /** Cell index → dimension name. */
  dimensions: Map<number, string>;
  /** Header text per cell index, for error messages. */
  names: string[];
}

export function parseTidyCsv(text: string, options: TidyParseOptions = {}): ParsedTidyFile {
  const records = readCsvRecords(text, detectDelimiter(text));
  const [headerRecord, ...dataRecords] = records;
  const result: ParsedTidyFile = { format: 'tidy-csv', rows: [], rowsRead: 0, errors: [] };
  if (!headerRecord) {
    result.errors.push(rowError('BAD_FILE', 1, null, { detail: 'the file is empty' }));
    return result;
  }
  const header = readHeader(headerRecord, options, result.errors);
  if (result.errors.length > 0) return result;

  for (const record of dataRecords) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    result.rowsRead++;
    const row = readRow(record, header, options, result.errors);
    if (row) result.rows.push(row);
  }
  return result;
}

function readHeader(record: CsvRecord, options: TidyParseOptions, errors: RowError[]): TidyHeader {
  const header: TidyHeader = { fixed: {}, dimensions: new Map(), names: record.cells.map((cell) => cell.trim()) };
  const seen = new Set<string>();
  header.names.forEach((name, index) => {
    const normalized = name.toLowerCase();
    if (seen.has(normalized)) {
      errors.push(rowError('BAD_COLUMN', record.line, name, { value: name, detail: 'it appears twice' }));
      return;
    }
    seen.add(normalized);
    const fixed = (Object.keys(fixedColumnNames) as FixedColumn[]).find((column) =>
      fixedColumnNames[column].includes(normalized),
    );
    if (fixed) {
      if (header.fixed[fixed] !== undefined) {
        errors.push(rowError('BAD_COLUMN', record.line, name, { value: name, detail: `a second "${fixed}" column` }));
      }
      header.fixed[fixed] = index;
    } else if (disaggregationDimensionSchema.safeParse(name).success) {
      header.dimensions.set(index, name);
    } else {
      errors.push(
        rowError('BAD_COLUMN', record.line, name, {
          value: name,
          detail: 'disaggregation columns are named in lower case, [a-z][a-z0-9_]* (e.g. age, sex)',
        }),
      );
    }
  });
  const required: FixedColumn[] = options.indicatorKey ? ['ags', 'year', 'value'] : ['indicator', 'ags', 'year', 'value'];
  for (const column of required) {
    if (header.fixed[column] === undefined) {
      errors.push(rowError('MISSING_COLUMN', record.line, column, { detail: `"${column}"` }));
    }
  }
  return header;
}

function readRow(record: CsvRecord, header: TidyHeader, options: TidyParseOptions, errors: RowError[]): TidyRow | undefined {
  const { line, cells } = record;
  if (cells.length > header.names.length) {
    errors.push(
      rowError('BAD_ROW', line, null, { detail: `${cells.length} cells, but the header has ${header.names.length} columns` }),
    );
    return undefined;
  }
  const errorCount = errors.length;
  const cell = (column: FixedColumn) => {
    const index = header.fixed[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const columnName = (column: FixedColumn) => header.names[header.fixed[column] ?? -1] ?? column;

  let indicatorKey = cell('indicator');
  if (options.indicatorKey) {
    if (indicatorKey && indicatorKey !== options.indicatorKey) {
      errors.push(
        rowError('INDICATOR_MISMATCH', line, columnName('indicator'), {
          value: indicatorKey,
          detail: `--indicator ${options.indicatorKey}`,
        }),
      );
    }
    indicatorKey = options.indicatorKey;
  } else if (!indicatorKey) {
    errors.push(rowError('UNKNOWN_INDICATOR', line, columnName('indicator'), { value: '' }));
  }

  const agsText = cell('ags');
  const ags = /^\d{8}$/.test(agsText) ? agsText : /^\d{5}$/.test(agsText) ? `${agsText}000` : undefined;
  if (!ags) errors.push(rowError('BAD_AGS', line, columnName('ags'), { value: agsText }));

  const yearText = cell('year');
  const year = /^\d{4}$/.test(yearText) ? yearFromPeriod(yearText) : undefined;
  if (year === undefined) errors.push(rowError('BAD_YEAR', line, columnName('year'), { value: yearText }));

  const valueText = cell('value');
  const value = parseTidyNumber(valueText);
  if (value === undefined) errors.push(rowError('BAD_VALUE', line, columnName('value'), { value: valueText }));

  const statusText = cell('status');
  const status = statusText === '' ? 'FINAL' : statusWords[statusText.toLowerCase()];
  if (!status) {
    errors.push(
      rowError('BAD_STATUS', line, columnName('status'), { value: statusText, detail: `use ${observationStatuses.join(', ')}` }),
    );
  }

  const disaggregation: Record<string, string> = {};
  for (const [index, dimension] of header.dimensions) {
    const category = (cells[index] ?? '').trim();
    if (category === '') continue;
    const problem = categoryProblem(dimension, category);
    if (problem) errors.push(rowError('BAD_CATEGORY', line, dimension, { value: category, detail: problem }));
    else disaggregation[dimension] = category;
  }

  if (errors.length > errorCount || !ags || year === undefined || value === undefined || !status) return undefined;
  const source = cell('source');
  return { line, indicatorKey, ags, year, value, disaggregation, status, source: source === '' ? null : source };
}

/** Why a category cannot be stored, or undefined when it can. */
function categoryProblem(dimension: string, category: string): string | undefined {
  if (dimension === 'age' && !parseAgeGroupCode(category)) return 'age groups are written 0-3, 65-75 or 75+';
  if (dimension === 'sex' && !(sexes as readonly string[]).includes(category)) return `use ${sexes.join(' or ')}`;
  if (/[\s;=]/.test(category)) return 'categories contain no spaces, ";" or "="';
  return undefined;
}
