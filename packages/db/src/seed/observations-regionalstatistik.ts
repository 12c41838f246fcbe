// Values of the Regionaldatenbank export 10/2017 (data/regionalstatistik/SOURCE.md) for the indicators of
// structure-catalogue.ts: the six units become observations, Germany (DG) and NRW (05) reference values.
// Series no indicator claims (other columns, groups such as "Ausländer") and special values ("-", ".")
// are skipped and counted.
import { disaggregationFromGenesisLabels, disaggregationKey, findRegionUnitByKreisKey, labelsBelowGenesisColumn } from '@atlas/domain';
import type { Disaggregation, ReferenceArea } from '@atlas/domain';
import exportFile from './data/regionalstatistik/export-2017.json' with { type: 'json' };
import { writeSourceFile } from './observation-writer.js';
import type { SourceFileValues } from './observation-writer.js';
import { loadBergischesLand } from './region.js';
import type { SeedStep } from './seed-step.js';
import { regionalstatistikDefinitions } from './structure-catalogue.js';

const fileName = 'regionalstatistik/export-2017.json';
const referenceAreaByRegionCode: Readonly<Record<string, ReferenceArea>> = { DG: 'GERMANY', '05': 'NRW' };

export interface SeriesTarget {
  indicatorKey: string;
  disaggregation: Disaggregation;
}

/** The indicator and breakdown a series of the export belongs to, or undefined when none claims it. */
export function indicatorOfSeries(table: string, variable: string, dimension: string): SeriesTarget | undefined {
  for (const { indicator } of regionalstatistikDefinitions) {
    if (indicator.genesisTable !== table || !indicator.genesisColumn) continue;
    const labels = labelsBelowGenesisColumn(variable, indicator.genesisColumn);
    if (!labels) continue;
    const disaggregation = disaggregationFromGenesisLabels([...labels, dimension]);
    return disaggregation ? { indicatorKey: indicator.key, disaggregation } : undefined;
  }
  return undefined;
}

/** "31.12.2015", "30.06.2012" or "2015" → 2015. */
function yearOfTime(time: string, where: string): number {
  const match = /(?:^|\.)(\d{4})$/.exec(time);
  if (!match) throw new Error(`${where}: time "${time}" has no year`);
  return Number(match[1]);
}

export const regionalstatistikObservationsStep: SeedStep = {
  key: 'observations-regionalstatistik@1',
  description: 'Regionaldatenbank 10/2017: area, average age, unemployment, commuters, GDP of the six units, Germany and NRW',
  async apply(tx) {
    const region = await loadBergischesLand(tx);
    const indicators = await tx.indicator.findMany({
      where: { key: { in: regionalstatistikDefinitions.map((definition) => definition.indicator.key) } },
      select: { id: true, key: true },
    });
    const indicatorIdByKey = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
    let rowsSkipped = 0;
    const observations: Array<SourceFileValues['observations'][number]> = [];
    const references: Array<SourceFileValues['references'][number]> = [];
    for (const series of exportFile.series) {
      const target = indicatorOfSeries(series.table, series.variable, series.dimension);
      const indicatorId = target && indicatorIdByKey.get(target.indicatorKey);
      if (!target || !indicatorId) {
        rowsSkipped += series.values.length;
        continue;
      }
      const source = `Regionaldatenbank Deutschland, Tabelle ${series.table} (Export 10/2017)`;
      const key = disaggregationKey(target.disaggregation);
      for (const [regionCode, time, value] of series.values) {
        const where = `${fileName}, table ${series.table}, "${series.variable}", region ${String(regionCode)}, ${String(time)}`;
        if (typeof value !== 'number') {
          rowsSkipped += 1;
          continue;
        }
        const year = yearOfTime(String(time), where);
        const area = referenceAreaByRegionCode[String(regionCode)];
        if (area) {
          references.push({ indicatorId, area, year, value, disaggregationKey: key, source });
          continue;
        }
        const unit = findRegionUnitByKreisKey(String(regionCode));
        if (!unit) throw new Error(`${where}: region code is not a unit of the Bergisches Land`);
        observations.push({
          indicatorId,
          municipalityId: region.municipalityId(unit.ags),
          year,
          value,
          disaggregation: { ...target.disaggregation },
          disaggregationKey: key,
          status: 'FINAL',
          source,
        });
      }
    }
    return writeSourceFile(tx, {
      regionId: region.regionId,
      fileName,
      format: 'seed-json',
      source: 'Regionaldatenbank Deutschland (Export 10/2017)',
      rowsRead: exportFile.rowsRead,
      rowsSkipped,
      observations,
      references,
    });
  },
};
