import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { parseLessonSource } from '../../lib/content/lesson-source';

/*
 * Launching a package in the test LMS (lms-server.mjs): its harness page holds scorm-again's API, and the
 * package, unzipped from dist/scorm/, runs in its frame under a deep path.
 */

export type Version = '1.2' | '2004';

/** Where the test LMS serves each package (as lms-server.mjs does). */
export const COURSE_PATH: Record<Version, string> = {
  '1.2': '/courses/2026-27/clerkship-block-3/mod/scorm/41/package-1.2/',
  '2004': '/courses/2026-27/clerkship-block-3/mod/scorm/42/package-2004/',
};

export interface LaunchOptions {
  /** The LMS's data model to resume from, as scorm-again's loadFromJSON takes it. */
  seed?: Record<string, unknown>;
  /** The LMS refuses its commits ('commit') or fails on every SetValue ('set'). */
  refuse?: 'commit' | 'set';
  /** Resume from the data model the LMS kept at the end of the last session in this tab. */
  resume?: boolean;
}

/** Opens the LMS's page for a version; returns the package's frame once the course is on it. */
export async function launch(page: Page, version: Version, options: LaunchOptions = {}): Promise<Frame> {
  await page.addInitScript(
    ({ seed, refuse }) => {
      const w = window as unknown as Record<string, unknown>;
      if (seed) w.harnessSeed = seed;
      if (refuse) w.harnessRefuse = refuse;
    },
    { seed: options.seed, refuse: options.refuse },
  );
  if (options.resume) {
    // The LMS gives the learner's attempt back: what it kept when the last session ended.
    const kept = await page.evaluate((v) => sessionStorage.getItem(`harness:cmi:${v}`), version);
    expect(kept, 'the LMS kept the last session').not.toBeNull();
    const cmi = JSON.parse(kept!) as Record<string, unknown>;
    await page.addInitScript((seed) => {
      (window as unknown as Record<string, unknown>).harnessSeed = seed;
    }, cmi);
  }
  await page.goto(`/lms/${version}`);
  const frame = page.frameLocator('iframe[title="Friend Request? (course)"]');
  await expect(frame.getByRole('link', { name: 'Friend Request?' })).toBeVisible();
  const found = page.frames().find((f) => f.url().includes(COURSE_PATH[version]));
  if (!found) throw new Error('The package is not in the LMS page’s frame.');
  return found;
}

/** The LMS's whole data model, read back from its API. */
export async function cmiOf(page: Page, version: Version) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's JSON, read by path
  return page.evaluate((v): any => {
    const w = window as unknown as Record<string, { renderCMIToJSONObject(): unknown }>;
    return w[v === '1.2' ? 'API' : 'API_1484_11']!.renderCMIToJSONObject();
  }, version);
}

/** What the LMS kept at the end of the session (written when the package finished, on pagehide). */
export async function keptAtTheEnd(page: Page, version: Version) {
  const kept = await page.evaluate((v) => sessionStorage.getItem(`harness:cmi:${v}`), version);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's JSON, read by path
  return JSON.parse(kept ?? 'null') as any;
}

/** Every request the page makes to a host other than the test LMS's, to assert there are none. */
export function requestsElsewhere(page: Page, origin: string): string[] {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('about:')) return;
    if (new URL(url).origin !== origin) elsewhere.push(url);
  });
  return elsewhere;
}

/** A lesson's sections, as its MDX file names them. */
export function sectionsOf(slug: string): string[] {
  const source = readFileSync(path.join(__dirname, '..', '..', 'content', 'lessons', `${slug}.mdx`), 'utf8');
  return parseLessonSource(slug, source).sections.map((s) => s.id);
}

export { lessonOrder };
