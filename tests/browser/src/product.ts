// The one setup of every browser test file: the real product (API + built dashboard on a fresh
// seeded database) and Chromium, started before a describe block's tests and closed after them.
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '@atlas/api/testing';
import { chromiumOrExplain, launchChromium } from './browser.js';
import { startProduct } from './server.js';

/** What the tests of a describeInChromium block use; set before its first test runs. */
export interface ProductInChromium {
  server: TestServer;
  browser: Browser;
}

/**
 * A describe block that drives the real product in Chromium. Without Chromium it is skipped with a
 * plain message, except under CI=true, where that is a failure (chromiumOrExplain). `start` replaces
 * the default product (e.g. a server that also serves the explorer). Hooks the body registers run
 * after the product is up, so a file can sign in or open its page in its own beforeAll.
 */
export function describeInChromium(
  name: string,
  body: (product: ProductInChromium) => void,
  options: { start?: () => Promise<TestServer> } = {},
): void {
  const chromiumPath = chromiumOrExplain();
  describe.skipIf(!chromiumPath)(name, () => {
    // Filled in by beforeAll below; the body only reads it inside hooks and tests, which run later.
    const product = {} as ProductInChromium;
    beforeAll(async () => {
      // skipIf keeps this block from running without Chromium; the check only narrows the type.
      if (chromiumPath === null) throw new Error('no Chromium');
      product.server = await (options.start ?? startProduct)();
      product.browser = await launchChromium(chromiumPath);
    });
    afterAll(async () => {
      await product.browser?.close();
      await product.server?.close();
    });
    body(product);
  });
}

/** Pixels the page is wider than the window: above 0 means sideways scrolling (on a phone). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The demo staff account the seed creates with the demo data (README, "Demo data"). */
export const demoStaff = { email: 'staff@demo.agenda-atlas.de', password: 'Demo-Atlas-2030' };

/** Signs the page in as the demo staff member through the real sign-in form. */
export async function signInAsDemoStaff(page: Page, server: TestServer): Promise<void> {
  await page.goto(`${server.url}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(demoStaff.email);
  await page.getByLabel('Passwort').fill(demoStaff.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/arbeitsbereich\/empfehlungen/);
}
