import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeReport {
  /** How many rules passed: an empty or unloaded page passes trivially, so tests check this too. */
  passes: number;
  /** Serious and critical findings, one readable line each. */
  severe: string[];
}

/** Runs axe-core on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeReport> {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  return { passes: results.passes.length, severe };
}

/** The serious and critical findings, after checking that axe really examined a page. */
export async function severeAxeViolations(page: Page): Promise<string[]> {
  const { passes, severe } = await runAxe(page);
  // axe checked the page (an empty page would pass trivially).
  expect(passes).toBeGreaterThan(10);
  return severe;
}
