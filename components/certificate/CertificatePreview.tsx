'use client';

import { useState } from 'react';
import { ISSUER_NAME, MODULE_TITLE, NO_CME_CREDIT } from '@/lib/certificates/constants';
import { formatDay } from '@/lib/dates/days';
import { envelopeCredential } from '@/lib/verify/find-token';
import styles from './certificate.module.css';
import { verificationLink, type IssuedCertificate } from './issued';
import { saveFile } from '@/components/dom/save-file';

type PdfState =
  { kind: 'idle' } | { kind: 'making' } | { kind: 'done' } | { kind: 'failed'; message: string };

/** The signed certificate as it will print, and its two downloads. */
export function CertificatePreview({ issued }: { issued: IssuedCertificate }) {
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const origin = window.location.origin;
  const link = verificationLink(issued, origin);

  async function downloadPdf() {
    setPdf({ kind: 'making' });
    try {
      const { downloadCertificatePdf } = await import('./make-pdf');
      await downloadCertificatePdf(issued, origin);
      setPdf({ kind: 'done' });
    } catch (error) {
      setPdf({
        kind: 'failed',
        message: `The PDF could not be made (${(error as Error).message}). Try again, or download the credential file.`,
      });
    }
  }

  function downloadCredential() {
    const json = JSON.stringify(envelopeCredential(issued.credential), null, 2);
    saveFile(`${json}\n`, 'friend-request-credential.json', 'application/json');
  }

  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabIndex={-1}>
        Your certificate
      </h2>
      <div className={styles.card}>
        <p className={styles.cardLabel}>Certificate of completion</p>
        <p className={styles.cardSmall}>This certifies that</p>
        <p className={styles.cardName} dir="auto">
          {issued.claims.name}
        </p>
        <p className={styles.cardSmall}>has completed the e-learning module</p>
        <p className={styles.cardTitle}>{MODULE_TITLE}</p>
        <dl className={styles.facts}>
          <div>
            <dt>Completed on</dt>
            <dd>{formatDay(issued.claims.date)}</dd>
          </div>
          <div>
            <dt>Final-check score</dt>
            <dd data-module-value="">{issued.claims.score}%</dd>
          </div>
          {issued.claims.course && (
            <div>
              <dt>Course</dt>
              <dd dir="auto">{issued.claims.course}</dd>
            </div>
          )}
          <div>
            <dt>Issued by</dt>
            <dd>{ISSUER_NAME}</dd>
          </div>
        </dl>
        <p className={styles.cardNote}>
          {NO_CME_CREDIT} The score is the server’s own grading of your answers.
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={downloadPdf} disabled={pdf.kind === 'making'}>
          {pdf.kind === 'making' ? 'Making the PDF…' : 'Download PDF'}
        </button>
        <button type="button" className="button button--quiet" onClick={downloadCredential}>
          Download credential (.json)
        </button>
      </div>
      <p role="status" className={pdf.kind === 'failed' ? 'field-error' : 'source'}>
        {pdf.kind === 'making' && 'Making your PDF in this browser…'}
        {pdf.kind === 'done' && 'Your PDF is downloaded. It carries the signed credential inside it.'}
        {pdf.kind === 'failed' && pdf.message}
      </p>
      <p>
        Anyone can check this certificate by scanning its QR code, by uploading the PDF at{' '}
        <a href="/verify">/verify</a>, or with its <a href={link}>verification link</a> (copy it to share it).
      </p>
      <p className="source">
        This page does not keep your certificate: save the PDF. You can come back and create it again at any
        time.
      </p>
    </section>
  );
}
