import type { OpenBadgeCredential } from '@/lib/certificates/credential';

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

/** A JSON Web Key Set as published at /.well-known/jwks.json. */
export interface PublishedKeys {
  keys: ReadonlyArray<Record<string, unknown>>;
}

export interface VerifyOptions {
  keys: PublishedKeys;
  /** The origin whose certificates count as this module's (the page's own origin in the browser). */
  issuerOrigin: string;
  /** Defaults to now. */
  now?: Date;
}
