import type { InvalidCertificate, InvalidReason } from './types';

export function invalid(reason: InvalidReason, message: string): InvalidCertificate {
  return { valid: false, reason, message };
}

export const MESSAGES = {
  tampered:
    'The signature does not match the content: the certificate was changed after it was signed, so it is not valid.',
  notThisModule: 'It is signed, but it is not a certificate of completion of this module.',
} as const;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
