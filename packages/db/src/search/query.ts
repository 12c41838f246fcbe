// What a search asks for and what it answers, and the checks on the search text. Kept apart from
// the SQL so the API and the tests share one definition of the kinds and the limits.
import { ValidationFailed } from '@atlas/domain';

export const searchKinds = ['ACTOR', 'EVENT', 'FINDING', 'RECOMMENDATION', 'INDICATOR', 'PUBLICATION'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 200;

/** Marks around the matched words in `snippet`: control characters, so no stored text can fake them. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface SearchOptions {
  query: string;
  /** Omitted or empty: every kind. */
  kinds?: readonly SearchKind[] | null;
  /** AGS of a municipality: only items of that municipality (indicators belong to none and drop out). */
  municipalityAgs?: string | null;
  /** Only items of this region (a region-bound partner key); indicators are shared and stay in. */
  regionId?: string | null;
  offset: number;
  limit: number;
}

export interface SearchRow {
  kind: SearchKind;
  id: string;
  titleDe: string;
  titleEn: string | null;
  /** Text around the matches, matches between HIGHLIGHT_START and HIGHLIGHT_END. */
  snippet: string;
  /** Whether the snippet comes from the English text (the German one did not match). */
  snippetIsEnglish: boolean;
  rank: number;
}

export interface SearchPage {
  rows: SearchRow[];
  /** All hits the viewer may see, over every page. */
  total: number;
}

/** The trimmed search text, or a validation error naming `query` and saying why. */
export function checkSearchQuery(raw: string): string {
  // Control characters (the highlight marks among them) become spaces.
  const query = [...raw].map((char) => (char.charCodeAt(0) < 0x20 ? ' ' : char)).join('').trim();
  if (query.length === 0) throw ValidationFailed.of('query', 'darf nicht leer sein', 'must not be empty');
  if (query.length < SEARCH_QUERY_MIN) {
    throw ValidationFailed.of('query', `braucht mindestens ${SEARCH_QUERY_MIN} Zeichen`, `needs at least ${SEARCH_QUERY_MIN} characters`);
  }
  if (query.length > SEARCH_QUERY_MAX) {
    throw ValidationFailed.of('query', `darf höchstens ${SEARCH_QUERY_MAX} Zeichen lang sein`, `must be at most ${SEARCH_QUERY_MAX} characters long`);
  }
  return query;
}

/** Splits a snippet into plain and highlighted parts, for clients that render them safely. */
export function snippetParts(snippet: string): Array<{ text: string; highlighted: boolean }> {
  const parts: Array<{ text: string; highlighted: boolean }> = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      parts.push({ text: rest, highlighted: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), highlighted: false });
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    const text = rest.slice(start + 1, stop);
    if (text) parts.push({ text, highlighted: true });
    rest = rest.slice(stop + 1);
  }
  return parts;
}

export const plainSnippet = (snippet: string) => snippet.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
