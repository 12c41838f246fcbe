import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInUrl, WORKSPACE_HOME } from './redirect';

describe('safeReturnPath', () => {
  it('keeps in-app paths with their query', () => {
    expect(safeReturnPath('/arbeitsbereich/empfehlungen/abc?lang=en')).toBe('/arbeitsbereich/empfehlungen/abc?lang=en');
  });

  it('refuses targets that could leave the site, and the sign-in page itself', () => {
    for (const target of [null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a\nb', '/anmelden', '/anmelden?weiter=/x']) {
      expect(safeReturnPath(target)).toBe(WORKSPACE_HOME);
    }
  });
});

describe('signInUrl', () => {
  it('names the current page as the return target and keeps the language', () => {
    const url = signInUrl({ pathname: '/arbeitsbereich/import', search: '?lang=en' }, '?lang=en');
    const params = new URLSearchParams(url.slice(url.indexOf('?')));
    expect(url.startsWith('/anmelden?')).toBe(true);
    expect(params.get('lang')).toBe('en');
    expect(params.get('weiter')).toBe('/arbeitsbereich/import?lang=en');
  });
});
