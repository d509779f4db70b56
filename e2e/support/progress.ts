import { readFile } from 'node:fs/promises';
import { press } from './keyboard';
import type { Download, Locator, Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { DEFAULT_STORAGE_KEY } from '../../lib/progress/storage';

/** Where the module keeps progress in the browser. */
export const KEY = DEFAULT_STORAGE_KEY;

/** The lesson the progress journeys take. */
export const LESSON = '/lessons/when-patients-knock';

const TOTAL: number = lessonOrder.length;

/** "1 of 6 lessons complete", as the header says it. */
export const lessonsComplete = (n: number) =>
  `${n} of ${TOTAL} ${TOTAL === 1 ? 'lesson' : 'lessons'} complete`;

/** The progress document in the page's localStorage, or null when there is none. */
export function storedProgress(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate((key) => {
    const text = window.localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
  }, KEY);
}

/** Puts `text` where the module keeps progress, as an earlier visit (or another version) would have. */
export function storeProgressText(page: Page, text: string): Promise<void> {
  return page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [KEY, text]);
}

/** Presses a button that downloads a file, and returns the file's name, its text and where it is. */
export async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string; file: string }> {
  const downloaded: Promise<Download> = page.waitForEvent('download');
  await press(button, 'Enter');
  const file = await (await downloaded).path();
  return { name: (await downloaded).suggestedFilename(), text: await readFile(file, 'utf8'), file };
}
