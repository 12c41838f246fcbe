// A partner key (or partner account) bound to one region reads that region's process and network
// records only: its actors, links, events, participations, findings, recommendations, agreements,
// circles, reports, partnerships and publications. The statistics (municipalities, indicators,
// observations, targets) and the SDG catalogue are open data shared by every region and stay
// readable. Staff are bound by their own rules (their region's drafts and personal data) elsewhere.
//
// The binding is applied to the Prisma client of the request rather than to each resolver, so a new
// list or node lookup of a region-owned model cannot forget it: every top-level read of such a model
// through `ctx.prisma` gets the region's condition. Relations loaded below a visible record are that
// record's own (an actor of the region and its links), so they are not filtered again. Raw SQL does
// not pass through the extension: the search takes the region as an option of its own.
import type { PrismaClient } from '@atlas/db';
import type { Principal } from '../context.js';

/** How each region-owned model reaches its region, as a Prisma where fragment. */
const regionOf: Record<string, (regionId: string) => Record<string, unknown>> = {
  Actor: (regionId) => ({ regionId }),
  ActorLink: (regionId) => ({ fromActor: { regionId } }),
  Event: (regionId) => ({ regionId }),
  Participation: (regionId) => ({ event: { regionId } }),
  Finding: (regionId) => ({ regionId }),
  Recommendation: (regionId) => ({ regionId }),
  RecommendationChange: (regionId) => ({ recommendation: { regionId } }),
  Agreement: (regionId) => ({ regionId }),
  InitiativeCircle: (regionId) => ({ regionId }),
  CircleReport: (regionId) => ({ circle: { regionId } }),
  Partnership: (regionId) => ({ regionId }),
  Publication: (regionId) => ({ regionId }),
};

/** The operations that read rows and take a `where`; writes are refused to partners anyway. */
const readOperations = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow', 'count', 'aggregate', 'groupBy']);

/** The region a partner principal is bound to; null when it reads every region or is not a partner. */
export function boundRegionId(principal: Principal | null): string | null {
  return principal?.role === 'PARTNER' ? principal.regionId : null;
}

/** True for the models the binding filters (exported for the test that keeps the list complete). */
export const regionBoundModels: readonly string[] = Object.keys(regionOf);

/** One extended client per shared client and region: the extension depends on nothing else. */
const boundClients = new WeakMap<PrismaClient, Map<string, PrismaClient>>();

/**
 * The request's client for a principal: the shared client itself, or for a region-bound partner a
 * client extended with the region's condition (Prisma's documented way to bind a client to one
 * user's filter), made once per region rather than on every request.
 */
export function clientFor(prisma: PrismaClient, principal: Principal | null): PrismaClient {
  const regionId = boundRegionId(principal);
  if (regionId === null) return prisma;
  let byRegion = boundClients.get(prisma);
  if (!byRegion) boundClients.set(prisma, (byRegion = new Map()));
  let bound = byRegion.get(regionId);
  if (!bound) byRegion.set(regionId, (bound = bindToRegion(prisma, regionId)));
  return bound;
}

function bindToRegion(prisma: PrismaClient, regionId: string): PrismaClient {
  const extended = prisma.$extends({
    name: 'atlas-region-binding',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          const condition = regionOf[model];
          if (!condition || !readOperations.has(operation)) return query(args);
          const where = (args as { where?: Record<string, unknown> }).where ?? {};
          const and = Array.isArray(where.AND) ? where.AND : where.AND ? [where.AND] : [];
          // Unique fields stay at the top level of `where`, so findUnique keeps working.
          return query({ ...args, where: { ...where, AND: [...and, condition(regionId)] } } as typeof args);
        },
      },
    },
  });
  // The query extension changes which rows come back, not the client's shape or types.
  return extended as unknown as PrismaClient;
}
