import { finalQuestions } from '@/content/questions/final';
import { generatePrivateJwk, signingKeyFromJson } from '../keys';
import type { SigningKey } from '../sign';

export const ORIGIN = 'https://module.example';

/** Answers that are all correct, read from the question bank (whatever its size). */
export function passingAnswers(): Record<string, number> {
  return Object.fromEntries(finalQuestions.map((q) => [q.id, q.answer]));
}

/** Answers that are all wrong. */
export function failingAnswers(): Record<string, number> {
  return Object.fromEntries(finalQuestions.map((q) => [q.id, (q.answer + 1) % q.options.length]));
}

export async function newSigningKey(): Promise<SigningKey> {
  return signingKeyFromJson(JSON.stringify(await generatePrivateJwk()), 'test key');
}

export function jwksOf(...keys: SigningKey[]) {
  return { keys: keys.map((k) => k.publicJwk as Record<string, unknown>) };
}

/** Base64url of a JSON value, as a JWS segment. */
export function segment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeSegment(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A learner's answers with exactly `correct` of the given questions right (the first ones), the rest wrong. */
export function answersWithCorrect(
  questions: ReadonlyArray<{ id: string; answer: number; options: readonly unknown[] }>,
  correct: number,
): Record<string, number> {
  return Object.fromEntries(
    questions.map((q, i) => [q.id, i < correct ? q.answer : (q.answer + 1) % q.options.length]),
  );
}
