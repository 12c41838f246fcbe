import { describe, expect, it } from 'vitest';
import { colorScale, SEQUENTIAL_COLORS } from './colorScale';

describe('colorScale', () => {
  it('splits the range into five equal classes, darker for higher when higher is better', () => {
    const scale = colorScale([0, 10, 20, 30, 40, 50], 'HIGHER_IS_BETTER');
    expect(scale.classes.map((c) => [c.from, c.to])).toEqual([
      [0, 10],
      [10, 20],
      [20, 30],
      [30, 40],
      [40, 50],
    ]);
    expect(scale.colorOf(0)).toBe(SEQUENTIAL_COLORS[0]);
    expect(scale.colorOf(25)).toBe(SEQUENTIAL_COLORS[2]);
    expect(scale.colorOf(50)).toBe(SEQUENTIAL_COLORS[4]);
    expect(scale.reversed).toBe(false);
  });

  it('turns round when lower is better: the lowest value is the darkest', () => {
    const scale = colorScale([0, 50], 'LOWER_IS_BETTER');
    expect(scale.colorOf(0)).toBe(SEQUENTIAL_COLORS[4]);
    expect(scale.colorOf(50)).toBe(SEQUENTIAL_COLORS[0]);
    expect(scale.reversed).toBe(true);
  });

  it('treats neutral indicators like higher-is-better (darker = higher)', () => {
    const scale = colorScale([1, 2], 'NEUTRAL');
    expect(scale.colorOf(2)).toBe(SEQUENTIAL_COLORS[4]);
    expect(scale.colorOf(1)).toBe(SEQUENTIAL_COLORS[0]);
  });

  it('uses fewer, well-separated classes for few distinct values and one class for equal values', () => {
    const three = colorScale([1, 2, 3, 3], 'HIGHER_IS_BETTER');
    expect(three.classes.map((c) => c.color)).toEqual([SEQUENTIAL_COLORS[0], SEQUENTIAL_COLORS[2], SEQUENTIAL_COLORS[4]]);
    const same = colorScale([7, 7], 'HIGHER_IS_BETTER');
    expect(same.classes).toEqual([{ from: 7, to: 7, color: SEQUENTIAL_COLORS[4] }]);
    expect(same.colorOf(7)).toBe(SEQUENTIAL_COLORS[4]);
  });

  it('has no classes without values and ignores non-finite ones', () => {
    expect(colorScale([], 'HIGHER_IS_BETTER').classes).toEqual([]);
    expect(colorScale([Number.NaN, 4], 'HIGHER_IS_BETTER').classes).toHaveLength(1);
  });
});
