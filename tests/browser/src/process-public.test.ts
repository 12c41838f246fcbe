import { expect, it } from 'vitest';
import { severeAxeViolations } from './axe.js';
import { describeInChromium, horizontalOverflow } from './product.js';

const ALL_EVENT_KINDS = ['KICK_OFF', 'WORKSHOP', 'LOCAL_CONFERENCE', 'REGIONAL_CONFERENCE', 'CIRCLE_MEETING', 'OTHER'];

/** The serious and critical axe-core findings on the page as it is now. */
describeInChromium('public process pages in Chromium', (product) => {
  it('shows the network as a graph and a table, and the sector filter narrows both', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/netzwerk`);
    await page.getByTestId('network-graph').waitFor();
    const allNodes = await page.getByTestId('network-node').count();
    const allRows = await page.getByTestId('network-table').locator('tbody tr').count();
    expect(allNodes).toBeGreaterThan(5);
    expect(allRows).toBe(allNodes);
    expect(await page.getByTestId('network-edge').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('network-legend').locator('li').count()).toBeGreaterThan(2);

    await page.getByLabel('Sektor').selectOption('CIVIL_SOCIETY');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/sektor=CIVIL_SOCIETY/);
    await page.waitForFunction((all) => document.querySelectorAll('[data-testid="network-node"]').length < all, allNodes);
    const rows = page.getByTestId('network-table').locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(allRows);
    for (let i = 0; i < count; i++) expect(await rows.nth(i).locator('td').nth(1).textContent()).toBe('Zivilgesellschaft');

    // The table leads to the actor page: sector and links, never contact persons.
    const first = rows.first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.getByTestId('public-actor').textContent()).toContain('Zivilgesellschaft');
    expect(await page.getByTestId('public-actor').textContent()).not.toMatch(/@example\.org/);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lists public events of all six kinds, and an event shows the organisations taking part', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/veranstaltungen`);
    await page.getByTestId('event-card').first().waitFor();
    const kinds = await page.getByTestId('event-card').evaluateAll((cards) => [...new Set(cards.map((card) => card.getAttribute('data-kind')))]);
    expect([...kinds].sort()).toEqual([...ALL_EVENT_KINDS].sort());
    expect(await severeAxeViolations(page)).toEqual([]);

    await page.getByLabel('Art').selectOption('LOCAL_CONFERENCE');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/art=LOCAL_CONFERENCE/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="event-card"]')].every((card) => card.getAttribute('data-kind') === 'LOCAL_CONFERENCE'));
    await page.getByTestId('event-card').first().getByRole('link').click();
    await page.getByTestId('public-event').waitFor();
    const participants = page.getByTestId('event-participants').locator('li');
    expect(await participants.count()).toBeGreaterThan(0);
    expect(await participants.first().textContent()).toMatch(/ – (Gastgeber|Fachinput|Teilnahme)/);
    expect(await page.getByTestId('public-event').textContent()).not.toMatch(/@example\.org/);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('groups partnerships by country and shows where each unit stands on /prozess', async () => {
    const page = await product.browser.newPage();
    await page.goto(`${product.server.url}/partnerschaften`);
    await page.getByTestId('partnership-country').first().waitFor();
    expect(await page.getByTestId('partnership-country').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('partnership').count()).toBeGreaterThan(1);
    expect(await severeAxeViolations(page)).toEqual([]);

    await page.goto(`${product.server.url}/prozess`);
    await page.getByTestId('process-timeline').nth(5).getByTestId('process-step').nth(5).waitFor();
    expect(await page.getByTestId('process-timeline').count()).toBe(6);
    expect(await page.locator('[data-testid="process-step"][data-done="true"]').count()).toBeGreaterThan(0);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 375 px screen without horizontal scrolling', async () => {
    const page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
    const visits = [
      { path: '/netzwerk', ready: 'network-graph' },
      { path: '/partnerschaften', ready: 'partnership-country' },
      { path: '/veranstaltungen', ready: 'event-card' },
      { path: '/prozess', ready: 'process-step' },
      { path: '/kommune/05124000', ready: 'process-step' },
    ];
    for (const visit of visits) {
      await page.goto(`${product.server.url}${visit.path}`);
      await page.getByTestId(visit.ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page), visit.path).toBeLessThanOrEqual(0);
    }
    await page.goto(`${product.server.url}/veranstaltungen`);
    await page.getByTestId('event-card').first().getByRole('link').click();
    await page.getByTestId('public-event').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
