import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** Focuses a control and presses a key on it, as a keyboard user would after tabbing there. */
export async function press(locator: Locator, key: string) {
  await locator.focus();
  await locator.press(key);
}

/** Picks a radio in the group named `group` with the Space key; a string option name matches exactly. */
export async function chooseRadio(
  scope: Page | Frame | Locator,
  group: string | RegExp,
  option: string | RegExp,
) {
  const radio = scope
    .getByRole('group', { name: group })
    .getByRole('radio', { name: option, exact: typeof option === 'string' });
  await press(radio, 'Space');
  await expect(radio).toBeChecked();
}

/** A pattern that matches the start of a question's text, whatever characters it holds. */
export function startOf(text: string, length = 50): RegExp {
  return new RegExp(text.slice(0, length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Expects the address of a page, or of the LMS package in its frame, to match `pattern` (the package names
 * its pages in the fragment, `…/index.html#/lessons/x`, so the site's patterns ending in the path hold).
 */
export async function expectAddress(scope: Page | Frame, pattern: RegExp) {
  if ('mainFrame' in scope) await expect(scope).toHaveURL(pattern);
  else await expect.poll(() => scope.url()).toMatch(pattern);
}
