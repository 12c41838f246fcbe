// The weather symbols of the German Sustainable Development Strategy (Deutsche
// Nachhaltigkeitsstrategie, DNS) as Destatis assigns them in the Indikatorenbericht and on
// dns-indikatoren.de ("Status der Indikatoren – Methodik"). Pure functions, no I/O.
//
// The published rules, by kind of target:
// 1. A value to reach by a target year (VALUE_BY_YEAR): the mean of the last five annual changes
//    (from the last six data points) is projected linearly to the target year. The shortfall of the
//    projected value, as a share of the gap between target value and current value, decides:
//    reached or short by < 5 % → SUN; 5 % to 20 % → LIGHT_CLOUD; > 20 % but moving in the desired
//    direction → CLOUD; not moving in the desired direction (gap constant or growing) → THUNDERSTORM.
// 2. A value to keep every year (VALUE_EVERY_YEAR) – also used for a VALUE_BY_YEAR target that is
//    already reached, "because the standard procedure cannot say anything reliable about direction
//    then": target met and mean change not pointing towards deterioration → SUN; met but pointing
//    towards deterioration → LIGHT_CLOUD ("sun partly covered by a cloud"); not met but mean change
//    not pointing away from the target → CLOUD; not met and moving away → THUNDERSTORM.
// 3. Only a direction (DIRECTION): mean change and last annual change both in the desired direction →
//    SUN; mean right, last wrong or zero → LIGHT_CLOUD; mean wrong or zero, last right → CLOUD;
//    neither → THUNDERSTORM.
// With fewer than four usable annual values Destatis does not assess (default minPoints = 4).
// Several targets at once: the most negative single rating counts (worstDnsWeather).
//
// Decisions where the text leaves room (documented on the functions below):
// - Window: the years latestYear − 5 … latestYear. The mean annual change is
//   (latest value − first value in the window) / (year difference): with annual data exactly the mean
//   of the last five annual changes; with gaps (or a series shorter than five years) the earliest
//   year in the window that has data is the start, provided the window holds at least minPoints
//   values. Gaps inside the window do not matter. Points before the window are never used.
// - A mean change of exactly 0 in the keep-the-target case counts as "not pointing away" (CLOUD when
//   the target is missed), following the newer wording ("nicht vom Ziel weg weist").
// - Shortfalls are compared after rounding to 9 decimals, so that 0.05 computed in binary floating
//   point as 0.05000000000000004 is still "at least 5 %".
// - A VALUE_BY_YEAR target whose year lies before the latest data year and which is not met:
//   NOT_AVAILABLE ('TARGET_YEAR_PASSED'); Destatis always rates against the next future target year.
//   Target year = latest year and not met: the projection is the latest value (shortfall 100 %), so
//   CLOUD when the mean change points towards the target, otherwise THUNDERSTORM.
// - The "last annual change" (DIRECTION) runs from the previous year with data to the latest year.
import type { Polarity } from '../enums.js';
import type { Language } from '../language.js';
import { formatPercent, formatSignedValue, formatValue, type ExplainOptions } from './format.js';
import { cleanSeries, desiredDirection, type YearValue } from './series.js';

export const dnsWeatherStatuses = ['SUN', 'LIGHT_CLOUD', 'CLOUD', 'THUNDERSTORM', 'NOT_AVAILABLE'] as const;
export type DnsWeatherStatus = (typeof dnsWeatherStatuses)[number];

/** The kinds of DNS targets. */
export type DnsTarget =
  /** Reach `value` by `year` ("bis 2030 auf 20 % senken"). */
  | { type: 'VALUE_BY_YEAR'; value: number; year: number }
  /** Keep `value` (or better) every year ("jährlich einhalten", a limit value). */
  | { type: 'VALUE_EVERY_YEAR'; value: number }
  /** Only a direction, given by the indicator's polarity ("steigern", "senken"). */
  | { type: 'DIRECTION' };

