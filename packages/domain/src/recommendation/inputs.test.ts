import { describe, expect, it } from 'vitest';
import {
  createRecommendationSchema,
  parseInput,
  recommendationLinksSchema,
  recommendationStatusInputSchema,
  updateRecommendationSchema,
} from './inputs.js';

describe('recommendation input schemas', () => {
  it('accepts a minimal recommendation and fills the defaults', () => {
    const parsed = parseInput(createRecommendationSchema, { titleDe: '  Radwege ausbauen ', textDe: 'Mehr Radwege.' });
    expect(parsed).toEqual({
      ok: true,
      value: {
        municipalityAgs: null,
        parentId: null,
        titleDe: 'Radwege ausbauen',
        titleEn: null,
        textDe: 'Mehr Radwege.',
        textEn: null,
        dueDate: null,
        weight: 1,
      },
    });
  });

  it('names every bad field with a German and English reason', () => {
    const parsed = parseInput(createRecommendationSchema, {
      titleDe: '   ',
      textDe: 'x',
      municipalityAgs: '5124000',
      dueDate: '2026-02-30',
      weight: -1,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { field: 'municipalityAgs', reason: { de: 'muss ein achtstelliger Gemeindeschlüssel (AGS) sein', en: 'must be an 8-digit municipality key (AGS)' } },
      { field: 'titleDe', reason: { de: 'darf nicht leer sein', en: 'must not be empty' } },
      { field: 'dueDate', reason: { de: 'muss ein Datum im Format JJJJ-MM-TT sein', en: 'must be a date formatted YYYY-MM-DD' } },
      { field: 'weight', reason: { de: 'muss eine ganze Zahl von 0 bis 100 sein', en: 'must be a whole number from 0 to 100' } },
    ]);
  });

  it('refuses a missing title with a clear reason', () => {
    const parsed = parseInput(createRecommendationSchema, { textDe: 'Text' });
    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'titleDe', reason: { en: 'must not be empty' } }] });
  });

  it('keeps absent fields absent in an update, and null clears', () => {
    const parsed = parseInput(updateRecommendationSchema, { id: 'r1', expectedVersion: 3, dueDate: null, titleEn: '' });
    expect(parsed).toEqual({ ok: true, value: { id: 'r1', expectedVersion: 3, dueDate: null, titleEn: null } });
  });

  it('needs the version that was read', () => {
    const parsed = parseInput(updateRecommendationSchema, { id: 'r1', expectedVersion: 0 });
    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'expectedVersion' }] });
  });

  it('parses a status change and refuses an unknown status', () => {
    expect(parseInput(recommendationStatusInputSchema, { id: 'r1', expectedVersion: 1, status: 'AGREED', note: ' ok ' })).toEqual({
      ok: true,
      value: { id: 'r1', expectedVersion: 1, status: 'AGREED', progress: null, note: 'ok' },
    });
    expect(parseInput(recommendationStatusInputSchema, { id: 'r1', expectedVersion: 1, status: 'DONE' })).toMatchObject({
      ok: false,
      problems: [{ field: 'status', reason: { de: 'ist kein bekannter Status' } }],
    });
  });

  it('checks SDG target codes against the catalogue and needs something to link', () => {
    expect(parseInput(recommendationLinksSchema, { id: 'r1', expectedVersion: 1, sdgTargets: ['11.6', '99.1'] })).toMatchObject({
      ok: false,
      problems: [{ field: 'sdgTargets.1', reason: { en: 'is not an SDG target such as "11.6"' } }],
    });
    expect(parseInput(recommendationLinksSchema, { id: 'r1', expectedVersion: 1 })).toMatchObject({
      ok: false,
      problems: [{ field: 'sdgTargets', reason: { en: 'names nothing to link' } }],
    });
  });
});
