// Germany and NRW series of nine DNS indicators as reference lines (data/dns/SOURCE.md): one import batch
// per original data file. The extract holds the indicator's headline series only (see SOURCE.md).
import { referenceAreas } from '@atlas/domain';
import type { ReferenceArea } from '@atlas/domain';
import timeseriesFile from './data/dns/timeseries.json' with { type: 'json' };
import { dnsIndicatorKey } from './indicators-dns.js';
import { addCounts, writeSourceFile } from './observation-writer.js';
import { loadBergischesLand } from './region.js';
import type { SeedCounts, SeedStep } from './seed-step.js';

function isReferenceArea(value: string): value is ReferenceArea {
  return (referenceAreas as readonly string[]).includes(value);
}

export const dnsReferencesStep: SeedStep = {
  key: 'references-dns@1',
  description: 'DNS time series for Germany and NRW of nine indicators as reference lines',
  async apply(tx) {
    const region = await loadBergischesLand(tx);
    const keys = [...new Set(timeseriesFile.files.flatMap((file) => file.rows.map((row) => dnsIndicatorKey(String(row[0])))))];
    const indicators = await tx.indicator.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
    const idByKey = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
    const counts: SeedCounts = {};
    for (const file of timeseriesFile.files) {
      const references = file.rows.map(([id, area, year, key, value], index) => {
        const where = `dns/timeseries.json, ${file.file}, row ${index + 1}`;
        const indicatorId = idByKey.get(dnsIndicatorKey(String(id)));
        if (!indicatorId) throw new Error(`${where}: indicator dns_${String(id)} is not in the catalogue`);
        const areaText = String(area);
        if (!isReferenceArea(areaText)) throw new Error(`${where}: area "${areaText}" is not GERMANY or NRW`);
        if (typeof year !== 'number' || typeof value !== 'number' || typeof key !== 'string') {
          throw new Error(`${where}: expected [indicator, area, year, disaggregation key, value]`);
        }
        return { indicatorId, area: areaText, year, value, disaggregationKey: key };
      });
      const written = await writeSourceFile(tx, {
        regionId: region.regionId,
        fileName: `dns/${file.file}`,
        format: 'open-sdg-csv',
        source: `Statistisches Bundesamt (Destatis), dns-indikatoren.de, ${file.file}`,
        rowsRead: file.rowsRead,
        rowsSkipped: file.rowsRead - references.length,
        observations: [],
        references,
      });
      addCounts(counts, written);
    }
    return counts;
  },
};
