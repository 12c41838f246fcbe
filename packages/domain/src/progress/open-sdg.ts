// The Open SDG progress measure (sdg-build, sdg/ProgressMeasure.py; methodology by Statistics Canada,
// modelled on Eurostat's SDG progress assessment), re-implemented from its published description and
// source. Pure functions, no I/O.
//
// In short: the compound annual growth rate (CAGR) from the base year to the latest year is compared
// with fixed thresholds (no target) or with the CAGR needed to reach the target on time (target).
//
// Where this implementation deliberately differs from sdg-build, or sdg-build has no defined answer
// (it raises or divides by zero), the result is NOT_AVAILABLE with a reason:
// - NEUTRAL polarity: sdg-build knows only 'positive'/'negative' (and defaults to negative).
// - Base value 0: sdg-build replaces it by 0.001; here it is NOT_AVAILABLE ('ZERO_BASE_VALUE'),
//   because the result then depends on the unit of measurement (0 → 5 reads as a growth of
//   (5 / 0.001)^(1/n) − 1). A target value of 0 IS replaced by 0.001, as in sdg-build.
// - No data at or after the base year: the current sdg-build takes the minimum of an empty set (NaN)
//   and fails; its previous version and its own guard ("base year is greater than the most recent
//   available data") return no result. Data before the base year is never used as base.
// - Duplicate years: sdg-build raises; here 'DUPLICATE_YEARS'.
// - Target year not after the base year, target and base value of different sign, or target value
//   equal to the base value: the required growth is undefined or zero; sdg-build would fail.
import type { Polarity } from '../enums.js';
import type { Language } from '../language.js';
import { formatPercent, formatValue, percentDigits, type ExplainOptions } from './format.js';
import { cleanSeries, desiredDirection, type YearValue } from './series.js';

export const openSdgStatuses = [
  'TARGET_ACHIEVED',
  'SUBSTANTIAL_PROGRESS',
  'MODERATE_PROGRESS',
  'LIMITED_PROGRESS',
  'DETERIORATION',
  'NOT_AVAILABLE',
] as const;
export type OpenSdgStatus = (typeof openSdgStatuses)[number];

export const openSdgNotAvailableReasons = [
  /** Polarity NEUTRAL: there is no desired direction to measure progress against. */
  'NEUTRAL_POLARITY',
  /** No point with an integer year and a finite value. */
  'NO_DATA',
  /** A year occurs more than once. */
  'DUPLICATE_YEARS',
  /** All data lies before the configured base year. */
  'BASE_YEAR_AFTER_LATEST_YEAR',
  /** Only one year with data at or after the base year (base year = latest year). */
  'TOO_FEW_POINTS',
  /** The base value is 0: no growth rate can be computed from it. */
  'ZERO_BASE_VALUE',
  /** Base value and latest value have different signs. */
  'SIGN_CHANGE',
  /** With a target: the target year is not after the base year. */
  'TARGET_YEAR_NOT_AFTER_BASE_YEAR',
  /** With a target: target value and base value have different signs. */
  'TARGET_SIGN_MISMATCH',
  /** With a target not yet achieved: the target equals the base value, the required growth is 0. */
  'TARGET_EQUALS_BASE_VALUE',
] as const;
export type OpenSdgNotAvailableReason = (typeof openSdgNotAvailableReasons)[number];

/** Lower bounds of substantial ('high'), moderate ('med') and limited ('low') progress. */
export interface OpenSdgThresholds {
  high: number;
  med: number;
  low: number;
}

