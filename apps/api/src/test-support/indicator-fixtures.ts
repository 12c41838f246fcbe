// Indicators, observations and targets made by hand in a test database, so the API tests do not
// depend on what the seed holds. Values are chosen so expectations can be computed by hand.
import type { Aggregation, Polarity } from '@atlas/domain';
import type { PrismaClient } from '@atlas/db';

export const UNIT_AGS = ['05124000', '05122000', '05120000', '05316000', '05374000', '05378000'] as const;

export interface FixtureIndicator {
  key: string;
  polarity: Polarity;
  aggregation: Aggregation;
  goals: number[];
  targets?: string[];
  topic?: 'SDG_MUNICIPAL' | 'SUSTAINABILITY_STRATEGY' | 'STRUCTURE';
  titleDe?: string;
  titleEn?: string;
  /** Values by AGS, then year. */
  values: Record<string, Record<number, number>>;
}

export async function createIndicators(prisma: PrismaClient, indicators: readonly FixtureIndicator[]): Promise<Map<string, string>> {
  const municipalities = await prisma.municipality.findMany({ select: { id: true, ags: true } });
  const idOf = new Map(municipalities.map((m) => [m.ags, m.id]));
  const ids = new Map<string, string>();
  for (const fixture of indicators) {
    const indicator = await prisma.indicator.create({
      data: {
        key: fixture.key,
        topic: fixture.topic ?? 'SDG_MUNICIPAL',
        titleDe: fixture.titleDe ?? `Testindikator ${fixture.key}`,
        titleEn: fixture.titleEn ?? `Test indicator ${fixture.key}`,
        unitDe: 'Prozent',
        unitEn: 'per cent',
        decimals: 1,
        polarity: fixture.polarity,
        aggregation: fixture.aggregation,
        sourceName: 'Test',
        goals: { create: fixture.goals.map((goalNumber) => ({ goalNumber })) },
        targets: { create: (fixture.targets ?? []).map((targetCode) => ({ targetCode })) },
      },
    });
    ids.set(fixture.key, indicator.id);
    await prisma.observation.createMany({
      data: Object.entries(fixture.values).flatMap(([ags, byYear]) =>
        Object.entries(byYear).map(([year, value]) => {
          const municipalityId = idOf.get(ags);
          if (!municipalityId) throw new Error(`fixture ${fixture.key}: unknown AGS ${ags}`);
          return { indicatorId: indicator.id, municipalityId, year: Number(year), value };
        }),
      ),
    });
  }
  return ids;
}

/** The same values for every unit, scaled by the unit's position: unit i has base × (i + 1). */
export function valuesForAllUnits(byYear: Record<number, number>, units: readonly string[] = UNIT_AGS): Record<string, Record<number, number>> {
  return Object.fromEntries(
    units.map((ags, index) => [ags, Object.fromEntries(Object.entries(byYear).map(([year, value]) => [year, value * (index + 1)]))]),
  );
}
