// GENESIS flat-file CSV ("ffcsv", since 2024): one value per row with fixed English column names
//   statistics_code;…;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;
//   1_variable_attribute_label;[2_variable_… per further dimension];value;value_unit;value_variable_code;
//   value_variable_label;value_q
// One dimension is the region (KREISE, GEMEIND, DLAND, DINSG …); the others become the disaggregation.
import type { ObservationStatus } from '@atlas/domain';
import { readCsvRecords } from './csv.js';
import type { CsvRecord } from './csv.js';
import { disaggregationFromGenesisLabels } from '@atlas/domain';
import type { GenesisParseOptions } from './genesis-classic.js';
import { genesisSpecialValue, parseGenesisNumber } from './numbers.js';
import { yearFromPeriod } from './periods.js';
import { rowError } from './row-errors.js';
import type { RowError } from './row-errors.js';
import { emptySkipCounts } from './types.js';
import type { ParsedGenesisTable } from './types.js';

/** Variable codes that hold the region key; their attribute code is DG, 05, 05124, 05124000 … */
export const genesisRegionVariables = ['DINSG', 'DLAND', 'REGBEZ', 'KREISE', 'GEMEIND', 'FGEMEIN'] as const;

/** Quality flags (value_q): e final, r revised; v, p provisional; s, g estimated. Empty means final. */
const qualityFlags: Record<string, ObservationStatus> = {
  '': 'FINAL',
  e: 'FINAL',
  r: 'FINAL',
  v: 'PROVISIONAL',
  p: 'PROVISIONAL',
  s: 'ESTIMATED',
  g: 'ESTIMATED',
};

const requiredColumns = ['statistics_code', 'time_code', 'time', 'value', 'value_unit', 'value_variable_code'] as const;

export function looksLikeGenesisFfcsv(text: string): boolean {
  return /^statistics_code;/.test(text);
}

interface FfcsvHeader {
  index: Map<string, number>;
  /** Cell indices of each dimension: code, attribute code, attribute label. */
  dimensions: Array<{ number: number; code: number; attributeCode: number; attributeLabel: number }>;
}

export function parseGenesisFfcsv(text: string, options: GenesisParseOptions = {}): ParsedGenesisTable {
  const [headerRecord, ...rows] = readCsvRecords(text, ';');
  const table: ParsedGenesisTable = {
    format: 'genesis-ffcsv',
    tableCode: '',
    headerLine: 1,
    columns: [],
    values: [],
    rowsRead: 0,
    extractedAt: null,
    skipped: emptySkipCounts(),
    errors: [],
  };
  const header = headerRecord ? readHeader(headerRecord, table.errors) : undefined;
  if (!header) {
    if (table.errors.length === 0) table.errors.push(rowError('BAD_FILE', 1, null, { detail: 'the file is empty' }));
    return table;
  }
  const fileTableCode = /(\d{5}-\d{4})/.exec(options.fileName?.split(/[\\/]/).pop() ?? '')?.[1];
  const columnIndexByKey = new Map<string, number>();
  const cell = (record: CsvRecord, name: string) => (record.cells[header.index.get(name) ?? -1] ?? '').trim();

  for (const record of rows) {
    table.tableCode ||= fileTableCode ?? cell(record, 'statistics_code');
    table.rowsRead++;
    const region = findRegion(record, header);
    if (!region) {
      table.errors.push(
        rowError('BAD_ROW', record.line, null, { detail: `no regional dimension (${genesisRegionVariables.join(', ')})` }),
      );
      continue;
    }
    if (options.isRegionUnit && !options.isRegionUnit(region.code)) {
      table.skipped.notInRegion++;
      continue;
    }
    const valueText = cell(record, 'value');
    const special = genesisSpecialValue(valueText);
    if (special !== undefined) {
      table.skipped.specialValues[special] = (table.skipped.specialValues[special] ?? 0) + 1;
      continue;
    }
    const errorCount = table.errors.length;
    const timeCode = cell(record, 'time_code');
    const year = timeCode === 'JAHR' || timeCode === 'STAG' ? yearFromPeriod(cell(record, 'time')) : undefined;
    if (year === undefined) {
      table.errors.push(rowError('BAD_YEAR', record.line, 'time', { value: `${timeCode} ${cell(record, 'time')}` }));
    }
    const value = parseGenesisNumber(valueText);
    if (value === undefined) table.errors.push(rowError('BAD_VALUE', record.line, 'value', { value: valueText }));
    const flag = cell(record, 'value_q');
    const status = qualityFlags[flag];
    if (!status) {
      table.errors.push(
        rowError('BAD_STATUS', record.line, 'value_q', { value: flag, detail: `known flags: ${Object.keys(qualityFlags).join(' ')}` }),
      );
    }
    const disaggregation = readDisaggregation(record, header, region.dimension, table.errors);
    if (table.errors.length > errorCount || year === undefined || value === undefined || !status) continue;

    const code = cell(record, 'value_variable_code');
    const unit = cell(record, 'value_unit');
    const key = `${code}\u0000${unit}`;
    let columnIndex = columnIndexByKey.get(key);
    if (columnIndex === undefined) {
      columnIndex = table.columns.length;
      columnIndexByKey.set(key, columnIndex);
      const label = cell(record, 'value_variable_label');
      const name = `${code} (${unit})`;
      const names = [...new Set([name, code, label, `${label} (${unit})`].filter(Boolean))];
      table.columns.push({ name, path: [name], names, unit: unit || null });
    }
    table.values.push({ line: record.line, columnIndex, regionCode: region.code, year, disaggregation, value, status });
  }
  return table;
}

