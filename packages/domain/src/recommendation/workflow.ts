// The status workflow of a recommendation (Handlungsempfehlung), defined once for the API, the seed,
// the CSV import and the dashboard.
import { recommendationStatuses } from '../enums.js';
import type { RecommendationStatus } from '../enums.js';
import { problem } from './problems.js';
import type { InputProblem } from './problems.js';

/**
 * Where a recommendation may go from each status. A status listed under itself is a progress update
 * without a status change (only while agreed or in progress). IMPLEMENTED and REJECTED are final:
 * a changed situation gets a new recommendation, so the public record stays as it was.
 */
export const allowedTransitions: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  DRAFT: ['PUBLISHED', 'REJECTED'],
  PUBLISHED: ['AGREED', 'ON_HOLD', 'REJECTED'],
  AGREED: ['AGREED', 'IN_PROGRESS', 'ON_HOLD', 'REJECTED'],
  IN_PROGRESS: ['IN_PROGRESS', 'IMPLEMENTED', 'ON_HOLD'],
  IMPLEMENTED: [],
  // Back to where the work stopped: published, agreed or in progress.
  ON_HOLD: ['PUBLISHED', 'AGREED', 'IN_PROGRESS'],
  REJECTED: [],
};

/** Statuses that can only be reached with a note that says why. */
export const statusesNeedingReason: readonly RecommendationStatus[] = ['ON_HOLD', 'REJECTED'];

/** Statuses the public (and partners) may see; drafts are for the staff of the region. */
export const publicStatuses: readonly RecommendationStatus[] = recommendationStatuses.filter((status) => status !== 'DRAFT');

export function isPublicStatus(status: RecommendationStatus): boolean {
  return status !== 'DRAFT';
}

export function canTransition(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** The progress a status allows: inclusive bounds, or "keep" for ON_HOLD, which freezes the progress. */
export type ProgressRule = { min: number; max: number } | 'keep';

export const progressRules: Readonly<Record<RecommendationStatus, ProgressRule>> = {
  DRAFT: { min: 0, max: 0 },
  PUBLISHED: { min: 0, max: 0 },
  AGREED: { min: 0, max: 10 },
  IN_PROGRESS: { min: 1, max: 99 },
  IMPLEMENTED: { min: 100, max: 100 },
  ON_HOLD: 'keep',
  REJECTED: { min: 0, max: 0 },
};

/** The problem with a progress value for a status, or null when it fits. */
export function progressProblem(status: RecommendationStatus, progress: number, heldProgress?: number): InputProblem | null {
  if (!Number.isInteger(progress) || progress < 0 || progress > 100) {
    return problem('progress', 'muss eine ganze Zahl von 0 bis 100 sein', 'must be a whole number from 0 to 100');
  }
  const rule = progressRules[status];
  if (rule === 'keep') {
    if (heldProgress !== undefined && progress !== heldProgress) {
      return problem(
        'progress',
        `bleibt beim Zurückstellen unverändert (${heldProgress} %)`,
        `stays unchanged when put on hold (${heldProgress} %)`,
      );
    }
    return null;
  }
  if (progress >= rule.min && progress <= rule.max) return null;
  const range = rule.min === rule.max ? `${rule.min} %` : `${rule.min}–${rule.max} %`;
  return problem(
    'progress',
    `muss im Status ${statusNames[status].de} ${range} betragen, nicht ${progress} %`,
    `must be ${range} in status ${statusNames[status].en}, not ${progress} %`,
  );
}

const statusNames: Readonly<Record<RecommendationStatus, { de: string; en: string }>> = {
  DRAFT: { de: '„Entwurf“', en: '"draft"' },
  PUBLISHED: { de: '„Veröffentlicht“', en: '"published"' },
  AGREED: { de: '„Vereinbart“', en: '"agreed"' },
  IN_PROGRESS: { de: '„In Umsetzung“', en: '"in progress"' },
  IMPLEMENTED: { de: '„Umgesetzt“', en: '"implemented"' },
  ON_HOLD: { de: '„Zurückgestellt“', en: '"on hold"' },
  REJECTED: { de: '„Abgelehnt“', en: '"rejected"' },
};

/**
 * The progress a status change ends with when the caller names none: the fixed value of the target
 * status, else the current progress where it fits (ON_HOLD keeps it; starting work means at least 1 %).
 */
export function defaultProgress(to: RecommendationStatus, currentProgress: number): number {
  const rule = progressRules[to];
  if (rule === 'keep') return currentProgress;
  return Math.min(rule.max, Math.max(rule.min, currentProgress));
}

export interface StatusChangeRequest {
  from: RecommendationStatus;
  fromProgress: number;
  to: RecommendationStatus;
  /** Omitted: see defaultProgress. */
  progress?: number | null;
  note?: string | null;
}

export type StatusChangePlan =
  | { ok: true; status: RecommendationStatus; progress: number; note: string | null }
  | { ok: false; problems: InputProblem[] };

/** Checks a status change against the workflow and the progress rules; says every reason it fails. */
export function planStatusChange(request: StatusChangeRequest): StatusChangePlan {
  const { from, to } = request;
  const note = request.note?.trim() || null;
  const problems: InputProblem[] = [];
  if (!canTransition(from, to)) {
    const reachable = allowedTransitions[from].filter((status) => status !== from);
    const de = reachable.length ? reachable.map((status) => statusNames[status].de).join(', ') : 'keiner – der Status ist endgültig';
    const en = reachable.length ? reachable.map((status) => statusNames[status].en).join(', ') : 'none – the status is final';
    problems.push(
      from === to
        ? problem('status', `ist bereits ${statusNames[to].de}`, `is already ${statusNames[to].en}`)
        : problem(
            'status',
            `kann nicht von ${statusNames[from].de} zu ${statusNames[to].de} wechseln (möglich: ${de})`,
            `cannot change from ${statusNames[from].en} to ${statusNames[to].en} (possible: ${en})`,
          ),
    );
  }
  if (statusesNeedingReason.includes(to) && from !== to && !note) {
    problems.push(
      problem('note', `muss begründen, warum die Empfehlung ${statusNames[to].de} wird`, `must give the reason for ${statusNames[to].en}`),
    );
  }
  const progress = request.progress ?? defaultProgress(to, request.fromProgress);
  const progressIssue = progressProblem(to, progress, request.fromProgress);
  if (progressIssue) problems.push(progressIssue);
  if (from === to && progress === request.fromProgress && canTransition(from, to)) {
    problems.push(problem('progress', 'ändert sich nicht: nichts zu speichern', 'does not change: nothing to save'));
  }
  return problems.length ? { ok: false, problems } : { ok: true, status: to, progress, note };
}

/** The status and progress a new recommendation may start with (a CSV import may bring any state). */
export function initialStateProblems(status: RecommendationStatus, progress: number): InputProblem[] {
  const issue = progressProblem(status, progress);
  return issue ? [issue] : [];
}
