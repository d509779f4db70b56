import { expect, test, type Page } from '@playwright/test';
import { PAGE_ROUTES } from './support/routes';
import { figureList, formatFigure } from '../content/study';

/**
 * Every percentage a page shows must be a figure of the typed study data, or sit inside an element marked
 * as computed (`data-computed`) or as the module's own value such as a pass mark or the learner's score
 * (`data-module-value`).
 */
const allowed = new Set(figureList.filter((f) => f.unit === 'percent').map((f) => formatFigure(f)));

async function unexplainedPercentages(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((body) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [data-computed], [data-module-value]')) continue;
      for (const match of node.textContent?.matchAll(/\d+(?:\.\d+)?%/g) ?? []) found.push(match[0]);
    }
    return found;
  });
}

for (const route of PAGE_ROUTES) {
  test(`${route} shows no percentage that the study data does not explain`, async ({ page }) => {
    await page.goto(route);
    // Reveal everything a learner could reveal: comparisons shown without answering, tables opened.
    const showAnyway = page.getByRole('button', { name: 'Show the figures without answering' });
    while ((await showAnyway.count()) > 0) await showAnyway.first().click();
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    const unexplained = (await unexplainedPercentages(page)).filter((pct) => !allowed.has(pct));
    expect(unexplained).toEqual([]);
  });
}
