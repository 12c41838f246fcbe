// Where the process of one city or district stands, step by step as the office's process runs
// (kick-off, interviews, workshop, published recommendations, networking conference, initiative
// circles). Computed from the records, never stored: an event counts once it has begun.
import type { EventKind } from '../enums.js';

export const processSteps = [
  'KICK_OFF_HELD',
  'INTERVIEWS_DONE',
  'WORKSHOP_HELD',
  'RECOMMENDATIONS_PUBLISHED',
  'CONFERENCE_HELD',
  'CIRCLES_MEETING',
] as const;
export type ProcessStep = (typeof processSteps)[number];

export interface ProcessFacts {
  events: ReadonlyArray<{ kind: EventKind; startsAt: Date }>;
  interviewDates: readonly Date[];
  /** When each public recommendation of the municipality was first published. */
  recommendationPublishedDates: readonly Date[];
}

export interface TimelineStep {
  step: ProcessStep;
  done: boolean;
  /** How many records count for the step (events held, interviews, recommendations). */
  count: number;
  /** The first date the step was reached; null while it is not. */
  firstDate: Date | null;
  /** The latest date of the step (e.g. the last circle meeting); null while it is not reached. */
  lastDate: Date | null;
  /** The next scheduled date of the step, when one is planned after `now`. */
  nextDate: Date | null;
}

const eventKindOfStep: Partial<Record<ProcessStep, EventKind>> = {
  KICK_OFF_HELD: 'KICK_OFF',
  WORKSHOP_HELD: 'WORKSHOP',
  CONFERENCE_HELD: 'LOCAL_CONFERENCE',
  CIRCLES_MEETING: 'CIRCLE_MEETING',
};

function summarise(step: ProcessStep, dates: readonly Date[], now: Date): TimelineStep {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const past = sorted.filter((date) => date.getTime() <= now.getTime());
  return {
    step,
    done: past.length > 0,
    count: past.length,
    firstDate: past[0] ?? null,
    lastDate: past.at(-1) ?? null,
    nextDate: sorted.find((date) => date.getTime() > now.getTime()) ?? null,
  };
}

export function processTimeline(facts: ProcessFacts, now: Date): TimelineStep[] {
  return processSteps.map((step) => {
    const kind = eventKindOfStep[step];
    if (kind) return summarise(step, facts.events.filter((event) => event.kind === kind).map((event) => event.startsAt), now);
    if (step === 'INTERVIEWS_DONE') return summarise(step, facts.interviewDates, now);
    return summarise(step, facts.recommendationPublishedDates, now);
  });
}
