// Strings of the search page and the search box in the site header.
import type { LocalMessages } from '../../i18n/localMessages';

export const SEARCH_KINDS = ['ACTOR', 'EVENT', 'FINDING', 'RECOMMENDATION', 'INDICATOR', 'PUBLICATION'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The server's limits (packages/db/src/search/query.ts): shorter or longer texts are not sent. */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 200;

export interface SearchMessages {
  boxLabel: string;
  boxPlaceholder: string;
  boxSubmit: string;
  title: string;
  intro: string;
  fieldLabel: string;
  kindLabel: string;
  allKinds: string;
  submit: string;
  kind: Record<SearchKind, string>;
  tooShort: (min: number) => string;
  resultCount: (count: number, query: string) => string;
  noResults: string;
  loadMore: string;
  wholeRegion: string;
  documentTitle: (query: string) => string;
}

export const searchMessages: LocalMessages<SearchMessages> = {
  de: {
    boxLabel: 'Website durchsuchen',
    boxPlaceholder: 'Suchen …',
    boxSubmit: 'Suchen',
    title: 'Suche',
    intro: 'Durchsucht Akteure, Veranstaltungen, Befunde, Handlungsempfehlungen, Indikatoren und Veröffentlichungen. Wortformen werden erkannt: „Radwege“ findet auch „Radweg“.',
    fieldLabel: 'Suchbegriff',
    kindLabel: 'Art',
    allKinds: 'Alle Arten',
    submit: 'Suchen',
    kind: {
      ACTOR: 'Akteur',
      EVENT: 'Veranstaltung',
      FINDING: 'Befund',
      RECOMMENDATION: 'Handlungsempfehlung',
      INDICATOR: 'Indikator',
      PUBLICATION: 'Veröffentlichung',
    },
    tooShort: (min) => `Bitte mindestens ${min} Zeichen eingeben.`,
    resultCount: (count, query) => (count === 1 ? `1 Treffer für „${query}“` : `${count.toLocaleString('de-DE')} Treffer für „${query}“`),
    noResults: 'Nichts gefunden. Versuchen Sie ein anderes oder allgemeineres Wort.',
    loadMore: 'Weitere Treffer laden',
    wholeRegion: 'Ganze Region',
    documentTitle: (query) => (query ? `Suche: ${query}` : 'Suche'),
  },
  en: {
    boxLabel: 'Search this site',
    boxPlaceholder: 'Search …',
    boxSubmit: 'Search',
    title: 'Search',
    intro: 'Searches actors, events, findings, recommendations, indicators and publications. German word forms are recognised: “Radwege” also finds “Radweg”.',
    fieldLabel: 'Search term',
    kindLabel: 'Kind',
    allKinds: 'All kinds',
    submit: 'Search',
    kind: {
      ACTOR: 'Actor',
      EVENT: 'Event',
      FINDING: 'Finding',
      RECOMMENDATION: 'Recommendation',
      INDICATOR: 'Indicator',
      PUBLICATION: 'Publication',
    },
    tooShort: (min) => `Please enter at least ${min} characters.`,
    resultCount: (count, query) => (count === 1 ? `1 result for “${query}”` : `${count.toLocaleString('en-GB')} results for “${query}”`),
    noResults: 'Nothing found. Try another or a more general word.',
    loadMore: 'Load more results',
    wholeRegion: 'Whole region',
    documentTitle: (query) => (query ? `Search: ${query}` : 'Search'),
  },
};
