import { expect, test } from '@playwright/test';
import { figureList } from '../content/study';
import { PAGE_ROUTES } from './support/routes';
import { collectPageErrors, expectNoAxeViolations } from './support/a11y';

for (const route of PAGE_ROUTES) {
  test(`${route} answers 200, has one h1, and passes axe (WCAG 2.2 AA) with no page error`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });
}

// The narrowest width WCAG asks a page to work at (1.4.10, Reflow): a table wider than that scrolls in its
// wrapper, and axe fails a scrolling wrapper that the keyboard cannot reach (scrollable-region-focusable).
test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const route of PAGE_ROUTES) {
    test(`${route} passes axe (WCAG 2.2 AA) at 320 px wide with no page error`, async ({ page }) => {
      const errors = collectPageErrors(page);
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'lessons' })).toBeVisible();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/lessons');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('/data offers the figures as CSV and JSON, and the CSV holds every figure', async ({
  page,
  request,
}) => {
  await page.goto('/data');
  const csvLink = page.getByRole('link', { name: /CSV/ });
  const jsonLink = page.getByRole('link', { name: /JSON/ });
  const csv = await request.get((await csvLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  const json = await request.get((await jsonLink.getAttribute('href'))!);
  expect(json.status()).toBe(200);
  const text = await csv.text();
  for (const figure of figureList) expect(text, figure.id).toContain(figure.id);
  const lines = text.trim().split(/\r\n/);
  expect(lines.length).toBe(figureList.length + 1);
});
