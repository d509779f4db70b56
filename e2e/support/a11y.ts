import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails with the rule ids and the offending elements when the page breaks a WCAG 2.2 A/AA rule. It checks
 * the page at rest: a reveal that is still fading in would read as low contrast for a fraction of a second,
 * so it first waits (up to 5 s) until no animation runs and nothing is part-transparent. Blocks a lesson lays
 * out only near the screen (`content-visibility: auto`) are laid out for the check, as they are once a reader
 * scrolls to them: axe measures targets and contrast by hit-testing, which skipped content does not answer.
 * Given the LMS package's frame, it checks the LMS's page with the package in it (axe enters frames).
 */
export async function expectNoAxeViolations(scope: Page | Frame) {
  const page = 'mainFrame' in scope ? scope : scope.page();
  await scope
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // An endless animation (a spinner) never settles; a reveal does.
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .every((animation) => animation.playState !== 'running') &&
        [...document.querySelectorAll<HTMLElement>('[style*="opacity"]')].every(
          (element) => Number(getComputedStyle(element).opacity) === 1,
        ),
      null,
      { polling: 100, timeout: 5_000 },
    )
    .catch(() => undefined); // still moving after 5 s: let axe report what it sees
  await scope.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Collects uncaught errors of the page, so a journey can assert that none happened. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