/** sdg-build's thresholds for the observed growth rate when there is no target. */
export const OPEN_SDG_THRESHOLDS_WITHOUT_TARGET: Readonly<OpenSdgThresholds> = Object.freeze({
  high: 0.015,
  med: 0.005,
  low: 0,
});
/** sdg-build's thresholds for the ratio of observed to required growth when there is a target. */
export const OPEN_SDG_THRESHOLDS_WITH_TARGET: Readonly<OpenSdgThresholds> = Object.freeze({
  high: 0.95,
  med: 0.6,
  low: 0,
});
export const OPEN_SDG_DEFAULT_BASE_YEAR = 2015;
/** A target value of 0 is replaced by this value in the calculation (as sdg-build does). */
export const OPEN_SDG_ZERO_TARGET_REPLACEMENT = 0.001;
/** Exponent of the natural-limit scaling factor C = 1 − (y0 / limit)^a (sdg-build). */
export const OPEN_SDG_LIMIT_EXPONENT = 4.44;

export interface OpenSdgTarget {
  value: number;
  year: number;
}

export interface OpenSdgConfig {
  /** Default 2015. Without data in that year the next later year with data is the base year. */
  baseYear?: number;
  /**
   * Natural limit of the indicator (e.g. 100 for a percentage that cannot exceed 100). Used only
   * without a target, as in sdg-build: it scales the positive thresholds down by a factor C in [0, 1]
   * the closer the base value is to the limit.
   */
  limit?: number;
  /** Overrides of single thresholds; the defaults depend on whether there is a target. */
  thresholds?: Partial<OpenSdgThresholds>;
}

/** sdg-build's "methodology 1" (qualitative, no target) or "methodology 2" (quantitative target). */
export type OpenSdgVariant = 'WITHOUT_TARGET' | 'WITH_TARGET';

export interface OpenSdgTargetUsed extends OpenSdgTarget {
  /** The value used in the calculation: the target value, or 0.001 for a target of 0. */
  calculationValue: number;
}

interface OpenSdgResultFields {
  method: 'OPEN_SDG';
  variant: OpenSdgVariant;
  polarity: Polarity;
  /** The base year asked for (config.baseYear or 2015). */
  configuredBaseYear: number;
  /** The base year used: configuredBaseYear, or the next later year with data. */
  baseYear: number | null;
  baseValue: number | null;
  latestYear: number | null;
  latestValue: number | null;
  /** Observed compound annual growth rate from base to latest year (not direction-adjusted). */
  growth: number | null;
  /**
   * The number compared with the thresholds: growth × direction × sign of the base value without a
   * target, the ratio with a target.
   */
  progressValue: number | null;
  /** With a target: the CAGR from the base value to the target value over base → target year. */
  requiredGrowth?: number;
  /** With a target: direction × sign × growth / |requiredGrowth|. */
  ratio?: number;
  target?: OpenSdgTargetUsed;
  /** The thresholds applied – after scaling by the natural-limit factor, if any. */
  thresholds: OpenSdgThresholds;
  /** Set when a natural limit was applied (no target and a base value): the limit and factor C. */
  limit?: number;
  limitCoefficient?: number;
}

export type OpenSdgAssessedResult = OpenSdgResultFields & {
  status: Exclude<OpenSdgStatus, 'NOT_AVAILABLE'>;
  /** Score from −5 to 5 as sdg-build computes it (5 whenever the target is achieved). */
  score: number;
  reason: null;
};
export type OpenSdgNotAvailableResult = OpenSdgResultFields & {
  status: 'NOT_AVAILABLE';
  score: null;
  reason: OpenSdgNotAvailableReason;
};
export type OpenSdgResult = OpenSdgAssessedResult | OpenSdgNotAvailableResult;

/**
 * The Open SDG progress status of one series.
 *
 * - Points with a non-finite value or a non-integer year are ignored; order does not matter.
 * - Base year: `config.baseYear` (2015) when it has data, otherwise the next later year with data.
 *   Data before the base year is never used; with no data at or after it: NOT_AVAILABLE.
 * - "Target achieved" (latest value ≥ target for higher-is-better, ≤ for lower-is-better) wins over
 *   the growth calculation, as in sdg-build: status TARGET_ACHIEVED and score 5 even where the growth
 *   could not be computed (e.g. only one year of data).
 *
 * Throws a RangeError for an invalid configuration (non-integer years, non-finite numbers); data
 * problems never throw, they yield NOT_AVAILABLE.
 */
