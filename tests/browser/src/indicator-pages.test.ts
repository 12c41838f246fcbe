import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { openPage, DECISION_PAGES } from './pages.js';
import { describeInChromium } from './product.js';

describeInChromium('decision-maker pages in Chromium', (product) => {
  it('goes from the overview to Wuppertal to an indicator chart, downloads its CSV and switches to English', async () => {
    const context = await product.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(product.server.url);
    await page.getByTestId('municipality-link').filter({ hasText: 'Wuppertal' }).click();
    await page.waitForURL(/\/kommune\/05124000$/);
    await page.getByRole('heading', { level: 1, name: 'Wuppertal' }).waitFor();
    // The profile's indicator cards and the commuter chart arrive with their own query.
    await page.getByTestId('indicator-card').first().waitFor();
    await page.getByTestId('commuter-chart').locator('svg.recharts-surface').first().waitFor();

    await page.getByTestId('indicator-link').click();
    await page.waitForURL(/\/indikator\/population$/);
    const chart = page.getByTestId('indicator-chart');
    await chart.locator('svg.recharts-surface').first().waitFor();
    const table = page.getByTestId('indicator-table');
    const header = await table.locator('thead th').allTextContents();
    // One line per column of the table: the six cities and districts, the computed region and any
    // reference series (Germany, NRW) the seed holds.
    expect(header.length).toBeGreaterThanOrEqual(8);
    expect(await chart.locator('.recharts-line').count()).toBe(header.length - 1);
    const bodyRows = await table.locator('tbody tr').count();
    const firstRow = await table.locator('tbody tr').first().locator('th, td').allTextContents();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^population_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.at(-1)).toBe('');
    // Exactly what the table shows: the same columns and rows, numbers without grouping.
    expect(lines[0]).toBe(header.join(';'));
    expect(lines).toHaveLength(bodyRows + 2);
    expect(lines[1]).toBe(firstRow.map((cell) => cell.replaceAll('.', '')).join(';'));

    await page.getByTestId('lang-switch').click();
    await page.waitForURL(/\/indikator\/population\?lang=en$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Download as CSV' }).waitFor();
    const [english] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
    const englishText = (await readFile(await english.path())).toString('utf8');
    expect(englishText.split('\r\n')[0]).toMatch(/^\uFEFFYear,/);
    await context.close();
  });

  it('draws the six units on the map, each a link named with its value', async () => {
    const page = await product.browser.newPage();
    await openPage(page, product.server.url, DECISION_PAGES.find((visit) => visit.name === 'map')!);
    const units = page.getByTestId('map-unit');
    expect(await units.count()).toBe(6);
    expect(await page.locator('[data-testid="unit-map"] path').count()).toBe(6);
    const names = await units.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
    expect(names.find((name) => name.startsWith('Wuppertal'))).toMatch(/^Wuppertal: [\d.]+ .+ \(\d{4}\)$/);
    await page.close();
  });
});
