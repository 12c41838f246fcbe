// Answers two partner questions against a running Agenda Atlas and prints them.
//   ATLAS_URL=http://localhost:4000 ATLAS_API_KEY=atlas_… npm start -w @atlas/partner-client
import { pathToFileURL } from 'node:url';
import { createAtlasClient } from './client.js';
import type { AtlasClientOptions } from './client.js';
import { recommendationsInProgress, seriesForAllUnits } from './questions.js';
import type { IndicatorSeries, RecommendationInProgress } from './questions.js';

export interface Answers {
  series: IndicatorSeries;
  recommendations: RecommendationInProgress[];
}

export interface MainOptions extends AtlasClientOptions {
  /** Indicator whose series to fetch for every unit. */
  indicatorKey?: string;
  /** Where to print; tests pass a collector. */
  log?: (line: string) => void;
}

export const SOLINGEN = '05122000';

export async function main(options: MainOptions): Promise<Answers> {
  const log = options.log ?? console.log;
  const client = createAtlasClient(options);

  const series = await seriesForAllUnits(client, options.indicatorKey ?? 'unemployment_rate');
  log(`${series.title} (${series.unit}), ${series.key}:`);
  for (const unit of series.units) {
    const latest = unit.points.at(-1);
    log(`  ${unit.name} (${unit.ags}): ${unit.points.length} values${latest ? `, ${latest.year}: ${latest.value}` : ''}`);
  }

  const recommendations = await recommendationsInProgress(client, 11, SOLINGEN);
  log(`Recommendations in progress for SDG 11 in Solingen: ${recommendations.length}`);
  for (const recommendation of recommendations) {
    log(`  ${recommendation.progress} %  ${recommendation.title}${recommendation.dueDate ? ` (due ${recommendation.dueDate})` : ''}`);
  }
  return { series, recommendations };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.ATLAS_URL ?? 'http://localhost:4000';
  main({ url, apiKey: process.env.ATLAS_API_KEY, language: process.env.ATLAS_LANG === 'en' ? 'en' : 'de' }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
