// The two requests the benchmark times, each twice: as GraphQL over HTTP, and as the same data
// fetched by hand-written SQL through `db.query` with the same progress maths applied — the
// baseline the GraphQL layer (HTTP, Apollo, Pothos, Prisma) is compared with.
import type { Database } from '@atlas/db';
import { cleanSeries } from '@atlas/domain';
import type { Aggregation, Polarity } from '@atlas/domain';
import { assess } from '../indicators/assessment.js';
import { buildProfile, profileIndicatorKeys, assignProfileRoles } from '../indicators/profile-data.js';
import { regionalSeries } from '../indicators/region-value.js';
import { chooseTarget } from '../indicators/target-choice.js';
import { trendOf } from '../indicators/trend.js';

export const municipalityProfileQuery = `query ($ags: String!) { municipality(ags: $ags) { name
  profile { population areaKm2 density ageStructure { code value share } commuters { year inbound outbound balance } }
  indicators { indicator { key title unit decimals polarity } latest { year value } sparkline { year value }
    trend { direction assessment } progress { openSdg { status } dnsWeather { status } } }
  goals { goal { number } indicatorCount statusCounts { status count } }
} }`;

export const indicatorSeriesQuery = `query ($key: String!) { indicator(key: $key) { key title unit
  series(includeRegion: true, includeReferences: true) { unitKind ags name computed points { year value }
    progress { openSdg { status } dnsWeather { status } } }
} }`;

type TargetSql = {
  indicatorId: string;
  scope: 'MUNICIPALITY' | 'REGION' | 'COUNTRY';
  municipalityId: string | null;
  regionId: string | null;
  value: number;
  year: number;
};

const targetColumns = '"indicatorId", scope, "municipalityId", "regionId", value, year';

/** Wuppertal's profile and indicators by hand-written SQL. */
export async function municipalityProfileBySql(db: Database, ags: string): Promise<string> {
  const [unit] = await db.query<{ id: string; name: string; regionId: string; population: number | null; populationDate: Date | null; areaKm2: number | null }>(
    'SELECT id, name, "regionId", population, "populationDate", "areaKm2" FROM "Municipality" WHERE ags = $1',
    [ags],
  );
  if (!unit) throw new Error(`no unit ${ags}`);
  const rows = await db.query<{ id: string; key: string; titleDe: string; unitDe: string; decimals: number; polarity: Polarity; year: number; value: number }>(
    `SELECT i.id, i.key, i."titleDe", i."unitDe", i.decimals, i.polarity, o.year, o.value
       FROM "Observation" o JOIN "Indicator" i ON i.id = o."indicatorId"
      WHERE o."municipalityId" = $1 AND o."disaggregationKey" = ''
      ORDER BY i.topic, i.key, o.year`,
    [unit.id],
  );
  const indicatorIds = [...new Set(rows.map((row) => row.id))];
  const [goals, targets, profileIndicators] = await Promise.all([
    db.query<{ indicatorId: string; goalNumber: number }>(
      'SELECT "indicatorId", "goalNumber" FROM "IndicatorSdgGoal" WHERE "indicatorId" = ANY($1) ORDER BY "goalNumber"',
      [indicatorIds],
    ),
    db.query<TargetSql>(`SELECT ${targetColumns} FROM "IndicatorTarget" WHERE "indicatorId" = ANY($1)`, [indicatorIds]),
    db.query<{ id: string; key: string; genesisTable: string | null; genesisColumn: string | null }>(
      'SELECT id, key, "genesisTable", "genesisColumn" FROM "Indicator" WHERE key = ANY($1) OR "genesisTable" = ANY($2)',
      [profileIndicatorKeys, ['11111-01-01-4', '13111-09-01-4']],
    ),
  ]);
  const roles = assignProfileRoles(profileIndicators);
  const profileObservations = await db.query<{ indicatorId: string; year: number; value: number; disaggregationKey: string }>(
    'SELECT "indicatorId", year, value, "disaggregationKey" FROM "Observation" WHERE "municipalityId" = $1 AND "indicatorId" = ANY($2)',
    [unit.id, Object.values(roles)],
  );

  const statusesByGoal = new Map<number, Map<string, number>>();
  const indicators = indicatorIds.flatMap((id) => {
    const points = rows.filter((row) => row.id === id);
    const first = points[0];
    if (!first) return [];
    const series = cleanSeries(points).points;
    const target = chooseTarget(
      targets.filter((t) => t.indicatorId === id),
      { scope: 'MUNICIPALITY', municipalityId: unit.id, regionId: unit.regionId },
      series.at(-1)?.year ?? null,
    );
    const progress = assess(series, first.polarity, target);
    for (const goal of goals.filter((g) => g.indicatorId === id)) {
      const counts = statusesByGoal.get(goal.goalNumber) ?? new Map<string, number>();
      counts.set(progress.openSdg.status, (counts.get(progress.openSdg.status) ?? 0) + 1);
      statusesByGoal.set(goal.goalNumber, counts);
    }
    const latest = series.at(-1);
    return {
      indicator: { key: first.key, title: first.titleDe, unit: first.unitDe, decimals: first.decimals, polarity: first.polarity },
      latest,
      sparkline: latest ? series.filter((p) => p.year > latest.year - 10) : [],
      trend: trendOf(series, first.polarity),
      progress: { openSdg: { status: progress.openSdg.status }, dnsWeather: { status: progress.dnsWeather.status } },
    };
  });
  return JSON.stringify({
    data: {
      municipality: {
        name: unit.name,
        profile: buildProfile({ roles, observations: profileObservations, municipality: unit }),
        indicators,
        goals: [...statusesByGoal.entries()].map(([goal, counts]) => ({ goal, counts: [...counts.entries()] })),
      },
    },
  });
}

