import { enumLabels } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { networkMessages } from './messages';

const labels = (name: 'ActorLinkKind' | 'PartnershipKind' | 'ParticipationRole', lang: 'de' | 'en') =>
  Object.fromEntries(Object.entries(enumLabels[name]).map(([value, text]) => [value, text[lang]]));

describe('network messages', () => {
  it('name link kinds, partnership kinds and roles as the domain labels do, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      expect(networkMessages[lang].linkKind).toEqual(labels('ActorLinkKind', lang));
      expect(networkMessages[lang].partnershipKind).toEqual(labels('PartnershipKind', lang));
      expect(networkMessages[lang].role).toEqual(labels('ParticipationRole', lang));
    }
  });
});
