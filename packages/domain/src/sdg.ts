// The SDG catalogue (17 goals, 169 targets, the global indicators) from data/sdg/, see data/sdg/SOURCE.md.
// The raw files are validated row by row when this module loads: a broken file fails at start-up, naming
// the row, instead of producing a half-empty catalogue.
import { z } from 'zod';
import rawGoals from '../data/sdg/goals.json' with { type: 'json' };
import rawIndicators from '../data/sdg/indicators.json' with { type: 'json' };
import rawTargets from '../data/sdg/targets.json' with { type: 'json' };
import type { Language } from './language.js';
import { localized } from './language.js';

/** Fields as the SdgGoal model stores them. */
export interface SdgGoalEntry {
  number: number;
  code: string;
  titleDe: string;
  titleEn: string;
  shortDe: string;
  shortEn: string;
  /** Official UN colour, #RRGGBB in upper case. */
  color: string;
}

/** Fields as the SdgTarget model stores them. */
export interface SdgTargetEntry {
  code: string;
  goalNumber: number;
  titleDe: string;
  titleEn: string;
  /** Position in the official order across all targets (1.1, 1.2, …, 1.a, 1.b, 2.1, …), from 1. */
  sortOrder: number;
}

export const sdgTitleDeStatuses = ['current', 'review_needed', 'missing'] as const;
export type SdgTitleDeStatus = (typeof sdgTitleDeStatuses)[number];

/** Fields as the SdgIndicator model stores them. */
export interface SdgIndicatorEntry {
  code: string;
  goalNumber: number;
  targetCode: string;
  /** Null where no German title exists (11.5.3). */
  titleDe: string | null;
  titleEn: string;
  /** Whether the German title matches the current English wording; see data/sdg/SOURCE.md. */
  titleDeStatus: SdgTitleDeStatus;
  /** False for indicators the UN removed in the 2020 review. */
  inUnFramework: boolean;
  /** Position in the official order across all indicators, from 1. */
  sortOrder: number;
}

const text = z.string().trim().min(1);
const goalNumber = z.number().int().min(1).max(17);
const targetCode = z.string().regex(/^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$/, 'target code like "1.2" or "1.a"');
const indicatorCode = z
  .string()
  .regex(/^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])\.[1-9][0-9]?$/, 'indicator code like "1.2.1" or "1.a.1"');

