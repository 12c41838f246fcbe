import { describe, expect, it } from 'vitest';
import { recommendationStatuses } from '../enums.js';
import type { RecommendationStatus } from '../enums.js';
import { allowedTransitions, canTransition, defaultProgress, planStatusChange, progressProblem } from './workflow.js';

// The table written out once more by hand: a change to the workflow must change this test too.
const allowed = new Set([
  'DRAFT→PUBLISHED',
  'DRAFT→REJECTED',
  'PUBLISHED→AGREED',
  'PUBLISHED→ON_HOLD',
  'PUBLISHED→REJECTED',
  'AGREED→AGREED',
  'AGREED→IN_PROGRESS',
  'AGREED→ON_HOLD',
  'AGREED→REJECTED',
  'IN_PROGRESS→IN_PROGRESS',
  'IN_PROGRESS→IMPLEMENTED',
  'IN_PROGRESS→ON_HOLD',
  'ON_HOLD→PUBLISHED',
  'ON_HOLD→AGREED',
  'ON_HOLD→IN_PROGRESS',
]);

const pairs = recommendationStatuses.flatMap((from) => recommendationStatuses.map((to) => [from, to] as const));

/** A progress the target status accepts, starting from a typical progress of the source status. */
function validRequest(from: RecommendationStatus, to: RecommendationStatus) {
  const fromProgress = from === 'IN_PROGRESS' || from === 'ON_HOLD' ? 40 : from === 'AGREED' ? 5 : from === 'IMPLEMENTED' ? 100 : 0;
  const progress = to === 'ON_HOLD' ? fromProgress : to === 'IN_PROGRESS' ? 50 : to === 'AGREED' ? (from === 'AGREED' ? 8 : 5) : to === 'IMPLEMENTED' ? 100 : 0;
  return { from, to, fromProgress, progress, note: 'Begründung für die Änderung' };
}

describe('recommendation workflow', () => {
  it('covers all 49 pairs of statuses, 15 of them allowed', () => {
    expect(pairs).toHaveLength(49);
    expect(pairs.filter(([from, to]) => canTransition(from, to))).toHaveLength(allowed.size);
    const table = Object.entries(allowedTransitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    expect(new Set(table)).toEqual(allowed);
  });

  describe.each(pairs.filter(([from, to]) => allowed.has(`${from}→${to}`)))('allows %s → %s', (from, to) => {
    it('with a fitting progress and a note', () => {
      const plan = planStatusChange(validRequest(from, to));
      expect(plan).toMatchObject({ ok: true, status: to });
    });
  });

  describe.each(pairs.filter(([from, to]) => !allowed.has(`${from}→${to}`)))('refuses %s → %s', (from, to) => {
    it('naming the status field and both statuses', () => {
      const plan = planStatusChange(validRequest(from, to));
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      const statusProblem = plan.problems.find((problem) => problem.field === 'status');
      expect(statusProblem).toBeDefined();
      expect(statusProblem!.reason.de.length).toBeGreaterThan(10);
      expect(statusProblem!.reason.en.length).toBeGreaterThan(10);
    });
  });

  it('explains a forbidden change with the reachable statuses', () => {
    const plan = planStatusChange({ from: 'DRAFT', fromProgress: 0, to: 'IN_PROGRESS', progress: 10 });
    expect(plan).toEqual({
      ok: false,
      problems: [
        {
          field: 'status',
          reason: {
            de: 'kann nicht von „Entwurf“ zu „In Umsetzung“ wechseln (möglich: „Veröffentlicht“, „Abgelehnt“)',
            en: 'cannot change from "draft" to "in progress" (possible: "published", "rejected")',
          },
        },
      ],
    });
  });

  it('calls IMPLEMENTED and REJECTED final', () => {
    const plan = planStatusChange({ from: 'IMPLEMENTED', fromProgress: 100, to: 'IN_PROGRESS', progress: 90 });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems[0]!.reason.en).toContain('none – the status is final');
  });

  it.each(['ON_HOLD', 'REJECTED'] as const)('needs a reason to move to %s', (to) => {
    const plan = planStatusChange({ from: 'PUBLISHED', fromProgress: 0, to, note: '   ' });
    expect(plan).toEqual({
      ok: false,
      problems: [{ field: 'note', reason: expect.objectContaining({ de: expect.stringContaining('begründen') }) }],
    });
    expect(planStatusChange({ from: 'PUBLISHED', fromProgress: 0, to, note: 'Kein Budget' })).toMatchObject({ ok: true, note: 'Kein Budget' });
  });

  it('does not need a note for the other statuses', () => {
    expect(planStatusChange({ from: 'DRAFT', fromProgress: 0, to: 'PUBLISHED' })).toEqual({ ok: true, status: 'PUBLISHED', progress: 0, note: null });
  });

  it('refuses a progress update that changes nothing', () => {
    const plan = planStatusChange({ from: 'IN_PROGRESS', fromProgress: 40, to: 'IN_PROGRESS', progress: 40 });
    expect(plan).toMatchObject({ ok: false, problems: [{ field: 'progress' }] });
  });
});

