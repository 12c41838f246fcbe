// The profile shows a unit's indicators under each SDG they measure; indicators linked to no goal
// (structural data) come last in a group of their own.

export interface GoalRef {
  number: number;
  code: string;
  shortTitle: string;
  color: string;
}

export interface GoalGroup<Item> {
  /** Null for the indicators without a goal. */
  goal: GoalRef | null;
  items: Item[];
}

/** Groups in goal order; an indicator of several goals appears under each; order inside kept. */
export function groupByGoal<Item>(items: readonly Item[], goalsOf: (item: Item) => readonly GoalRef[]): Array<GoalGroup<Item>> {
  const groups = new Map<number, GoalGroup<Item>>();
  const withoutGoal: Item[] = [];
  for (const item of items) {
    const goals = goalsOf(item);
    if (goals.length === 0) withoutGoal.push(item);
    for (const goal of goals) {
      const group = groups.get(goal.number) ?? { goal, items: [] };
      group.items.push(item);
      groups.set(goal.number, group);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => (a.goal?.number ?? 0) - (b.goal?.number ?? 0));
  return withoutGoal.length > 0 ? [...ordered, { goal: null, items: withoutGoal }] : ordered;
}
