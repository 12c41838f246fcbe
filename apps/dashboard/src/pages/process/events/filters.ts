// The event list's filters live in the query string (?art=WORKSHOP&kommune=…&zeit=kommend), so a
// filtered list can be shared; unknown values are ignored rather than sent to the API.
import type { EventKind } from '@atlas/domain';
import { readParam } from '../../../components/urlState';
import type { EventTime } from './messages';

export const EVENT_KINDS: readonly EventKind[] = ['KICK_OFF', 'WORKSHOP', 'LOCAL_CONFERENCE', 'REGIONAL_CONFERENCE', 'CIRCLE_MEETING', 'OTHER'];

/** How many events the list shows at most; the filters narrow larger sets. */
export const EVENT_LIST_LIMIT = 100;

export interface EventFilters {
  kind: EventKind | null;
  municipality: string | null;
  time: EventTime | null;
}

export const NO_EVENT_FILTERS: EventFilters = { kind: null, municipality: null, time: null };

const TIME_PARAM: Record<EventTime, string> = { upcoming: 'kommend', past: 'vergangen' };

export function eventFiltersFromSearch(search: string): EventFilters {
  const kind = readParam(search, 'art');
  const municipality = readParam(search, 'kommune');
  const time = readParam(search, 'zeit');
  return {
    kind: EVENT_KINDS.find((k) => k === kind) ?? null,
    municipality: municipality && /^\d{8}$/.test(municipality) ? municipality : null,
    time: time === TIME_PARAM.upcoming ? 'upcoming' : time === TIME_PARAM.past ? 'past' : null,
  };
}

export function eventFilterParams(filters: EventFilters) {
  return { art: filters.kind, kommune: filters.municipality, zeit: filters.time ? TIME_PARAM[filters.time] : null };
}

/** Today's date in German time (events are dated in German time), as YYYY-MM-DD. */
export function germanToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function dayBefore(isoDate: string): string {
  // Noon UTC keeps the subtraction clear of any day boundary.
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The API variables for `filters`: upcoming events from today on (earliest first), past ones up to
 * yesterday (the latest of them, so the most recent are never cut off by the limit).
 */
export function eventQueryVariables(filters: EventFilters, now: Date) {
  const today = germanToday(now);
  return {
    kind: filters.kind ? [filters.kind] : null,
    municipality: filters.municipality,
    from: filters.time === 'upcoming' ? today : null,
    to: filters.time === 'past' ? dayBefore(today) : null,
    first: filters.time === 'past' ? null : EVENT_LIST_LIMIT,
    last: filters.time === 'past' ? EVENT_LIST_LIMIT : null,
  };
}
