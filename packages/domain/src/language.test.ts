import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage, localized } from './language.js';

describe('localized', () => {
  it('returns the requested language and falls back to German when English is missing', () => {
    expect(localized('de', 'Kreis', 'district')).toBe('Kreis');
    expect(localized('en', 'Kreis', 'district')).toBe('district');
    expect(localized('en', 'Kreis', null)).toBe('Kreis');
    expect(localized('en', 'Kreis', undefined)).toBe('Kreis');
    expect(localized('en', 'Kreis', '')).toBe('Kreis');
  });
});

describe('languageFromAcceptLanguage', () => {
  it.each([
    [undefined, 'de'],
    [null, 'de'],
    ['', 'de'],
    ['en', 'en'],
    ['de', 'de'],
    ['EN-us', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7', 'de'],
    ['fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7', 'en'],
    ['de;q=0.5, en;q=0.8', 'en'],
    ['en;q=0.8, de;q=0.8', 'en'], // equal weight: the earlier entry wins
    ['de;q=0, en;q=0.1', 'en'],
    ['en;q=0', 'de'], // English refused, nothing else named: the default
    ['fr, it', 'de'], // neither supported
    ['*', 'de'],
    ['en;q=0.2, *;q=0.9', 'de'], // "*" covers German, which the header does not name
    ['de;q=0, *', 'en'],
    ['en;q=1.0', 'en'],
    ['en;Q=0.9, de;q=0.8', 'en'], // the parameter name is case-insensitive
    ['en;q=2, de;q=0.1', 'de'], // an invalid weight voids its entry
    ['en;q=0.12345, de;q=0.1', 'de'], // more than three decimals is invalid
    ['en ; q=0.9 , de ; q=0.3', 'en'],
    ['zh-Hant-TW, en;q=0.5', 'en'],
    ['12345, en', 'en'], // a malformed range is skipped
    ['en-US;q=0.9, en;q=0.1, de;q=0.5', 'en'], // the most favourable range for a language counts
  ])('%j → %s', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });

  it('accepts a header given as several field lines', () => {
    expect(languageFromAcceptLanguage(['fr', 'en;q=0.5'])).toBe('en');
  });
});
