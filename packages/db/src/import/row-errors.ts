// Why a row or a file was rejected: a stable code for programs, a reason in English and German for people.
import type { LocalizedText } from '@atlas/domain';

export const rowErrorCodes = [
  'BAD_FILE',
  'MISSING_COLUMN',
  'BAD_COLUMN',
  'BAD_ROW',
  'UNKNOWN_INDICATOR',
  'INDICATOR_MISMATCH',
  'BAD_AGS',
  'UNKNOWN_AGS',
  'BAD_YEAR',
  'BAD_VALUE',
  'BAD_STATUS',
  'BAD_CATEGORY',
  'DUPLICATE_ROW',
  'UNKNOWN_TABLE',
  'COLUMN_NOT_FOUND',
  'COLUMN_CONFLICT',
  'WRITE_FAILED',
  'BAD_COMPARATOR',
  'DUPLICATE_TARGET',
] as const;
export type RowErrorCode = (typeof rowErrorCodes)[number];

/** One rejected row (or, for file-level problems, the line where the problem shows). */
export interface RowError {
  /** 1-based line in the file. */
  line: number;
  /** Header name of the offending column; null when the whole row or file is concerned. */
  column: string | null;
  code: RowErrorCode;
  /** English reason. */
  reason: string;
  reasonDe: string;
}

/** What a message may mention. */
export interface RowErrorDetails {
  /** The offending cell as written in the file. */
  value?: string;
  /** Line of the first occurrence, for duplicates. */
  firstLine?: number;
  /** Free text completing the reason (expected values, available columns …). */
  detail?: string;
}

const quote = (text: string | undefined) => JSON.stringify(text ?? '');
const suffix = (detail: string | undefined) => (detail ? `: ${detail}` : '');

const messages: Record<RowErrorCode, (details: RowErrorDetails) => LocalizedText> = {
  BAD_FILE: ({ detail }) => ({ en: `file cannot be read${suffix(detail)}`, de: `Datei nicht lesbar${suffix(detail)}` }),
  MISSING_COLUMN: ({ detail }) => ({
    en: `required column is missing${suffix(detail)}`,
    de: `Pflichtspalte fehlt${suffix(detail)}`,
  }),
  BAD_COLUMN: ({ value, detail }) => ({
    en: `column ${quote(value)} is not allowed${suffix(detail)}`,
    de: `Spalte ${quote(value)} ist nicht zulässig${suffix(detail)}`,
  }),
  BAD_ROW: ({ detail }) => ({ en: `row cannot be read${suffix(detail)}`, de: `Zeile nicht lesbar${suffix(detail)}` }),
  UNKNOWN_INDICATOR: ({ value }) => ({
    en: `unknown indicator key ${quote(value)}`,
    de: `unbekannter Indikatorschlüssel ${quote(value)}`,
  }),
  INDICATOR_MISMATCH: ({ value, detail }) => ({
    en: `indicator ${quote(value)} differs from the one chosen for the import${suffix(detail)}`,
    de: `Indikator ${quote(value)} weicht vom gewählten Indikator ab${suffix(detail)}`,
  }),
  BAD_AGS: ({ value }) => ({
    en: `${quote(value)} is not an AGS: 8 digits expected (or a 5-digit Kreis key)`,
    de: `${quote(value)} ist kein AGS: 8 Ziffern erwartet (oder 5-stelliger Kreisschlüssel)`,
  }),
  UNKNOWN_AGS: ({ value }) => ({
    en: `unknown AGS ${quote(value)}: no municipality of the region has it`,
    de: `unbekannter AGS ${quote(value)}: keine Kommune der Region hat ihn`,
  }),
  BAD_YEAR: ({ value }) => ({
    en: `bad year ${quote(value)}: a year 1900–2100 (2015, 31.12.2015 or 2015-12-31) expected`,
    de: `ungültiges Jahr ${quote(value)}: Jahr 1900–2100 (2015, 31.12.2015 oder 2015-12-31) erwartet`,
  }),
  BAD_VALUE: ({ value }) => ({
    en: `value ${quote(value)} is not a number`,
    de: `Wert ${quote(value)} ist keine Zahl`,
  }),
  BAD_STATUS: ({ value, detail }) => ({
    en: `bad status ${quote(value)}${suffix(detail)}`,
    de: `ungültiger Status ${quote(value)}${suffix(detail)}`,
  }),
  BAD_CATEGORY: ({ value, detail }) => ({
    en: `bad category ${quote(value)}${suffix(detail)}`,
    de: `ungültige Ausprägung ${quote(value)}${suffix(detail)}`,
  }),
  DUPLICATE_ROW: ({ firstLine }) => ({
    en: `duplicate row: same indicator, unit, year and disaggregation as line ${firstLine}`,
    de: `doppelte Zeile: gleicher Indikator, gleiche Einheit, gleiches Jahr und gleiche Aufgliederung wie Zeile ${firstLine}`,
  }),
  UNKNOWN_TABLE: ({ value }) => ({
    en: `no indicator in the catalogue is mapped to table ${quote(value)}: set Indicator.genesisTable or name one with --indicator`,
    de: `kein Indikator im Katalog ist Tabelle ${quote(value)} zugeordnet: Indicator.genesisTable setzen oder mit --indicator einen nennen`,
  }),
  COLUMN_NOT_FOUND: ({ value, detail }) => ({
    en: `the table has no column ${quote(value)}${suffix(detail)}`,
    de: `die Tabelle hat keine Spalte ${quote(value)}${suffix(detail)}`,
  }),
  COLUMN_CONFLICT: ({ detail }) => ({
    en: `several columns map to the same indicator and disaggregation${suffix(detail)}`,
    de: `mehrere Spalten ergeben denselben Indikator mit derselben Aufgliederung${suffix(detail)}`,
  }),
  BAD_COMPARATOR: ({ value, detail }) => ({
    en: `bad comparator ${quote(value)}${suffix(detail)}`,
    de: `ungültiger Vergleich ${quote(value)}${suffix(detail)}`,
  }),
  DUPLICATE_TARGET: ({ firstLine }) => ({
    en: `duplicate target: same indicator, unit (or region) and year as line ${firstLine}`,
    de: `doppelter Zielwert: gleicher Indikator, gleiche Einheit (oder Region) und gleiches Jahr wie Zeile ${firstLine}`,
  }),
  WRITE_FAILED: ({ detail }) => ({
    en: `writing to the database failed, nothing was imported${suffix(detail)}`,
    de: `Schreiben in die Datenbank fehlgeschlagen, nichts wurde importiert${suffix(detail)}`,
  }),
};

export function rowError(
  code: RowErrorCode,
  line: number,
  column: string | null,
  details: RowErrorDetails = {},
): RowError {
  const text = messages[code](details);
  return { line, column, code, reason: text.en, reasonDe: text.de };
}

/** Errors in file order, for reports. */
export function sortRowErrors(errors: readonly RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
