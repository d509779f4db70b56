import { finalQuestions } from '@/content/questions/final';
import { DEFAULT_PASS_MARK_PCT, grade } from '@/lib/grading/grade';
import { buildCredential, printedClaims, type OpenBadgeCredential, type PrintedClaims } from './credential';
import type { CertificateRequest } from './request';
import { signCredential, signPrintedClaims, type SigningKey } from './sign';

export interface IssueContext {
  key: SigningKey;
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
  | { kind: 'not-passed'; scorePct: number; passMarkPct: number; correct: number; total: number };

/**
 * Re-grades the answers with the same `grade()` the browser uses, against the final check, and only on a
 * pass signs a credential. The assignment field is not used yet: the pass mark is the module's default.
 */
export async function issueCertificate(
  request: CertificateRequest,
  context: IssueContext,
): Promise<IssueOutcome> {
  const passMarkPct = DEFAULT_PASS_MARK_PCT;
  const result = grade(finalQuestions, request.answers, passMarkPct);
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
  });
  const claims = printedClaims(credential);
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
