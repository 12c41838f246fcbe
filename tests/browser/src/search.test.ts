import { expect, it } from 'vitest';
import { runAxe } from './axe.js';
import { describeInChromium, horizontalOverflow } from './product.js';

describeInChromium('search in Chromium', (product) => {
  it('searches from the header box on a phone and leads to the hit’s page', async () => {
    const page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${product.server.url}/`);
    const box = page.getByRole('search', { name: 'Website durchsuchen' });
    // German stemming: the plural finds the demo data's "Klimaschutzkonzept", "Klimaschutz" …
    await box.getByRole('searchbox').fill('Klimaschutz');
    await box.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/suche\?q=Klimaschutz/);
    await page.getByTestId('search-hit').first().waitFor();

    expect(await page.getByTestId('search-count').textContent()).toMatch(/^\d+ Treffer für „Klimaschutz“$/);
    const kinds = await page.getByTestId('search-hit').evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(1);
    expect(await page.locator('.search-hit__snippet mark').count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const { passes, severe } = await runAxe(page);
    expect(passes).toBeGreaterThan(10);
    expect(severe).toEqual([]);

    // The first hit's link opens its page.
    const link = page.getByTestId('search-hit').first().getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/(netzwerk\/akteure|veranstaltungen|befunde|empfehlungen|indikator|veroeffentlichungen|impressum|datenschutz)/);
    await link.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/suche'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  });

  it('filters by kind, in English too', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/suche?q=Nachhaltigkeit&lang=en`);
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.getByTestId('search-count').textContent()).toMatch(/results? for “Nachhaltigkeit”/);

    await page.getByLabel('Kind').selectOption('RECOMMENDATION');
    await page.getByRole('search', { name: 'Search', exact: true }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/art=RECOMMENDATION/);
    await page.waitForFunction(() => {
      const hits = [...document.querySelectorAll('[data-testid="search-hit"]')];
      return hits.length > 0 && hits.every((hit) => hit.getAttribute('data-kind') === 'RECOMMENDATION');
    });
    expect(page.url()).toContain('lang=en');
    const { severe } = await runAxe(page);
    expect(severe).toEqual([]);
    await page.close();
  });
});
