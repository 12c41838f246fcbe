import { describe, expect, it } from 'vitest';
import { chooseTarget, type TargetCandidate } from './target-choice.js';

const target = (scope: TargetCandidate['scope'], year: number, ids: Partial<TargetCandidate> = {}) => ({
  scope,
  year,
  municipalityId: null,
  regionId: null,
  ...ids,
});

describe('chooseTarget', () => {
  const national2030 = target('COUNTRY', 2030);
  const national2050 = target('COUNTRY', 2050);
  const region2030 = target('REGION', 2030, { regionId: 'r1' });
  const otherRegion = target('REGION', 2025, { regionId: 'r2' });
  const wuppertal = target('MUNICIPALITY', 2035, { municipalityId: 'm1', regionId: null });
  const all = [national2050, national2030, region2030, otherRegion, wuppertal];

  it("prefers the unit's own target, then the region's, then the national one", () => {
    expect(chooseTarget(all, { scope: 'MUNICIPALITY', municipalityId: 'm1', regionId: 'r1' }, 2020)).toBe(wuppertal);
    expect(chooseTarget(all, { scope: 'MUNICIPALITY', municipalityId: 'm2', regionId: 'r1' }, 2020)).toBe(region2030);
    expect(chooseTarget(all, { scope: 'MUNICIPALITY', municipalityId: 'm2', regionId: 'r3' }, 2020)).toBe(national2030);
    expect(chooseTarget(all, { scope: 'REGION', regionId: 'r2' }, 2020)).toBe(otherRegion);
    expect(chooseTarget(all, { scope: 'COUNTRY' }, 2020)).toBe(national2030);
  });

  it('takes the next target year not before the latest data year, else the last one', () => {
    const country = { scope: 'COUNTRY' } as const;
    expect(chooseTarget(all, country, 2030)).toBe(national2030);
    expect(chooseTarget(all, country, 2031)).toBe(national2050);
    expect(chooseTarget(all, country, 2060)).toBe(national2050);
    expect(chooseTarget(all, country, null)).toBe(national2030);
  });

  it('is null without a target', () => {
    expect(chooseTarget([], { scope: 'COUNTRY' }, 2020)).toBeNull();
    expect(chooseTarget([otherRegion], { scope: 'REGION', regionId: 'r1' }, 2020)).toBeNull();
  });
});
