import type { Metadata } from 'next';
import { VerifyCertificate } from '@/components/verify/VerifyCertificate';

export const metadata: Metadata = { title: 'Check a certificate' };

export default function VerifyPage() {
  return (
    <div className="prose">
      <h1>Check a certificate</h1>
      <p className="lede">
        Scan a certificate’s QR code, upload its PDF or credential file, or paste its code. The signature is
        checked in this browser against this module’s published keys; nothing is uploaded.
      </p>
      <VerifyCertificate />
    </div>
  );
}
