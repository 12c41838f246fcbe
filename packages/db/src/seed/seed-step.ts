import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

/** The client a step writes through: the interactive transaction it runs in. */
export type SeedTransaction = Prisma.TransactionClient;

/** Rows written per table, e.g. { sdgTarget: 169 }. */
export type SeedCounts = Record<string, number>;

/**
 * A one-off data step. Its key is recorded in the DataStep table when it is applied, so it runs once per
 * database; a changed step gets a new version in its key ("catalogue@2") and runs again.
 */
export interface SeedStep {
  key: string;
  description: string;
  apply(tx: SeedTransaction): Promise<SeedCounts>;
}

export interface SeedStepResult {
  key: string;
  status: 'applied' | 'skipped';
  appliedAt: Date;
  /** Rows written: now for an applied step, at the time it was applied for a skipped one. */
  counts: SeedCounts;
}

// Seeding the demo data is a few hundred statements; PGlite in WebAssembly needs more than Prisma's 5 s default.
const transactionOptions = { maxWait: 30_000, timeout: 300_000 };

/** Applies the step in one transaction unless this database has it already. */
export async function runSeedStep(
  prisma: PrismaClient,
  step: SeedStep,
  log: (message: string) => void,
): Promise<SeedStepResult> {
  const recorded = await prisma.dataStep.findUnique({ where: { key: step.key } });
  if (recorded) {
    log(`${step.key}: applied on ${recorded.appliedAt.toISOString()}, skipped`);
    return skipped(step.key, recorded);
  }
  try {
    const result = await prisma.$transaction(async (tx) => {
      // Claim the key before writing: a concurrent seed waits on this row and then fails instead of writing twice.
      const claim = await tx.dataStep.create({ data: { key: step.key } });
      const counts = await step.apply(tx);
      await tx.dataStep.update({
        where: { key: step.key },
        data: { detail: { description: step.description, counts } },
      });
      return { appliedAt: claim.appliedAt, counts };
    }, transactionOptions);
    log(`${step.key}: applied (${describeCounts(result.counts)})`);
    return { key: step.key, status: 'applied', ...result };
  } catch (error) {
    const appliedMeanwhile = await prisma.dataStep.findUnique({ where: { key: step.key } });
    if (!appliedMeanwhile) throw error;
    log(`${step.key}: applied by another process meanwhile, skipped`);
    return skipped(step.key, appliedMeanwhile);
  }
}

function skipped(key: string, recorded: { appliedAt: Date; detail: Prisma.JsonValue }): SeedStepResult {
  return { key, status: 'skipped', appliedAt: recorded.appliedAt, counts: countsFromDetail(recorded.detail) };
}

function countsFromDetail(detail: Prisma.JsonValue): SeedCounts {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return {};
  const counts = detail.counts;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return {};
  return Object.fromEntries(
    Object.entries(counts).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

function describeCounts(counts: SeedCounts): string {
  const parts = Object.entries(counts).map(([table, count]) => `${table} ${count}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing written';
}
