import { describe, expect, it } from 'vitest';
import {
  hrefWithLanguage,
  languageFromSearch,
  localeOf,
  otherLanguage,
  searchWithLanguage,
  toApiLanguage,
} from './language';

describe('languageFromSearch', () => {
  it('is German unless lang=en is in the query', () => {
    expect(languageFromSearch('')).toBe('de');
    expect(languageFromSearch('?lang=de')).toBe('de');
    expect(languageFromSearch('?lang=en')).toBe('en');
    expect(languageFromSearch('?x=1&lang=EN')).toBe('en');
    expect(languageFromSearch('?lang=fr')).toBe('de');
  });
});

describe('searchWithLanguage', () => {
  it('sets lang=en and keeps other parameters', () => {
    expect(searchWithLanguage('?year=2015', 'en')).toBe('?year=2015&lang=en');
    expect(searchWithLanguage('', 'en')).toBe('?lang=en');
  });

  it('drops the parameter for German, the default', () => {
    expect(searchWithLanguage('?lang=en', 'de')).toBe('');
    expect(searchWithLanguage('?lang=en&year=2015', 'de')).toBe('?year=2015');
  });
});

describe('hrefWithLanguage', () => {
  it('keeps the path and hash and toggles lang', () => {
    expect(hrefWithLanguage({ pathname: '/kommune/05124000', search: '', hash: '#alter' }, 'en')).toBe(
      '/kommune/05124000?lang=en#alter',
    );
    expect(hrefWithLanguage({ pathname: '/kommune/05124000', search: '?lang=en' }, 'de')).toBe('/kommune/05124000');
    expect(hrefWithLanguage({ pathname: '/' }, 'en')).toBe('/?lang=en');
  });
});

describe('language mappings', () => {
  it('maps UI languages to the GraphQL enum, locales and each other', () => {
    expect(toApiLanguage('de')).toBe('DE');
    expect(toApiLanguage('en')).toBe('EN');
    expect(localeOf('de')).toBe('de-DE');
    expect(otherLanguage('de')).toBe('en');
    expect(otherLanguage('en')).toBe('de');
  });
});
