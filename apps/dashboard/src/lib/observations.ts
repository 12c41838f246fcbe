// Shaping observation lists from the API for charts and tables.

export interface ObservationLike {
  year: number;
  value: number;
  category?: string | null;
  categoryLabel?: string | null;
  isDemo?: boolean;
}

/** The total series (no category), one value per year, in year order. */
export function totalsByYear<T extends ObservationLike>(observations: readonly T[]): T[] {
  return observations.filter((o) => o.category == null).sort((a, b) => a.year - b.year);
}

/** The latest year that has any disaggregated value, or undefined. */
export function latestCategoryYear(observations: readonly ObservationLike[]): number | undefined {
  let latest: number | undefined;
  for (const o of observations) {
    if (o.category != null && (latest === undefined || o.year > latest)) latest = o.year;
  }
  return latest;
}

/**
 * The lower bound of an age band from its canonical key ("age=18-25" → 18, "age=75+" → 75,
 * "age=0-3" → 0), or undefined when the key has no number.
 */
export function ageLowerBound(category: string): number | undefined {
  const match = /=\s*(\d+)/.exec(category) ?? /(\d+)/.exec(category);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export interface CategoryValue {
  category: string;
  label: string;
  value: number;
  isDemo: boolean;
}

/**
 * The disaggregated values of one year, youngest age band first. Text keys sort "10-15" before
 * "3-6", so bands are ordered by their numeric lower bound; keys without a number keep the
 * server's order after the numbered ones.
 */
export function categoriesOfYear(observations: readonly ObservationLike[], year: number): CategoryValue[] {
  const rows = observations
    .filter((o): o is ObservationLike & { category: string } => o.year === year && o.category != null)
    .map((o, index) => ({
      index,
      bound: ageLowerBound(o.category),
      row: {
        category: o.category,
        label: o.categoryLabel ?? o.category,
        value: o.value,
        isDemo: o.isDemo ?? false,
      },
    }));
  rows.sort((a, b) => {
    if (a.bound !== undefined && b.bound !== undefined && a.bound !== b.bound) return a.bound - b.bound;
    if (a.bound === undefined && b.bound !== undefined) return 1;
    if (a.bound !== undefined && b.bound === undefined) return -1;
    return a.index - b.index;
  });
  return rows.map((r) => r.row);
}
