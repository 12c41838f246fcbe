import { describe, expect, it } from 'vitest';
import { genesisSpecialValue, parseGenesisNumber, parseTidyNumber } from './numbers.js';

describe('parseTidyNumber', () => {
  it('reads a decimal point or a decimal comma', () => {
    expect(parseTidyNumber('12.5')).toBe(12.5);
    expect(parseTidyNumber('12,5')).toBe(12.5);
    expect(parseTidyNumber(' -3 ')).toBe(-3);
    expect(parseTidyNumber('+0,25')).toBe(0.25);
  });

  it('rejects thousands separators, units and empty cells', () => {
    expect(parseTidyNumber('1.234,5')).toBeUndefined();
    expect(parseTidyNumber('1,234.5')).toBeUndefined();
    expect(parseTidyNumber('12 %')).toBeUndefined();
    expect(parseTidyNumber('')).toBeUndefined();
    expect(parseTidyNumber('abc')).toBeUndefined();
  });
});

describe('parseGenesisNumber', () => {
  it('reads German numbers with decimal comma and thousands points', () => {
    expect(parseGenesisNumber('44,2')).toBe(44.2);
    expect(parseGenesisNumber('82175684')).toBe(82175684);
    expect(parseGenesisNumber('1.234,5')).toBe(1234.5);
    expect(parseGenesisNumber('1.234.567')).toBe(1234567);
    expect(parseGenesisNumber('-0,5')).toBe(-0.5);
  });

  it('rejects malformed groups and the English form unless asked for', () => {
    expect(parseGenesisNumber('1.23,4')).toBeUndefined();
    expect(parseGenesisNumber('12.5')).toBeUndefined();
    expect(parseGenesisNumber('12.5', '.')).toBe(12.5);
    expect(parseGenesisNumber('x')).toBeUndefined();
  });
});

describe('genesisSpecialValue', () => {
  it('recognises every sign of the Zeichenerklärung and empty cells', () => {
    for (const sign of ['-', '.', 'x', '/', '...']) expect(genesisSpecialValue(` ${sign} `)).toBe(sign);
    expect(genesisSpecialValue('')).toBe('');
  });

  it('does not take numbers or other text for special values', () => {
    expect(genesisSpecialValue('0')).toBeUndefined();
    expect(genesisSpecialValue('-1')).toBeUndefined();
    expect(genesisSpecialValue('..')).toBeUndefined();
  });
});
