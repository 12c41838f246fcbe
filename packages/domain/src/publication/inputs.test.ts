import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../errors.js';
import { parseCreateAgreement, parseCircleMember, parseCreateCircleReport } from '../agreement/inputs.js';
import { parseCreatePublication, parseUpdatePublication, publicationNeedsAdmin } from './inputs.js';

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.problems.map((problem) => problem.field).sort();
    throw error;
  }
  return [];
}

describe('publication inputs', () => {
  it('needs a municipality for a situation analysis and a clean slug', () => {
    expect(fieldsOf(() => parseCreatePublication({ kind: 'SITUATION_ANALYSIS', slug: 'Analyse Wuppertal', titleDe: 'A', bodyDe: 'B' }))).toEqual([
      'municipalityAgs',
      'slug',
    ]);
    expect(parseCreatePublication({ kind: 'PAGE', slug: 'ueber-uns', titleDe: 'Über uns', bodyDe: 'Text', titleEn: '' }).titleEn).toBeNull();
  });

  it('keeps omitted fields out of an update and refuses a missing version', () => {
    expect(parseUpdatePublication({ id: 'p', expectedVersion: 2, bodyDe: 'neu' })).toEqual({ id: 'p', expectedVersion: 2, bodyDe: 'neu' });
    expect(fieldsOf(() => parseUpdatePublication({ id: 'p', bodyDe: 'neu' }))).toEqual(['expectedVersion']);
  });

  it('leaves the legal pages to admins', () => {
    expect(publicationNeedsAdmin('IMPRINT')).toBe(true);
    expect(publicationNeedsAdmin('PRIVACY')).toBe(true);
    expect(publicationNeedsAdmin('SITUATION_ANALYSIS')).toBe(false);
  });
});

describe('agreement and circle inputs', () => {
  it('checks dates, texts and meeting numbers', () => {
    expect(fieldsOf(() => parseCreateAgreement({ titleDe: ' ', textDe: 'x', agreedAt: '2026-02-30' }))).toEqual(['agreedAt', 'titleDe']);
    expect(fieldsOf(() => parseCreateAgreement({ titleDe: 'A', textDe: 'x', agreedAt: '2026-13-01' }))).toEqual(['agreedAt']);
    expect(fieldsOf(() => parseCreateCircleReport({ circleId: 'c', meetingNumber: 0, meetingDate: '2026-07-09', progressDe: 'ok' }))).toEqual(['meetingNumber']);
    expect(parseCreateCircleReport({ circleId: 'c', meetingNumber: 1, meetingDate: '2026-07-09', progressDe: 'ok' }).isPublished).toBe(true);
  });

  it('needs an organisation or a person for a circle member', () => {
    expect(fieldsOf(() => parseCircleMember({ circleId: 'c' }))).toEqual(['actorId']);
  });
});
