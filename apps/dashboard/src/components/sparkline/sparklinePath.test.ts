import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparklinePath';

describe('sparklinePath', () => {
  it('scales years to the width and values to the height, higher values higher up', () => {
    const path = sparklinePath(
      [
        { year: 2020, value: 20 },
        { year: 2010, value: 10 },
        { year: 2015, value: 15 },
      ],
      104,
      24,
    );
    expect(path).toBe('M2,22 L52,12 L102,2');
  });

  it('draws a flat or single-point series at mid height', () => {
    expect(sparklinePath([{ year: 2015, value: 3 }], 100, 20)).toBe('M50,10');
    expect(sparklinePath([{ year: 2015, value: 3 }, { year: 2016, value: 3 }], 100, 20)).toBe('M2,10 L98,10');
  });

  it('is empty without points', () => {
    expect(sparklinePath([], 100, 20)).toBe('');
  });
});
