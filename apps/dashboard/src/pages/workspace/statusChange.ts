// The choices of the status dialog, from the one workflow in @atlas/domain (the server checks again).
import { allowedTransitions, planStatusChange, progressRules, statusesNeedingReason } from '@atlas/domain';
import type { InputProblem, RecommendationStatus } from '@atlas/domain';

/** Target statuses offered from `current`; the current one itself only where a progress update is allowed. */
export function statusChoices(current: RecommendationStatus): readonly RecommendationStatus[] {
  return allowedTransitions[current];
}

export function isFinalStatus(status: RecommendationStatus): boolean {
  return allowedTransitions[status].length === 0;
}

export interface ProgressRange {
  min: number;
  max: number;
  /** min === max: the status fixes the progress, so the input is read-only. */
  fixed: boolean;
}

/** The progress the target status allows; ON_HOLD keeps the current progress. */
export function progressRange(target: RecommendationStatus, currentProgress: number): ProgressRange {
  const rule = progressRules[target];
  const { min, max } = rule === 'keep' ? { min: currentProgress, max: currentProgress } : rule;
  return { min, max, fixed: min === max };
}

/** The progress to preselect when the target status changes: the current one, moved into the range. */
export function suggestedProgress(target: RecommendationStatus, currentProgress: number): number {
  const { min, max } = progressRange(target, currentProgress);
  return Math.min(max, Math.max(min, currentProgress));
}

export function noteRequired(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return from !== to && statusesNeedingReason.includes(to);
}

/** The problems of a planned change, keyed by dialog field ("status", "progress", "note"); empty when it may be sent. */
export function statusChangeProblems(
  from: RecommendationStatus,
  fromProgress: number,
  to: RecommendationStatus,
  progress: number,
  note: string,
): InputProblem[] {
  const plan = planStatusChange({ from, fromProgress, to, progress, note });
  return plan.ok ? [] : plan.problems;
}
