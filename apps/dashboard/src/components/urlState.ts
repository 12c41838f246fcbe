// A view's state (unit, indicator, year, selected units) lives in the query string, so any view can
// be shared or bookmarked as it is. Lists are comma-separated: ?ags=05124000,05122000.
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';

export type ParamValue = string | number | readonly string[] | null | undefined;

/** A comma-separated list parameter: trimmed, without empty entries and duplicates, in URL order. */
export function readListParam(search: string, name: string): string[] {
  const raw = new URLSearchParams(search).get(name) ?? '';
  return [...new Set(raw.split(',').map((item) => item.trim()).filter((item) => item !== ''))];
}

/** A whole-number parameter; undefined when it is missing or not a whole number. */
export function readIntParam(search: string, name: string): number | undefined {
  const raw = new URLSearchParams(search).get(name)?.trim();
  return raw && /^-?\d+$/.test(raw) ? Number(raw) : undefined;
}

export function readParam(search: string, name: string): string | undefined {
  const raw = new URLSearchParams(search).get(name)?.trim();
  return raw ? raw : undefined;
}

/**
 * The query string with `updates` applied: a value sets the parameter, null, undefined, '' or an
 * empty list removes it. Every other parameter (the language too) is kept. Returns '' or '?…'.
 */
export function searchWith(search: string, updates: Readonly<Record<string, ParamValue>>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(updates)) {
    const text = Array.isArray(value) ? value.join(',') : value == null ? '' : String(value);
    if (text === '') params.delete(name);
    else params.set(name, text);
  }
  // URLSearchParams escapes commas; lists read better with them as they are.
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** The current query string and a setter that replaces the history entry (state changes are not pages). */
export function useUrlState() {
  const location = useLocation();
  const navigate = useNavigate();
  const update = useCallback(
    (updates: Readonly<Record<string, ParamValue>>) => {
      navigate({ pathname: location.pathname, search: searchWith(location.search, updates), hash: location.hash }, { replace: true });
    },
    [location.pathname, location.search, location.hash, navigate],
  );
  return { search: location.search, update };
}
