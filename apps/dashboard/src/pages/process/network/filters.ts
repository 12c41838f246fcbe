// The network view's filters live in the query string (?sektor=…&kommune=…&ziel=…), so a filtered
// view can be shared; unknown values are ignored rather than sent to the API.
import type { ActorSector } from '@atlas/domain';
import { readIntParam, readParam } from '../../../components/urlState';
import { SECTOR_ORDER } from './layout';

export interface NetworkFilters {
  sector: ActorSector | null;
  municipality: string | null;
  goal: number | null;
}

export const NO_NETWORK_FILTERS: NetworkFilters = { sector: null, municipality: null, goal: null };

const isSector = (value: string | undefined): value is ActorSector => value !== undefined && (SECTOR_ORDER as readonly string[]).includes(value);

export function networkFiltersFromSearch(search: string): NetworkFilters {
  const sector = readParam(search, 'sektor');
  const municipality = readParam(search, 'kommune');
  const goal = readIntParam(search, 'ziel');
  return {
    sector: isSector(sector) ? sector : null,
    municipality: municipality && /^\d{8}$/.test(municipality) ? municipality : null,
    goal: goal !== undefined && goal >= 1 && goal <= 17 ? goal : null,
  };
}

/** The URL parameters for `filters` (null removes a parameter). */
export function networkFilterParams(filters: NetworkFilters) {
  return { sektor: filters.sector, kommune: filters.municipality, ziel: filters.goal };
}
