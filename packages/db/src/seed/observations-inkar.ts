// INKAR values of the six units (data/inkar/SOURCE.md): first the 1,499 values of the SDG indicators for
// municipalities, then all 15,053 INKAR values; the second file contains the first, so its SDG rows are
// counted as unchanged.
import { findRegionUnitByKreisKey } from '@atlas/domain';
import dictionaryFile from './data/inkar/indicator-dictionary.json' with { type: 'json' };
import { inkarIndicatorKey } from './indicators-structure.js';
import { addCounts, writeSourceFile } from './observation-writer.js';
import type { SourceFileValues } from './observation-writer.js';
import { loadBergischesLand } from './region.js';
import type { BergischesLand } from './region.js';
import { parsePlainCsv, readSeedDataFile } from './seed-data.js';
import type { SeedCounts, SeedStep, SeedTransaction } from './seed-step.js';

const dictionaryById = new Map(dictionaryFile.map((entry) => [entry.indicator_id, entry]));

/** One value as the two INKAR files hold it. */
export interface InkarValue {
  line: number;
  indicatorId: string;
  indicatorKey: string;
  kreisKey: string;
  period: string;
  value: string;
}

export function readSdgKommunenValues(): InkarValue[] {
  const fileName = 'inkar/sdg-kommunen-values.csv';
  return parsePlainCsv(readSeedDataFile(fileName), fileName).map((row, index) => ({
    line: index + 2,
    indicatorId: field(row, 'indicator_id', fileName, index),
    indicatorKey: field(row, 'sdg_kommunen_id', fileName, index),
    kreisKey: field(row, 'ags5', fileName, index),
    period: field(row, 'year', fileName, index),
    value: field(row, 'value', fileName, index),
  }));
}

export function readInkarValues(): InkarValue[] {
  const fileName = 'inkar/values.csv.gz';
  return parsePlainCsv(readSeedDataFile(fileName), fileName).map((row, index) => {
    const indicatorId = field(row, 'indicator_id', fileName, index);
    const entry = dictionaryById.get(indicatorId);
    if (!entry) throw new Error(`${fileName} line ${index + 2}: indicator "${indicatorId}" is not in the INKAR dictionary`);
    return {
      line: index + 2,
      indicatorId,
      indicatorKey: inkarIndicatorKey(entry),
      kreisKey: field(row, 'ags5', fileName, index),
      period: field(row, 'year', fileName, index),
      value: field(row, 'value', fileName, index),
    };
  });
}

/** The year of an INKAR period: "2019" → 2019; a span of years "2016/2017/2018" → its last year. */
export function yearOfInkarPeriod(period: string): number | undefined {
  if (!/^\d{4}(\/\d{4})*$/.test(period)) return undefined;
  return Number(period.slice(-4));
}

function field(row: Record<string, string>, column: string, fileName: string, index: number): string {
  const value = row[column];
  if (!value) throw new Error(`${fileName} line ${index + 2}: column ${column} is empty`);
  return value;
}

function toSourceFile(
  fileName: string,
  values: readonly InkarValue[],
  region: BergischesLand,
  indicatorIdByKey: ReadonlyMap<string, string>,
): SourceFileValues {
  const observations = values.map((row) => {
    const where = `${fileName} line ${row.line}`;
    const indicatorId = indicatorIdByKey.get(row.indicatorKey);
    if (!indicatorId) throw new Error(`${where}: indicator "${row.indicatorKey}" is not in the catalogue`);
    const unit = findRegionUnitByKreisKey(row.kreisKey);
    if (!unit) throw new Error(`${where}: ags5 ${row.kreisKey} is not a unit of the Bergisches Land`);
    const year = yearOfInkarPeriod(row.period);
    if (year === undefined) throw new Error(`${where}: year "${row.period}" is not a year or a span of years`);
    const value = Number(row.value);
    if (!Number.isFinite(value)) throw new Error(`${where}: value "${row.value}" is not a number`);
    // "INKAR 2024 (RegioHub/inkr 0.2.x)" → "INKAR 2024"
    const release = /^INKAR \d{4}/.exec(dictionaryById.get(row.indicatorId)?.inkar_release ?? '')?.[0] ?? 'INKAR';
    return {
      indicatorId,
      municipalityId: region.municipalityId(unit.ags),
      year,
      value,
      disaggregation: {},
      disaggregationKey: '',
      status: 'FINAL' as const,
      source: `${release}, BBSR Bonn (Indikator ${row.indicatorId})`,
    };
  });
  return {
    regionId: region.regionId,
    fileName,
    format: 'seed-csv',
    source: 'INKAR, BBSR Bonn',
    rowsRead: values.length,
    rowsSkipped: 0,
    observations,
    references: [],
  };
}

async function indicatorIds(tx: SeedTransaction, keys: Iterable<string>): Promise<Map<string, string>> {
  const rows = await tx.indicator.findMany({ where: { key: { in: [...new Set(keys)] } }, select: { id: true, key: true } });
  return new Map(rows.map((row) => [row.key, row.id]));
}

export const inkarObservationsStep: SeedStep = {
  key: 'observations-inkar@1',
  description: 'INKAR values 1995–2022 of the six units: SDG indicators for municipalities and structural indicators',
  async apply(tx) {
    const region = await loadBergischesLand(tx);
    const sdgValues = readSdgKommunenValues();
    const allValues = readInkarValues();
    const ids = await indicatorIds(tx, [...sdgValues, ...allValues].map((row) => row.indicatorKey));
    const counts: SeedCounts = {};
    addCounts(counts, await writeSourceFile(tx, toSourceFile('inkar/sdg-kommunen-values.csv', sdgValues, region, ids)));
    addCounts(counts, await writeSourceFile(tx, toSourceFile('inkar/values.csv.gz', allValues, region, ids)));
    return counts;
  },
};
