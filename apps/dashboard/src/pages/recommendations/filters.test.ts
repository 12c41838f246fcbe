import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, filtersFromSearch, searchWithFilters, sortRecommendations } from './filters';
import type { SortableRecommendation } from './filters';

describe('recommendation filters in the URL', () => {
  it('reads every filter and the view', () => {
    expect(
      filtersFromSearch('?lang=en&kommune=05124000&ziel=11&status=in_progress,AGREED&suche=%20Rad%20&sortierung=progress&richtung=desc&ansicht=tabelle'),
    ).toEqual({
      municipality: '05124000',
      goal: 11,
      statuses: ['IN_PROGRESS', 'AGREED'],
      search: 'Rad',
      sort: 'progress',
      direction: 'desc',
      view: 'table',
    });
  });

  it('falls back to the defaults for malformed values', () => {
    expect(filtersFromSearch('?kommune=5124&ziel=18&status=FERTIG&sortierung=farbe&richtung=up&ansicht=karte')).toEqual(DEFAULT_FILTERS);
  });

  it('writes only what differs from the defaults and keeps the language', () => {
    const search = searchWithFilters('?lang=en&ziel=3', { ...DEFAULT_FILTERS, municipality: '05122000', statuses: ['DRAFT', 'ON_HOLD'], view: 'table' });
    expect(search).toBe('?lang=en&kommune=05122000&status=DRAFT%2CON_HOLD&ansicht=tabelle');
    expect(filtersFromSearch(search)).toMatchObject({ municipality: '05122000', goal: null, statuses: ['DRAFT', 'ON_HOLD'], view: 'table' });
    expect(searchWithFilters('?ziel=3', DEFAULT_FILTERS)).toBe('');
  });
});

describe('sortRecommendations', () => {
  const items: SortableRecommendation[] = [
    { title: 'Ökostrom', municipalityName: 'Solingen', status: 'IN_PROGRESS', progress: 40, dueDate: null },
    { title: 'Radwege', municipalityName: 'Wuppertal', status: 'DRAFT', progress: 0, dueDate: '2027-06-30' },
    { title: 'Apfelbäume', municipalityName: 'Remscheid', status: 'IMPLEMENTED', progress: 100, dueDate: '2026-01-31' },
  ];
  const titles = (list: SortableRecommendation[]) => list.map((item) => item.title);

  it('sorts texts with German collation (Ö next to O)', () => {
    expect(titles(sortRecommendations(items, 'title', 'asc', 'de-DE'))).toEqual(['Apfelbäume', 'Ökostrom', 'Radwege']);
  });

  it('sorts statuses in workflow order and progress numerically, in either direction', () => {
    expect(titles(sortRecommendations(items, 'status', 'asc', 'de-DE'))).toEqual(['Radwege', 'Ökostrom', 'Apfelbäume']);
    expect(titles(sortRecommendations(items, 'progress', 'desc', 'de-DE'))).toEqual(['Apfelbäume', 'Ökostrom', 'Radwege']);
  });

  it('puts recommendations without a due date last in both directions', () => {
    expect(titles(sortRecommendations(items, 'dueDate', 'asc', 'de-DE'))).toEqual(['Apfelbäume', 'Radwege', 'Ökostrom']);
    expect(titles(sortRecommendations(items, 'dueDate', 'desc', 'de-DE'))).toEqual(['Radwege', 'Apfelbäume', 'Ökostrom']);
  });

  it('does not change the input', () => {
    const copy = [...items];
    sortRecommendations(items, 'progress', 'asc', 'en-GB');
    expect(items).toEqual(copy);
  });
});