/** One indicator's series for the region's units, the region and the references by hand-written SQL. */
export async function indicatorSeriesBySql(db: Database, key: string): Promise<string> {
  const [indicator] = await db.query<{ id: string; key: string; titleDe: string; unitDe: string; polarity: Polarity; aggregation: Aggregation }>(
    'SELECT id, key, "titleDe", "unitDe", polarity, aggregation FROM "Indicator" WHERE key = $1',
    [key],
  );
  if (!indicator) throw new Error(`no indicator ${key}`);
  const units = await db.query<{ id: string; ags: string; name: string; population: number | null; regionId: string; regionName: string }>(
    `SELECT m.id, m.ags, m.name, m.population, m."regionId", r."nameDe" AS "regionName"
       FROM "Municipality" m JOIN "Region" r ON r.id = m."regionId"
      WHERE r."isDefault" AND m."parentId" IS NULL ORDER BY m.kind, m.name`,
  );
  const unitIds = units.map((unit) => unit.id);
  const [observations, references, targets, populations] = await Promise.all([
    db.query<{ municipalityId: string; year: number; value: number; isDemo: boolean }>(
      `SELECT "municipalityId", year, value, "isDemo" FROM "Observation"
        WHERE "indicatorId" = $1 AND "municipalityId" = ANY($2) AND "disaggregationKey" = '' ORDER BY year`,
      [indicator.id, unitIds],
    ),
    db.query<{ area: string; year: number; value: number }>(
      `SELECT area, year, value FROM "ReferenceObservation" WHERE "indicatorId" = $1 AND "disaggregationKey" = '' ORDER BY year`,
      [indicator.id],
    ),
    db.query<TargetSql>(`SELECT ${targetColumns} FROM "IndicatorTarget" WHERE "indicatorId" = $1`, [indicator.id]),
    indicator.aggregation === 'POPULATION_WEIGHTED_MEAN'
      ? db.query<{ municipalityId: string; year: number; value: number }>(
          `SELECT o."municipalityId", o.year, o.value FROM "Observation" o JOIN "Indicator" i ON i.id = o."indicatorId"
            WHERE i.key = 'population' AND o."municipalityId" = ANY($1) AND o."disaggregationKey" = ''`,
          [unitIds],
        )
      : Promise.resolve([]),
  ]);
  const withProgress = (name: string, points: Array<{ year: number; value: number }>, unit: Parameters<typeof chooseTarget>[1]) => {
    const target = chooseTarget(targets, unit, points.at(-1)?.year ?? null);
    const progress = assess(points, indicator.polarity, target);
    return { name, points, progress: { openSdg: progress.openSdg.status, dnsWeather: progress.dnsWeather.status } };
  };
  const series = units.map((unit) =>
    withProgress(
      unit.name,
      observations.filter((o) => o.municipalityId === unit.id),
      { scope: 'MUNICIPALITY', municipalityId: unit.id, regionId: unit.regionId },
    ),
  );
  const region = regionalSeries({
    rule: indicator.aggregation,
    unitIds,
    values: observations.map((o) => ({ ...o, unitId: o.municipalityId })),
    populations: populations.map((p) => ({ unitId: p.municipalityId, year: p.year, population: p.value })),
    fallbackPopulations: Object.fromEntries(units.flatMap((u) => (u.population == null ? [] : [[u.id, u.population]]))),
  });
  const regionId = units[0]?.regionId ?? '';
  if (region) series.push(withProgress(units[0]?.regionName ?? '', region, { scope: 'REGION', regionId }));
  for (const area of ['GERMANY', 'NRW']) {
    const points = references.filter((r) => r.area === area);
    if (points.length > 0) series.push(withProgress(area, points, { scope: 'COUNTRY' }));
  }
  return JSON.stringify({ data: { indicator: { key: indicator.key, title: indicator.titleDe, unit: indicator.unitDe, series } } });
}

/** The indicator the series benchmark uses: the municipal SDG indicator with the most values, else any. */
export async function busiestIndicator(db: Database): Promise<string> {
  const [row] = await db.query<{ key: string }>(
    `SELECT i.key FROM "Indicator" i JOIN "Observation" o ON o."indicatorId" = i.id AND o."disaggregationKey" = ''
      GROUP BY i.key, i.topic ORDER BY (i.topic = 'SDG_MUNICIPAL') DESC, count(*) DESC, i.key LIMIT 1`,
  );
  if (!row) throw new Error('the seeded database holds no observations');
  return row.key;
}
