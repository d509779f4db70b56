import type { SharedAttitudes } from '@/lib/assignments/attitudes';
import { signedAssignment } from '@/lib/assignments/testing';
import { issueCertificate } from '@/lib/certificates/issue';
import type { SigningKey } from '@/lib/signing/jws';
import { ORIGIN, passingAnswers } from '@/lib/certificates/testing/fixtures';
import { jwksOf } from '@/lib/signing/testing';
import { verifyToken } from '@/lib/verify/verify';
import type { Verification } from '@/lib/verify/types';

let counter = 0;

/** A certificate the module signed at `now` and this module's verifier read: the full credential and its QR code. */
export async function certificate(
  key: SigningKey,
  {
    name,
    now,
    assignment,
    attitudes,
    answers = passingAnswers(),
    precheck,
  }: {
    name: string;
    now: string;
    assignment?: string;
    attitudes?: SharedAttitudes;
    answers?: Record<string, number>;
    precheck?: Record<string, number>;
  },
): Promise<{ credential: Verification; printed: Verification; token: string }> {
  counter++;
  const outcome = await issueCertificate(
    {
      name,
      answers,
      ...(precheck ? { precheck } : {}),
      ...(assignment ? { assignment } : {}),
      ...(attitudes ? { attitudes } : {}),
    },
    {
      key,
      origin: ORIGIN,
      now: new Date(now),
      newId: () => `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    },
  );
  if (outcome.kind !== 'issued') throw new Error(`expected a certificate, got ${outcome.kind}`);
  const options = { keys: jwksOf(key), issuerOrigin: ORIGIN, now: new Date(now) };
  return {
    credential: await verifyToken(outcome.credential, options),
    printed: await verifyToken(outcome.printed, options),
    token: outcome.credential,
  };
}

/** An assignment link's token, signed on 2026-11-20 (a course name and a due date as the test needs). */
export async function assignmentToken(
  key: SigningKey,
  overrides: Parameters<typeof signedAssignment>[1] = {},
): Promise<{ token: string; id: string }> {
  const { token, assignment } = await signedAssignment(key, overrides);
  return { token, id: assignment.id };
}
