// Filters, sorting and view of the recommendation lists, kept in the URL so a view can be shared and
// survives a reload. Used by the staff workspace (all filters) and the public list (municipality, goal).
import type { RecommendationStatus } from '@atlas/domain';

export const RECOMMENDATION_STATUSES = [
  'DRAFT',
  'PUBLISHED',
  'AGREED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'ON_HOLD',
  'REJECTED',
] as const satisfies readonly RecommendationStatus[];

export const SORT_KEYS = ['title', 'municipality', 'status', 'progress', 'dueDate'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export type ListView = 'board' | 'table';

export interface RecommendationFilters {
  /** AGS of a municipality, or null for all. */
  municipality: string | null;
  /** SDG goal number 1–17, or null for all. */
  goal: number | null;
  /** Empty: every status. */
  statuses: RecommendationStatus[];
  search: string;
  sort: SortKey;
  direction: SortDirection;
  view: ListView;
}

export const DEFAULT_FILTERS: RecommendationFilters = {
  municipality: null,
  goal: null,
  statuses: [],
  search: '',
  sort: 'title',
  direction: 'asc',
  view: 'board',
};

// URL parameter names are German, like the paths.
const PARAM = {
  municipality: 'kommune',
  goal: 'ziel',
  status: 'status',
  search: 'suche',
  sort: 'sortierung',
  direction: 'richtung',
  view: 'ansicht',
} as const;

const VIEW_PARAM: Record<ListView, string> = { board: 'tafel', table: 'tabelle' };

function isStatus(value: string): value is RecommendationStatus {
  return (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

/** Reads the filters from a query string; unknown or malformed values fall back to the defaults. */
export function filtersFromSearch(search: string): RecommendationFilters {
  const params = new URLSearchParams(search);
  const ags = params.get(PARAM.municipality);
  const goal = Number(params.get(PARAM.goal));
  const sort = params.get(PARAM.sort);
  const statuses = params
    .getAll(PARAM.status)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toUpperCase())
    .filter(isStatus);
  return {
    municipality: ags && /^\d{8}$/.test(ags) ? ags : null,
    goal: Number.isInteger(goal) && goal >= 1 && goal <= 17 ? goal : null,
    statuses: [...new Set(statuses)],
    search: params.get(PARAM.search)?.trim() ?? '',
    sort: SORT_KEYS.find((key) => key === sort) ?? DEFAULT_FILTERS.sort,
    direction: params.get(PARAM.direction) === 'desc' ? 'desc' : 'asc',
    view: params.get(PARAM.view) === VIEW_PARAM.table ? 'table' : 'board',
  };
}

/**
 * The query string for `filters` on top of `currentSearch`: other parameters (the language) stay,
 * defaults are left out so the URL stays short. Returns '' or a string starting with '?'.
 */
export function searchWithFilters(currentSearch: string, filters: RecommendationFilters): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of Object.values(PARAM)) params.delete(name);
  if (filters.municipality) params.set(PARAM.municipality, filters.municipality);
  if (filters.goal !== null) params.set(PARAM.goal, String(filters.goal));
  if (filters.statuses.length) params.set(PARAM.status, filters.statuses.join(','));
  if (filters.search.trim()) params.set(PARAM.search, filters.search.trim());
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set(PARAM.sort, filters.sort);
  if (filters.direction !== DEFAULT_FILTERS.direction) params.set(PARAM.direction, filters.direction);
  if (filters.view !== DEFAULT_FILTERS.view) params.set(PARAM.view, VIEW_PARAM[filters.view]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The values to sort by; the caller supplies the localized texts. */
export interface SortableRecommendation {
  title: string;
  municipalityName: string;
  status: RecommendationStatus;
  progress: number;
  /** ISO date or null; recommendations without a due date sort last in either direction. */
  dueDate: string | null;
}

const statusOrder = new Map<RecommendationStatus, number>(RECOMMENDATION_STATUSES.map((status, index) => [status, index]));

/** A sorted copy; ties keep their order. Texts compare with the UI language's collation. */
export function sortRecommendations<T extends SortableRecommendation>(
  items: readonly T[],
  sort: SortKey,
  direction: SortDirection,
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: T, b: T): number => {
    switch (sort) {
      case 'title':
        return collator.compare(a.title, b.title);
      case 'municipality':
        return collator.compare(a.municipalityName, b.municipalityName);
      case 'status':
        return (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0);
      case 'progress':
        return a.progress - b.progress;
      case 'dueDate':
        return (a.dueDate ?? '').localeCompare(b.dueDate ?? '');
    }
  };
  return [...items].sort((a, b) => {
    if (sort === 'dueDate' && (a.dueDate === null) !== (b.dueDate === null)) return a.dueDate === null ? 1 : -1;
    return sign * compare(a, b);
  });
}
