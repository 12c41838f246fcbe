import { describe, expect, it } from 'vitest';
import { planStatusChange } from '@atlas/domain';
import { demoRecommendations } from './demo-recommendations.js';

describe('demo recommendations', () => {
  it.each(demoRecommendations.map((recommendation) => [recommendation.key, recommendation] as const))(
    '%s starts as a draft and follows the workflow',
    (_key, recommendation) => {
      const [first, ...rest] = recommendation.history;
      expect(first).toMatchObject({ status: 'DRAFT', progress: 0 });
      let previous = first!;
      for (const change of rest) {
        const plan = planStatusChange({ from: previous.status, fromProgress: previous.progress, to: change.status, progress: change.progress, note: change.note });
        expect(plan, `${previous.status} → ${change.status} at ${change.at}`).toMatchObject({ ok: true });
        expect(Date.parse(change.at)).toBeGreaterThan(Date.parse(previous.at));
        previous = change;
      }
    },
  );
});
