import type { ItemResult } from '@/lib/grading/item-results';
import type { SharedAttitudes } from '@/lib/assignments/attitudes';
import type { OpenBadgeCredential } from '@/lib/certificates/credential';
import type { PublishedKeys } from '@/lib/signing/jwks';

/** The assignment a certificate was completed for, as far as the certificate says (a QR code says less). */
export interface CertificateAssignment {
  id: string;
  course: string;
  due?: string;
  /** Only in a full credential. */
  passMarkPct?: number;
  educatorName?: string;
}

export type InvalidReason = 'tampered' | 'unknown-key' | 'other-issuer' | 'malformed' | 'not-this-module';

export interface ValidCertificate {
  valid: true;
  /** The full credential (VC-JWT), or the printed claims of a certificate's QR code. */
  kind: 'credential' | 'printed-claims';
  name: string;
  scorePct: number;
  /** The UTC day it was signed, `YYYY-MM-DD`. */
  date: string;
  course?: string;
  assignment?: CertificateAssignment;
  /** The before/after attitude answers the learner chose to share (full credentials only). */
  attitudes?: SharedAttitudes;
  /** Which final-check items the graded attempt asked, and whether each was right (full credentials only). */
  items?: ItemResult[];
  /** The knowledge pre-check's items, answered before the lessons and not counted (full credentials only). */
  precheck?: ItemResult[];
  /** The key id it was signed with (as published in the JWKS). */
  kid: string;
  /** Present for a full credential. */
  credentialId?: string;
  issuedAt?: string;
  issuer?: { id: string; name: string };
  credential?: OpenBadgeCredential;
}

export interface InvalidCertificate {
  valid: false;
  reason: InvalidReason;
  /** Plain words for the educator. */
  message: string;
}

export type Verification = ValidCertificate | InvalidCertificate;

export interface VerifyOptions {
  keys: PublishedKeys;
  /** The origin whose certificates count as this module's (the page's own origin in the browser). */
  issuerOrigin: string;
  /** Defaults to now. */
  now?: Date;
}