export const dnsWeatherNotAvailableReasons = [
  /** No target: the weather symbol rates the way towards a target. */
  'NO_TARGET',
  /** Polarity NEUTRAL: no desired direction. */
  'NEUTRAL_POLARITY',
  /** No point with an integer year and a finite value. */
  'NO_DATA',
  /** A year occurs more than once. */
  'DUPLICATE_YEARS',
  /** Fewer than minPoints values in the window latestYear − windowYears … latestYear. */
  'TOO_FEW_POINTS',
  /** VALUE_BY_YEAR: the target year lies before the latest data year and the target is not met. */
  'TARGET_YEAR_PASSED',
] as const;
export type DnsWeatherNotAvailableReason = (typeof dnsWeatherNotAvailableReasons)[number];

/** How the symbol was determined (the three procedures of the methodology). */
export type DnsWeatherProcedure = 'PROJECTION' | 'KEEP_TARGET' | 'DIRECTION';

export const DNS_WINDOW_YEARS = 5;
export const DNS_MIN_POINTS = 4;
/** Shortfall (share of the gap to the target) below which the symbol is SUN. */
export const DNS_SUN_MAX_SHORTFALL = 0.05;
/** Shortfall up to and including which the symbol is LIGHT_CLOUD. */
export const DNS_LIGHT_CLOUD_MAX_SHORTFALL = 0.2;

export interface DnsWeatherConfig {
  /** Length of the window in years (default 5: the last five annual changes). */
  windowYears?: number;
  /** Fewest values in the window for an assessment (default 4, as Destatis; at least 2). */
  minPoints?: number;
}

interface DnsWeatherFields {
  method: 'DNS_WEATHER';
  polarity: Polarity;
  target: DnsTarget | null;
  procedure: DnsWeatherProcedure | null;
  windowYears: number;
  minPoints: number;
  latestYear: number | null;
  latestValue: number | null;
  /** First year with data in the window, the start of the mean change. */
  windowStartYear: number | null;
  windowStartValue: number | null;
  pointsInWindow: number;
  /** (latestValue − windowStartValue) / (latestYear − windowStartYear), in indicator units per year. */
  meanAnnualChange: number | null;
  /** VALUE_* targets: whether the latest value meets the target (≥ / ≤ by polarity). */
  targetAchieved?: boolean;
  /** PROJECTION: latestValue + meanAnnualChange × (targetYear − latestYear). */
  projectedValue?: number;
  /**
   * PROJECTION: how much of today's gap to the target would still be missing in the target year,
   * (target − projected) / (target − latest); ≤ 0 means the target would be reached.
   */
  shortfall?: number;
  /** DIRECTION: the year before the latest one with data (the last change runs from it). */
  previousYear?: number;
  /** DIRECTION: latestValue − value in previousYear. */
  lastChange?: number;
}

export type DnsWeatherAssessedResult = DnsWeatherFields & {
  status: Exclude<DnsWeatherStatus, 'NOT_AVAILABLE'>;
  reason: null;
};
export type DnsWeatherNotAvailableResult = DnsWeatherFields & {
  status: 'NOT_AVAILABLE';
  reason: DnsWeatherNotAvailableReason;
};
export type DnsWeatherResult = DnsWeatherAssessedResult | DnsWeatherNotAvailableResult;

/**
 * The DNS weather symbol of one series against one target (see the file header for the rules).
 * Points with a non-finite value or a non-integer year are ignored; order does not matter.
 * Throws a RangeError for an invalid target or configuration; data problems yield NOT_AVAILABLE.
 */
