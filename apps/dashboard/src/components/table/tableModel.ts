// One model for a table of numbers: the HTML table and the CSV file are both made from it, so the
// download holds exactly what the page shows.
import type { Language } from '../../i18n/language';
import { formatDecimal } from '../../i18n/format';
import { buildCsv, type CsvCell } from './csv';

/** Text as it is, a number (shown with the model's decimals) or null for "no value". */
export type TableCell = string | number | null;

export interface TableModel {
  caption: string;
  /** Header of every column, the row-header column first. */
  columns: ReadonlyArray<{ header: string; numeric?: boolean }>;
  /** Each row: its header cell (e.g. the year or the unit) and then one cell per further column. */
  rows: ReadonlyArray<{ header: string; cells: readonly TableCell[] }>;
  /** Fraction digits of the numbers. */
  decimals: number;
}

export function formatTableCell(cell: TableCell, decimals: number, lang: Language, empty: string): string {
  if (cell === null) return empty;
  if (typeof cell === 'string') return cell;
  return formatDecimal(cell, lang, decimals);
}

export function tableToCsv(model: TableModel, lang: Language): string {
  const toCsv = (cell: TableCell): CsvCell => (typeof cell === 'number' ? { value: cell, decimals: model.decimals } : cell);
  return buildCsv(
    model.columns.map((column) => column.header),
    model.rows.map((row) => [row.header, ...row.cells.map(toCsv)]),
    lang,
  );
}
