import { describe, expect, it } from 'vitest';
import { processTimeline } from './timeline.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('processTimeline', () => {
  it('marks every step open when nothing happened yet', () => {
    const steps = processTimeline({ events: [], interviewDates: [], recommendationPublishedDates: [] }, day('2026-01-01'));
    expect(steps.map((step) => step.step)).toEqual([
      'KICK_OFF_HELD',
      'INTERVIEWS_DONE',
      'WORKSHOP_HELD',
      'RECOMMENDATIONS_PUBLISHED',
      'CONFERENCE_HELD',
      'CIRCLES_MEETING',
    ]);
    expect(steps.every((step) => !step.done && step.count === 0 && step.firstDate === null)).toBe(true);
  });

  it('counts held events with first and last date and shows the next planned one', () => {
    const steps = processTimeline(
      {
        events: [
          { kind: 'KICK_OFF', startsAt: day('2026-02-01') },
          { kind: 'CIRCLE_MEETING', startsAt: day('2026-09-01') },
          { kind: 'CIRCLE_MEETING', startsAt: day('2026-07-01') },
          { kind: 'CIRCLE_MEETING', startsAt: day('2026-11-01') },
          { kind: 'WORKSHOP', startsAt: day('2026-12-01') },
        ],
        interviewDates: [day('2026-03-10'), day('2026-03-02')],
        recommendationPublishedDates: [day('2026-05-05')],
      },
      day('2026-10-01'),
    );
    const byStep = Object.fromEntries(steps.map((step) => [step.step, step]));
    expect(byStep.KICK_OFF_HELD).toMatchObject({ done: true, count: 1, firstDate: day('2026-02-01') });
    expect(byStep.INTERVIEWS_DONE).toMatchObject({ done: true, count: 2, firstDate: day('2026-03-02'), lastDate: day('2026-03-10') });
    expect(byStep.WORKSHOP_HELD).toMatchObject({ done: false, count: 0, nextDate: day('2026-12-01') });
    expect(byStep.RECOMMENDATIONS_PUBLISHED).toMatchObject({ done: true, count: 1 });
    expect(byStep.CONFERENCE_HELD).toMatchObject({ done: false, nextDate: null });
    expect(byStep.CIRCLES_MEETING).toMatchObject({
      done: true,
      count: 2,
      firstDate: day('2026-07-01'),
      lastDate: day('2026-09-01'),
      nextDate: day('2026-11-01'),
    });
  });
});
