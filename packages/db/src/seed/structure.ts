// Two structural indicators with real values from the Regionaldatenbank (see data/SOURCE.md).
// Population is context, not a goal in itself (polarity NEUTRAL), so neither indicator is linked to an
// SDG goal: linking it to SDG 11 would suggest that growth or decline is progress.
import { ageGroupCodeFromGenesisLabel, disaggregationKey, findRegionUnitByKreisKey } from '@atlas/domain';
import type { ReferenceArea } from '@atlas/domain';
import type { Prisma } from '../generated/prisma/client.js';
import populationByAgeFile from './data/population-by-age.json' with { type: 'json' };
import populationFile from './data/population.json' with { type: 'json' };
import type { SeedStep, SeedCounts, SeedTransaction } from './seed-step.js';
import { loadBergischesLand } from './region.js';
import type { BergischesLand } from './region.js';

const licence = 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)';
const sourceName = 'Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland';
const sourceUrl = 'https://www.regionalstatistik.de/';

export const populationIndicator = {
  key: 'population',
  topic: 'STRUCTURE',
  titleDe: 'Bevölkerung (Jahresdurchschnitt)',
  titleEn: 'Population (annual average)',
  definitionDe: 'Durchschnittliche Zahl der Einwohnerinnen und Einwohner im Kalenderjahr.',
  definitionEn: 'Average number of inhabitants during the calendar year.',
  unitDe: 'Personen',
  unitEn: 'persons',
  decimals: 0,
  polarity: 'NEUTRAL',
  aggregation: 'SUM',
  methodDe: 'Bevölkerungsfortschreibung auf Basis des Zensus 2011 (Stand des Exports 10/2017).',
  sourceName,
  sourceUrl,
  licence,
  genesisTable: '12411-05-01-4',
  genesisColumn: 'Insgesamt',
} satisfies Prisma.IndicatorCreateInput;

export const populationByAgeIndicator = {
  key: 'population_by_age',
  topic: 'STRUCTURE',
  titleDe: 'Bevölkerung nach Altersgruppen',
  titleEn: 'Population by age group',
  definitionDe: 'Einwohnerinnen und Einwohner am 31.12. nach 17 Altersgruppen (unter 3 Jahre bis 75 Jahre und mehr).',
  definitionEn: 'Inhabitants on 31 December by 17 age groups (under 3 years to 75 years and over).',
  unitDe: 'Personen',
  unitEn: 'persons',
  decimals: 0,
  polarity: 'NEUTRAL',
  aggregation: 'SUM',
  methodDe: 'Bevölkerungsfortschreibung auf Basis des Zensus 2011, Stichtag 31.12.2015 (Stand des Exports 10/2017).',
  sourceName,
  sourceUrl,
  licence,
  genesisTable: '12411-02-03-4',
  genesisColumn: 'Insgesamt',
} satisfies Prisma.IndicatorCreateInput;

/** One value of a data file after its region code and category were resolved. */
interface StructuralValue {
  regionCode: string;
  year: number;
  disaggregation: Record<string, string>;
  value: number;
}

interface StructuralDataset {
  fileName: string;
  source: string;
  indicator: Prisma.IndicatorCreateInput;
  values: StructuralValue[];
}

const referenceAreaByRegionCode: Record<string, ReferenceArea> = { DG: 'GERMANY', '05': 'NRW' };

export const structuralDatasets: readonly StructuralDataset[] = [
  {
    fileName: 'population.json',
    source: populationFile.source,
    indicator: populationIndicator,
    values: populationFile.rows.map((row) => ({ ...row, disaggregation: {} })),
  },
  {
    fileName: 'population-by-age.json',
    source: populationByAgeFile.source,
    indicator: populationByAgeIndicator,
    values: populationByAgeFile.rows.map((row) => {
      const age = ageGroupCodeFromGenesisLabel(row.ageGroup);
      if (!age) throw new Error(`population-by-age.json: unknown age group "${row.ageGroup}"`);
      return { regionCode: row.regionCode, year: populationByAgeFile.year, disaggregation: { age }, value: row.value };
    }),
  },
];

export const structureStep: SeedStep = {
  key: 'structure-population@1',
  description: 'Indicators population (1995–2015) and population_by_age (2015) with observations and references',
  async apply(tx) {
    const region = await loadBergischesLand(tx);
    const counts: SeedCounts = {};
    for (const dataset of structuralDatasets) {
      const written = await writeDataset(tx, region, dataset);
      for (const [table, count] of Object.entries(written)) counts[table] = (counts[table] ?? 0) + count;
    }
    return counts;
  },
};

async function writeDataset(tx: SeedTransaction, region: BergischesLand, dataset: StructuralDataset) {
  const indicator = await tx.indicator.upsert({
    where: { key: dataset.indicator.key },
    create: dataset.indicator,
    update: {},
  });
  const batch = await tx.importBatch.create({
    data: {
      regionId: region.regionId,
      createdByLabel: 'seed',
      fileName: dataset.fileName,
      format: 'seed-json',
      status: 'RUNNING',
      rowsRead: dataset.values.length,
    },
  });
  const common = { indicatorId: indicator.id, importBatchId: batch.id, source: dataset.source };

  const observations = await tx.observation.createMany({
    data: dataset.values
      .filter((value) => !(value.regionCode in referenceAreaByRegionCode))
      .map((value) => ({
        ...common,
        municipalityId: region.municipalityId(agsOfKreisKey(value.regionCode, dataset.fileName)),
        year: value.year,
        value: value.value,
        disaggregation: value.disaggregation,
        disaggregationKey: disaggregationKey(value.disaggregation),
        status: 'FINAL' as const,
      })),
    skipDuplicates: true,
  });
  const references = await tx.referenceObservation.createMany({
    data: dataset.values.flatMap((value) => {
      const area = referenceAreaByRegionCode[value.regionCode];
      if (!area) return [];
      const key = disaggregationKey(value.disaggregation);
      return [{ ...common, area, year: value.year, value: value.value, disaggregationKey: key }];
    }),
    skipDuplicates: true,
  });

  const created = observations.count + references.count;
  await tx.importBatch.update({
    where: { id: batch.id },
    data: {
      status: 'SUCCEEDED',
      rowsCreated: created,
      rowsUnchanged: dataset.values.length - created,
      finishedAt: new Date(),
    },
  });
  return { indicator: 1, importBatch: 1, observation: observations.count, referenceObservation: references.count };
}

function agsOfKreisKey(kreisKey: string, fileName: string): string {
  const unit = findRegionUnitByKreisKey(kreisKey);
  if (!unit) throw new Error(`${fileName}: region code ${kreisKey} is not a unit of the Bergisches Land`);
  return unit.ags;
}
