// Input cleaning shared by the progress methods: pure, no I/O.
import type { Polarity } from '../enums.js';

/** One observation of a time series. */
export interface YearValue {
  year: number;
  value: number;
}

export interface CleanSeries {
  /** Usable points, sorted by year ascending. */
  points: YearValue[];
  /** Years that occur more than once among the usable points (sorted); the methods refuse to guess. */
  duplicateYears: number[];
}

/**
 * Drops points that cannot be used – a value that is not a finite number (NaN, ±Infinity) or a year
 * that is not an integer – and sorts the rest by year. Input order does not matter.
 */
export function cleanSeries(series: readonly YearValue[]): CleanSeries {
  const points = series
    .filter((point) => Number.isInteger(point.year) && Number.isFinite(point.value))
    .map((point) => ({ year: point.year, value: point.value }))
    .sort((a, b) => a.year - b.year);
  const duplicateYears: number[] = [];
  for (let index = 1; index < points.length; index++) {
    const year = points[index]?.year;
    if (year !== undefined && year === points[index - 1]?.year && duplicateYears.at(-1) !== year) {
      duplicateYears.push(year);
    }
  }
  return { points, duplicateYears };
}

/** +1 when higher values are better, −1 when lower values are better, null for neutral indicators. */
export function desiredDirection(polarity: Polarity): 1 | -1 | null {
  if (polarity === 'HIGHER_IS_BETTER') return 1;
  if (polarity === 'LOWER_IS_BETTER') return -1;
  return null;
}
