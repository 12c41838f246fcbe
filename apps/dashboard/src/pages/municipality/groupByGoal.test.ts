import { describe, expect, it } from 'vitest';
import { groupByGoal, type GoalRef } from './groupByGoal';

const goal = (number: number): GoalRef => ({ number, code: String(number), shortTitle: `Ziel ${number}`, color: '#000000' });

describe('groupByGoal', () => {
  it('groups in goal order, lists an indicator under each of its goals and puts goal-less ones last', () => {
    const items = [
      { key: 'a', goals: [goal(11), goal(3)] },
      { key: 'population', goals: [] },
      { key: 'b', goals: [goal(3)] },
    ];
    const groups = groupByGoal(items, (item) => item.goals);
    expect(groups.map((g) => [g.goal?.number ?? null, g.items.map((i) => i.key)])).toEqual([
      [3, ['a', 'b']],
      [11, ['a']],
      [null, ['population']],
    ]);
  });

  it('is empty for no items', () => {
    expect(groupByGoal([], () => [])).toEqual([]);
  });
});
