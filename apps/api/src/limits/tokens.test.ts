import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countTokens } from './tokens.js';

describe('countTokens', () => {
  it('counts punctuation, names and values, not comments or whitespace', () => {
    // { goal ( number : 11 ) { title } }
    expect(countTokens('{ goal(number: 11) { title } } # a comment')).toBe(11);
  });

  it('agrees with the parser: a document of n tokens parses with maxTokens n and fails with n - 1', () => {
    const source = 'query Q($n: Int) { items(first: $n) { edges { node { id name } } } }';
    const count = countTokens(source);
    expect(() => parse(source, { maxTokens: count })).not.toThrow();
    expect(() => parse(source, { maxTokens: count - 1 })).toThrow(/more that/);
  });

  it('stops counting at the cap and survives lexing errors', () => {
    expect(countTokens('{ a b c d e f }', 3)).toBe(3);
    expect(countTokens('{ a "unterminated')).toBe(2);
  });
});
