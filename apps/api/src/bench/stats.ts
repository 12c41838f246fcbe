// Summary statistics of timing samples (milliseconds).

export interface Summary {
  median: number;
  p95: number;
}

/** Nearest-rank percentile of the sorted samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/**
 * Times several kinds of work in turns (a, b, c, a, b, c, …) after `warmup` unmeasured rounds, so a
 * change of load on the machine during the run hits every kind alike and their ratios stay fair.
 */
export async function measureInTurns(works: ReadonlyArray<() => Promise<unknown>>, iterations: number, warmup: number): Promise<Summary[]> {
  for (let i = 0; i < warmup; i++) for (const work of works) await work();
  const timed = works.map((work) => ({ work, samples: [] as number[] }));
  for (let i = 0; i < iterations; i++) {
    for (const entry of timed) {
      const start = performance.now();
      await entry.work();
      entry.samples.push(performance.now() - start);
    }
  }
  return timed.map((entry) => summarize(entry.samples));
}