export function openSdgProgress(
  series: readonly YearValue[],
  polarity: Polarity,
  target?: OpenSdgTarget | null,
  config: OpenSdgConfig = {},
): OpenSdgResult {
  const configuredBaseYear = config.baseYear ?? OPEN_SDG_DEFAULT_BASE_YEAR;
  validate(configuredBaseYear, target, config);
  const variant: OpenSdgVariant = target ? 'WITH_TARGET' : 'WITHOUT_TARGET';
  const fields: OpenSdgResultFields = {
    method: 'OPEN_SDG',
    variant,
    polarity,
    configuredBaseYear,
    baseYear: null,
    baseValue: null,
    latestYear: null,
    latestValue: null,
    growth: null,
    progressValue: null,
    thresholds: configuredThresholds(variant, config.thresholds),
  };
  if (target) {
    fields.target = {
      value: target.value,
      year: target.year,
      calculationValue: target.value === 0 ? OPEN_SDG_ZERO_TARGET_REPLACEMENT : target.value,
    };
  }
  const notAvailable = (reason: OpenSdgNotAvailableReason): OpenSdgNotAvailableResult => ({
    ...fields,
    status: 'NOT_AVAILABLE',
    score: null,
    reason,
  });

  const direction = desiredDirection(polarity);
  if (direction === null) return notAvailable('NEUTRAL_POLARITY');
  const { points, duplicateYears } = cleanSeries(series);
  const latest = points.at(-1);
  if (!latest) return notAvailable('NO_DATA');
  if (duplicateYears.length > 0) return notAvailable('DUPLICATE_YEARS');
  fields.latestYear = latest.year;
  fields.latestValue = latest.value;
  const base = points.find((point) => point.year >= configuredBaseYear);
  if (!base) return notAvailable('BASE_YEAR_AFTER_LATEST_YEAR');
  fields.baseYear = base.year;
  fields.baseValue = base.value;

  const targetAchieved =
    fields.target !== undefined &&
    (direction === 1 ? latest.value >= fields.target.calculationValue : latest.value <= fields.target.calculationValue);

  const measured = measure(base, latest, direction, fields, config.limit);
  if ('reason' in measured) {
    return targetAchieved ? { ...fields, status: 'TARGET_ACHIEVED', score: 5, reason: null } : notAvailable(measured.reason);
  }
  Object.assign(fields, measured.fields);
  if (targetAchieved) return { ...fields, status: 'TARGET_ACHIEVED', score: 5, reason: null };
  return { ...fields, status: statusFor(measured.progressValue, fields.thresholds), score: measured.score, reason: null };
}

type Measured =
  | { reason: OpenSdgNotAvailableReason }
  | { fields: Partial<OpenSdgResultFields>; progressValue: number; score: number };

function measure(
  base: YearValue,
  latest: YearValue,
  direction: 1 | -1,
  fields: OpenSdgResultFields,
  limit: number | undefined,
): Measured {
  if (base.value === 0) return { reason: 'ZERO_BASE_VALUE' };
  if ((base.value > 0 && latest.value < 0) || (base.value < 0 && latest.value > 0)) return { reason: 'SIGN_CHANGE' };
  if (latest.year - base.year < 1) return { reason: 'TOO_FEW_POINTS' };
  // A negative series: growth is that of the magnitude, so the desired direction flips.
  const sign = base.value < 0 ? -1 : 1;
  const growth = compoundAnnualGrowth(base.value, latest.value, latest.year - base.year);

  const target = fields.target;
  if (target) {
    if (target.year <= base.year) return { reason: 'TARGET_YEAR_NOT_AFTER_BASE_YEAR' };
    if (target.calculationValue / base.value < 0) return { reason: 'TARGET_SIGN_MISMATCH' };
    const requiredGrowth = compoundAnnualGrowth(base.value, target.calculationValue, target.year - base.year);
    if (requiredGrowth === 0) return { reason: 'TARGET_EQUALS_BASE_VALUE' };
    const ratio = (sign * direction * growth) / Math.abs(requiredGrowth);
    const t = fields.thresholds;
    // sdg-build's score lines are fixed to the default thresholds: 0.6 → 0, 1.3 → 5, −0.6 → −5.
    const score =
      ratio >= t.high || ratio >= t.med ? Math.min(7.1429 * ratio - 4.2857, 5) : Math.max(4.1667 * ratio - 2.5, -5);
    return { fields: { growth, requiredGrowth, ratio, progressValue: ratio }, progressValue: ratio, score };
  }

  const progressValue = sign * direction * growth;
  let thresholds = fields.thresholds;
  let coefficient = 1;
  const extra: Partial<OpenSdgResultFields> = {};
  if (limit !== undefined) {
    coefficient = limitCoefficient(base.value, limit);
    thresholds = {
      high: thresholds.high * coefficient,
      med: thresholds.med * coefficient,
      low: thresholds.low * coefficient,
    };
    extra.limit = limit;
    extra.limitCoefficient = coefficient;
  }
  return {
    fields: { ...extra, growth, progressValue, thresholds },
    progressValue,
    score: scoreWithoutTarget(progressValue, thresholds, coefficient),
  };
}

