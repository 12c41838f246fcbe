// Writes indicator definitions with their links to SDG goals and targets, for the catalogue steps.
import type { Prisma } from '../generated/prisma/client.js';
import type { SeedCounts, SeedTransaction } from './seed-step.js';

export interface IndicatorDefinition {
  indicator: Prisma.IndicatorCreateManyInput;
  /** SDG goal numbers (1–17). */
  goals: readonly number[];
  /** SDG target codes ("11.6"); each must exist in the SDG catalogue. */
  sdgTargets?: readonly string[];
}

export interface WrittenIndicators {
  /** Ids of the definitions' indicators, by key, including indicators that existed before. */
  idByKey: ReadonlyMap<string, string>;
  counts: SeedCounts;
}

/**
 * Creates the indicators that do not exist yet (an indicator with the same key is left as it is, so staff
 * edits survive) and the goal and target links that are missing.
 */
export async function writeIndicators(
  tx: SeedTransaction,
  definitions: readonly IndicatorDefinition[],
): Promise<WrittenIndicators> {
  assertUniqueKeys(definitions);
  const created = await tx.indicator.createMany({
    data: definitions.map((definition) => definition.indicator),
    skipDuplicates: true,
  });
  const keys = definitions.map((definition) => definition.indicator.key);
  const rows = await tx.indicator.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  const idByKey = new Map(rows.map((row) => [row.key, row.id]));
  const idOf = (key: string): string => {
    const id = idByKey.get(key);
    if (!id) throw new Error(`Indicator "${key}" was not written`);
    return id;
  };

  const goals = await tx.indicatorSdgGoal.createMany({
    data: definitions.flatMap((definition) =>
      [...new Set(definition.goals)].map((goalNumber) => ({ indicatorId: idOf(definition.indicator.key), goalNumber })),
    ),
    skipDuplicates: true,
  });

  const targetLinks = definitions.flatMap((definition) =>
    [...new Set(definition.sdgTargets ?? [])].map((targetCode) => ({
      key: definition.indicator.key,
      targetCode,
    })),
  );
  await assertTargetsExist(tx, targetLinks);
  const targets = await tx.indicatorSdgTarget.createMany({
    data: targetLinks.map((link) => ({ indicatorId: idOf(link.key), targetCode: link.targetCode })),
    skipDuplicates: true,
  });

  return {
    idByKey,
    counts: { indicator: created.count, indicatorSdgGoal: goals.count, indicatorSdgTarget: targets.count },
  };
}

function assertUniqueKeys(definitions: readonly IndicatorDefinition[]): void {
  const seen = new Set<string>();
  for (const { indicator } of definitions) {
    if (seen.has(indicator.key)) throw new Error(`Indicator key "${indicator.key}" is defined twice`);
    seen.add(indicator.key);
  }
}

async function assertTargetsExist(tx: SeedTransaction, links: ReadonlyArray<{ key: string; targetCode: string }>) {
  if (links.length === 0) return;
  const codes = [...new Set(links.map((link) => link.targetCode))];
  const existing = await tx.sdgTarget.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const known = new Set(existing.map((target) => target.code));
  const unknown = links.find((link) => !known.has(link.targetCode));
  if (unknown) {
    throw new Error(`Indicator "${unknown.key}": SDG target "${unknown.targetCode}" is not in the SDG catalogue`);
  }
}
