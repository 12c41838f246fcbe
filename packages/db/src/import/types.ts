// Shapes shared by the parsers and the import: what a file yields before it meets the database.
import type { ObservationStatus } from '@atlas/domain';
import type { RowError } from './row-errors.js';

/** The layouts a file can have; recorded as ImportBatch.format. */
export const importFormats = ['tidy-csv', 'genesis-classic', 'genesis-ffcsv'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** What a caller may ask for: a layout, or "genesis" for either GENESIS layout, or nothing to detect it. */
export type RequestedFormat = 'tidy' | 'genesis' | ImportFormat;

/** Values that were read but are not observations; they are counted, not errors. */
export interface SkipCounts {
  /** Rows for a unit the database does not hold (other Kreise, Länder, Germany). */
  notInRegion: number;
  /** GENESIS special signs instead of a number, by sign: { "-": 3, ".": 1 }. */
  specialValues: Record<string, number>;
  /** Values in GENESIS columns no indicator is mapped to. */
  unmappedColumns: number;
}

export function emptySkipCounts(): SkipCounts {
  return { notInRegion: 0, specialValues: {}, unmappedColumns: 0 };
}

export function totalSkipped(skipped: SkipCounts): number {
  const special = Object.values(skipped.specialValues).reduce((sum, count) => sum + count, 0);
  return skipped.notInRegion + special + skipped.unmappedColumns;
}

/** One row of the project's tidy CSV after its cells were checked. */
export interface TidyRow {
  line: number;
  /** From the indicator column, or the indicator the caller named when the file has none. */
  indicatorKey: string;
  /** 8-digit AGS (a 5-digit Kreis key is already expanded). */
  ags: string;
  year: number;
  value: number;
  disaggregation: Record<string, string>;
  status: ObservationStatus;
  source: string | null;
}

export interface ParsedTidyFile {
  format: 'tidy-csv';
  rows: TidyRow[];
  /** Data rows read, including rejected ones. */
  rowsRead: number;
  errors: RowError[];
}

/** One value column of a GENESIS table (classic: a column; ffcsv: a measure with its unit). */
export interface GenesisColumn {
  /** Readable name: the header labels joined with " | " (classic), "CODE (unit)" (ffcsv). */
  name: string;
  /** The header labels from the top row down, without the unit row. */
  path: string[];
  /** Every full name the catalogue's genesisColumn may start with (see mapGenesisColumns). */
  names: string[];
  /** Unit from the header's unit row or value_unit, when the table gives one. */
  unit: string | null;
}

/** One number of a GENESIS table. */
export interface GenesisValue {
  line: number;
  columnIndex: number;
  /** Region key as the table writes it: DG, 05, 05124, 05124000 … */
  regionCode: string;
  year: number;
  /** From the table's dimension columns (age groups, sex …); {} for the total. */
  disaggregation: Record<string, string>;
  value: number;
  status: ObservationStatus;
}

export interface ParsedGenesisTable {
  format: 'genesis-classic' | 'genesis-ffcsv';
  tableCode: string;
  /** Line of the column headers, for errors about the columns. */
  headerLine: number;
  columns: GenesisColumn[];
  values: GenesisValue[];
  /** Cells read, including special values and rejected ones. */
  rowsRead: number;
  /** "Stand" of the export when the file says it, e.g. "10.10.2017". */
  extractedAt: string | null;
  skipped: SkipCounts;
  errors: RowError[];
}

export type ParsedFile = ParsedTidyFile | ParsedGenesisTable;
