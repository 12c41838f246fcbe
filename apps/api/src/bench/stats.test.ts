import { describe, expect, it } from 'vitest';
import { measureInTurns, percentile, summarize } from './stats.js';

describe('bench statistics', () => {
  it('takes the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ median: 50, p95: 95 });
    expect(percentile([7], 0.95)).toBe(7);
    expect(Number.isNaN(percentile([], 0.5))).toBe(true);
  });

  it('runs the kinds of work in turns, warm-up rounds unmeasured, and summarizes each kind', async () => {
    const calls: string[] = [];
    const work = (name: string) => async () => {
      calls.push(name);
    };
    const summaries = await measureInTurns([work('a'), work('b')], 3, 1);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(summaries).toHaveLength(2);
    for (const summary of summaries) expect(summary.median).toBeGreaterThanOrEqual(0);
  });
});
