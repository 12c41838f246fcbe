import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInChromium, horizontalOverflow } from './product.js';

describeInChromium('dashboard in Chromium', (product) => {
  let page: Page;

  it('shows the 17 goals and the six units, then opens Wuppertal with a chart', async () => {
    page = await product.browser.newPage();
    await page.goto(product.server.url);
    await page.getByTestId('goal-tile').first().waitFor();
    expect(await page.getByTestId('goal-tile').count()).toBe(17);
    expect(await page.getByTestId('municipality-link').count()).toBe(6);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect(page.getByText('Enthält Demo-Daten').first().isVisible()).resolves.toBe(true);

    await page.getByTestId('municipality-link').filter({ hasText: 'Wuppertal' }).click();
    await page.waitForURL(/\/kommune\/05124000/);
    await page.getByRole('heading', { level: 1, name: 'Wuppertal' }).waitFor();
    const chart = page.getByTestId('population-chart');
    await chart.locator('svg.recharts-surface').first().waitFor();
    expect(await chart.locator('.recharts-line').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('switches to English and keeps the language in the URL', async () => {
    page = await product.browser.newPage();
    await page.goto(`${product.server.url}/kommune/05122000`);
    await page.getByRole('heading', { level: 1, name: 'Solingen' }).waitFor();
    await page.getByTestId('lang-switch').click();
    await page.waitForURL(/lang=en/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByText('Contains demo data').first().waitFor();
    await page.close();
  });

  it('fits a phone screen without horizontal scrolling', async () => {
    page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(product.server.url);
    await page.getByTestId('goal-tile').first().waitFor();
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
