import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { severeAxeViolations } from './axe.js';
import { demoStaff, describeInChromium, horizontalOverflow } from './product.js';

const actorName = 'Repair-Café Nordstadt';
const person = { firstName: 'Rita', lastName: 'Quenstedt', email: 'rita.quenstedt@example.org' };
const personName = `${person.firstName} ${person.lastName}`;

describeInChromium('staff workspace: actors, contacts and consents in Chromium', (product) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await product.browser.newContext({ acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${product.server.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(demoStaff.email);
    await page.getByLabel('Passwort').fill(demoStaff.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/arbeitsbereich\/empfehlungen/);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('lists the demo actors, with nothing serious for axe and no horizontal scrolling at 375 px', async () => {
    await page.getByRole('navigation', { name: /Arbeitsbereich/ }).getByRole('link', { name: 'Akteure', exact: true }).click();
    await page.waitForURL(/\/arbeitsbereich\/akteure$/);
    const table = page.getByRole('table', { name: 'Akteure der Region' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(1);
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('creates an actor after a refused website, keeping the input, and adds a contact person', async () => {
    await page.goto(`${product.server.url}/arbeitsbereich/akteure`);
    await page.getByRole('link', { name: 'Neuer Akteur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuer Akteur' }).waitFor();
    await page.getByLabel(/^Name/).fill(actorName);
    await page.getByLabel(/^Bereich/).selectOption('CIVIL_SOCIETY');
    await page.getByLabel(/^Website \(/).fill('repair-cafe.example');
    await page.getByRole('button', { name: 'Anlegen' }).click();

    const website = page.getByLabel(/^Website \(/);
    await page.getByTestId('form-error').waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await website.getAttribute('aria-describedby')) ?? '';
    const problem = page.locator(`[id="${describedBy.split(' ')[0]}"]`);
    expect(await problem.getAttribute('class')).toBe('ws-field__problem');
    expect((await problem.textContent())?.length).toBeGreaterThan(3);
    expect(await website.inputValue()).toBe('repair-cafe.example');
    expect(await page.getByLabel(/^Name/).inputValue()).toBe(actorName);

    await website.fill('https://repair-cafe.example');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: actorName }).waitFor();
    expect(page.url()).toMatch(/\/arbeitsbereich\/akteure\/[^/]+$/);

    await page.getByRole('button', { name: 'Neue Ansprechperson' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Ansprechperson' });
    await dialog.getByLabel(/^Vorname/).fill(person.firstName);
    await dialog.getByLabel(/^Nachname/).fill(person.lastName);
    await dialog.getByLabel(/^E-Mail-Adresse/).fill(person.email);
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: /Ansprechpersonen/ }).getByRole('rowheader', { name: personName }).waitFor();
    expect(await severeAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  // Uses the person the previous test created.
  it('records a consent, downloads the mailing-list CSV with the person, and erases the person', async () => {
    await page.getByRole('navigation', { name: /Arbeitsbereich/ }).getByRole('link', { name: 'Einwilligungen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Einwilligungen zum Netzwerkverteiler' }).waitFor();
    const form = page.getByTestId('consent-form');
    await form.getByLabel('Person suchen').fill(person.lastName);
    const select = form.getByLabel(/^Person \(/);
    await select.locator('option', { hasText: personName }).waitFor({ state: 'attached' });
    await select.selectOption({ label: `${personName} (${actorName})` });
    await form.getByLabel(/^Wie erteilt/).selectOption('ONLINE_FORM');
    await form.getByLabel(/^Fassung des Einwilligungstexts/).fill('2026-01');
    await form.getByRole('button', { name: 'Einwilligung speichern' }).click();
    await page.getByText(`Die Einwilligung von ${personName} ist gespeichert.`).waitFor();
    await page.getByTestId('consent-log').getByRole('rowheader', { name: new RegExp(personName) }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('consent-csv-link').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(person.email);
    expect(csv).toContain(person.lastName);

    expect(await severeAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel('Person suchen').last().fill(person.lastName);
    await page.getByRole('button', { name: `${personName} löschen` }).click();
    const dialog = page.getByRole('dialog', { name: `Personenbezogene Daten von ${personName} löschen?` });
    await dialog.getByText('Erhalten bleiben nur anonyme Angaben', { exact: false }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Endgültig löschen' }).isDisabled()).toBe(true);
    await dialog.getByLabel(/Zur Bestätigung/).fill(personName);
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.getByText('Die personenbezogenen Daten sind gelöscht.').waitFor();
    await page.getByTestId('consent-log').getByText('Person gelöscht').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain(person.lastName);

    const [after] = await Promise.all([page.waitForEvent('download'), page.getByTestId('consent-csv-link').click()]);
    expect(await readFile((await after.path())!, 'utf8')).not.toContain(person.email);
  });
});
