// Per-request loaders of the structural data behind municipality profiles: one statement for the
// indicators, one for the values of all profiles asked for in one pass. The values are read by hand-
// written SQL through `ctx.db.read`, for the reason given in indicator-data.ts.
import type { Context } from '../context.js';
import {
  assignProfileRoles,
  profileGenesisTables,
  profileIndicatorKeys,
  type ProfileObservation,
  type ProfileRole,
} from '../indicators/profile-data.js';
import { Batcher, groupBy } from './batcher.js';
import { perRequest } from './request-cache.js';

export function profileRoles(ctx: Context): Promise<Partial<Record<ProfileRole, string>>> {
  return perRequest(ctx, 'profile-roles', async () => {
    const indicators = await ctx.prisma.indicator.findMany({
      where: { OR: [{ key: { in: profileIndicatorKeys } }, { genesisTable: { in: profileGenesisTables } }] },
      select: { id: true, key: true, genesisTable: true, genesisColumn: true },
      orderBy: { key: 'asc' },
    });
    return assignProfileRoles(indicators);
  });
}

/** The values (totals and categories) of the profile's indicators for one unit. */
export async function profileObservationsOf(ctx: Context, municipalityId: string): Promise<ProfileObservation[]> {
  const roles = await profileRoles(ctx);
  const indicatorIds = [...new Set(Object.values(roles))];
  if (indicatorIds.length === 0) return [];
  const batcher = perRequest(
    ctx,
    'profile-observations',
    () =>
      new Batcher<string, ProfileObservation[]>(async (municipalityIds) => {
        const rows = await ctx.db.read<ProfileObservation & { municipalityId: string }>(
          `SELECT "indicatorId", "municipalityId", year, value, "disaggregationKey" FROM "Observation"
            WHERE "indicatorId" = ANY($1) AND "municipalityId" = ANY($2)`,
          [indicatorIds, [...municipalityIds]],
        );
        return groupBy(rows, (row) => row.municipalityId);
      }, () => []),
  );
  return batcher.load(municipalityId);
}
