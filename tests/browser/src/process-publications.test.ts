// The public process pages against the real product with the demo data: findings overview,
// initiative circles with their reports, publications (with an injection attempt through the API),
// the regional conference and the legal pages in the footer.
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestServer } from '@atlas/api/testing';
import { runAxe } from './axe.js';
import { demoStaff, describeInChromium, horizontalOverflow } from './product.js';

const injectionSlug = 'browsertest-einschleusung';
const injectionMarkdown = [
  '## Sicherheitstest',
  '',
  '<script>window.__injected = "script"</script>',
  '',
  '<img src="x" onerror="window.__injected = \'onerror\'">',
  '',
  '[Verweis](javascript:window.__injected=\'link\')',
  '',
  'Normaler **Text** bleibt.',
].join('\n');

interface PageVisit {
  path: string;
  /** Appears once the page's data have arrived. */
  ready: string;
}

const PUBLIC_PAGES: readonly PageVisit[] = [
  { path: '/befunde?kommune=05124000', ready: '[data-testid="findings-overview"]' },
  { path: '/initiativkreise', ready: '[data-testid="circle-card"]' },
  { path: '/veroeffentlichungen', ready: '[data-testid="publication-card"]' },
  { path: '/veroeffentlichungen/situationsanalyse-wuppertal', ready: '[data-testid="population-chart"] svg.recharts-surface' },
  { path: '/regionalkonferenz', ready: '[data-testid="local-processes"] .public-steps' },
  { path: '/impressum', ready: '[data-testid="publication-body"]' },
  { path: '/datenschutz', ready: '[data-testid="publication-body"]' },
];

async function graphqlAs(server: TestServer, cookie: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** Publishes a page whose Markdown tries a script, an onerror handler and a javascript: link. */
async function publishInjectionAttempt(server: TestServer): Promise<void> {
  const login = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { __typename } }',
      variables: demoStaff,
    }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('demo staff login failed');
  const created = (await graphqlAs(
    server,
    cookie,
    `mutation ($input: CreatePublicationInput!) { createPublication(input: $input) {
      __typename ... on Publication { id version } ... on Error { message } } }`,
    { input: { kind: 'PAGE', slug: injectionSlug, titleDe: 'Browsertest Einschleusung', bodyDe: injectionMarkdown } },
  )) as { createPublication: { __typename: string; id: string; version: number } };
  if (created.createPublication.__typename !== 'Publication') throw new Error(`create failed: ${JSON.stringify(created)}`);
  const published = (await graphqlAs(
    server,
    cookie,
    `mutation ($input: SetPublicationStatusInput!) { setPublicationStatus(input: $input) { __typename ... on Error { message } } }`,
    { input: { id: created.createPublication.id, expectedVersion: created.createPublication.version, status: 'PUBLISHED' } },
  )) as { setPublicationStatus: { __typename: string } };
  if (published.setPublicationStatus.__typename !== 'Publication') throw new Error(`publish failed: ${JSON.stringify(published)}`);
}

