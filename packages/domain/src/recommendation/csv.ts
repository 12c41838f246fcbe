// The CSV layout of recommendations for export and import (as Decidim's accountability offers):
// one row per recommendation. A row without id creates a recommendation; a row with id and version
// updates it, and fails when someone changed it since that version was exported.
import { recommendationStatuses } from '../enums.js';
import type { RecommendationStatus } from '../enums.js';
import type { LocalizedText } from '../language.js';
import { isSdgTargetCode } from '../sdg.js';
import { parseCsv, toCsv } from './csv-format.js';
import { createRecommendationSchema } from './inputs.js';
import { problemsFromZod } from './problems.js';

/** Columns in export order. Import reads the writable ones and ignores the informational ones. */
export const recommendationCsvColumns = [
  'id',
  'version',
  'municipality_ags',
  'municipality',
  'parent_id',
  'title_de',
  'title_en',
  'text_de',
  'text_en',
  'status',
  'progress',
  'rolled_up_progress',
  'weight',
  'due_date',
  'sdg_targets',
  'updated_at',
] as const;
export type RecommendationCsvColumn = (typeof recommendationCsvColumns)[number];

const informationalColumns: readonly RecommendationCsvColumn[] = ['municipality', 'rolled_up_progress', 'updated_at'];
const requiredColumns: readonly RecommendationCsvColumn[] = ['title_de', 'text_de'];

export interface CsvProblem {
  /** Line in the file (1 = header). */
  line: number;
  /** Column name, or null for a problem with the whole row or file. */
  column: string | null;
  reason: LocalizedText;
}

export interface RecommendationCsvRow {
  line: number;
  /** Null: create a new recommendation. */
  id: string | null;
  /** Required with id: the version the file was exported at. */
  version: number | null;
  municipalityAgs: string | null;
  parentId: string | null;
  titleDe: string;
  titleEn: string | null;
  textDe: string;
  textEn: string | null;
  /** Null: keep (update) or DRAFT (create). */
  status: RecommendationStatus | null;
  /** Null: the workflow's default for the status. */
  progress: number | null;
  weight: number;
  dueDate: string | null;
  sdgTargets: string[];
}

export type RecommendationCsvResult =
  | { ok: true; columns: readonly RecommendationCsvColumn[]; rows: RecommendationCsvRow[] }
  /** `rows`: the rows that did parse, so a caller can check them further and report everything at once. */
  | { ok: false; problems: CsvProblem[]; rows: RecommendationCsvRow[] };

const columnOfField: Record<string, RecommendationCsvColumn> = {
  municipalityAgs: 'municipality_ags',
  parentId: 'parent_id',
  titleDe: 'title_de',
  titleEn: 'title_en',
  textDe: 'text_de',
  textEn: 'text_en',
  dueDate: 'due_date',
  weight: 'weight',
};

const bad = (line: number, column: string | null, de: string, en: string): CsvProblem => ({ line, column, reason: { de, en } });

/** Reads a whole file; collects every problem of every row, so one round of corrections suffices. */
export function readRecommendationCsv(text: string): RecommendationCsvResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [bad(parsed.line, null, parsed.reason, parsed.reason)], rows: [] };
  const problems: CsvProblem[] = [];
  const known = new Set<string>(recommendationCsvColumns);
  parsed.header.forEach((name) => {
    if (!known.has(name)) {
      problems.push(bad(1, name, 'ist keine bekannte Spalte', `is not a known column (known: ${recommendationCsvColumns.join(', ')})`));
    }
  });
  for (const column of requiredColumns) {
    if (!parsed.header.includes(column)) problems.push(bad(1, column, 'Spalte fehlt', 'column is missing'));
  }
  if (problems.length) return { ok: false, problems, rows: [] };
  if (parsed.records.length === 0) {
    return { ok: false, problems: [bad(2, null, 'Die Datei enthält keine Zeilen', 'the file has no rows')], rows: [] };
  }

  const rows: RecommendationCsvRow[] = [];
  for (const record of parsed.records) {
    if (record.cells.length !== parsed.header.length) {
      problems.push(
        bad(
          record.line,
          null,
          `hat ${record.cells.length} statt ${parsed.header.length} Zellen`,
          `has ${record.cells.length} cells instead of ${parsed.header.length}`,
        ),
      );
      continue;
    }
    const cell = (column: RecommendationCsvColumn): string | undefined => {
      const index = parsed.header.indexOf(column);
      return index === -1 || informationalColumns.includes(column) ? undefined : (record.cells[index] ?? '').trim();
    };
    const row = readRow(record.line, cell, problems);
    if (row) rows.push(row);
  }
  if (problems.length) return { ok: false, problems, rows };
  const columns = recommendationCsvColumns.filter((column) => parsed.header.includes(column) && !informationalColumns.includes(column));
  return { ok: true, columns, rows };
}

function readRow(
  line: number,
  cell: (column: RecommendationCsvColumn) => string | undefined,
  problems: CsvProblem[],
): RecommendationCsvRow | null {
  const before = problems.length;
  const integer = (column: RecommendationCsvColumn): number | null => {
    const value = cell(column);
    if (!value) return null;
    if (!/^\d+$/.test(value)) {
      problems.push(bad(line, column, `„${value}“ ist keine ganze Zahl`, `"${value}" is not a whole number`));
      return null;
    }
    return Number(value);
  };
  const id = cell('id') || null;
  const version = integer('version');
  if (id && version === null && !problems.some((p) => p.line === line && p.column === 'version')) {
    problems.push(
      bad(line, 'version', 'fehlt: eine Zeile mit id braucht die exportierte Version', 'is missing: a row with an id needs the exported version'),
    );
  }
  const statusText = cell('status');
  let status: RecommendationStatus | null = null;
  if (statusText) {
    const upper = statusText.toUpperCase();
    if ((recommendationStatuses as readonly string[]).includes(upper)) status = upper as RecommendationStatus;
    else {
      problems.push(
        bad(line, 'status', `„${statusText}“ ist kein Status (${recommendationStatuses.join(', ')})`, `"${statusText}" is not a status (${recommendationStatuses.join(', ')})`),
      );
    }
  }
  const progress = integer('progress');
  const weight = integer('weight');
  const sdgTargets = (cell('sdg_targets') ?? '')
    .split(/[;,\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  for (const code of sdgTargets) {
    if (!isSdgTargetCode(code)) problems.push(bad(line, 'sdg_targets', `„${code}“ ist kein SDG-Unterziel`, `"${code}" is not an SDG target`));
  }

  const fields = createRecommendationSchema.safeParse({
    municipalityAgs: cell('municipality_ags') || null,
    parentId: cell('parent_id') || null,
    titleDe: cell('title_de') ?? '',
    titleEn: cell('title_en') || null,
    textDe: cell('text_de') ?? '',
    textEn: cell('text_en') || null,
    dueDate: cell('due_date') || null,
    weight: weight ?? 1,
  });
  if (!fields.success) {
    for (const issue of problemsFromZod(fields.error)) {
      problems.push({ line, column: columnOfField[issue.field] ?? issue.field, reason: issue.reason });
    }
  }
  if (problems.length > before || !fields.success) return null;
  return { line, id, version, ...fields.data, status, progress, sdgTargets };
}

/** The export file: header row, then one row per recommendation in column order. */
export function recommendationsToCsv(rows: ReadonlyArray<Readonly<Record<RecommendationCsvColumn, string>>>): string {
  return toCsv(
    recommendationCsvColumns,
    rows.map((row) => recommendationCsvColumns.map((column) => row[column])),
  );
}
