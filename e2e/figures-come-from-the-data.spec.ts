import { expect, test } from '@playwright/test';
import { unexplainedPercentages } from './support/figures';
import { PAGE_ROUTES } from './support/routes';

/**
 * Every percentage a page shows must be a figure of the typed study data, or sit inside an element marked
 * as computed (`data-computed`) or as the module's own value such as a pass mark or the learner's score
 * (`data-module-value`).
 */
for (const route of PAGE_ROUTES) {
  test(`${route} shows no percentage that the study data does not explain`, async ({ page }) => {
    await page.goto(route);
    // Reveal everything a learner could reveal: comparisons shown without answering, tables opened.
    const showAnyway = page.getByRole('button', { name: 'Show the figures without answering' });
    while ((await showAnyway.count()) > 0) await showAnyway.first().click();
    for (const summary of await page.locator('details > summary').all()) await summary.click();
    expect(await unexplainedPercentages(page)).toEqual([]);
  });
}
