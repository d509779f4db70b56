import { finalSlots } from '@/content/questions/final';
import type { Assignment } from '@/lib/assignments/assignment';
import { verifyAssignmentToken } from '@/lib/assignments/token';
import { finalRules, gradeForm } from '@/lib/assignments/final-rules';
import { gradePrecheck } from '@/lib/grading/precheck';
import type { PublishedKeys } from '@/lib/signing/jwks';
import { buildCredential, printedClaims, type OpenBadgeCredential, type PrintedClaims } from './credential';
import type { CertificateRequest } from './request';
import type { SigningKey } from '@/lib/signing/jws';
import { signCredential, signPrintedClaims } from './sign';

export interface IssueContext {
  key: SigningKey;
  /** The published keys an assignment link's token is checked against (by default the signing key's). */
  keys?: PublishedKeys;
  origin: string;
  now: Date;
  newId: () => string;
}

export type IssueOutcome =
  | {
      kind: 'issued';
      /** The VC-JWT (compact JWS). */
      credential: string;
      /** The QR code's signed printed claims (compact JWS). */
      printed: string;
      claims: PrintedClaims;
      credentialId: string;
      issuer: string;
    }
  | { kind: 'not-passed'; scorePct: number; passMarkPct: number; correct: number; total: number }
  | { kind: 'bad-assignment'; message: string }
  /** The answers are not a form the final check can serve: an item unknown, left out or doubled. */
  | { kind: 'bad-form'; message: string }
  /** The pre-check's answers are not a set it could ask: an item unknown, or two of one lesson. */
  | { kind: 'bad-precheck'; message: string };

/**
 * Checks the assignment link again (a learner cannot change its pass mark), checks that the answered items
 * are a form the final check of the assignment's lessons could serve (one item of each slot), re-grades
 * exactly those items with the same `grade()` the browser uses, at the assignment's pass mark (the
 * module's default without one), and only on a pass signs a credential. Pre-check answers, when sent, are
 * graded the same way and recorded beside the score, never counted in it.
 */
export async function issueCertificate(
  request: CertificateRequest,
  context: IssueContext,
): Promise<IssueOutcome> {
  let assignment: Assignment | undefined;
  if (request.assignment !== undefined) {
    const keys = context.keys ?? { keys: [context.key.publicJwk as Record<string, unknown>] };
    const checked = await verifyAssignmentToken(request.assignment, keys, context.now);
    if (!checked.ok) return { kind: 'bad-assignment', message: checked.message };
    assignment = checked.assignment;
  }
  if (request.attitudes && !assignment?.shareAttitudes) {
    return {
      kind: 'bad-assignment',
      message: 'Attitude answers can be shared only for an assignment that invites it.',
    };
  }
  const rules = finalRules(assignment ?? null);
  const { passMarkPct } = rules;
  const form = gradeForm(finalSlots, request.answers, rules);
  if (!form.ok) return { kind: 'bad-form', message: form.message };
  const { result } = form;
  const precheck = request.precheck ? gradePrecheck(finalSlots, request.precheck) : null;
  if (precheck && !precheck.ok) return { kind: 'bad-precheck', message: precheck.message };
  if (!result.passed) {
    return {
      kind: 'not-passed',
      scorePct: result.scorePct,
      passMarkPct,
      correct: result.correct,
      total: result.total,
    };
  }
  const credential: OpenBadgeCredential = buildCredential({
    id: `urn:uuid:${context.newId()}`,
    name: request.name,
    scorePct: result.scorePct,
    issuedAt: new Date(Math.floor(context.now.getTime() / 1000) * 1000),
    origin: context.origin,
    ...(assignment ? { assignment: { token: request.assignment!, assignment } } : {}),
    ...(request.attitudes ? { attitudes: request.attitudes } : {}),
    items: result.results.map(({ id, correct }) => ({ id, correct })),
    ...(precheck?.ok
      ? { precheck: precheck.result.results.map(({ id, correct }) => ({ id, correct })) }
      : {}),
  });
  const claims = printedClaims(credential, assignment);
  const [jwt, printed] = await Promise.all([
    signCredential(credential, context.key),
    signPrintedClaims(claims, context.key),
  ]);
  return {
    kind: 'issued',
    credential: jwt,
    printed,
    claims,
    credentialId: credential.id,
    issuer: credential.issuer.id,
  };
}