export function dnsWeather(
  series: readonly YearValue[],
  polarity: Polarity,
  target: DnsTarget | null | undefined,
  config: DnsWeatherConfig = {},
): DnsWeatherResult {
  const windowYears = config.windowYears ?? DNS_WINDOW_YEARS;
  const minPoints = config.minPoints ?? DNS_MIN_POINTS;
  validate(target, windowYears, minPoints);
  const fields: DnsWeatherFields = {
    method: 'DNS_WEATHER',
    polarity,
    target: target ?? null,
    procedure: null,
    windowYears,
    minPoints,
    latestYear: null,
    latestValue: null,
    windowStartYear: null,
    windowStartValue: null,
    pointsInWindow: 0,
    meanAnnualChange: null,
  };
  const notAvailable = (reason: DnsWeatherNotAvailableReason): DnsWeatherNotAvailableResult => ({
    ...fields,
    status: 'NOT_AVAILABLE',
    reason,
  });
  const assessed = (status: DnsWeatherAssessedResult['status']): DnsWeatherAssessedResult => ({
    ...fields,
    status,
    reason: null,
  });

  if (!target) return notAvailable('NO_TARGET');
  const direction = desiredDirection(polarity);
  if (direction === null) return notAvailable('NEUTRAL_POLARITY');
  const { points, duplicateYears } = cleanSeries(series);
  const latest = points.at(-1);
  if (!latest) return notAvailable('NO_DATA');
  if (duplicateYears.length > 0) return notAvailable('DUPLICATE_YEARS');
  fields.latestYear = latest.year;
  fields.latestValue = latest.value;

  const window = points.filter((point) => point.year >= latest.year - windowYears);
  fields.pointsInWindow = window.length;
  const start = window[0];
  const previous = window.at(-2);
  if (window.length < minPoints || !start || !previous) return notAvailable('TOO_FEW_POINTS');
  fields.windowStartYear = start.year;
  fields.windowStartValue = start.value;
  const meanChange = (latest.value - start.value) / (latest.year - start.year);
  fields.meanAnnualChange = meanChange;
  // > 0: towards the desired direction, < 0: away from it.
  const meanTrend = Math.sign(meanChange * direction);

  if (target.type === 'DIRECTION') {
    fields.procedure = 'DIRECTION';
    fields.previousYear = previous.year;
    fields.lastChange = latest.value - previous.value;
    const lastRight = fields.lastChange * direction > 0;
    if (meanTrend > 0) return assessed(lastRight ? 'SUN' : 'LIGHT_CLOUD');
    return assessed(lastRight ? 'CLOUD' : 'THUNDERSTORM');
  }

  const achieved = direction === 1 ? latest.value >= target.value : latest.value <= target.value;
  fields.targetAchieved = achieved;
  if (target.type === 'VALUE_EVERY_YEAR' || achieved) {
    fields.procedure = 'KEEP_TARGET';
    if (achieved) return assessed(meanTrend < 0 ? 'LIGHT_CLOUD' : 'SUN');
    return assessed(meanTrend < 0 ? 'THUNDERSTORM' : 'CLOUD');
  }

  if (target.year < latest.year) return notAvailable('TARGET_YEAR_PASSED');
  fields.procedure = 'PROJECTION';
  const projected = latest.value + meanChange * (target.year - latest.year);
  const shortfall = (target.value - projected) / (target.value - latest.value);
  fields.projectedValue = projected;
  fields.shortfall = shortfall;
  const rounded = Math.round(shortfall * 1e9) / 1e9;
  if (rounded < DNS_SUN_MAX_SHORTFALL) return assessed('SUN');
  if (rounded <= DNS_LIGHT_CLOUD_MAX_SHORTFALL) return assessed('LIGHT_CLOUD');
  return assessed(meanTrend > 0 ? 'CLOUD' : 'THUNDERSTORM');
}

const severity: Record<Exclude<DnsWeatherStatus, 'NOT_AVAILABLE'>, number> = {
  SUN: 0,
  LIGHT_CLOUD: 1,
  CLOUD: 2,
  THUNDERSTORM: 3,
};

/**
 * The symbol of an indicator with several targets to meet at once: the most negative single rating
 * (Destatis). Ratings that are NOT_AVAILABLE are left out; NOT_AVAILABLE only when none is assessed.
 */
export function worstDnsWeather(statuses: readonly DnsWeatherStatus[]): DnsWeatherStatus {
  let worst: DnsWeatherStatus = 'NOT_AVAILABLE';
  for (const status of statuses) {
    if (status === 'NOT_AVAILABLE') continue;
    if (worst === 'NOT_AVAILABLE' || severity[status] > severity[worst]) worst = status;
  }
  return worst;
}

