// The one way a recommendation changes: guarded by the version the caller read, and recorded in its
// history in the same transaction.
import { NotFound, VersionConflict } from '@atlas/domain';
import type { RecommendationStatus } from '@atlas/domain';
import type { Prisma } from '../generated/prisma/client.js';

export interface CurrentRecommendation {
  id: string;
  regionId: string;
  status: RecommendationStatus;
  progress: number;
  version: number;
}

export interface ChangeEntry {
  authorId: string;
  toStatus: RecommendationStatus;
  toProgress: number;
  note: string | null;
}

/** Fails early when the caller read an older version than the one just loaded. */
export function assertVersion(current: CurrentRecommendation, expectedVersion: number): void {
  if (current.version !== expectedVersion) throw new VersionConflict(expectedVersion, current.version);
}

/**
 * Writes `data` only if the row still has `expectedVersion` (one UPDATE … WHERE version = expected),
 * bumps the version and appends the history entry. Throws VersionConflict when the version moved on.
 */
export async function commitChange(
  tx: Prisma.TransactionClient,
  current: CurrentRecommendation,
  expectedVersion: number,
  data: Prisma.RecommendationUncheckedUpdateManyInput,
  entry: ChangeEntry,
): Promise<number> {
  assertVersion(current, expectedVersion);
  const { count } = await tx.recommendation.updateMany({
    where: { id: current.id, version: expectedVersion },
    data: { ...data, status: entry.toStatus, progress: entry.toProgress, version: { increment: 1 } },
  });
  if (count === 0) {
    const now = await tx.recommendation.findUnique({ where: { id: current.id }, select: { version: true } });
    if (!now) throw new NotFound('Empfehlung', current.id);
    throw new VersionConflict(expectedVersion, now.version);
  }
  const version = expectedVersion + 1;
  await tx.recommendationChange.create({
    data: {
      recommendationId: current.id,
      authorId: entry.authorId,
      fromStatus: current.status,
      toStatus: entry.toStatus,
      fromProgress: current.progress,
      toProgress: entry.toProgress,
      note: entry.note,
      version,
    },
  });
  return version;
}
