import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';

describe('Batcher', () => {
  it('loads the keys asked for in one pass with one call, and each key once', async () => {
    const calls: string[][] = [];
    const batcher = new Batcher<string, number>(async (keys) => {
      calls.push([...keys]);
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, key.length]));
    }, () => 0);
    const first = await Promise.all([batcher.load('a'), batcher.load('bb'), batcher.load('a'), batcher.load('missing')]);
    expect(first).toEqual([1, 2, 1, 0]);
    expect(calls).toEqual([['a', 'bb', 'missing']]);
    expect(await batcher.load('bb')).toBe(2);
    expect(await batcher.load('ccc')).toBe(3);
    expect(calls).toEqual([['a', 'bb', 'missing'], ['ccc']]);
  });

  it('rejects every key of a batch whose load fails', async () => {
    const batcher = new Batcher<string, number>(async () => {
      throw new Error('database gone');
    }, () => 0);
    const results = await Promise.allSettled([batcher.load('a'), batcher.load('b')]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