function validate(target: DnsTarget | null | undefined, windowYears: number, minPoints: number): void {
  if (!Number.isInteger(windowYears) || windowYears < 1) {
    throw new RangeError(`windowYears must be a positive integer, got ${windowYears}`);
  }
  if (!Number.isInteger(minPoints) || minPoints < 2) {
    throw new RangeError(`minPoints must be an integer of at least 2, got ${minPoints}`);
  }
  if (target && target.type !== 'DIRECTION' && !Number.isFinite(target.value)) {
    throw new RangeError(`target value must be finite, got ${target.value}`);
  }
  if (target?.type === 'VALUE_BY_YEAR' && !Number.isInteger(target.year)) {
    throw new RangeError(`target year must be an integer, got ${target.year}`);
  }
}

// ───────────────────────────── Explanation ─────────────────────────────

const statusNames: Record<Language, Record<DnsWeatherStatus, string>> = {
  de: {
    SUN: 'Sonne',
    LIGHT_CLOUD: 'leicht bewölkt',
    CLOUD: 'bewölkt',
    THUNDERSTORM: 'Gewitter',
    NOT_AVAILABLE: 'keine Bewertung möglich',
  },
  en: {
    SUN: 'sunny',
    LIGHT_CLOUD: 'slightly cloudy',
    CLOUD: 'cloudy',
    THUNDERSTORM: 'thunderstorm',
    NOT_AVAILABLE: 'no assessment possible',
  },
};

/** The symbol's name in plain language ("leicht bewölkt" / "slightly cloudy"). */
export function dnsWeatherStatusName(status: DnsWeatherStatus, lang: Language): string {
  return statusNames[lang][status];
}

type ValueFormatter = (value: number) => string;

/** How the symbol of this result came about, in plain language. */
export function explainDnsWeather(result: DnsWeatherResult, lang: Language, options: ExplainOptions = {}): string {
  const v = (value: number): string => formatValue(value, lang, options);
  const sv = (value: number): string => formatSignedValue(value, lang, options);
  if (result.status === 'NOT_AVAILABLE') return explainNotAvailable(result, lang);
  const trend = trendPhrase(result, lang, v, sv);
  switch (result.procedure) {
    case 'DIRECTION':
      return `${trend}; ${explainDirection(result, lang, sv)}`;
    case 'KEEP_TARGET':
      return `${trend}. ${explainKeep(result, lang, v)}`;
    default:
      return `${trend}. ${explainProjection(result, lang, v)}`;
  }
}

function polarityPhrase(polarity: Polarity, lang: Language): string {
  const higher = polarity === 'HIGHER_IS_BETTER';
  if (lang === 'de') return higher ? 'höhere Werte sind besser' : 'niedrigere Werte sind besser';
  return higher ? 'higher values are better' : 'lower values are better';
}

function trendPhrase(result: DnsWeatherAssessedResult, lang: Language, v: ValueFormatter, sv: ValueFormatter): string {
  const sy = result.windowStartYear ?? 0;
  const ly = result.latestYear ?? 0;
  const change = result.meanAnnualChange ?? 0;
  const sValue = v(result.windowStartValue ?? 0);
  const lValue = v(result.latestValue ?? 0);
  if (lang === 'de') {
    const from = `Von ${sy} (${sValue}) bis ${ly} (${lValue})`;
    return change === 0
      ? `${from} blieb der Wert im Mittel unverändert`
      : `${from} änderte sich der Wert um durchschnittlich ${sv(change)} pro Jahr`;
  }
  const from = `From ${sy} (${sValue}) to ${ly} (${lValue})`;
  return change === 0
    ? `${from} the value stayed the same on average`
    : `${from} the value changed by an average of ${sv(change)} per year`;
}

