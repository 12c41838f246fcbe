// Key figures of a city or district from the structural indicators, when the catalogue holds them.
// Which indicator is which is decided here, by key or by the GENESIS table it is imported from.
import { parseAgeGroupCode, parseDisaggregationKey } from '@atlas/domain';

export interface ProfileIndicatorRow {
  id: string;
  key: string;
  genesisTable: string | null;
  genesisColumn: string | null;
}

export interface ProfileObservation {
  indicatorId: string;
  year: number;
  value: number;
  disaggregationKey: string;
}

interface Matcher {
  keys: readonly string[];
  genesis?: { table: string; column?: RegExp };
}

/** The structural indicators a profile reads. A key match wins over a GENESIS table match. */
export const profileIndicators = {
  population: { keys: ['population'] },
  ageGroups: { keys: ['population_by_age'] },
  area: { keys: ['area', 'area_km2'], genesis: { table: '11111-01-01-4' } },
  commutersIn: { keys: ['commuters_in', 'inbound_commuters'], genesis: { table: '13111-09-01-4', column: /einpendler/i } },
  commutersOut: { keys: ['commuters_out', 'outbound_commuters'], genesis: { table: '13111-09-01-4', column: /auspendler/i } },
  commuterBalance: { keys: ['commuter_balance'], genesis: { table: '13111-09-01-4', column: /saldo/i } },
} satisfies Record<string, Matcher>;

export type ProfileRole = keyof typeof profileIndicators;

export const profileIndicatorKeys = Object.values(profileIndicators).flatMap((matcher: Matcher) => matcher.keys);
export const profileGenesisTables = [
  ...new Set(Object.values(profileIndicators).flatMap((matcher: Matcher) => (matcher.genesis ? [matcher.genesis.table] : []))),
];

/** The indicator that plays each role, among the candidates loaded by key or GENESIS table. */
export function assignProfileRoles(indicators: readonly ProfileIndicatorRow[]): Partial<Record<ProfileRole, string>> {
  const roles: Partial<Record<ProfileRole, string>> = {};
  for (const [role, matcher] of Object.entries(profileIndicators) as Array<[ProfileRole, Matcher]>) {
    const byKey = matcher.keys.map((key) => indicators.find((row) => row.key === key)).find((row) => row !== undefined);
    const genesis = matcher.genesis;
    const byTable = genesis
      ? indicators.find(
          (row) => row.genesisTable === genesis.table && (!genesis.column || genesis.column.test(row.genesisColumn ?? '')),
        )
      : undefined;
    const match = byKey ?? byTable;
    if (match) roles[role] = match.id;
  }
  return roles;
}

export interface AgeGroupShareData {
  code: string;
  value: number;
  /** Share of the sum of all groups, 0–1. */
  share: number;
}

export interface CommutersData {
  year: number;
  inbound: number;
  outbound: number;
  /** Inbound minus outbound: positive when more people commute in than out. */
  balance: number;
}

export interface ProfileData {
  population: number | null;
  populationYear: number | null;
  areaKm2: number | null;
  density: number | null;
  ageStructureYear: number | null;
  ageStructure: AgeGroupShareData[];
  commuters: CommutersData | null;
}

export interface ProfileInput {
  roles: Partial<Record<ProfileRole, string>>;
  observations: readonly ProfileObservation[];
  /** The columns of the Municipality row: the census population and area. */
  municipality: { population: number | null; populationDate: Date | null; areaKm2: number | null };
}

/** The profile of one unit; every part is null (or empty) when its data is absent. */
export function buildProfile(input: ProfileInput): ProfileData {
  const totals = (role: ProfileRole) =>
    input.observations
      .filter((row) => row.indicatorId === input.roles[role] && row.disaggregationKey === '')
      .sort((a, b) => a.year - b.year);

  const populationSeries = totals('population').at(-1);
  const censusYear = input.municipality.populationDate?.getUTCFullYear() ?? null;
  const useCensus =
    input.municipality.population != null && (!populationSeries || (censusYear !== null && censusYear >= populationSeries.year));
  const population = useCensus ? input.municipality.population : (populationSeries?.value ?? null);
  const populationYear = useCensus ? censusYear : (populationSeries?.year ?? null);

  const areaKm2 = input.municipality.areaKm2 ?? totals('area').at(-1)?.value ?? null;
  const density = population != null && areaKm2 ? Math.round(population / areaKm2) : null;

  const ages = ageStructure(input.observations.filter((row) => row.indicatorId === input.roles.ageGroups));
  return { population, populationYear, areaKm2, density, ...ages, commuters: commuters(totals) };
}

function ageStructure(rows: readonly ProfileObservation[]): Pick<ProfileData, 'ageStructure' | 'ageStructureYear'> {
  const groups = rows.flatMap((row) => {
    const parts = parseDisaggregationKey(row.disaggregationKey);
    const group = Object.keys(parts).length === 1 && parts.age ? parseAgeGroupCode(parts.age) : undefined;
    return group ? [{ ...row, group }] : [];
  });
  const year = Math.max(...groups.map((row) => row.year));
  const latest = groups.filter((row) => row.year === year).sort((a, b) => a.group.fromYears - b.group.fromYears);
  if (latest.length === 0) return { ageStructure: [], ageStructureYear: null };
  const sum = latest.reduce((total, row) => total + row.value, 0);
  return {
    ageStructureYear: year,
    ageStructure: latest.map((row) => ({ code: row.group.code, value: row.value, share: sum > 0 ? row.value / sum : 0 })),
  };
}

function commuters(totals: (role: ProfileRole) => ProfileObservation[]): CommutersData | null {
  const inbound = new Map(totals('commutersIn').map((row) => [row.year, row.value]));
  const outbound = new Map(totals('commutersOut').map((row) => [row.year, row.value]));
  const balance = new Map(totals('commuterBalance').map((row) => [row.year, row.value]));
  const years = [...inbound.keys()].filter((year) => outbound.has(year)).sort((a, b) => a - b);
  const year = years.at(-1);
  if (year === undefined) return null;
  const inValue = inbound.get(year) ?? 0;
  const outValue = outbound.get(year) ?? 0;
  return { year, inbound: inValue, outbound: outValue, balance: balance.get(year) ?? inValue - outValue };
}
