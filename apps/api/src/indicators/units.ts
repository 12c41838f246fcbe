// Which units a request means: cities and districts by AGS, and the region they belong to.
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { allRegions, allUnits, type RegionRow, type UnitRow } from '../loaders/indicator-data.js';

export interface UnitSelection {
  /** The requested units in the requested order (all units of the region when none were named). */
  units: UnitRow[];
  region: RegionRow;
  /** All cities and districts of the region: what its computed values are made of. */
  regionUnits: UnitRow[];
}

/**
 * Resolves AGS to units. Without AGS: all cities and districts of the default region. The region
 * is the one of the first named unit. An unknown AGS is refused with an error naming it.
 */
export async function selectUnits(ctx: Context, ags: readonly string[] | null | undefined, field = 'ags'): Promise<UnitSelection> {
  const [units, regions] = await Promise.all([allUnits(ctx), allRegions(ctx)]);
  const requested = ags ?? [];
  const selected = requested.map((code) => {
    const unit = units.find((candidate) => candidate.ags === code);
    if (!unit) {
      throw new GraphQLError(`${field}: no city or district with AGS "${code}" (8 digits, e.g. 05124000 for Wuppertal).`, {
        extensions: { code: 'VALIDATION', field, reason: 'UNKNOWN_AGS' },
      });
    }
    return unit;
  });
  const regionId = selected[0]?.regionId ?? regions.find((region) => region.isDefault)?.id;
  const region = regions.find((candidate) => candidate.id === regionId);
  if (!region) throw new GraphQLError('No default region is set up.', { extensions: { code: 'NOT_FOUND' } });
  const regionUnits = units.filter((unit) => unit.regionId === region.id);
  return { units: requested.length > 0 ? selected : regionUnits, region, regionUnits };
}
