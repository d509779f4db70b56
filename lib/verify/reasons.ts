import type { InvalidReason } from './types';

/** Why a certificate is not valid, in a few words (the verifier's message says it in full). */
export const INVALID_REASON_LABELS: Record<InvalidReason, string> = {
  tampered: 'Changed after it was signed',
  'unknown-key': 'Signed with an unknown key',
  'other-issuer': 'Issued by someone else',
  malformed: 'Not a readable certificate',
  'not-this-module': 'Not a certificate of this module',
};
