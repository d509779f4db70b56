// Loaded only when a learner asks for the PDF: pdf-lib, fontkit and the fonts stay out of the page's first load.
import { makeCertificatePdf } from '@/lib/certificates/pdf/make-certificate-pdf';
import { PATHS } from '@/lib/certificates/constants';
import { loadFontFromOrigin } from './browser-fonts';
import { verificationLink, type IssuedCertificate } from './issued';
import { saveFile } from '@/components/dom/save-file';

export async function downloadCertificatePdf(issued: IssuedCertificate, origin: string): Promise<void> {
  const bytes = await makeCertificatePdf(
    {
      name: issued.claims.name,
      scorePct: issued.claims.score,
      date: issued.claims.date,
      ...(issued.claims.course ? { course: issued.claims.course } : {}),
      credentialId: issued.credentialId,
      credentialJwt: issued.credential,
      verifyUrl: `${origin}${PATHS.verify}`,
      qrUrl: verificationLink(issued, origin),
    },
    loadFontFromOrigin,
  );
  saveFile(bytes as Uint8Array<ArrayBuffer>, 'friend-request-certificate.pdf', 'application/pdf');
}
