import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '@atlas/api/testing';
import { runAxe } from './axe.js';
import { chromiumOrExplain, launchChromium } from './browser.js';
import { DECISION_PAGES, openPage } from './pages.js';
import { startProduct } from './server.js';

const chromiumPath = chromiumOrExplain();

describe.skipIf(!chromiumPath)('accessibility and small screens', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const visit of DECISION_PAGES) {
    it(`${visit.name} (${visit.path}) has no serious or critical axe violations, in German and English`, async () => {
      const page = await browser.newPage();
      for (const path of [visit.path, `${visit.path}${visit.path.includes('?') ? '&' : '?'}lang=en`]) {
        await openPage(page, server.url, { ...visit, path });
        const { passes, severe } = await runAxe(page);
        // axe checked the page (an empty page would pass trivially).
        expect(passes).toBeGreaterThan(10);
        expect(severe, `${path}`).toEqual([]);
      }
      await page.close();
    });

    it(`${visit.name} fits 375 px without horizontal scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await openPage(page, server.url, visit);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
