// Loads the facts of one municipality's process for processTimeline (@atlas/domain): three queries,
// whatever the number of events.
import { processTimeline } from '@atlas/domain';
import type { TimelineStep } from '@atlas/domain';
import type { PrismaClient } from '../generated/prisma/client.js';

/** `publicEventsOnly`: for viewers who may not see internal events (they neither count nor show). */
export async function loadProcessTimeline(
  prisma: PrismaClient,
  municipalityId: string,
  options: { publicEventsOnly: boolean; now?: Date },
): Promise<TimelineStep[]> {
  const [events, interviews, publications] = await Promise.all([
    prisma.event.findMany({ where: { municipalityId, ...(options.publicEventsOnly ? { isPublic: true } : {}) }, select: { kind: true, startsAt: true } }),
    prisma.interview.findMany({ where: { municipalityId }, select: { conductedAt: true } }),
    // The first change to a public status is when a recommendation was published (created as such on import).
    prisma.recommendationChange.groupBy({
      by: ['recommendationId'],
      where: {
        recommendation: { municipalityId, archivedAt: null, status: { notIn: ['DRAFT', 'REJECTED'] } },
        toStatus: { notIn: ['DRAFT', 'REJECTED'] },
      },
      _min: { at: true },
    }),
  ]);
  return processTimeline(
    {
      events,
      interviewDates: interviews.map((interview) => interview.conductedAt),
      recommendationPublishedDates: publications.map((row) => row._min.at).filter((at): at is Date => at !== null),
    },
    options.now ?? new Date(),
  );
}
