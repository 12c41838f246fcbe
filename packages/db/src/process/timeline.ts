// Loads the facts of municipalities' processes for processTimeline (@atlas/domain): three queries,
// whatever the number of municipalities and events.
import { processTimeline } from '@atlas/domain';
import type { TimelineStep } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';

/** One municipality whose timeline is asked for, and whether its internal events stay hidden. */
export interface TimelineRequest {
  municipalityId: string;
  /** For viewers who may not see internal events (they neither count nor show). */
  publicEventsOnly: boolean;
}

/**
 * The timelines of several municipalities in the same three queries as one: a page about every
 * unit (the regional conference) costs three statements, not three per unit.
 */
export async function loadProcessTimelines(
  prisma: PrismaClient,
  requests: readonly TimelineRequest[],
  now = new Date(),
): Promise<Map<string, TimelineStep[]>> {
  const ids = [...new Set(requests.map((request) => request.municipalityId))];
  const [events, interviews, changes] = await Promise.all([
    prisma.event.findMany({ where: { municipalityId: { in: ids } }, select: { municipalityId: true, isPublic: true, kind: true, startsAt: true } }),
    prisma.interview.findMany({ where: { municipalityId: { in: ids } }, select: { municipalityId: true, conductedAt: true } }),
    // The first change to a public status is when a recommendation was published (created as such on import).
    prisma.recommendationChange.findMany({
      where: {
        recommendation: { municipalityId: { in: ids }, archivedAt: null, status: { notIn: ['DRAFT', 'REJECTED'] } },
        toStatus: { notIn: ['DRAFT', 'REJECTED'] },
      },
      select: { recommendationId: true, at: true, recommendation: { select: { municipalityId: true } } },
    }),
  ]);
  const published = new Map<string, { municipalityId: string | null; at: Date }>();
  for (const change of changes) {
    const first = published.get(change.recommendationId);
    if (!first || change.at < first.at) published.set(change.recommendationId, { municipalityId: change.recommendation.municipalityId, at: change.at });
  }
  const timelines = new Map<string, TimelineStep[]>();
  for (const { municipalityId, publicEventsOnly } of requests) {
    timelines.set(
      municipalityId,
      processTimeline(
        {
          events: events.filter((event) => event.municipalityId === municipalityId && (event.isPublic || !publicEventsOnly)),
          interviewDates: interviews.filter((interview) => interview.municipalityId === municipalityId).map((interview) => interview.conductedAt),
          recommendationPublishedDates: [...published.values()].filter((first) => first.municipalityId === municipalityId).map((first) => first.at),
        },
        now,
      ),
    );
  }
  return timelines;
}

/** The timeline of one municipality (loadProcessTimelines for one). */
export async function loadProcessTimeline(
  prisma: PrismaClient,
  municipalityId: string,
  options: { publicEventsOnly: boolean; now?: Date },
): Promise<TimelineStep[]> {
  const timelines = await loadProcessTimelines(prisma, [{ municipalityId, publicEventsOnly: options.publicEventsOnly }], options.now);
  return timelines.get(municipalityId) ?? [];
}
