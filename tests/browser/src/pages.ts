// The decision-maker pages the browser tests visit, and how to tell that each has finished loading.
import type { Page } from 'playwright-core';

export interface PageVisit {
  name: string;
  path: string;
  /** A selector that appears once the page's data have arrived. */
  ready: string;
}

export const DECISION_PAGES: readonly PageVisit[] = [
  { name: 'overview', path: '/', ready: '[data-testid="progress-summary"], [data-testid="goal-tile"] >> nth=16' },
  { name: 'municipality', path: '/kommune/05124000', ready: '[data-testid="population-chart"] svg.recharts-surface' },
  { name: 'catalogue', path: '/indikatoren', ready: '[data-testid="catalogue-table"]' },
  { name: 'indicator', path: '/indikator/population', ready: '[data-testid="indicator-chart"] svg.recharts-surface' },
  { name: 'goal', path: '/ziel/11', ready: 'h1' },
  { name: 'comparison', path: '/vergleich?ags=05124000,05122000,region&indikatoren=population', ready: '[data-testid="compare-table"]' },
  { name: 'map', path: '/karte?indikator=population', ready: '[data-testid="unit-map"]' },
  { name: 'sources', path: '/quellen', ready: '[data-testid="data-source"]' },
];

/** Opens `visit` and waits until its data are shown and no request is pending. */
export async function openPage(page: Page, baseUrl: string, visit: PageVisit): Promise<void> {
  await page.goto(`${baseUrl}${visit.path}`, { waitUntil: 'networkidle' });
  await page.locator(visit.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
}