function explainProjection(result: DnsWeatherAssessedResult, lang: Language, v: ValueFormatter): string {
  const target = result.target?.type === 'VALUE_BY_YEAR' ? result.target : undefined;
  const tv = v(target?.value ?? 0);
  const ty = target?.year ?? 0;
  const projected = v(result.projectedValue ?? 0);
  const shortfall = result.shortfall ?? 0;
  const missing = formatPercent(shortfall, lang, 1);
  const five = formatPercent(DNS_SUN_MAX_SHORTFALL, lang, 0);
  const twenty = formatPercent(DNS_LIGHT_CLOUD_MAX_SHORTFALL, lang, 0);
  const name = statusNames[lang][result.status];
  if (lang === 'de') {
    const projection = `Setzt sich das bis ${ty} fort, läge er dann bei ${projected}; Ziel sind ${tv} (${polarityPhrase(result.polarity, lang)}).`;
    switch (result.status) {
      case 'SUN':
        return shortfall <= 0
          ? `${projection} Das Ziel würde erreicht: ${name}.`
          : `${projection} Dann fehlten noch ${missing} des heutigen Abstands zum Ziel; unter ${five} gilt das als ${name}.`;
      case 'LIGHT_CLOUD':
        return `${projection} Dann fehlten noch ${missing} des heutigen Abstands zum Ziel; ${five} bis ${twenty} gelten als ${name}.`;
      case 'CLOUD':
        return `${projection} Der Wert bewegt sich auf das Ziel zu, doch dann fehlten noch ${missing} des heutigen Abstands; mehr als ${twenty} gelten als ${name}.`;
      default:
        return `${projection} Der Wert bewegt sich nicht auf das Ziel zu, der Abstand bleibt oder wächst: ${name}.`;
    }
  }
  const projection = `If this continues until ${ty}, it would reach ${projected}; the target is ${tv} (${polarityPhrase(result.polarity, lang)}).`;
  switch (result.status) {
    case 'SUN':
      return shortfall <= 0
        ? `${projection} The target would be reached: ${name}.`
        : `${projection} ${missing} of today's gap to the target would remain; less than ${five} counts as ${name}.`;
    case 'LIGHT_CLOUD':
      return `${projection} ${missing} of today's gap to the target would remain; ${five} to ${twenty} counts as ${name}.`;
    case 'CLOUD':
      return `${projection} The value is moving towards the target, but ${missing} of today's gap would remain; more than ${twenty} counts as ${name}.`;
    default:
      return `${projection} The value is not moving towards the target, the gap stays or grows: ${name}.`;
  }
}

function explainKeep(result: DnsWeatherAssessedResult, lang: Language, v: ValueFormatter): string {
  const target = result.target;
  const tv = v(target && target.type !== 'DIRECTION' ? target.value : 0);
  const higher = result.polarity === 'HIGHER_IS_BETTER';
  const ly = result.latestYear ?? 0;
  const lv = v(result.latestValue ?? 0);
  const worsening = (result.meanAnnualChange ?? 0) * (higher ? 1 : -1) < 0;
  const name = statusNames[lang][result.status];
  if (lang === 'de') {
    const goal =
      target?.type === 'VALUE_BY_YEAR'
        ? `Das Ziel (${higher ? 'mindestens' : 'höchstens'} ${tv} bis ${target.year}) ist schon erreicht und wird daher wie ein jährlich einzuhaltender Wert bewertet`
        : `Der Wert soll jedes Jahr ${higher ? 'mindestens' : 'höchstens'} ${tv} betragen`;
    const met = result.targetAchieved ? `${ly} wurde das eingehalten (${lv})` : `${ly} wurde das verfehlt (${lv})`;
    const trend = result.targetAchieved
      ? worsening
        ? 'die durchschnittliche Entwicklung weist in Richtung einer Verschlechterung'
        : 'die durchschnittliche Entwicklung weist nicht in Richtung einer Verschlechterung'
      : worsening
        ? 'im Durchschnitt entfernt sich der Wert vom Ziel'
        : 'im Durchschnitt entfernt sich der Wert nicht vom Ziel';
    return `${goal}. ${met}, ${trend}: ${name}.`;
  }
  const goal =
    target?.type === 'VALUE_BY_YEAR'
      ? `The target (${higher ? 'at least' : 'at most'} ${tv} by ${target.year}) is already met and is therefore rated like a value to keep every year`
      : `The value should be ${higher ? 'at least' : 'at most'} ${tv} every year`;
  const met = result.targetAchieved ? `In ${ly} it was met (${lv})` : `In ${ly} it was missed (${lv})`;
  const trend = result.targetAchieved
    ? worsening
      ? 'and the average change points towards deterioration'
      : 'and the average change does not point towards deterioration'
    : worsening
      ? 'and on average the value is moving away from the target'
      : 'and on average the value is not moving away from the target';
  return `${goal}. ${met} ${trend}: ${name}.`;
}

