import { PATHS } from '@/lib/certificates/constants';

/** What the signing server answers on a pass (POST /api/certificates). */
export interface IssuedCertificate {
  credential: string;
  printed: string;
  claims: { name: string; score: number; date: string; course?: string };
  credentialId: string;
  issuer: string;
}

/** The link the certificate's QR code opens: the verification page with the signed printed claims. */
export function verificationLink(issued: IssuedCertificate, origin: string): string {
  return `${origin}${PATHS.verify}#c=${issued.printed}`;
}
