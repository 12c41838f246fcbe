// What the import tests need in an empty, migrated database: the Bergisches Land with its six units and
// the indicators the fixtures use. Created here, not by the seed, so the tests do not depend on the
// seeded catalogue.
import { bergischesLandRegion, bergischesLandUnits } from '@atlas/domain';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';

const common = {
  topic: 'STRUCTURE',
  unitDe: 'Jahre',
  unitEn: 'years',
  polarity: 'NEUTRAL',
  sourceName: 'Test',
} as const;

export const importTestIndicators = {
  rate: { ...common, key: 'import_test_rate', titleDe: 'Testquote', titleEn: 'Test rate', unitDe: '%', unitEn: '%' },
  averageAge: {
    ...common,
    key: 'import_test_average_age',
    titleDe: 'Durchschnittsalter',
    titleEn: 'Average age',
    genesisTable: '12411-07-01-4',
    genesisColumn: 'Durchschnittsalter der Bevölkerung',
  },
  averageAgeFfcsv: {
    ...common,
    key: 'import_test_average_age_ffcsv',
    titleDe: 'Durchschnittsalter (ffcsv)',
    titleEn: 'Average age (ffcsv)',
    genesisTable: '12411-9999',
    genesisColumn: 'BEVSTD',
  },
} satisfies Record<string, Prisma.IndicatorCreateInput>;

export async function createImportTestData(prisma: PrismaClient): Promise<void> {
  const region = await prisma.region.create({ data: { ...bergischesLandRegion, isDefault: true } });
  await prisma.municipality.createMany({
    data: bergischesLandUnits.map((unit) => ({
      regionId: region.id,
      ags: unit.ags,
      name: unit.name,
      officialName: unit.officialName,
      kind: unit.kind,
    })),
  });
  await prisma.indicator.createMany({ data: Object.values(importTestIndicators) });
}
