export { countSearch, search } from './search.js';
export { checkSearchQuery, HIGHLIGHT_END, HIGHLIGHT_START, plainSnippet, searchKinds, SEARCH_QUERY_MAX, SEARCH_QUERY_MIN, snippetParts } from './query.js';
export type { SearchKind, SearchOptions, SearchPage, SearchRow } from './query.js';
