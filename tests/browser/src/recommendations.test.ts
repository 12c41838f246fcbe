import { expect, it } from 'vitest';
import type { TestServer } from '@atlas/api/testing';
import { severeAxeViolations } from './axe.js';
import { demoStaff, describeInChromium, horizontalOverflow, signInAsDemoStaff } from './product.js';

/** The first AGREED recommendation, read anonymously through the public API. */
async function agreedRecommendation(server: TestServer): Promise<{ id: string; title: string }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
    body: JSON.stringify({ query: '{ recommendations(status: [AGREED], first: 1) { edges { node { id title } } } }' }),
  });
  const body = (await response.json()) as { data: { recommendations: { edges: Array<{ node: { id: string; title: string } }> } } };
  const node = body.data.recommendations.edges[0]?.node;
  if (!node) throw new Error('The demo data has no AGREED recommendation to move');
  return node;
}

/** The serious and critical axe-core findings on the page as it is now. */
describeInChromium('recommendations in Chromium', (product) => {
  it('sends anonymous visitors from the workspace to the sign-in page', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/arbeitsbereich/empfehlungen`);
    await page.waitForURL(/\/anmelden\?/);
    expect(new URL(page.url()).searchParams.get('weiter')).toBe('/arbeitsbereich/empfehlungen');
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.close();
  });

  it('a staff member signs in, moves a recommendation to in progress with a note, and the public page shows it', async () => {
    const target = await agreedRecommendation(product.server);
    const note = 'Initiativkreis hat begonnen (Browsertest)';
    const context = await product.browser.newContext();
    const page = await context.newPage();

    await page.goto(`${product.server.url}/arbeitsbereich/empfehlungen`);
    await page.waitForURL(/\/anmelden\?/);
    await page.getByLabel('E-Mail-Adresse').fill(demoStaff.email);
    await page.getByLabel('Passwort').fill(demoStaff.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/arbeitsbereich\/empfehlungen$/);
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toContain('Angemeldet als');

    const column = page.getByTestId('board-column-AGREED');
    await column.getByRole('link', { name: target.title }).first().click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await page.getByRole('button', { name: 'Status und Fortschritt ändern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Status und Fortschritt ändern' });
    await dialog.getByRole('radio', { name: 'In Umsetzung' }).check();
    await dialog.getByLabel(/Fortschritt in %/).fill('25');
    await dialog.getByLabel(/Notiz/).fill(note);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await page.getByTestId('workspace-notice').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('recommendation-status').filter({ hasText: 'In Umsetzung' }).waitFor();
    expect(await page.getByTestId('recommendation-history').textContent()).toContain(note);
    await context.close();

    const visitor = await product.browser.newPage();
    await visitor.goto(`${product.server.url}/empfehlungen/${encodeURIComponent(target.id)}`);
    await visitor.getByRole('heading', { level: 1, name: target.title }).waitFor();
    expect(await visitor.getByTestId('recommendation-status').textContent()).toBe('In Umsetzung');
    const history = await visitor.getByTestId('recommendation-history').locator('li').first().textContent();
    expect(history).toContain('Status: Vereinbart → In Umsetzung');
    expect(history).toContain(note);
    expect(history).not.toContain('Demo-Mitarbeiterin');
    expect(await visitor.getByTestId('signed-in-as').count()).toBe(0);
    await visitor.close();
  });

  it('shows the public list with roll-up charts and feed links, and fits a phone screen', async () => {
    const page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${product.server.url}/empfehlungen`);
    await page.getByTestId('recommendation-card').first().waitFor();
    await page.getByTestId('rollup-municipality').locator('svg.recharts-surface').first().waitFor();
    expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count()).toBeGreaterThan(0);
    const feed = await page.request.get(`${product.server.url}/feeds/recommendations.atom`);
    expect(feed.status()).toBe(200);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${product.server.url}/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('fits the workspace board and the status dialog on a phone screen', async () => {
    const context = await product.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await signInAsDemoStaff(page, product.server);
    await page.getByTestId('board').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByTestId('board-column-PUBLISHED').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Status und Fortschritt ändern' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await context.close();
  });

  it('public pages and the sign-in page have no serious or critical axe violations', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/empfehlungen?lang=en`);
    await page.getByTestId('recommendation-card').first().waitFor();
    await page.getByTestId('rollup-goal').locator('svg.recharts-surface').first().waitFor();
    expect(await severeAxeViolations(page), 'public list').toEqual([]);

    await page.getByTestId('recommendation-card').first().getByRole('link').click();
    await page.getByTestId('recommendation-history').waitFor();
    expect(await severeAxeViolations(page), 'public recommendation').toEqual([]);

    await page.goto(`${product.server.url}/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await severeAxeViolations(page), 'sign-in').toEqual([]);
    await page.close();
  });

  it('the workspace board, table, recommendation page and status dialog have no serious or critical axe violations', async () => {
    const context = await product.browser.newContext();
    const page = await context.newPage();
    await signInAsDemoStaff(page, product.server);
    await page.getByTestId('board').waitFor();
    expect(await severeAxeViolations(page), 'board').toEqual([]);

    await page.getByRole('link', { name: 'Tabelle' }).click();
    await page.getByTestId('recommendation-table').waitFor();
    expect(await severeAxeViolations(page), 'table').toEqual([]);

    await page.getByRole('link', { name: 'Tafel' }).click();
    await page.getByTestId('board-column-PUBLISHED').getByRole('link').first().click();
    await page.getByTestId('workspace-recommendation').waitFor();
    expect(await severeAxeViolations(page), 'recommendation page').toEqual([]);
    await page.getByRole('button', { name: 'Status und Fortschritt ändern' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await severeAxeViolations(page), 'status dialog').toEqual([]);
    await context.close();
  });
});
