import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from 'pdf-lib';

/** The attachment's file name a certificate PDF carries its credential under. */
export const CREDENTIAL_ATTACHMENT = 'credential.jwt';
/** The document-information entry that repeats it, for tools that drop attachments. */
export const CREDENTIAL_INFO_KEY = 'VerifiableCredential';

export type Extracted = { ok: true; token: string } | { ok: false; message: string };

const text = (value: unknown) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** Reads the signed credential out of a certificate PDF: the `credential.jwt` attachment, else the info entry. */
export async function extractCredentialFromPdf(bytes: Uint8Array): Promise<Extracted> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return { ok: false, message: 'This PDF cannot be read: it is damaged or not a PDF.' };
  }
  try {
    const fromAttachment = attachedCredential(doc);
    if (fromAttachment) return { ok: true, token: fromAttachment };
    const infoDict = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
    const info = infoDict?.lookup(PDFName.of(CREDENTIAL_INFO_KEY));
    const fromInfo = text(info)?.trim();
    if (fromInfo) return { ok: true, token: fromInfo };
  } catch {
    return { ok: false, message: 'This PDF cannot be read: it is damaged or not a PDF.' };
  }
  return { ok: false, message: 'This PDF carries no credential: it is not a certificate from this module.' };
}

function attachedCredential(doc: PDFDocument): string | undefined {
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = embedded?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return undefined;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    if (text(list.lookup(i)) !== CREDENTIAL_ATTACHMENT) continue;
    const spec = list.lookupMaybe(i + 1, PDFDict);
    const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) continue;
    const data = decodePDFRawStream(stream).decode();
    return new TextDecoder().decode(data).trim();
  }
  return undefined;
}
