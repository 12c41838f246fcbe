// CSV files of exactly the numbers a table shows, built in the browser.
//
// The format follows what the reader's spreadsheet expects when opening the file by double-click:
// German Excel splits on semicolons and reads a decimal comma, English Excel splits on commas and
// reads a decimal point. UTF-8 with a byte-order mark, so umlauts survive in Excel too; CRLF line
// ends as RFC 4180 asks. Numbers have no thousands separator, so every spreadsheet reads them as
// numbers, not text.
import type { Language } from '../../i18n/language';

export const CSV_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

export interface CsvFormat {
  separator: ';' | ',';
  decimalMark: ',' | '.';
}

export function csvFormatOf(lang: Language): CsvFormat {
  return lang === 'de' ? { separator: ';', decimalMark: ',' } : { separator: ',', decimalMark: '.' };
}

/** A cell: text as it is, a number with its fraction digits, or null for "no value" (an empty cell). */
export type CsvCell = string | { value: number; decimals: number } | null;

export function formatCsvNumber(value: number, decimals: number, format: CsvFormat): string {
  const fixed = value.toFixed(decimals);
  // toFixed never groups thousands; "-0.0" would look like a value below zero.
  const normalised = /^-0(\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
  return format.decimalMark === ',' ? normalised.replace('.', ',') : normalised;
}

/** Quotes a field when it holds the separator, a quote or a line break; quotes inside are doubled. */
export function quoteCsvField(text: string, format: CsvFormat): string {
  const needsQuotes = text.includes(format.separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: CsvCell, format: CsvFormat): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  return formatCsvNumber(cell.value, cell.decimals, format);
}

/** The whole file: byte-order mark, header line, one line per row, CRLF after every line. */
export function buildCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, lang: Language): string {
  const format = csvFormatOf(lang);
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => quoteCsvField(cellText(cell, format), format)).join(format.separator);
  return CSV_BOM + [header, ...rows].map((cells) => `${line(cells)}\r\n`).join('');
}

/** "<indicator key>_<YYYY-MM-DD>.csv", with characters a file system may refuse replaced by "_". */
export function csvFileName(base: string, date: Date): string {
  const safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '') || 'daten';
  return `${safe}_${date.toISOString().slice(0, 10)}.csv`;
}