/** (to / from)^(1 / years) − 1. */
export function compoundAnnualGrowth(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/**
 * sdg-build's natural-limit factor C for base value y0 and limit L (both taken as absolute values):
 * 1 when y0 ≥ 2L, 1 − (y0/L)^4.44 when y0 ≤ L, 1 − ((2L − y0)/L)^4.44 in between. It is 0 when the
 * base value sits on the limit and close to 1 far from it.
 */
export function limitCoefficient(baseValue: number, limit: number): number {
  const y0 = Math.abs(baseValue);
  const lim = Math.abs(limit);
  if (y0 >= 2 * lim) return 1;
  if (y0 <= lim) return 1 - (y0 / lim) ** OPEN_SDG_LIMIT_EXPONENT;
  return 1 - ((2 * lim - y0) / lim) ** OPEN_SDG_LIMIT_EXPONENT;
}

// sdg-build's score without a target: −2 % → −5, 0 → −2.5, 0.5 % → 0, 1.5 % → 2.5, 2 % → 5, with the
// positive part stretched by 1/C when a natural limit scaled the thresholds.
function scoreWithoutTarget(value: number, thresholds: OpenSdgThresholds, coefficient: number): number {
  if (value < thresholds.low) return Math.max(125 * value - 2.5, -5);
  if (coefficient === 0) return 5;
  if (value >= thresholds.high) return Math.min((500 * value) / coefficient - 5, 5);
  if (value >= thresholds.med) return (250 * value) / coefficient - 1.25;
  return (500 * value) / coefficient - 2.5;
}

function statusFor(value: number, thresholds: OpenSdgThresholds): OpenSdgAssessedResult['status'] {
  if (value >= thresholds.high) return 'SUBSTANTIAL_PROGRESS';
  if (value >= thresholds.med) return 'MODERATE_PROGRESS';
  if (value >= thresholds.low) return 'LIMITED_PROGRESS';
  return 'DETERIORATION';
}

function configuredThresholds(variant: OpenSdgVariant, overrides: Partial<OpenSdgThresholds> = {}): OpenSdgThresholds {
  const defaults = variant === 'WITH_TARGET' ? OPEN_SDG_THRESHOLDS_WITH_TARGET : OPEN_SDG_THRESHOLDS_WITHOUT_TARGET;
  return {
    high: overrides.high ?? defaults.high,
    med: overrides.med ?? defaults.med,
    low: overrides.low ?? defaults.low,
  };
}

function validate(baseYear: number, target: OpenSdgTarget | null | undefined, config: OpenSdgConfig): void {
  if (!Number.isInteger(baseYear)) throw new RangeError(`baseYear must be an integer, got ${baseYear}`);
  if (target && (!Number.isFinite(target.value) || !Number.isInteger(target.year))) {
    throw new RangeError(`target needs a finite value and an integer year, got ${target.value} / ${target.year}`);
  }
  if (config.limit !== undefined && !Number.isFinite(config.limit)) {
    throw new RangeError(`limit must be a finite number, got ${config.limit}`);
  }
  for (const [name, value] of Object.entries(config.thresholds ?? {})) {
    if (value !== undefined && !Number.isFinite(value)) throw new RangeError(`threshold ${name} must be finite, got ${value}`);
  }
}

// ───────────────────────────── Explanation ─────────────────────────────

const statusNames: Record<Language, Record<OpenSdgStatus, string>> = {
  de: {
    TARGET_ACHIEVED: 'Ziel erreicht',
    SUBSTANTIAL_PROGRESS: 'deutlicher Fortschritt',
    MODERATE_PROGRESS: 'mäßiger Fortschritt',
    LIMITED_PROGRESS: 'geringer Fortschritt',
    DETERIORATION: 'Verschlechterung',
    NOT_AVAILABLE: 'keine Bewertung möglich',
  },
  en: {
    TARGET_ACHIEVED: 'target achieved',
    SUBSTANTIAL_PROGRESS: 'substantial progress',
    MODERATE_PROGRESS: 'moderate progress',
    LIMITED_PROGRESS: 'limited progress',
    DETERIORATION: 'deterioration',
    NOT_AVAILABLE: 'no assessment possible',
  },
};

/** The status name in plain language ("deutlicher Fortschritt" / "substantial progress"). */
export function openSdgStatusName(status: OpenSdgStatus, lang: Language): string {
  return statusNames[lang][status];
}

/**
 * How the status of this result came about, in plain language – e.g. "Von 2015 (100) bis 2020 (110)
 * wuchs der Wert um durchschnittlich 1,9 % pro Jahr; höhere Werte sind besser; ab 1,5 % pro Jahr gilt
 * das als deutlicher Fortschritt."
 */
export function explainOpenSdg(result: OpenSdgResult, lang: Language, options: ExplainOptions = {}): string {
  const v = (value: number): string => formatValue(value, lang, options);
  if (result.status === 'NOT_AVAILABLE') return explainNotAvailable(result, lang, v);
  if (result.status === 'TARGET_ACHIEVED') return explainAchieved(result, lang, v);
  const trend = trendPhrase(result, lang, v);
  if (result.variant === 'WITHOUT_TARGET') {
    const growthRule = ruleWithoutTarget(result, lang);
    const sentence = `${trend}; ${polarityPhrase(result.polarity, lang)}; ${growthRule}.`;
    return result.limitCoefficient === undefined ? sentence : `${sentence} ${limitSentence(result, lang, v)}`;
  }
  return `${trend}. ${requiredPhrase(result, lang, v)}; ${ratioRule(result, lang)}.`;
}

type ValueFormatter = (value: number) => string;

function polarityPhrase(polarity: Polarity, lang: Language): string {
  const higher = polarity === 'HIGHER_IS_BETTER';
  if (lang === 'de') return higher ? 'höhere Werte sind besser' : 'niedrigere Werte sind besser';
  return higher ? 'higher values are better' : 'lower values are better';
}

/** "Von 2015 (100) bis 2020 (110) wuchs der Wert um durchschnittlich 1,9 % pro Jahr". */
function trendPhrase(result: OpenSdgResult, lang: Language, v: ValueFormatter): string {
  const { baseYear, baseValue, latestYear, latestValue, growth } = result;
  if (baseYear === null || baseValue === null || latestYear === null || latestValue === null || growth === null) return '';
  const rate = formatPercent(Math.abs(growth), lang, percentDigits(Math.abs(growth), thresholdsInRate(result)));
  const magnitude = baseValue < 0;
  if (lang === 'de') {
    const from = `Von ${baseYear} (${v(baseValue)}) bis ${latestYear} (${v(latestValue)})`;
    const subject = magnitude ? 'der Betrag des Werts' : 'der Wert';
    if (growth === 0) return `${from} blieb ${subject} unverändert`;
    if (magnitude) return `${from} nahm ${subject} um durchschnittlich ${rate} pro Jahr ${growth > 0 ? 'zu' : 'ab'}`;
    return `${from} ${growth > 0 ? 'wuchs' : 'sank'} ${subject} um durchschnittlich ${rate} pro Jahr`;
  }
  const from = `From ${baseYear} (${v(baseValue)}) to ${latestYear} (${v(latestValue)})`;
  const subject = magnitude ? 'the absolute value' : 'the value';
  if (growth === 0) return `${from} ${subject} stayed the same`;
  return `${from} ${subject} ${growth > 0 ? 'grew' : 'fell'} by an average of ${rate} per year`;
}

/** Thresholds expressed as growth of the described quantity, for choosing distinguishable digits. */
function thresholdsInRate(result: OpenSdgResult): number[] {
  if (result.variant === 'WITH_TARGET') return [];
  const { high, med, low } = result.thresholds;
  return [high, med, low].map(Math.abs);
}

function ruleWithoutTarget(result: OpenSdgAssessedResult, lang: Language): string {
  const { high, med, low } = result.thresholds;
  const value = result.progressValue ?? 0;
  const p = (threshold: number): string => formatPercent(threshold, lang, percentDigits(threshold, [Math.abs(value)]));
  // Progress means growth of the described quantity, or its decline.
  const declining = (result.baseValue ?? 0) < 0 ? result.polarity === 'HIGHER_IS_BETTER' : result.polarity === 'LOWER_IS_BETTER';
  const kind = declining ? (lang === 'de' ? ' Rückgang' : ' decline') : lang === 'de' ? '' : ' growth';
  const name = statusNames[lang][result.status];
  if (lang === 'de') {
    switch (result.status) {
      case 'SUBSTANTIAL_PROGRESS':
        return `ab ${p(high)}${kind} pro Jahr gilt das als ${name}`;
      case 'MODERATE_PROGRESS':
        return `von ${p(med)} bis unter ${p(high)}${kind} pro Jahr gilt das als ${name}`;
      case 'LIMITED_PROGRESS':
        return `von ${p(low)} bis unter ${p(med)}${kind} pro Jahr gilt das als ${name}`;
      default:
        return low === 0
          ? `eine Entwicklung in die ungünstige Richtung gilt als ${name}`
          : `unter ${p(low)}${kind} pro Jahr gilt das als ${name}`;
    }
  }
  switch (result.status) {
    case 'SUBSTANTIAL_PROGRESS':
      return `${p(high)}${kind} per year or more counts as ${name}`;
    case 'MODERATE_PROGRESS':
      return `${p(med)} to under ${p(high)}${kind} per year counts as ${name}`;
    case 'LIMITED_PROGRESS':
      return `${p(low)} to under ${p(med)}${kind} per year counts as ${name}`;
    default:
      return low === 0
        ? `a change in the unfavourable direction counts as ${name}`
        : `under ${p(low)}${kind} per year counts as ${name}`;
  }
}

function limitSentence(result: OpenSdgAssessedResult, lang: Language, v: ValueFormatter): string {
  const limit = v(result.limit ?? 0);
  const factor = formatValue(result.limitCoefficient ?? 1, lang, { decimals: 2 });
  const base = v(result.baseValue ?? 0);
  return lang === 'de'
    ? `Wegen der natürlichen Grenze von ${limit} und des Ausgangswerts ${base} wurden die Schwellen mit dem Faktor ${factor} verkleinert.`
    : `Because of the natural limit of ${limit} and the base value of ${base}, the thresholds were scaled by a factor of ${factor}.`;
}

function targetPhrase(result: OpenSdgResult, lang: Language, v: ValueFormatter): string {
  const target = result.target;
  if (!target) return '';
  const replaced = target.calculationValue !== target.value;
  const note = replaced
    ? lang === 'de'
      ? ` (für die Rechnung ersetzt durch ${v(target.calculationValue)})`
      : ` (replaced by ${v(target.calculationValue)} for the calculation)`
    : '';
  return `${v(target.value)}${note}`;
}

function requiredPhrase(result: OpenSdgAssessedResult, lang: Language, v: ValueFormatter): string {
  const required = result.requiredGrowth ?? 0;
  const rate = formatPercent(Math.abs(required), lang, percentDigits(Math.abs(required), [Math.abs(result.growth ?? 0)]));
  const year = result.target?.year ?? 0;
  const magnitude = (result.baseValue ?? 0) < 0;
  if (lang === 'de') {
    const noun = required > 0 ? 'Zunahme' : 'Abnahme';
    const of = magnitude ? ' des Betrags' : '';
    return `Um das Ziel ${targetPhrase(result, lang, v)} bis ${year} zu erreichen, wäre eine ${noun}${of} um durchschnittlich ${rate} pro Jahr nötig (${polarityPhrase(result.polarity, lang)})`;
  }
  const noun = required > 0 ? 'increase' : 'decrease';
  const of = magnitude ? ' of the absolute value' : '';
  return `Reaching the target of ${targetPhrase(result, lang, v)} by ${year} would take an average ${noun}${of} of ${rate} per year (${polarityPhrase(result.polarity, lang)})`;
}

function ratioRule(result: OpenSdgAssessedResult, lang: Language): string {
  const ratio = result.ratio ?? 0;
  const { high, med, low } = result.thresholds;
  const p = (fraction: number, others: number[]): string => formatPercent(fraction, lang, percentDigits(fraction, others, 0));
  const pace = p(ratio, [high, med, low]);
  const t = (threshold: number): string => p(threshold, [ratio]);
  const name = statusNames[lang][result.status];
  if (lang === 'de') {
    const observed = `das beobachtete Tempo beträgt ${pace} des nötigen`;
    switch (result.status) {
      case 'SUBSTANTIAL_PROGRESS':
        return `${observed}; ab ${t(high)} gilt das als ${name}`;
      case 'MODERATE_PROGRESS':
        return `${observed}; von ${t(med)} bis unter ${t(high)} gilt das als ${name}`;
      case 'LIMITED_PROGRESS':
        return `${observed}; von ${t(low)} bis unter ${t(med)} gilt das als ${name}`;
      default:
        return low === 0
          ? `${observed}; ein negativer Wert bedeutet eine Entwicklung weg vom Ziel und gilt als ${name}`
          : `${observed}; unter ${t(low)} gilt das als ${name}`;
    }
  }
  const observed = `the observed pace is ${pace} of the required pace`;
  switch (result.status) {
    case 'SUBSTANTIAL_PROGRESS':
      return `${observed}; ${t(high)} or more counts as ${name}`;
    case 'MODERATE_PROGRESS':
      return `${observed}; ${t(med)} to under ${t(high)} counts as ${name}`;
    case 'LIMITED_PROGRESS':
      return `${observed}; ${t(low)} to under ${t(med)} counts as ${name}`;
    default:
      return low === 0
        ? `${observed}; a negative value means moving away from the target and counts as ${name}`
        : `${observed}; under ${t(low)} counts as ${name}`;
  }
}

function explainAchieved(result: OpenSdgAssessedResult, lang: Language, v: ValueFormatter): string {
  const higher = result.polarity === 'HIGHER_IS_BETTER';
  const year = result.latestYear ?? 0;
  const value = v(result.latestValue ?? 0);
  const target = targetPhrase(result, lang, v);
  const targetYear = result.target?.year ?? 0;
  if (lang === 'de') {
    return `Der Wert für ${year} (${value}) erreicht bereits das Ziel von ${higher ? 'mindestens' : 'höchstens'} ${target} (Zieljahr ${targetYear}); ${polarityPhrase(result.polarity, lang)}. Damit gilt: ${statusNames.de.TARGET_ACHIEVED}.`;
  }
  return `The value for ${year} (${value}) already meets the target of ${higher ? 'at least' : 'at most'} ${target} (target year ${targetYear}); ${polarityPhrase(result.polarity, lang)}. So the status is: ${statusNames.en.TARGET_ACHIEVED}.`;
}

function explainNotAvailable(result: OpenSdgNotAvailableResult, lang: Language, v: ValueFormatter): string {
  const by = result.baseYear ?? result.configuredBaseYear;
  const bv = result.baseValue === null ? '' : v(result.baseValue);
  const ly = result.latestYear ?? 0;
  const lv = result.latestValue === null ? '' : v(result.latestValue);
  const tv = result.target ? targetPhrase(result, lang, v) : '';
  const ty = result.target?.year ?? 0;
  if (lang === 'de') {
    const reasons: Record<OpenSdgNotAvailableReason, string> = {
      NEUTRAL_POLARITY: 'Für diesen Indikator ist keine Bewertungsrichtung festgelegt, daher lässt sich kein Fortschritt messen.',
      NO_DATA: 'Es liegen keine verwertbaren Werte vor.',
      DUPLICATE_YEARS: 'Für mindestens ein Jahr liegen mehrere Werte vor; die Zeitreihe ist nicht eindeutig.',
      BASE_YEAR_AFTER_LATEST_YEAR: `Ab dem Basisjahr ${result.configuredBaseYear} liegen keine Werte vor (letzter Wert: ${ly}).`,
      TOO_FEW_POINTS: `Ab dem Basisjahr ${result.configuredBaseYear} gibt es nur den Wert für ${ly}; für eine Entwicklung braucht es mindestens zwei Jahre.`,
      ZERO_BASE_VALUE: `Der Ausgangswert ${by} ist 0; davon lässt sich keine jährliche Wachstumsrate berechnen.`,
      SIGN_CHANGE: `Der Ausgangswert ${by} (${bv}) und der letzte Wert ${ly} (${lv}) haben unterschiedliche Vorzeichen; eine Wachstumsrate ist dann nicht definiert.`,
      TARGET_YEAR_NOT_AFTER_BASE_YEAR: `Das Zieljahr ${ty} liegt nicht nach dem Basisjahr ${by}.`,
      TARGET_SIGN_MISMATCH: `Zielwert (${tv}) und Ausgangswert ${by} (${bv}) haben unterschiedliche Vorzeichen; die nötige Wachstumsrate ist nicht definiert.`,
      TARGET_EQUALS_BASE_VALUE: `Der Zielwert (${tv}) entspricht dem Ausgangswert ${by}; die nötige Wachstumsrate wäre 0, das Verhältnis ist nicht definiert.`,
    };
    return `Keine Bewertung möglich: ${reasons[result.reason]}`;
  }
  const reasons: Record<OpenSdgNotAvailableReason, string> = {
    NEUTRAL_POLARITY: 'this indicator has no preferred direction, so progress cannot be measured.',
    NO_DATA: 'there are no usable values.',
    DUPLICATE_YEARS: 'at least one year has more than one value; the series is ambiguous.',
    BASE_YEAR_AFTER_LATEST_YEAR: `there are no values from the base year ${result.configuredBaseYear} on (latest value: ${ly}).`,
    TOO_FEW_POINTS: `from the base year ${result.configuredBaseYear} on there is only the value for ${ly}; a trend needs at least two years.`,
    ZERO_BASE_VALUE: `the base value (${by}) is 0; no annual growth rate can be computed from it.`,
    SIGN_CHANGE: `the base value ${by} (${bv}) and the latest value ${ly} (${lv}) have different signs, so a growth rate is not defined.`,
    TARGET_YEAR_NOT_AFTER_BASE_YEAR: `the target year ${ty} is not after the base year ${by}.`,
    TARGET_SIGN_MISMATCH: `the target (${tv}) and the base value ${by} (${bv}) have different signs, so the required growth rate is not defined.`,
    TARGET_EQUALS_BASE_VALUE: `the target (${tv}) equals the base value ${by}; the required growth rate would be 0, so the ratio is not defined.`,
  };
  return `No assessment possible: ${reasons[result.reason]}`;
}
