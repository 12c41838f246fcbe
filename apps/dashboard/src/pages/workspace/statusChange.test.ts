import { describe, expect, it } from 'vitest';
import { isFinalStatus, noteRequired, progressRange, statusChangeProblems, statusChoices, suggestedProgress } from './statusChange';

describe('status dialog choices', () => {
  it('offers only the transitions the workflow allows', () => {
    expect(statusChoices('DRAFT')).toEqual(['PUBLISHED', 'REJECTED']);
    expect(statusChoices('IN_PROGRESS')).toEqual(['IN_PROGRESS', 'IMPLEMENTED', 'ON_HOLD']);
    expect(statusChoices('IMPLEMENTED')).toEqual([]);
    expect(isFinalStatus('REJECTED')).toBe(true);
    expect(isFinalStatus('ON_HOLD')).toBe(false);
  });

  it('constrains progress by the target status', () => {
    expect(progressRange('IN_PROGRESS', 0)).toEqual({ min: 1, max: 99, fixed: false });
    expect(progressRange('IMPLEMENTED', 40)).toEqual({ min: 100, max: 100, fixed: true });
    expect(progressRange('ON_HOLD', 35)).toEqual({ min: 35, max: 35, fixed: true });
    expect(suggestedProgress('IN_PROGRESS', 0)).toBe(1);
    expect(suggestedProgress('AGREED', 60)).toBe(10);
    expect(suggestedProgress('IN_PROGRESS', 40)).toBe(40);
  });

  it('requires a note for on hold and rejected, but not for a progress update', () => {
    expect(noteRequired('PUBLISHED', 'ON_HOLD')).toBe(true);
    expect(noteRequired('DRAFT', 'REJECTED')).toBe(true);
    expect(noteRequired('AGREED', 'IN_PROGRESS')).toBe(false);
    expect(statusChangeProblems('PUBLISHED', 0, 'ON_HOLD', 0, '  ').map((p) => p.field)).toEqual(['note']);
    expect(statusChangeProblems('PUBLISHED', 0, 'ON_HOLD', 0, 'Haushaltssperre')).toEqual([]);
  });

  it('names the progress problem with the allowed range', () => {
    const [progressProblem] = statusChangeProblems('AGREED', 0, 'IN_PROGRESS', 100, '');
    expect(progressProblem?.field).toBe('progress');
    expect(progressProblem?.reason.de).toContain('1–99 %');
  });
});
