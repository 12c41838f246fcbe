// The "classic" CSV of regionalstatistik.de / GENESIS (see fixtures/SOURCE.md for a sketch):
//   GENESIS-Tabelle: <code>          title lines …
//   ;;;label;label;label            header rows start with ";" — one leading empty cell per key column
//   31.12.2015;05124;  Wuppertal;43,9;42,3;45,4     data: [time;] region code; name; [categories;] values
//   __________                       footer: notes, licence, "Stand: <date>"
// Two layouts: "Zeitreihe" with the time in the first key column, "Tabelle" with the time in a header row.
import type { CsvRecord } from './csv.js';
import { readCsvRecords } from './csv.js';
import { disaggregationFromGenesisLabels } from '@atlas/domain';
import { genesisSpecialValue, parseGenesisNumber } from './numbers.js';
import { yearFromPeriod } from './periods.js';
import { rowError } from './row-errors.js';
import { emptySkipCounts } from './types.js';
import type { GenesisColumn, GenesisValue, ParsedGenesisTable } from './types.js';

export interface GenesisParseOptions {
  /** Whether a region code (DG, 05, 05124, 05124000 …) is a unit to import; others are counted and skipped. */
  isRegionUnit?: (regionCode: string) => boolean;
  /** File name, for table codes that only the name carries (ffcsv). */
  fileName?: string;
}

const tableCodePattern = /^GENESIS-Tabelle:\s*(\S+)/;

/** True when the text starts like a classic GENESIS table. */
export function looksLikeGenesisClassic(text: string): boolean {
  return tableCodePattern.test(text.trimStart());
}

interface KeyLayout {
  /** Index of the time cell in a data row, or null when the time comes from a header row. */
  timeIndex: number | null;
  regionIndex: number;
  /** Indices of category cells (age group, sex …) between the region name and the values. */
  categoryIndices: number[];
}

export function parseGenesisClassic(text: string, options: GenesisParseOptions = {}): ParsedGenesisTable {
  const records = readCsvRecords(text, ';');
  const table: ParsedGenesisTable = {
    format: 'genesis-classic',
    tableCode: '',
    headerLine: 1,
    columns: [],
    values: [],
    rowsRead: 0,
    extractedAt: null,
    skipped: emptySkipCounts(),
    errors: [],
  };
  const tableCode = tableCodePattern.exec(records[0]?.cells[0]?.trim() ?? '')?.[1];
  if (!tableCode) {
    table.errors.push(rowError('BAD_FILE', 1, null, { detail: 'the first line must be "GENESIS-Tabelle: <code>"' }));
    return table;
  }
  table.tableCode = tableCode;

  const footerStart = records.findIndex((record) => /^_{3,}/.test(record.cells[0]?.trim() ?? ''));
  const body = records.slice(1, footerStart < 0 ? undefined : footerStart);
  const footer = footerStart < 0 ? [] : records.slice(footerStart + 1);
  table.extractedAt = findExtractedAt(footer);

  const isHeader = (record: CsvRecord) => (record.cells[0] ?? '').trim() === '';
  const headerStart = body.findIndex(isHeader);
  const headerEnd = headerStart < 0 ? -1 : body.findIndex((record, index) => index > headerStart && !isHeader(record));
  const headerRows = headerStart < 0 ? [] : body.slice(headerStart, headerEnd < 0 ? undefined : headerEnd);
  const dataRows = headerEnd < 0 ? [] : body.slice(headerEnd);
  const firstHeader = headerRows[0];
  if (!firstHeader || dataRows.length === 0) {
    table.errors.push(rowError('BAD_FILE', 1, null, { detail: 'no column header rows (starting with ";") followed by data rows' }));
    return table;
  }
  table.headerLine = firstHeader.line;

  const keyCount = Math.min(...headerRows.map(leadingEmptyCells));
  const width = Math.max(...headerRows.map((record) => record.cells.length));
  const timeRow = headerRows.find((record) => isTimeRow(record, keyCount));
  const labelRows = headerRows.filter((record) => record !== timeRow);
  const lastLabelRow = labelRows.at(-1);
  const unitRow = lastLabelRow && isUnitRow(lastLabelRow, keyCount) ? lastLabelRow : undefined;
  const pathRows = unitRow ? labelRows.slice(0, -1) : labelRows;
  for (let index = keyCount; index < width; index++) {
    const path = pathRows.map((record) => (record.cells[index] ?? '').trim()).filter((label) => label !== '');
    const name = path.join(' | ') || `column ${index + 1}`;
    const unit = (unitRow?.cells[index] ?? '').trim() || null;
    table.columns.push({ name, path, names: [name], unit });
  }

  const layout = keyLayout(keyCount, timeRow !== undefined, dataRows[0]);
  if (!layout) {
    table.errors.push(
      rowError('BAD_FILE', table.headerLine, null, { detail: 'neither a time column nor a header row with the period' }),
    );
    return table;
  }

  for (const record of dataRows) {
    readDataRow(record, { table, keyCount, layout, timeRow, options });
  }
  return table;
}

