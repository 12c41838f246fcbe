import { enumLabels, eventKinds, processSteps } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from './filters';
import { eventMessages } from './messages';

const labels = (name: 'EventKind' | 'FindingKind' | 'ParticipationRole', lang: 'de' | 'en') =>
  Object.fromEntries(Object.entries(enumLabels[name]).map(([value, text]) => [value, text[lang]]));

describe('event messages', () => {
  it('name event kinds, finding kinds and roles as the domain labels do, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      expect(eventMessages[lang].kind).toEqual(labels('EventKind', lang));
      expect(eventMessages[lang].findingKind).toEqual(labels('FindingKind', lang));
      expect(eventMessages[lang].role).toEqual(labels('ParticipationRole', lang));
    }
  });

  it('know every event kind and process step of the domain', () => {
    expect([...EVENT_KINDS].sort()).toEqual([...eventKinds].sort());
    expect(Object.keys(eventMessages.de.step).sort()).toEqual([...processSteps].sort());
  });
});
