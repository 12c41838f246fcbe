import { enumLabels } from '@atlas/domain';
import { describe, expect, it } from 'vitest';
import { recommendationMessages } from './messages';

describe('recommendation messages', () => {
  it('name the statuses as the domain labels do, in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const fromDomain = Object.fromEntries(Object.entries(enumLabels.RecommendationStatus).map(([status, text]) => [status, text[lang]]));
      expect(recommendationMessages[lang].status).toEqual(fromDomain);
    }
  });
});
