// A sequential colour scale for the map: equal-interval classes between the smallest and largest
// value shown, darker meaning better (or, for indicators without a direction, higher).

export type ScalePolarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';

/** Light to dark blue (ColorBrewer "Blues", 5 classes); the lightest still shows against white with its border. */
export const SEQUENTIAL_COLORS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export interface ColorClass {
  /** Lower and upper bound of the class (inclusive), in indicator units. */
  from: number;
  to: number;
  color: string;
}

export interface ColorScale {
  /** Classes in ascending value order. */
  classes: readonly ColorClass[];
  colorOf: (value: number) => string;
  /** True when dark means a low value (LOWER_IS_BETTER). */
  reversed: boolean;
}

export function colorScale(values: readonly number[], polarity: ScalePolarity): ColorScale {
  const finite = values.filter(Number.isFinite);
  const reversed = polarity === 'LOWER_IS_BETTER';
  if (finite.length === 0) return { classes: [], colorOf: () => SEQUENTIAL_COLORS[0], reversed };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const count = Math.min(SEQUENTIAL_COLORS.length, new Set(finite).size);
  // With fewer classes than colours, use the spread-out ones so neighbouring classes stay distinct.
  const last = SEQUENTIAL_COLORS.length - 1;
  const darkest = SEQUENTIAL_COLORS[4];
  const palette: string[] = Array.from({ length: count }, (_, i) =>
    count === 1 ? darkest : (SEQUENTIAL_COLORS[Math.round((i * last) / (count - 1))] ?? darkest),
  );
  const ordered = reversed ? [...palette].reverse() : palette;
  const step = (max - min) / count;
  const classes = ordered.map((color, i) => ({
    from: min + i * step,
    to: i === count - 1 ? max : min + (i + 1) * step,
    color,
  }));
  const indexOf = (value: number) => (step === 0 ? 0 : Math.min(count - 1, Math.max(0, Math.floor((value - min) / step))));
  return { classes, colorOf: (value) => classes[indexOf(value)]?.color ?? darkest, reversed };
}
