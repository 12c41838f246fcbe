// The process timelines of the municipalities one request asks for, in one pass of three queries:
// `municipalities { processTimeline }` lists every unit, and each asking separately would send three
// queries per unit.
import { loadProcessTimelines } from '@atlas/db';
import type { TimelineStep } from '@atlas/domain';
import type { Context } from '../context.js';
import { Batcher } from './batcher.js';
import { perRequest } from './request-cache.js';

/** A municipality and whether its internal events stay hidden from this viewer, as one batch key. */
const keyOf = (municipalityId: string, publicEventsOnly: boolean) => `${publicEventsOnly ? 'public' : 'all'}:${municipalityId}`;

export function processTimelineOf(ctx: Context, municipalityId: string, publicEventsOnly: boolean): Promise<TimelineStep[]> {
  const batcher = perRequest(
    ctx,
    'process-timelines',
    () =>
      new Batcher<string, TimelineStep[]>(async (keys) => {
        const requests = keys.map((key) => ({ key, municipalityId: key.slice(key.indexOf(':') + 1), publicEventsOnly: key.startsWith('public:') }));
        const timelines = await loadProcessTimelines(ctx.prisma, requests);
        return new Map(requests.map((request) => [request.key, timelines.get(request.municipalityId) ?? []]));
      }, () => []),
  );
  return batcher.load(keyOf(municipalityId, publicEventsOnly));
}
