// Who may see and change which recommendations. Drafts and archived recommendations belong to the
// staff of their region; everybody else (the public, partners) sees the rest.
import { Forbidden, Unauthenticated } from '@atlas/domain';
import type { UserRole } from '@atlas/domain';
import type { Prisma } from '../generated/prisma/client.js';

/** The signed-in person as far as access rules care. */
export interface Editor {
  userId: string;
  role: UserRole;
  /** Null: an ADMIN of every region. */
  regionId: string | null;
}

export function isStaffRole(role: UserRole | null | undefined): boolean {
  return role === 'STAFF' || role === 'ADMIN';
}

/** Staff and admins of the region, and admins without a region, may change its recommendations. */
export function canEditRegion(viewer: Editor | null, regionId: string): boolean {
  if (!viewer || !isStaffRole(viewer.role)) return false;
  return viewer.regionId === null ? viewer.role === 'ADMIN' : viewer.regionId === regionId;
}

export function assertCanEdit(viewer: Editor | null, regionId: string): asserts viewer is Editor {
  if (!viewer) throw new Unauthenticated();
  if (!canEditRegion(viewer, regionId)) {
    throw new Forbidden({
      de: 'Empfehlungen dürfen nur Mitarbeitende der Regionalstelle dieser Region ändern',
      en: 'Only staff of this region may change its recommendations',
    });
  }
}

/**
 * The recommendations a viewer may read: everything public (not a draft, not archived), plus, for
 * staff, the drafts of their own region (and its archived ones when asked for).
 */
export function visibleRecommendations(viewer: Editor | null, options: { includeArchived?: boolean } = {}): Prisma.RecommendationWhereInput {
  const publicOnes: Prisma.RecommendationWhereInput = { status: { not: 'DRAFT' }, archivedAt: null };
  if (!viewer || !isStaffRole(viewer.role)) return publicOnes;
  const ownRegion: Prisma.RecommendationWhereInput =
    viewer.regionId === null ? (viewer.role === 'ADMIN' ? {} : { id: { in: [] } }) : { regionId: viewer.regionId };
  const own: Prisma.RecommendationWhereInput = options.includeArchived ? ownRegion : { AND: [ownRegion, { archivedAt: null }] };
  return { OR: [publicOnes, own] };
}
