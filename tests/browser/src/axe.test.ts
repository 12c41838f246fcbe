import { expect, it } from 'vitest';
import { runAxe } from './axe.js';
import { DECISION_PAGES, openPage } from './pages.js';
import { describeInChromium, horizontalOverflow } from './product.js';

describeInChromium('accessibility and small screens', (product) => {
  for (const visit of DECISION_PAGES) {
    it(`${visit.name} (${visit.path}) has no serious or critical axe violations, in German and English`, async () => {
      const page = await product.browser.newPage();
      for (const path of [visit.path, `${visit.path}${visit.path.includes('?') ? '&' : '?'}lang=en`]) {
        await openPage(page, product.server.url, { ...visit, path });
        const { passes, severe } = await runAxe(page);
        // axe checked the page (an empty page would pass trivially).
        expect(passes).toBeGreaterThan(10);
        expect(severe, `${path}`).toEqual([]);
      }
      await page.close();
    });

    it(`${visit.name} fits 375 px without horizontal scrolling`, async () => {
      const page = await product.browser.newPage({ viewport: { width: 375, height: 800 } });
      await openPage(page, product.server.url, visit);
      const overflow = await horizontalOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