function leadingEmptyCells(record: CsvRecord): number {
  const index = record.cells.findIndex((cell) => cell.trim() !== '');
  return index < 0 ? record.cells.length : index;
}

/** A header row whose labels are all periods ("31.12.2015", "2015"): the "Tabelle" layout's time row. */
function isTimeRow(record: CsvRecord, keyCount: number): boolean {
  const labels = record.cells.slice(keyCount).filter((cell) => cell.trim() !== '');
  return labels.length > 0 && labels.every((label) => yearFromPeriod(label) !== undefined);
}

// The units GENESIS writes in the last header row ("Anzahl", "Jahre", "Tsd. EUR", "je 1000 Einwohner" …).
const unitPattern =
  /^(Anzahl|Prozent|%|‰|qkm|km²|ha|Jahre|Tage|Personen|Euro|EUR|Tsd\.?( EUR)?|Mill\.? EUR|Mio\.? EUR|1000|Index|t|kg|m³|MWh|je .+)$/i;

function isUnitRow(record: CsvRecord, keyCount: number): boolean {
  const labels = record.cells.slice(keyCount).filter((cell) => cell.trim() !== '');
  return labels.length > 0 && labels.every((label) => unitPattern.test(label.trim()));
}

function keyLayout(keyCount: number, hasTimeRow: boolean, firstRow: CsvRecord | undefined): KeyLayout | undefined {
  const range = (from: number) => Array.from({ length: Math.max(0, keyCount - from) }, (_, i) => from + i);
  if (hasTimeRow && keyCount >= 2) return { timeIndex: null, regionIndex: 0, categoryIndices: range(2) };
  if (keyCount >= 3 && yearFromPeriod(firstRow?.cells[0] ?? '') !== undefined) {
    return { timeIndex: 0, regionIndex: 1, categoryIndices: range(3) };
  }
  return undefined;
}

interface RowContext {
  table: ParsedGenesisTable;
  keyCount: number;
  layout: KeyLayout;
  timeRow: CsvRecord | undefined;
  options: GenesisParseOptions;
}

function readDataRow(record: CsvRecord, { table, keyCount, layout, timeRow, options }: RowContext): void {
  const { line, cells } = record;
  const valueCells = table.columns.map((_, index) => cells[keyCount + index] ?? '');
  const regionCode = (cells[layout.regionIndex] ?? '').trim();
  if (options.isRegionUnit && !options.isRegionUnit(regionCode)) {
    table.rowsRead += valueCells.length;
    table.skipped.notInRegion += valueCells.length;
    return;
  }
  const errorCount = table.errors.length;
  const rowYear = layout.timeIndex === null ? undefined : yearFromPeriod(cells[layout.timeIndex] ?? '');
  if (layout.timeIndex !== null && rowYear === undefined) {
    table.errors.push(
      rowError('BAD_YEAR', line, `column ${layout.timeIndex + 1} (time)`, { value: cells[layout.timeIndex] ?? '' }),
    );
  }
  const disaggregation: Record<string, string> = {};
  for (const index of layout.categoryIndices) {
    const label = (cells[index] ?? '').trim();
    const category = disaggregationFromGenesisLabels([label]);
    if (category) Object.assign(disaggregation, category);
    else {
      table.errors.push(
        rowError('BAD_CATEGORY', line, `column ${index + 1} (category)`, {
          value: label,
          detail: 'known are age groups ("65 bis unter 75 Jahre"), männlich/weiblich and "Insgesamt"',
        }),
      );
    }
  }
  if (table.errors.length > errorCount) return;

  valueCells.forEach((text, index) => {
    table.rowsRead++;
    const column = table.columns[index] as GenesisColumn;
    const special = genesisSpecialValue(text);
    if (special !== undefined) {
      table.skipped.specialValues[special] = (table.skipped.specialValues[special] ?? 0) + 1;
      return;
    }
    const year = rowYear ?? yearFromPeriod(timeRow?.cells[keyCount + index] ?? '');
    const value = parseGenesisNumber(text);
    if (year === undefined) {
      table.errors.push(rowError('BAD_YEAR', line, column.name, { value: timeRow?.cells[keyCount + index] ?? '' }));
    } else if (value === undefined) {
      table.errors.push(rowError('BAD_VALUE', line, column.name, { value: text }));
    } else {
      const observation: GenesisValue = { line, columnIndex: index, regionCode, year, disaggregation, value, status: 'FINAL' };
      table.values.push(observation);
    }
  });
}

function findExtractedAt(footer: readonly CsvRecord[]): string | null {
  for (const record of footer) {
    const match = /^Stand:\s*(\d{2}\.\d{2}\.\d{4})/.exec(record.cells[0]?.trim() ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}