function explainDirection(result: DnsWeatherAssessedResult, lang: Language, sv: ValueFormatter): string {
  const higher = result.polarity === 'HIGHER_IS_BETTER';
  const py = result.previousYear ?? 0;
  const ly = result.latestYear ?? 0;
  const last = sv(result.lastChange ?? 0);
  const name = statusNames[lang][result.status];
  if (lang === 'de') {
    const wanted = `gewünscht ist ein ${higher ? 'Anstieg' : 'Rückgang'}`;
    const verdicts: Record<DnsWeatherAssessedResult['status'], string> = {
      SUN: 'Durchschnitt und letzte Veränderung zeigen in die gewünschte Richtung',
      LIGHT_CLOUD: 'der Durchschnitt zeigt in die gewünschte Richtung, die letzte Veränderung nicht',
      CLOUD: 'der Durchschnitt zeigt nicht in die gewünschte Richtung, die letzte Veränderung schon',
      THUNDERSTORM: 'weder Durchschnitt noch letzte Veränderung zeigen in die gewünschte Richtung',
    };
    return `zuletzt (${py} → ${ly}) änderte er sich um ${last}; ${wanted}. ${upperFirst(verdicts[result.status])}: ${name}.`;
  }
  const wanted = `the desired direction is ${higher ? 'up' : 'down'}`;
  const verdicts: Record<DnsWeatherAssessedResult['status'], string> = {
    SUN: 'both the average and the last change point in the desired direction',
    LIGHT_CLOUD: 'the average points in the desired direction, the last change does not',
    CLOUD: 'the average does not point in the desired direction, the last change does',
    THUNDERSTORM: 'neither the average nor the last change points in the desired direction',
  };
  return `most recently (${py} → ${ly}) it changed by ${last}; ${wanted}. ${upperFirst(verdicts[result.status])}: ${name}.`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function explainNotAvailable(result: DnsWeatherNotAvailableResult, lang: Language): string {
  const ly = result.latestYear ?? 0;
  const from = ly - result.windowYears;
  const ty = result.target?.type === 'VALUE_BY_YEAR' ? result.target.year : 0;
  if (lang === 'de') {
    const reasons: Record<DnsWeatherNotAvailableReason, string> = {
      NO_TARGET: 'Für den Indikator ist kein Ziel festgelegt; das Wettersymbol bewertet den Weg zu einem Ziel.',
      NEUTRAL_POLARITY: 'Für diesen Indikator ist keine Bewertungsrichtung festgelegt.',
      NO_DATA: 'Es liegen keine verwertbaren Werte vor.',
      DUPLICATE_YEARS: 'Für mindestens ein Jahr liegen mehrere Werte vor; die Zeitreihe ist nicht eindeutig.',
      TOO_FEW_POINTS: `Von ${from} bis ${ly} liegen nur ${result.pointsInWindow} Werte vor; nötig sind mindestens ${result.minPoints}.`,
      TARGET_YEAR_PASSED: `Das Zieljahr ${ty} liegt vor dem letzten Datenjahr ${ly}, und das Ziel ist nicht erreicht.`,
    };
    return `Keine Bewertung möglich: ${reasons[result.reason]}`;
  }
  const reasons: Record<DnsWeatherNotAvailableReason, string> = {
    NO_TARGET: 'the indicator has no target; the weather symbol rates the way towards a target.',
    NEUTRAL_POLARITY: 'this indicator has no preferred direction.',
    NO_DATA: 'there are no usable values.',
    DUPLICATE_YEARS: 'at least one year has more than one value; the series is ambiguous.',
    TOO_FEW_POINTS: `from ${from} to ${ly} there are only ${result.pointsInWindow} values; at least ${result.minPoints} are needed.`,
    TARGET_YEAR_PASSED: `the target year ${ty} lies before the latest data year ${ly}, and the target is not met.`,
  };
  return `No assessment possible: ${reasons[result.reason]}`;
}