async function open(page: Page, server: TestServer, visit: PageVisit): Promise<void> {
  await page.goto(`${server.url}${visit.path}`, { waitUntil: 'networkidle' });
  await page.locator(visit.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
}

describeInChromium('public process pages and publications in Chromium', (product) => {
  beforeAll(async () => {
    // Seeding the demo data takes long when the two cores are shared with other test runs.
  }, 400_000);

  it('shows the findings overview of Wuppertal with counts per kind', async () => {
    const page = await product.browser.newPage();
    await open(page, product.server, PUBLIC_PAGES[0]!);
    const counts = await page.locator('[data-testid^="findings-kind-"] .public-count').allTextContents();
    expect(counts).toHaveLength(4);
    const total = counts.reduce((sum, text) => sum + Number(/\d+/.exec(text)?.[0] ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(await page.getByText(`Insgesamt ${total} veröffentlichte Erkenntnis`).count()).toBe(1);
    await page.close();
  });

  it('a circle page shows its reports, links each to its agreement and on to the recommendation it serves', async () => {
    const page = await product.browser.newPage();
    await open(page, product.server, PUBLIC_PAGES[1]!);
    await page.getByTestId('circle-card').first().getByRole('link').click();
    await page.getByTestId('circle-report').first().waitFor();
    expect(await page.getByTestId('circle-report').count()).toBe(3);
    await expect(page.getByTestId('circle-report').first().getByRole('heading').textContent()).resolves.toContain('3. Sitzung');
    // Organisations only: no person of the demo circle is named publicly.
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toContain('Hannah Roth');
    expect(main).not.toContain('Kowalski');

    const agreementLink = page.getByTestId('circle-report').first().getByTestId('report-agreement-link');
    const anchor = (await agreementLink.getAttribute('href')) ?? '';
    await agreementLink.click();
    expect(new URL(page.url()).hash).toBe(anchor);
    const agreement = page.locator(anchor);
    await agreement.waitFor();
    const recommendation = agreement.getByTestId('agreement-recommendation-link').first();
    const title = (await recommendation.textContent()) ?? '';
    await recommendation.click();
    await page.waitForURL(/\/empfehlungen\//);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.close();
  });

  it('renders a published Markdown page without running or keeping injected script', async () => {
    await publishInjectionAttempt(product.server);
    const page = await product.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await open(page, product.server, { path: `/veroeffentlichungen/${injectionSlug}`, ready: '[data-testid="publication-body"] h2' });
    const body = page.getByTestId('publication-body');
    expect(await body.locator('strong').textContent()).toBe('Text');
    expect(await body.locator('script, img, [onerror]').count()).toBe(0);
    expect(await body.locator('a[href^="javascript:"]').count()).toBe(0);
    // The tags arrive as visible text, not as elements.
    expect(await body.textContent()).toContain('<script>');
    await body.getByText('Verweis').click().catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('embeds findings, structural data and recommendations in the situation analysis', async () => {
    const page = await product.browser.newPage();
    await open(page, product.server, PUBLIC_PAGES[3]!);
    await page.getByTestId('publication-findings').getByTestId('findings-overview').waitFor();
    await page.getByTestId('publication-structure').getByTestId('age-chart').waitFor();
    await page.getByTestId('recommendation-card').first().waitFor();
    await page.close();
  });

  it('reaches the imprint and the privacy page from the footer', async () => {
    const page = await product.browser.newPage();
    await page.goto(product.server.url, { waitUntil: 'networkidle' });
    const footer = page.getByRole('navigation', { name: 'Rechtliches' });
    await footer.getByRole('link', { name: 'Impressum' }).click();
    await page.waitForURL(/\/impressum$/);
    await page.getByRole('heading', { level: 1, name: /Impressum/ }).waitFor();
    await footer.getByRole('link', { name: 'Datenschutz' }).click();
    await page.waitForURL(/\/datenschutz$/);
    await page.getByRole('heading', { level: 1, name: /Datenschutz/ }).waitFor();
    await page.close();
  });

  it('fits every page on a 375 px screen, hides the navigation in print and has no serious axe findings', async () => {
    const page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
    const problems: string[] = [];
    for (const visit of PUBLIC_PAGES) {
      await open(page, product.server, visit);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${visit.path}: ${overflow}px horizontal scroll`);
      const { passes, severe } = await runAxe(page);
      expect(passes).toBeGreaterThan(10);
      problems.push(...severe.map((finding) => `${visit.path}: ${finding}`));
      await page.emulateMedia({ media: 'print' });
      const navShown = await page.evaluate(() => [...document.querySelectorAll('.site-nav, .public-filters')].some((el) => getComputedStyle(el).display !== 'none'));
      if (navShown) problems.push(`${visit.path}: navigation shown in print`);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
