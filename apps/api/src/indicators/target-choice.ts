// Which of an indicator's targets applies to a unit. Pure.
import type { TargetScope } from '@atlas/domain';

export interface TargetCandidate {
  scope: TargetScope;
  municipalityId: string | null;
  regionId: string | null;
  year: number;
}

/** The unit a progress assessment is for. */
export type TargetUnit =
  | { scope: 'MUNICIPALITY'; municipalityId: string; regionId: string }
  | { scope: 'REGION'; regionId: string }
  | { scope: 'COUNTRY' };

/**
 * The target that applies to `unit`: its own target first (a municipality's, the region's), then
 * the region's for a municipality, then the national target as a benchmark. Among several targets
 * of that scope, the earliest target year not before the latest data year (as the DNS rates against
 * the next target year); when all lie before it, the latest one. Null when there is none.
 */
export function chooseTarget<Target extends TargetCandidate>(
  targets: readonly Target[],
  unit: TargetUnit,
  latestYear: number | null,
): Target | null {
  for (const applies of scopeOrder(unit)) {
    const candidates = targets.filter(applies).sort((a, b) => a.year - b.year);
    if (candidates.length === 0) continue;
    const upcoming = latestYear === null ? candidates[0] : candidates.find((target) => target.year >= latestYear);
    return upcoming ?? candidates.at(-1) ?? null;
  }
  return null;
}

function scopeOrder(unit: TargetUnit): Array<(target: TargetCandidate) => boolean> {
  const country = (target: TargetCandidate) => target.scope === 'COUNTRY';
  if (unit.scope === 'COUNTRY') return [country];
  const region = (target: TargetCandidate) => target.scope === 'REGION' && target.regionId === unit.regionId;
  if (unit.scope === 'REGION') return [region, country];
  const own = (target: TargetCandidate) => target.scope === 'MUNICIPALITY' && target.municipalityId === unit.municipalityId;
  return [own, region, country];
}
