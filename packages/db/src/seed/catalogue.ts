import { sdgGoals, sdgIndicators, sdgTargets } from '@atlas/domain';
import type { SeedStep } from './seed-step.js';

/** The SDG catalogue every region shares: 17 goals, 169 targets, the global indicators. */
export const catalogueStep: SeedStep = {
  key: 'catalogue@1',
  description: 'SDG goals, targets and global indicators (packages/domain/data/sdg)',
  async apply(tx) {
    const goals = await tx.sdgGoal.createMany({ data: [...sdgGoals], skipDuplicates: true });
    const targets = await tx.sdgTarget.createMany({ data: [...sdgTargets], skipDuplicates: true });
    const indicators = await tx.sdgIndicator.createMany({ data: [...sdgIndicators], skipDuplicates: true });
    return { sdgGoal: goals.count, sdgTarget: targets.count, sdgIndicator: indicators.count };
  },
};
