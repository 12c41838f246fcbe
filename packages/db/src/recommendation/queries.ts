// Read models beyond plain Prisma selections: rolled-up progress, progress per municipality or goal,
// the public change feed and the CSV export. Each runs a fixed number of statements.
import { publicStatuses, recommendationsToCsv, rollUpProgress } from '@atlas/domain';
import type { RecommendationCsvColumn, RecommendationStatus } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { visibleRecommendations } from './access.js';
import type { Editor } from './access.js';

/** Rolled-up progress of every recommendation of the given regions (one statement). */
export async function loadRolledUpProgress(prisma: PrismaClient, regionIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await prisma.recommendation.findMany({
    where: { regionId: { in: [...new Set(regionIds)] } },
    select: { id: true, parentId: true, progress: true, weight: true, status: true, archivedAt: true },
  });
  return rollUpProgress(rows.map((row) => ({ ...row, archived: row.archivedAt !== null })));
}

export interface ProgressGroup {
  /** AGS of the municipality, the goal number as text, or "region" for region-wide recommendations. */
  key: string;
  municipalityId: string | null;
  goalNumber: number | null;
  count: number;
  /** Mean rolled-up progress, rejected recommendations left out; null when none counts. */
  averageProgress: number | null;
  byStatus: Array<{ status: RecommendationStatus; count: number }>;
}

/**
 * Public progress of the top-level recommendations (sub-recommendations are in their parent's
 * rolled-up value), grouped per municipality or per SDG goal of the linked targets.
 */
export async function progressByGroup(
  prisma: PrismaClient,
  groupBy: 'MUNICIPALITY' | 'GOAL',
  options: { regionId?: string | null } = {},
): Promise<ProgressGroup[]> {
  const where: Prisma.RecommendationWhereInput = {
    status: { in: [...publicStatuses] },
    archivedAt: null,
    parentId: null,
    ...(options.regionId ? { regionId: options.regionId } : {}),
  };
  const recommendations = await prisma.recommendation.findMany({
    where,
    select: {
      id: true,
      regionId: true,
      status: true,
      municipality: { select: { id: true, ags: true } },
      targets: { select: { target: { select: { goalNumber: true } } } },
    },
  });
  const rolledUp = await loadRolledUpProgress(prisma, recommendations.map((r) => r.regionId));
  const groups = new Map<string, { municipalityId: string | null; goalNumber: number | null; items: Array<{ status: RecommendationStatus; progress: number }> }>();
  for (const recommendation of recommendations) {
    const item = { status: recommendation.status, progress: rolledUp.get(recommendation.id) ?? 0 };
    const keys =
      groupBy === 'MUNICIPALITY'
        ? [{ key: recommendation.municipality?.ags ?? 'region', municipalityId: recommendation.municipality?.id ?? null, goalNumber: null }]
        : [...new Set(recommendation.targets.map((link) => link.target.goalNumber))].map((goal) => ({ key: String(goal), municipalityId: null, goalNumber: goal }));
    for (const { key, municipalityId, goalNumber } of keys) {
      const group = groups.get(key) ?? { municipalityId, goalNumber, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const counting = group.items.filter((item) => item.status !== 'REJECTED');
      const byStatus = publicStatuses
        .map((status) => ({ status, count: group.items.filter((item) => item.status === status).length }))
        .filter((entry) => entry.count > 0);
      return {
        key,
        municipalityId: group.municipalityId,
        goalNumber: group.goalNumber,
        count: group.items.length,
        averageProgress: counting.length ? Math.round(counting.reduce((sum, item) => sum + item.progress, 0) / counting.length) : null,
        byStatus,
      };
    })
    .sort((a, b) => (a.goalNumber ?? 0) - (b.goalNumber ?? 0) || a.key.localeCompare(b.key));
}

export interface FeedFilter {
  regionSlug?: string | null;
  ags?: string | null;
  goal?: number | null;
  limit?: number;
}

/**
 * Public status changes, newest first: entries that changed status or progress, of recommendations
 * that are public now, never the drafting steps. No author: the feed speaks for the office.
 */
export async function publicStatusChanges(prisma: PrismaClient, filter: FeedFilter = {}) {
  const recommendation: Prisma.RecommendationWhereInput = {
    status: { in: [...publicStatuses] },
    archivedAt: null,
    ...(filter.regionSlug ? { region: { slug: filter.regionSlug } } : {}),
    ...(filter.ags ? { municipality: { ags: filter.ags } } : {}),
    ...(filter.goal ? { targets: { some: { target: { goalNumber: filter.goal } } } } : {}),
  };
  const changes = await prisma.recommendationChange.findMany({
    where: { toStatus: { not: 'DRAFT' }, recommendation },
    orderBy: [{ at: 'desc' }, { version: 'desc' }],
    take: Math.min(filter.limit ?? 50, 200) * 2,
    select: {
      id: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      fromProgress: true,
      toProgress: true,
      note: true,
      version: true,
      recommendation: {
        select: { id: true, titleDe: true, titleEn: true, isDemo: true, municipality: { select: { ags: true, name: true } } },
      },
    },
  });
  // Edits of texts and links are not status changes; the filter runs here because Prisma cannot compare two columns.
  return changes
    .filter((change) => change.fromStatus !== change.toStatus || change.fromProgress !== change.toProgress)
    .slice(0, Math.min(filter.limit ?? 50, 200));
}

export type PublicStatusChange = Awaited<ReturnType<typeof publicStatusChanges>>[number];

/** The CSV export: staff get everything of their region(s) they can see, the public the published ones. */
export async function exportRecommendationsCsv(prisma: PrismaClient, viewer: Editor | null): Promise<string> {
  const rows = await prisma.recommendation.findMany({
    where: visibleRecommendations(viewer),
    orderBy: [{ regionId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      regionId: true,
      version: true,
      parentId: true,
      titleDe: true,
      titleEn: true,
      textDe: true,
      textEn: true,
      status: true,
      progress: true,
      weight: true,
      dueDate: true,
      updatedAt: true,
      municipality: { select: { ags: true, name: true } },
      targets: { select: { targetCode: true }, orderBy: { targetCode: 'asc' } },
    },
  });
  const rolledUp = await loadRolledUpProgress(prisma, rows.map((row) => row.regionId));
  return recommendationsToCsv(
    rows.map(
      (row): Record<RecommendationCsvColumn, string> => ({
        id: row.id,
        version: String(row.version),
        municipality_ags: row.municipality?.ags ?? '',
        municipality: row.municipality?.name ?? '',
        parent_id: row.parentId ?? '',
        title_de: row.titleDe,
        title_en: row.titleEn ?? '',
        text_de: row.textDe,
        text_en: row.textEn ?? '',
        status: row.status,
        progress: String(row.progress),
        rolled_up_progress: String(rolledUp.get(row.id) ?? row.progress),
        weight: String(row.weight),
        due_date: row.dueDate?.toISOString().slice(0, 10) ?? '',
        sdg_targets: row.targets.map((target) => target.targetCode).join(';'),
        updated_at: row.updatedAt.toISOString(),
      }),
    ),
  );
}
