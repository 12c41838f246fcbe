import { describe, expect, it } from 'vitest';
import { readIntParam, readListParam, readParam, searchWith } from './urlState';

describe('reading URL state', () => {
  it('reads comma-separated lists without blanks and duplicates', () => {
    expect(readListParam('?ags=05124000,05122000', 'ags')).toEqual(['05124000', '05122000']);
    expect(readListParam('?ags=05124000%2C05122000', 'ags')).toEqual(['05124000', '05122000']);
    expect(readListParam('?ags= 05124000,,05124000 ,', 'ags')).toEqual(['05124000']);
    expect(readListParam('?lang=en', 'ags')).toEqual([]);
  });

  it('reads whole numbers and ignores anything else', () => {
    expect(readIntParam('?jahr=2020', 'jahr')).toBe(2020);
    expect(readIntParam('?jahr=20x0', 'jahr')).toBeUndefined();
    expect(readIntParam('?jahr=', 'jahr')).toBeUndefined();
    expect(readIntParam('', 'jahr')).toBeUndefined();
  });

  it('reads single values, treating blank as missing', () => {
    expect(readParam('?indikator=population', 'indikator')).toBe('population');
    expect(readParam('?indikator=%20', 'indikator')).toBeUndefined();
  });
});

describe('searchWith', () => {
  it('sets, replaces and removes parameters and keeps the language', () => {
    expect(searchWith('?lang=en', { jahr: 2020 })).toBe('?lang=en&jahr=2020');
    expect(searchWith('?jahr=2019&lang=en', { jahr: 2020 })).toBe('?jahr=2020&lang=en');
    expect(searchWith('?jahr=2019&lang=en', { jahr: null })).toBe('?lang=en');
    expect(searchWith('?ags=1,2', { ags: [] })).toBe('');
  });

  it('writes lists with plain commas', () => {
    expect(searchWith('', { ags: ['05124000', '05122000'], indikatoren: ['population'] })).toBe(
      '?ags=05124000,05122000&indikatoren=population',
    );
  });
});
