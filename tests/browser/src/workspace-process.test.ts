import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '@atlas/api/testing';
import { severeAxeViolations } from './axe.js';
import { demoStaff, describeInChromium, horizontalOverflow } from './product.js';

/** Each test drives several pages and runs axe twice. */
const slowTest = 180_000;

const eventTitle = 'Zukunftswerkstatt Nordstadt (Browsertest)';
const findingStatement = 'Frau K. sagt: Im Quartier fehlt ein Treffpunkt für Jugendliche (Browsertest).';
const findingPublic = 'Im Quartier fehlt ein Treffpunkt für Jugendliche (Browsertest).';
const publicationSlug = 'browsertest-seite';
const publicationBody = '## Was wir gehört haben\n\nEin Absatz mit **Betonung**.\n\n<script>window.__injected = true</script>\n\n[Verweis](javascript:alert(1))';

/** Nothing serious for axe, and no sideways scrolling at 375 px (the viewport is reset afterwards). */
async function checkAccessibleAndNarrow(page: Page): Promise<void> {
  expect(await severeAxeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function anonymousGraphQL<Data>(server: TestServer, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Data; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describeInChromium('staff workspace: events, findings and publications in Chromium', (product) => {
  let context: BrowserContext;
  let page: Page;

  const nav = () => page.getByRole('navigation', { name: /Arbeitsbereich/ });

  beforeAll(async () => {
    context = await product.browser.newContext();
    page = await context.newPage();
    // Two cores shared by many processes: give slow steps room; the tests assert no timing.
    page.setDefaultTimeout(60_000);
    await page.goto(`${product.server.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(demoStaff.email);
    await page.getByLabel('Passwort').fill(demoStaff.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/arbeitsbereich\/empfehlungen/);
  }, 2 * slowTest);
  afterAll(async () => {
    await context?.close();
  }, slowTest);

  it('creates an event after a refused first attempt and adds an expert input', async () => {
    await nav().getByRole('link', { name: 'Veranstaltungen' }).click();
    await page.waitForURL(/\/arbeitsbereich\/veranstaltungen$/);
    await page.getByTestId('event-list').waitFor();
    await checkAccessibleAndNarrow(page);

    await page.getByRole('link', { name: 'Neue Veranstaltung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Veranstaltung' }).waitFor();
    await page.getByLabel(/^Art/).selectOption('WORKSHOP');
    await page.getByLabel(/^Beginn/).fill('2026-12-03T17:00');
    await page.getByLabel(/^Ort/).fill('Stadtteilzentrum Nordstadt');
    await page.getByLabel(/^Kommune/).selectOption('05124000');
    // The German title is left empty: the server refuses it, by field, and nothing typed is lost.
    await page.getByRole('button', { name: 'Anlegen' }).click();
    const title = page.getByLabel(/^Titel \(deutsch\)/);
    await page.locator('input[name="titleDe"][aria-invalid="true"]').waitFor();
    const problemId = (await title.getAttribute('aria-describedby'))?.split(' ')[0];
    expect(await page.locator(`[id="${problemId}"]`).textContent()).toBe('darf nicht leer sein');
    expect(await page.getByLabel(/^Ort/).inputValue()).toBe('Stadtteilzentrum Nordstadt');
    expect(await page.getByLabel(/^Beginn/).inputValue()).toBe('2026-12-03T17:00');
    expect(await page.getByTestId('form-error').textContent()).toContain('Bitte prüfen Sie die markierten Felder.');

    await title.fill(eventTitle);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: `Veranstaltung bearbeiten: ${eventTitle}` }).waitFor();
    expect(page.url()).toMatch(/\/arbeitsbereich\/veranstaltungen\/[^/]+$/);

    const participantForm = page.getByTestId('participant-form');
    const actor = participantForm.getByLabel(/^Organisation/);
    const option = actor.locator('option', { hasText: 'Bürgerverein Ölberg' }).first();
    await option.waitFor({ state: 'attached' });
    await actor.selectOption((await option.getAttribute('value')) ?? '');
    await participantForm.getByLabel(/^Rolle/).selectOption('EXPERT_INPUT');
    await participantForm.getByLabel(/^Thema des Fachinputs/).fill('Offene Jugendarbeit');
    await participantForm.getByRole('button', { name: 'Teilnahme eintragen' }).click();
    await page.getByText('Teilnahme eingetragen.').waitFor();
    expect(await page.getByTestId('participant-list').textContent()).toMatch(/Bürgerverein Ölberg[^·]* · Fachinput · Offene Jugendarbeit/);
    await checkAccessibleAndNarrow(page);

    const events = await anonymousGraphQL<{ events: { edges: Array<{ node: { title: string; participants: { nodes: Array<{ role: string; topic: string | null }> } } }> } }>(
      product.server,
      '{ events(first: 100, kind: [WORKSHOP]) { edges { node { title participants { nodes { role topic } } } } } }',
    );
    const created = events.events.edges.find((edge) => edge.node.title === eventTitle);
    expect(created?.node.participants.nodes).toContainEqual({ role: 'EXPERT_INPUT', topic: 'Offene Jugendarbeit' });
  }, slowTest);

  it('records a finding and publishes its anonymised wording', async () => {
    await nav().getByRole('link', { name: 'Befunde' }).click();
    await page.waitForURL(/\/arbeitsbereich\/befunde$/);
    const form = page.getByTestId('finding-form');
    await form.getByLabel(/^Art des Befunds/).selectOption('NEED');
    await form.getByLabel(/^Aussage/).fill(findingStatement);
    await form.getByLabel(/^Öffentliche, anonymisierte Fassung/).fill(findingPublic);
    await form.getByLabel(/^Kommune/).selectOption('05124000');
    await form.getByLabel(/^SDG-Unterziele/).fill('4.7, 11.3');
    await form.getByLabel(/^Themen/).fill('Jugend, Treffpunkte');
    await form.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByText('Befund gespeichert.').waitFor();

    const item = page.getByTestId('finding-list').locator('li', { hasText: findingStatement });
    await item.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText('Befund veröffentlicht.').waitFor();
    await item.getByRole('button', { name: 'Zurückziehen' }).waitFor();
    await checkAccessibleAndNarrow(page);

    const published = await anonymousGraphQL<{ findings: { edges: Array<{ node: { publicStatement: string | null; statement: string | null; sdgTargets: Array<{ code: string }> } }> } }>(
      product.server,
      '{ findings(first: 100, municipality: "05124000") { edges { node { publicStatement statement sdgTargets { code } } } } }',
    );
    const finding = published.findings.edges.find((edge) => edge.node.publicStatement === findingPublic);
    // The public sees the anonymised wording only, never the statement as recorded.
    expect(finding?.node).toMatchObject({ publicStatement: findingPublic, statement: null });
    expect(finding?.node.sdgTargets.map((target) => target.code).sort()).toEqual(['11.3', '4.7']);
  }, slowTest);

  it('writes a publication whose preview drops the script, publishes it, and the public page shows it', async () => {
    await nav().getByRole('link', { name: 'Veröffentlichungen' }).click();
    await page.waitForURL(/\/arbeitsbereich\/veroeffentlichungen$/);
    await page.getByTestId('publication-list').waitFor();
    await page.getByRole('link', { name: 'Neue Veröffentlichung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Veröffentlichung' }).waitFor();
    await page.getByLabel(/^Art/).selectOption('PAGE');
    await page.getByLabel(/^Adresse/).fill(publicationSlug);
    await page.getByLabel(/^Titel \(deutsch\)/).fill('Browsertest-Seite');
    await page.getByLabel(/^Text \(deutsch, Markdown\)/).fill(publicationBody);

    const preview = page.getByTestId('markdown-preview');
    await preview.getByRole('heading', { level: 2, name: 'Was wir gehört haben' }).waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.locator('strong').textContent()).toBe('Betonung');
    // Raw HTML is shown as text, and the javascript: link is not a link.
    expect(await preview.textContent()).toContain('<script>window.__injected = true</script>');
    expect(await preview.locator('a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await checkAccessibleAndNarrow(page);

    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veröffentlichung bearbeiten: Browsertest-Seite' }).waitFor();
    expect(await page.getByTestId('publication-status').textContent()).toContain('Entwurf');
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText('Veröffentlicht.', { exact: true }).waitFor();
    expect(await page.getByTestId('publication-status').textContent()).toContain('Veröffentlicht');

    const stored = await anonymousGraphQL<{ publication: { status: string; bodyHtml: string } | null }>(
      product.server,
      'query ($slug: String!) { publication(slug: $slug) { status bodyHtml } }',
      { slug: publicationSlug },
    );
    expect(stored.publication?.status).toBe('PUBLISHED');
    expect(stored.publication?.bodyHtml).not.toContain('<script');

    const visitor = await product.browser.newPage();
    await visitor.goto(`${product.server.url}/veroeffentlichungen/${publicationSlug}`);
    const body = visitor.getByTestId('publication-body');
    await body.getByRole('heading', { name: 'Was wir gehört haben' }).waitFor();
    expect(await body.locator('script').count()).toBe(0);
    expect(await visitor.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await visitor.close();
  }, slowTest);

  it('lists interviews, agreements, circles and reports with nothing serious for axe and no sideways scrolling', async () => {
    await nav().getByRole('link', { name: 'Interviews' }).click();
    await page.waitForURL(/\/arbeitsbereich\/interviews$/);
    await page.getByTestId('interview-list').waitFor();
    await checkAccessibleAndNarrow(page);

    await nav().getByRole('link', { name: 'Vereinbarungen' }).click();
    await page.waitForURL(/\/arbeitsbereich\/vereinbarungen$/);
    await page.getByTestId('agreement-list').waitFor();
    const circle = page.getByTestId('circle').first();
    await circle.getByText('1. Sitzung', { exact: false }).first().waitFor();
    await checkAccessibleAndNarrow(page);
  }, slowTest);
});
