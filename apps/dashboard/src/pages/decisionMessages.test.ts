import { describe, expect, it } from 'vitest';
import { componentMessages } from '../components/messages';
import { LANGUAGES } from '../i18n/language';
import type { LocalMessages } from '../i18n/localMessages';
import { compareMessages } from './compare/messages';
import { goalMessages } from './goals/messages';
import { catalogueMessages } from './indicators/catalogueMessages';
import { indicatorMessages } from './indicators/messages';
import { mapMessages } from './map/messages';
import { profileMessages } from './municipality/messages';
import { overviewMessages } from './overview/messages';
import { sourcesMessages } from './sources/messages';

const dictionaries: Record<string, LocalMessages<object>> = {
  componentMessages,
  compareMessages,
  goalMessages,
  catalogueMessages,
  indicatorMessages,
  mapMessages,
  profileMessages,
  overviewMessages,
  sourcesMessages,
};

/** Every text of a message value: functions are called with sample arguments, records are walked. */
function textsOf(value: unknown): unknown[] {
  if (typeof value === 'function') return [(value as (...args: unknown[]) => unknown)('X', 2015, 2020, 4)];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [value];
}

describe.each(Object.entries(dictionaries))('%s', (_name, dictionary) => {
  it('has the same keys in German and English', () => {
    expect(Object.keys(dictionary.en).sort()).toEqual(Object.keys(dictionary.de).sort());
  });

  it('has a non-empty text for every key in both languages (null only where a note is not needed)', () => {
    for (const lang of LANGUAGES) {
      for (const [key, value] of Object.entries(dictionary[lang])) {
        for (const text of textsOf(value)) {
          if (text === null) continue;
          expect(typeof text, `${lang}.${key}`).toBe('string');
          expect((text as string).trim(), `${lang}.${key}`).not.toBe('');
        }
      }
    }
  });
});
