// Observations can be broken down by dimensions such as age group and sex. The database stores the
// breakdown twice: as JSON ({"age":"18-20","sex":"female"}) and as a canonical key ("age=18-20;sex=female")
// that is unique per indicator, unit and year and cheap to filter on. This module owns that key.
import { z } from 'zod';
import type { Language, LocalizedText } from './language.js';

/** Dimension → category code, e.g. { age: '65-75', sex: 'female' }. The empty object is the total. */
export type Disaggregation = Readonly<Record<string, string>>;

const dimensionPattern = /^[a-z][a-z0-9_]*$/;
// ";" and "=" structure the key; whitespace would make equal keys look different.
const categoryPattern = /^[^\s;=]+$/;

export const disaggregationDimensionSchema = z.string().regex(dimensionPattern, 'dimension must match [a-z][a-z0-9_]*');
export const disaggregationCategorySchema = z
  .string()
  .regex(categoryPattern, 'category must be non-empty, without whitespace, ";" or "="');
export const disaggregationSchema = z.record(disaggregationDimensionSchema, disaggregationCategorySchema);

export class InvalidDisaggregationError extends Error {
  override readonly name = 'InvalidDisaggregationError';
}

/** The canonical key: pairs sorted by dimension, "dimension=category" joined by ";"; "" for the total. */
export function disaggregationKey(disaggregation: Disaggregation): string {
  return Object.entries(disaggregation)
    .map(([dimension, category]) => {
      assertValidPair(dimension, category, JSON.stringify(disaggregation));
      return [dimension, category] as const;
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dimension, category]) => `${dimension}=${category}`)
    .join(';');
}

/** The inverse of disaggregationKey; throws InvalidDisaggregationError for a malformed key. */
export function parseDisaggregationKey(key: string): Record<string, string> {
  const disaggregation: Record<string, string> = {};
  if (key === '') return disaggregation;
  for (const pair of key.split(';')) {
    const separator = pair.indexOf('=');
    const dimension = separator < 0 ? pair : pair.slice(0, separator);
    const category = separator < 0 ? '' : pair.slice(separator + 1);
    assertValidPair(dimension, category, JSON.stringify(key));
    if (Object.hasOwn(disaggregation, dimension)) {
      throw new InvalidDisaggregationError(`Dimension "${dimension}" appears twice in ${JSON.stringify(key)}`);
    }
    disaggregation[dimension] = category;
  }
  return disaggregation;
}

function assertValidPair(dimension: string, category: string, context: string): void {
  if (!dimensionPattern.test(dimension)) {
    throw new InvalidDisaggregationError(`Invalid dimension "${dimension}" in ${context}: use [a-z][a-z0-9_]*`);
  }
  if (!categoryPattern.test(category)) {
    throw new InvalidDisaggregationError(
      `Invalid category "${category}" for "${dimension}" in ${context}: non-empty, no whitespace, ";" or "="`,
    );
  }
}

// ── Age groups ──

/** An age group code: "0-3" (under 3), "65-75" (65 to under 75), "75+" (75 and over). */
export interface AgeGroup {
  code: string;
  fromYears: number;
  /** Exclusive upper bound; null for the open last group. */
  toYears: number | null;
}

/** The 17 age groups of the Regionaldatenbank tables (e.g. 12411-02-03-4), youngest first. */
export const regionalAgeGroups: readonly AgeGroup[] = (
  [
    [0, 3], [3, 6], [6, 10], [10, 15], [15, 18], [18, 20], [20, 25], [25, 30], [30, 35],
    [35, 40], [40, 45], [45, 50], [50, 55], [55, 60], [60, 65], [65, 75], [75, null],
  ] as const
).map(([fromYears, toYears]) => ageGroup(fromYears, toYears));

function ageGroup(fromYears: number, toYears: number | null): AgeGroup {
  return { code: toYears === null ? `${fromYears}+` : `${fromYears}-${toYears}`, fromYears, toYears };
}

