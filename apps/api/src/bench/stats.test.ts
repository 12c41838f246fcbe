import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats.js';

describe('bench statistics', () => {
  it('takes the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ median: 50, p95: 95 });
    expect(percentile([7], 0.95)).toBe(7);
    expect(Number.isNaN(percentile([], 0.5))).toBe(true);
  });
});