describe('progress consistent with the status', () => {
  it.each([
    ['DRAFT', 0, true],
    ['DRAFT', 1, false],
    ['PUBLISHED', 0, true],
    ['PUBLISHED', 5, false],
    ['REJECTED', 0, true],
    ['REJECTED', 10, false],
    ['AGREED', 0, true],
    ['AGREED', 10, true],
    ['AGREED', 11, false],
    ['IN_PROGRESS', 0, false],
    ['IN_PROGRESS', 1, true],
    ['IN_PROGRESS', 99, true],
    ['IN_PROGRESS', 100, false],
    ['IMPLEMENTED', 99, false],
    ['IMPLEMENTED', 100, true],
    ['ON_HOLD', 37, true],
  ] as const)('%s with %i %% is %s', (status, progress, fits) => {
    expect(progressProblem(status, progress) === null).toBe(fits);
  });

  it('names the range and the value in both languages', () => {
    expect(progressProblem('IN_PROGRESS', 100)).toEqual({
      field: 'progress',
      reason: {
        de: 'muss im Status „In Umsetzung“ 1–99 % betragen, nicht 100 %',
        en: 'must be 1–99 % in status "in progress", not 100 %',
      },
    });
  });

  it('refuses values outside 0–100 and fractions', () => {
    expect(progressProblem('ON_HOLD', 101)?.field).toBe('progress');
    expect(progressProblem('IN_PROGRESS', 12.5)?.reason.en).toBe('must be a whole number from 0 to 100');
  });

  it('keeps the progress when a recommendation is put on hold', () => {
    expect(planStatusChange({ from: 'IN_PROGRESS', fromProgress: 40, to: 'ON_HOLD', note: 'Förderung fehlt' })).toMatchObject({
      ok: true,
      progress: 40,
    });
    const moved = planStatusChange({ from: 'IN_PROGRESS', fromProgress: 40, to: 'ON_HOLD', progress: 50, note: 'Förderung fehlt' });
    expect(moved).toMatchObject({ ok: false, problems: [{ field: 'progress', reason: { en: 'stays unchanged when put on hold (40 %)' } }] });
  });

  it('defaults the progress to what the new status allows', () => {
    expect(defaultProgress('IMPLEMENTED', 60)).toBe(100);
    expect(defaultProgress('IN_PROGRESS', 0)).toBe(1);
    expect(defaultProgress('IN_PROGRESS', 5)).toBe(5);
    expect(defaultProgress('AGREED', 40)).toBe(10);
    expect(defaultProgress('REJECTED', 5)).toBe(0);
    expect(defaultProgress('ON_HOLD', 33)).toBe(33);
  });

  it('lists every problem at once', () => {
    const plan = planStatusChange({ from: 'DRAFT', fromProgress: 0, to: 'ON_HOLD', progress: 20 });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.map((problem) => problem.field)).toEqual(['status', 'note', 'progress']);
  });
});