/** Any well-formed age code, not only the 17 regional groups; undefined for anything else. */
export function parseAgeGroupCode(code: string): AgeGroup | undefined {
  const open = /^(\d{1,3})\+$/.exec(code);
  if (open) return ageGroup(Number(open[1]), null);
  const closed = /^(\d{1,3})-(\d{1,3})$/.exec(code);
  if (!closed) return undefined;
  const fromYears = Number(closed[1]);
  const toYears = Number(closed[2]);
  return fromYears < toYears ? ageGroup(fromYears, toYears) : undefined;
}

export function ageGroupLabels(group: AgeGroup): LocalizedText {
  if (group.toYears === null) {
    return { de: `${group.fromYears} Jahre und mehr`, en: `${group.fromYears} years and over` };
  }
  if (group.fromYears === 0) return { de: `unter ${group.toYears} Jahre`, en: `under ${group.toYears} years` };
  return {
    de: `${group.fromYears} bis unter ${group.toYears} Jahre`,
    en: `${group.fromYears} to under ${group.toYears} years`,
  };
}

/**
 * The code for a Regionaldatenbank / GENESIS age label: "unter 3 Jahre" → "0-3",
 * "3 bis unter 6 Jahre" → "3-6", "75 Jahre und mehr" → "75+". Undefined for totals and unknown text.
 */
export function ageGroupCodeFromGenesisLabel(text: string): string | undefined {
  const normalized = text.trim().replace(/\s+/g, ' ');
  const under = /^unter (\d{1,3}) Jahre$/.exec(normalized);
  if (under) return `0-${under[1]}`;
  const between = /^(\d{1,3}) bis unter (\d{1,3}) Jahre$/.exec(normalized);
  if (between) return `${between[1]}-${between[2]}`;
  const over = /^(\d{1,3}) Jahre und mehr$/.exec(normalized);
  if (over) return `${over[1]}+`;
  return undefined;
}

// ── Sex ──

export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

export const sexLabels: { readonly [Value in Sex]: LocalizedText } = {
  male: { de: 'männlich', en: 'male' },
  female: { de: 'weiblich', en: 'female' },
};

/** "männlich" / "weiblich" as GENESIS writes them; undefined for "Insgesamt" and unknown text. */
export function sexFromGenesisLabel(text: string): Sex | undefined {
  const normalized = text.trim().toLowerCase();
  return (Object.keys(sexLabels) as Sex[]).find((sex) => sexLabels[sex].de === normalized);
}

// ── Labels ──

export const disaggregationDimensionLabels: Readonly<Record<'age' | 'sex', LocalizedText>> = {
  age: { de: 'Altersgruppe', en: 'Age group' },
  sex: { de: 'Geschlecht', en: 'Sex' },
};

const totalLabel: LocalizedText = { de: 'Insgesamt', en: 'Total' };

/** The label of one category, e.g. ("age", "18-20") → "18 bis unter 20 Jahre"; the code itself if unknown. */
export function disaggregationCategoryLabel(dimension: string, category: string, lang: Language): string {
  if (dimension === 'age') {
    const group = parseAgeGroupCode(category);
    if (group) return ageGroupLabels(group)[lang];
  }
  if (dimension === 'sex' && Object.hasOwn(sexLabels, category)) return sexLabels[category as Sex][lang];
  return category;
}

/**
 * A readable label for a disaggregation key: "" → "Insgesamt", "age=65-75;sex=female" →
 * "65 bis unter 75 Jahre, weiblich". Categories appear in key order.
 */
export function disaggregationLabel(key: string, lang: Language): string {
  const entries = Object.entries(parseDisaggregationKey(key));
  if (entries.length === 0) return totalLabel[lang];
  return entries.map(([dimension, category]) => disaggregationCategoryLabel(dimension, category, lang)).join(', ');
}
