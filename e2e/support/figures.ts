import type { Page } from '@playwright/test';
import { figureList, formatFigure } from '../../content/study';

/** Every percentage of the study's typed data, as the module prints it. */
const allowed = new Set(figureList.filter((f) => f.unit === 'percent').map((f) => formatFigure(f)));

/**
 * The percentages a page shows that are not a figure of the typed study data and do not sit inside an
 * element marked as computed (`data-computed`) or as the module's own value (`data-module-value`).
 */
export async function unexplainedPercentages(page: Page): Promise<string[]> {
  const found = await page.locator('body').evaluate((body) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [data-computed], [data-module-value]')) continue;
      for (const match of node.textContent?.matchAll(/\d+(?:\.\d+)?%/g) ?? []) texts.push(match[0]);
    }
    return texts;
  });
  return found.filter((pct) => !allowed.has(pct));
}
