import type { Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import { finalQuestions } from '../../content/questions/final';
import { emptyProgress, encodeProgress, type Progress } from '../../lib/progress/schema';
import { DEFAULT_STORAGE_KEY } from '../../lib/progress/storage';

/** Answers that pass the final check, read from the question bank (whatever its size). */
export function passingAnswers(): Record<string, number> {
  return Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer]));
}

/** A learner who completed every lesson and passed the final check, as the /final page records it. */
export function passedProgress(): Progress {
  const at = '2026-11-20T09:00:00.000Z';
  return {
    ...emptyProgress(at),
    role: 'RP',
    lessons: Object.fromEntries(lessonOrder.map((slug) => [slug, { status: 'completed', updatedAt: at }])),
    finalCheck: {
      attempts: 1,
      answers: passingAnswers(),
      scorePct: 100,
      passed: true,
      submittedAt: at,
      firstPass: { scorePct: 100, at },
    },
  };
}

/** Puts a progress document into the page's localStorage before any of its scripts run. */
export async function seedProgress(page: Page, progress: Progress) {
  await page.addInitScript(
    ([key, text]) => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem(key!, text!);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [DEFAULT_STORAGE_KEY, encodeProgress(progress)],
  );
}
