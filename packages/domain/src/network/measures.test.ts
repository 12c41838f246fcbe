import { describe, expect, it } from 'vitest';
import { networkMeasures } from './measures.js';

const edges = (...pairs: Array<[string, string]>) => pairs.map(([from, to]) => ({ from, to }));

describe('networkMeasures', () => {
  it('gives the centre of a star all the bridging and every leaf none', () => {
    const measures = networkMeasures(['hub', 'a', 'b', 'c'], edges(['hub', 'a'], ['b', 'hub'], ['hub', 'c']));
    expect(measures.get('hub')).toEqual({ degree: 3, bridging: 1 });
    expect(measures.get('a')).toEqual({ degree: 1, bridging: 0 });
  });

  it('scores the middle of a path by the pairs it connects', () => {
    // a–b–c–d: b lies on a–c and a–d (2 of the 3 pairs without b).
    const measures = networkMeasures(['a', 'b', 'c', 'd'], edges(['a', 'b'], ['b', 'c'], ['c', 'd']));
    expect(measures.get('b')).toEqual({ degree: 2, bridging: 0.666667 });
    expect(measures.get('d')?.bridging).toBe(0);
  });

  it('splits the credit between two equally short routes', () => {
    // a square a–b–d, a–c–d: b and c each carry half of the a–d paths.
    const measures = networkMeasures(['a', 'b', 'c', 'd'], edges(['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']));
    expect(measures.get('b')?.bridging).toBe(measures.get('c')?.bridging);
    expect(measures.get('b')?.bridging).toBeCloseTo(0.5 / 3, 5);
  });

  it('counts parallel links once, ignores self-loops and links to actors outside the set', () => {
    const measures = networkMeasures(['a', 'b'], edges(['a', 'b'], ['b', 'a'], ['a', 'a'], ['a', 'filtered-away']));
    expect(measures.get('a')).toEqual({ degree: 1, bridging: 0 });
  });

  it('handles an empty graph and isolated actors', () => {
    expect(networkMeasures([], []).size).toBe(0);
    expect(networkMeasures(['alone'], []).get('alone')).toEqual({ degree: 0, bridging: 0 });
  });
});
