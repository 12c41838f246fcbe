import { describe, expect, it } from 'vitest';
import { polarityFromDirection } from './polarity.js';

describe('polarityFromDirection', () => {
  it('maps the direction words of the source catalogues', () => {
    expect(polarityFromDirection('higher')).toBe('HIGHER_IS_BETTER');
    expect(polarityFromDirection('lower')).toBe('LOWER_IS_BETTER');
    expect(polarityFromDirection('context')).toBe('NEUTRAL');
    expect(polarityFromDirection('converge')).toBe('NEUTRAL');
  });

  it('rejects an unknown word and names it', () => {
    expect(() => polarityFromDirection('up')).toThrow('Unknown direction "up"');
  });
});
