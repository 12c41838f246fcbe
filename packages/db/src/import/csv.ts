// Splitting CSV text into records with their line numbers, through csv-parse (quoted fields with ";",
// doubled quotes and line breaks occur in GENESIS footers).
import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export type Delimiter = ';' | ',';

/** Records of `text` (line endings already "\n"); empty lines are left out. */
export function readCsvRecords(text: string, delimiter: Delimiter): CsvRecord[] {
  // csv-parse's types do not narrow the result for `info: true`, which wraps each record.
  const parsed = parse(text, {
    delimiter,
    info: true,
    relax_column_count: true,
    // GENESIS footers contain stray quotes in unquoted text; a data cell never does.
    relax_quotes: true,
    skip_empty_lines: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  return parsed.map(({ record, info }) => {
    // info.lines is the line where the record ends; quoted line breaks move the start up.
    const breaks = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, cells: record };
  });
}

/** The delimiter of a tidy file, from its header line: ";" if it has one, else ",". */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined);
  return firstLine.includes(';') ? ';' : ',';
}
