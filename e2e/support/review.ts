import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { lessonOrder } from '../../content/lessons/order';
import type { SharedAttitudes } from '../../lib/assignments/attitudes';
import { envelopeCredential } from '../../lib/verify/find-token';
import { passingAnswers } from './certificate';

/*
 * Certificates for the class review, made through the module's own API as a learner's browser would ask
 * for them, and the review page's roster.
 */

const JSON_TYPE = { 'content-type': 'application/json' };

export interface Issued {
  credential: string;
  printed: string;
  claims: { name: string; score: number; date: string; course?: string };
  credentialId: string;
}

/** "Dec 15, 2026", as the roster prints a day. */
export const shortDay = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

export const utcDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function makeAssignment(
  request: APIRequestContext,
  fields: { course: string; due?: string; shareAttitudes: boolean },
): Promise<string> {
  const response = await request.post('/api/assignments', {
    headers: JSON_TYPE,
    data: JSON.stringify({
      educatorName: 'Dr. Amara Okafor',
      educatorContact: 'a.okafor@hospital.example',
      passMarkPct: 70,
      lessons: lessonOrder,
      ...fields,
    }),
  });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

export async function makeCertificate(
  request: APIRequestContext,
  name: string,
  assignment: string,
  attitudes?: SharedAttitudes,
  answers: Record<string, number> = passingAnswers(),
  /** The pre-check's answers, as the learner's browser sends them when it was taken. */
  precheck?: Record<string, number>,
): Promise<Issued> {
  const response = await request.post('/api/certificates', {
    headers: JSON_TYPE,
    data: JSON.stringify({
      name,
      answers,
      assignment,
      ...(attitudes ? { attitudes } : {}),
      ...(precheck ? { precheck } : {}),
    }),
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Issued;
}

export const jsonFile = (name: string, issued: Issued) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(`${JSON.stringify(envelopeCredential(issued.credential), null, 2)}\n`),
});

export const rosterRow = (page: Page, text: string) =>
  page
    .getByRole('table', { name: /^Certificates checked/ })
    .getByRole('row')
    .filter({ hasText: text });
