import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './language';
import { messages, type Messages } from './messages';

describe('messages', () => {
  it('has the same keys in every language', () => {
    const keys = Object.keys(messages.de).sort();
    for (const lang of LANGUAGES) expect(Object.keys(messages[lang]).sort()).toEqual(keys);
  });

  it('has a non-empty text for every key, also for parameterised messages', () => {
    for (const lang of LANGUAGES) {
      for (const [key, value] of Object.entries(messages[lang])) {
        const texts =
          typeof value === 'function'
            ? [(value as (...args: unknown[]) => unknown)('X', 1995, 2015)]
            : typeof value === 'object'
              ? Object.values(value as Record<string, unknown>)
              : [value];
        for (const text of texts) {
          expect(typeof text, `${lang}.${key}`).toBe('string');
          expect((text as string).trim(), `${lang}.${key}`).not.toBe('');
        }
      }
    }
  });

  it('really is translated: English differs from German where the words differ', () => {
    expect(messages.de.demoBanner).toBe('Enthält Demo-Daten');
    expect(messages.en.demoBanner).toBe('Contains demo data');
    expect(messages.de.footerSourcesHeading).toBe('Quellen');
    expect(messages.en.footerSourcesHeading).toBe('Sources');
    expect(messages.de.municipalityKind.CITY).toBe('kreisfreie Stadt');
    expect(messages.de.municipalityKind.DISTRICT).toBe('Kreis');
  });

  it('rejects an incomplete dictionary at compile time', () => {
    const { appName: _omitted, ...withoutAppName } = messages.de;
    // @ts-expect-error a dictionary without `appName` is not `Messages`
    const incomplete: Messages = withoutAppName;
    expect(incomplete).not.toHaveProperty('appName');
  });
});