const goalRow = z.object({
  code: z.string().regex(/^([1-9]|1[0-7])$/),
  number: goalNumber,
  title_de: text,
  title_en: text,
  short_de: text,
  short_en: text,
  color: z.string().regex(/^#[0-9A-F]{6}$/, 'colour as #RRGGBB, upper case'),
});

const targetRow = z.object({ code: targetCode, goal: goalNumber, title_de: text, title_en: text });

const indicatorRow = z.object({
  code: indicatorCode,
  goal: goalNumber,
  target: targetCode,
  title_de: text.nullable(),
  title_en: text,
  title_de_status: z.enum(sdgTitleDeStatuses),
  in_un_framework_2023: z.boolean(),
});

/** Parses every row; throws naming the file, the row number and the row's code. */
function parseRows<Row>(file: string, rows: unknown, schema: z.ZodType<Row>): Row[] {
  if (!Array.isArray(rows)) throw new Error(`${file}: expected an array of rows`);
  return rows.map((row: unknown, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const code = typeof row === 'object' && row !== null && 'code' in row ? ` (code ${JSON.stringify(row.code)})` : '';
    throw new Error(`${file}: invalid row ${index + 1}${code}:\n${z.prettifyError(result.error)}`);
  });
}

/**
 * Orders SDG codes officially: segment by segment, numbers numerically (1.9 before 1.10), numbers before
 * letters (1.5 before 1.a), letters alphabetically.
 */
export function compareSdgCodes(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const order = compareSegments(left[i], right[i]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareSegments(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const aIsNumber = /^\d+$/.test(a);
  const bIsNumber = /^\d+$/.test(b);
  if (aIsNumber && bIsNumber) return Number(a) - Number(b);
  if (aIsNumber !== bIsNumber) return aIsNumber ? -1 : 1;
  return a < b ? -1 : 1;
}

function assertUnique(file: string, codes: readonly string[]): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new Error(`${file}: code ${code} appears twice`);
    seen.add(code);
  }
}

function loadGoals(): SdgGoalEntry[] {
  const rows = parseRows('data/sdg/goals.json', rawGoals, goalRow);
  for (const row of rows) {
    if (row.code !== String(row.number)) throw new Error(`data/sdg/goals.json: goal ${row.number} has code ${row.code}`);
  }
  assertUnique('data/sdg/goals.json', rows.map((row) => row.code));
  return rows
    .map((row) => ({
      number: row.number,
      code: row.code,
      titleDe: row.title_de,
      titleEn: row.title_en,
      shortDe: row.short_de,
      shortEn: row.short_en,
      color: row.color,
    }))
    .sort((a, b) => a.number - b.number);
}

function loadTargets(): SdgTargetEntry[] {
  const rows = parseRows('data/sdg/targets.json', rawTargets, targetRow);
  for (const row of rows) {
    if (!row.code.startsWith(`${row.goal}.`)) {
      throw new Error(`data/sdg/targets.json: target ${row.code} is listed under goal ${row.goal}`);
    }
  }
  assertUnique('data/sdg/targets.json', rows.map((row) => row.code));
  return rows
    .sort((a, b) => compareSdgCodes(a.code, b.code))
    .map((row, index) => ({
      code: row.code,
      goalNumber: row.goal,
      titleDe: row.title_de,
      titleEn: row.title_en,
      sortOrder: index + 1,
    }));
}

function loadIndicators(targetCodes: ReadonlySet<string>): SdgIndicatorEntry[] {
  const rows = parseRows('data/sdg/indicators.json', rawIndicators, indicatorRow);
  for (const row of rows) {
    if (!row.code.startsWith(`${row.target}.`) || !targetCodes.has(row.target)) {
      throw new Error(`data/sdg/indicators.json: indicator ${row.code} names unknown or wrong target ${row.target}`);
    }
  }
  assertUnique('data/sdg/indicators.json', rows.map((row) => row.code));
  return rows
    .sort((a, b) => compareSdgCodes(a.code, b.code))
    .map((row, index) => ({
      code: row.code,
      goalNumber: row.goal,
      targetCode: row.target,
      titleDe: row.title_de,
      titleEn: row.title_en,
      titleDeStatus: row.title_de_status,
      inUnFramework: row.in_un_framework_2023,
      sortOrder: index + 1,
    }));
}

/** The 17 goals, 1 to 17. */
export const sdgGoals: readonly SdgGoalEntry[] = loadGoals();
/** The 169 targets in official order. */
export const sdgTargets: readonly SdgTargetEntry[] = loadTargets();
/** The global indicators in official order, including the five the UN removed (inUnFramework false). */
export const sdgIndicators: readonly SdgIndicatorEntry[] = loadIndicators(new Set(sdgTargets.map((t) => t.code)));

const goalsByNumber = new Map(sdgGoals.map((goal) => [goal.number, goal]));
const targetsByCode = new Map(sdgTargets.map((target) => [target.code, target]));
const indicatorsByCode = new Map(sdgIndicators.map((indicator) => [indicator.code, indicator]));

export function findSdgGoal(number: number): SdgGoalEntry | undefined {
  return goalsByNumber.get(number);
}

export function findSdgTarget(code: string): SdgTargetEntry | undefined {
  return targetsByCode.get(code);
}

export function findSdgIndicator(code: string): SdgIndicatorEntry | undefined {
  return indicatorsByCode.get(code);
}

export function isSdgTargetCode(code: string): boolean {
  return targetsByCode.has(code);
}

/** The indicator's title; English where no German title exists (11.5.3). */
export function sdgIndicatorTitle(indicator: Pick<SdgIndicatorEntry, 'titleDe' | 'titleEn'>, lang: Language): string {
  return localized(lang, indicator.titleDe ?? indicator.titleEn, indicator.titleEn);
}
