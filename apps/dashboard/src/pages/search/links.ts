// Where a search hit leads: the public page of its kind. Findings have no page of their own; they
// lead to the findings overview of their municipality.
import { searchWithLanguage, type Language } from '../../i18n/language';

export type SearchNode =
  | { __typename: 'Actor'; id: string }
  | { __typename: 'Event'; id: string }
  | { __typename: 'Finding'; id: string; municipality: { ags: string } | null }
  | { __typename: 'Recommendation'; id: string }
  | { __typename: 'Indicator'; id: string; key: string }
  | { __typename: 'Publication'; id: string; slug: string; kind: string };

/** The in-app path of a hit (without the language parameter). */
export function hitPath(node: SearchNode): string {
  switch (node.__typename) {
    case 'Actor':
      return `/netzwerk/akteure/${encodeURIComponent(node.id)}`;
    case 'Event':
      return `/veranstaltungen/${encodeURIComponent(node.id)}`;
    case 'Finding':
      return node.municipality ? `/befunde?kommune=${encodeURIComponent(node.municipality.ags)}` : '/befunde';
    case 'Recommendation':
      return `/empfehlungen/${encodeURIComponent(node.id)}`;
    case 'Indicator':
      return `/indikator/${encodeURIComponent(node.key)}`;
    case 'Publication':
      if (node.kind === 'IMPRINT') return '/impressum';
      if (node.kind === 'PRIVACY') return '/datenschutz';
      return `/veroeffentlichungen/${encodeURIComponent(node.slug)}`;
  }
}

/** `path` (which may carry a query string) in the UI language. */
export function inLanguage(path: string, lang: Language): string {
  const [pathname = '', search = ''] = path.split('?', 2);
  return `${pathname}${searchWithLanguage(search, lang)}`;
}

/** The path of the search page for a text (and kind), in the UI language. */
export function searchPath(query: string, lang: Language, kind?: string | null): string {
  const params = new URLSearchParams({ q: query });
  if (kind) params.set('art', kind);
  return inLanguage(`/suche?${params.toString()}`, lang);
}