function readHeader(record: CsvRecord, errors: RowError[]): FfcsvHeader | undefined {
  const index = new Map(record.cells.map((name, position) => [name.trim(), position]));
  const missing = requiredColumns.filter((name) => !index.has(name));
  for (const name of missing) errors.push(rowError('MISSING_COLUMN', record.line, name, { detail: `"${name}"` }));
  if (missing.length > 0) return undefined;
  const dimensions: FfcsvHeader['dimensions'] = [];
  for (let number = 1; index.has(`${number}_variable_code`); number++) {
    dimensions.push({
      number,
      code: index.get(`${number}_variable_code`) ?? -1,
      attributeCode: index.get(`${number}_variable_attribute_code`) ?? -1,
      attributeLabel: index.get(`${number}_variable_attribute_label`) ?? -1,
    });
  }
  return { index, dimensions };
}

function findRegion(record: CsvRecord, header: FfcsvHeader) {
  for (const dimension of header.dimensions) {
    const variable = (record.cells[dimension.code] ?? '').trim();
    if ((genesisRegionVariables as readonly string[]).includes(variable)) {
      return { dimension: dimension.number, code: (record.cells[dimension.attributeCode] ?? '').trim() };
    }
  }
  return undefined;
}

function readDisaggregation(record: CsvRecord, header: FfcsvHeader, regionDimension: number, errors: RowError[]) {
  const disaggregation: Record<string, string> = {};
  for (const dimension of header.dimensions) {
    if (dimension.number === regionDimension) continue;
    const attributeCode = (record.cells[dimension.attributeCode] ?? '').trim();
    const label = (record.cells[dimension.attributeLabel] ?? '').trim();
    // The total of a dimension has no attribute code.
    if (attributeCode === '') continue;
    const category = disaggregationFromGenesisLabels([label]);
    if (category) Object.assign(disaggregation, category);
    else {
      errors.push(
        rowError('BAD_CATEGORY', record.line, `${dimension.number}_variable_attribute_label`, {
          value: label,
          detail: 'known are age groups ("65 bis unter 75 Jahre"), männlich/weiblich and "Insgesamt"',
        }),
      );
    }
  }
  return disaggregation;
}
