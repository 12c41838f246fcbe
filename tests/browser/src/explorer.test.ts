import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { startTestServer } from '@atlas/api/testing';
import type { TestServer } from '@atlas/api/testing';
import { describeInChromium } from './product.js';

const explorerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/explorer/dist');

/** The API serving the built explorer, as the product does. */
async function startWithExplorer(): Promise<TestServer> {
  if (!existsSync(path.join(explorerDir, 'index.html'))) {
    throw new Error(`The explorer is not built (${explorerDir}): run "npm run build" first (npm test does).`);
  }
  return startTestServer({ explorerDir });
}

describeInChromium('GraphiQL explorer in Chromium', (product) => {

  it('loads at /graphiql with no request beyond the product and runs a query', async () => {
    const context = await product.browser.newContext();
    const origin = new URL(product.server.url).origin;
    const requested: string[] = [];
    // Anything for another origin is recorded and cut off, as on a machine without internet.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      requested.push(url);
      return new URL(url).origin === origin ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const graphqlPosts: Array<Record<string, string>> = [];
    page.on('request', (request) => {
      if (request.url() === `${origin}/graphql` && request.method() === 'POST') graphqlPosts.push(request.headers());
    });

    await page.goto(`${product.server.url}/graphiql`);
    expect(new URL(page.url()).pathname).toBe('/graphiql/');
    await page.locator('.graphiql-container').waitFor();
    expect(await page.title()).toBe('Agenda Atlas – GraphQL-Explorer');
    // The headers editor is open with the example key to replace.
    await page.getByText('Bearer atlas_…').first().waitFor();

    await page.getByRole('button', { name: /Execute query/ }).click();
    const result = page.locator('.result-window');
    await result.getByText('Wuppertal').first().waitFor();
    const text = await result.innerText();
    expect(text).toContain('"ags": "05122000"');
    expect(text).toContain('"name": "Solingen"');

    // Introspection for the docs and the query itself went to /graphql, without the example key.
    expect(graphqlPosts.length).toBeGreaterThanOrEqual(2);
    expect(graphqlPosts.every((headers) => headers.authorization === undefined)).toBe(true);
    expect(requested.length).toBeGreaterThan(2);
    const foreign = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    await context.close();
  });
}, { start: startWithExplorer });
