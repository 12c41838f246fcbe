import { bergischesLandRegion, bergischesLandUnits } from '@atlas/domain';
import type { SeedStep, SeedTransaction } from './seed-step.js';

/** The first region and its four cities and two districts (packages/domain/data/region/units.json). */
export const bergischesLandStep: SeedStep = {
  key: 'region-bergisches-land@1',
  description: 'Region Bergisches Land with Wuppertal, Solingen, Remscheid, Leverkusen and two districts',
  async apply(tx) {
    const existing = await tx.region.findUnique({ where: { slug: bergischesLandRegion.slug } });
    // The first region of an installation is its default; never take the flag from a region set up before.
    const hasDefault = (await tx.region.count({ where: { isDefault: true } })) > 0;
    const region =
      existing ??
      (await tx.region.create({ data: { ...bergischesLandRegion, isDefault: !hasDefault } }));
    const municipalities = await tx.municipality.createMany({
      data: bergischesLandUnits.map((unit) => ({
        regionId: region.id,
        ags: unit.ags,
        name: unit.name,
        officialName: unit.officialName,
        kind: unit.kind,
        nuts3: unit.nuts3,
        population: unit.population,
        populationDate: new Date(unit.populationDate),
        areaKm2: unit.areaKm2,
        source: unit.source,
      })),
      skipDuplicates: true,
    });
    return { region: existing ? 0 : 1, municipality: municipalities.count };
  },
};

/** The region and its units by AGS, for steps that build on this one. */
export async function loadBergischesLand(tx: SeedTransaction) {
  const region = await tx.region.findUnique({
    where: { slug: bergischesLandRegion.slug },
    include: { municipalities: { select: { id: true, ags: true } } },
  });
  if (!region) throw new Error(`Region ${bergischesLandRegion.slug} is missing: apply ${bergischesLandStep.key} first`);
  const municipalityIdByAgs = new Map(region.municipalities.map((m) => [m.ags, m.id]));
  return {
    regionId: region.id,
    municipalityId(ags: string): string {
      const id = municipalityIdByAgs.get(ags);
      if (!id) throw new Error(`Municipality ${ags} is missing in region ${bergischesLandRegion.slug}`);
      return id;
    },
  };
}

export type BergischesLand = Awaited<ReturnType<typeof loadBergischesLand>>;
