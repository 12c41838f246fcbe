// The trend shown beside a sparkline: which way the value moved over the last years, and whether
// that is good news given the indicator's polarity. Pure.
import { cleanSeries } from '@atlas/domain';
import type { Polarity, YearValue } from '@atlas/domain';

export type TrendDirection = 'UP' | 'DOWN' | 'FLAT';
export type TrendAssessment = 'IMPROVING' | 'WORSENING' | 'STABLE';

export interface Trend {
  direction: TrendDirection;
  /** Direction read against the polarity; null for NEUTRAL indicators, where no direction is better. */
  assessment: TrendAssessment | null;
  fromYear: number;
  fromValue: number;
  toYear: number;
  toValue: number;
}

/** The window the trend looks back over, as the DNS weather does: the latest year and five before it. */
export const TREND_WINDOW_YEARS = 5;
/** A change smaller than this share of the earlier value counts as flat. */
export const TREND_FLAT_SHARE = 0.01;

/**
 * The change from the earliest value in the window (latest year − 5 … latest year) to the latest
 * value. Null with fewer than two values in the window.
 */
export function trendOf(series: readonly YearValue[], polarity: Polarity): Trend | null {
  const { points } = cleanSeries(series);
  const latest = points.at(-1);
  if (!latest) return null;
  const first = points.find((point) => point.year >= latest.year - TREND_WINDOW_YEARS);
  if (!first || first.year === latest.year) return null;
  const change = latest.value - first.value;
  const scale = Math.abs(first.value);
  const flat = scale === 0 ? change === 0 : Math.abs(change) / scale < TREND_FLAT_SHARE;
  const direction: TrendDirection = flat ? 'FLAT' : change > 0 ? 'UP' : 'DOWN';
  return {
    direction,
    assessment: assessmentOf(direction, polarity),
    fromYear: first.year,
    fromValue: first.value,
    toYear: latest.year,
    toValue: latest.value,
  };
}

function assessmentOf(direction: TrendDirection, polarity: Polarity): TrendAssessment | null {
  if (polarity === 'NEUTRAL') return null;
  if (direction === 'FLAT') return 'STABLE';
  const better = polarity === 'HIGHER_IS_BETTER' ? 'UP' : 'DOWN';
  return direction === better ? 'IMPROVING' : 'WORSENING';
}
