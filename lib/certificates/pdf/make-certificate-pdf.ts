import {
  AFRelationship,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Ops,
  PDFString,
  rgb,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { ISSUER_NAME, MODULE_TITLE, NO_CME_CREDIT } from '../constants';
import { formatDay } from '@/lib/dates/days';
import { fontkitFor, openFont, type AdaptedFont } from './fontkit-adapter';
import { qrMatrix, qrRectangles } from '@/lib/qr/qr';
import { fontsForName, type FontId } from './fonts';
import { drawShapedLine, fitSize, shapeLine, type LoadedFont } from './shaped-text';

/** Where the maker gets a font file's bytes: fetched from the module's origin in the browser, read in Node. */
export type FontLoader = (font: FontId) => Promise<Uint8Array>;

export interface CertificatePdfInput {
  /** The printed name, as the credential holds it. */
  name: string;
  scorePct: number;
  /** The UTC day the credential was signed, `YYYY-MM-DD`. */
  date: string;
  /** The course of the assignment it was completed for, when there is one. */
  course?: string;
  credentialId: string;
  /** The signed credential (VC-JWT), attached to the PDF. */
  credentialJwt: string;
  /** Printed under the QR code: where to check a certificate. */
  verifyUrl: string;
  /** What the QR code opens: the verification page with the signed printed claims in its fragment. */
  qrUrl: string;
}

export const CREDENTIAL_ATTACHMENT = 'credential.jwt';
export const CREDENTIAL_INFO_KEY = 'VerifiableCredential';

// A font's first layout parses its OpenType tables (a few hundred ms): keep parsed fonts for the next PDF.
const parsed = new WeakMap<Uint8Array, AdaptedFont>();
function parsedFont(bytes: Uint8Array): AdaptedFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = openFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

const PAGE = { width: 792, height: 612 }; // US Letter, landscape
const MM = 72 / 25.4;
const INK = rgb(0.11, 0.129, 0.153);
const MUTED = rgb(0.294, 0.333, 0.38);
const ACCENT = rgb(0.114, 0.357, 0.525);

/**
 * Makes the certificate PDF: landscape, the learner's name in any supported script, the module, date, score
 * and issuer, a QR code to the verification page, and the signed credential attached as `credential.jwt`
 * (and repeated in the document information) so that the PDF alone can be verified. Fonts are subset.
 */
export async function makeCertificatePdf(
  input: CertificatePdfInput,
  loadFont: FontLoader,
): Promise<Uint8Array> {
  const needed: FontId[] = ['latin', 'latinSemiBold', ...fontsForName(input.name)];
  const bytes = await Promise.all(needed.map((id) => loadFont(id)));
  const kits = new Map<Uint8Array, AdaptedFont>(bytes.map((b) => [b, parsedFont(b)]));

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitFor(kits));
  const fonts: Partial<Record<FontId, LoadedFont>> = {};
  for (const [i, id] of needed.entries()) {
    const data = bytes[i]!;
    fonts[id] = { id, pdf: await doc.embedFont(data, { subset: true }), kit: kits.get(data)! };
  }

  const issued = new Date(`${input.date}T00:00:00Z`);
  doc.setTitle(`Certificate of completion: ${input.name}`, { showInWindowTitleBar: true });
  doc.setSubject(MODULE_TITLE);
  doc.setAuthor(ISSUER_NAME);
  doc.setKeywords([
    'certificate of completion',
    'Open Badges 3.0',
    'verifiable credential',
    input.credentialId,
  ]);
  doc.setCreator(ISSUER_NAME);
  doc.setProducer('pdf-lib');
  doc.setLanguage('en-US');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(CREDENTIAL_INFO_KEY), PDFString.of(input.credentialJwt));
  await doc.attach(new TextEncoder().encode(input.credentialJwt), CREDENTIAL_ATTACHMENT, {
    mimeType: 'application/vc+jwt',
    description: 'The signed credential of this certificate (Open Badges 3.0, VC-JWT)',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Source,
  });

  const page = doc.addPage([PAGE.width, PAGE.height]);
  drawFrame(page);
  const center = (
    text: string,
    y: number,
    size: number,
    font: FontId | undefined,
    color: RGB,
    maxWidth = 640,
  ) => {
    const line = shapeLine(text, fonts, font);
    const fitted = fitSize(line, size, maxWidth);
    drawShapedLine(doc, page, line, {
      x: (PAGE.width - line.unitWidth * fitted) / 2,
      y,
      size: fitted,
      color,
    });
  };
  const left = (text: string, x: number, y: number, size: number, font: FontId, color: RGB) =>
    drawShapedLine(doc, page, shapeLine(text, fonts, font), { x, y, size, color });

  center('Certificate of completion', 500, 34, 'latinSemiBold', ACCENT);
  center('This certifies that', 452, 13, 'latin', MUTED);
  center(input.name, 398, 32, undefined, INK, 660);
  page.drawLine({ start: { x: 216, y: 384 }, end: { x: 576, y: 384 }, thickness: 0.75, color: MUTED });
  center('has completed the e-learning module', 354, 13, 'latin', MUTED);
  center(MODULE_TITLE, 324, 19, 'latinSemiBold', INK, 680);

  const facts: [string, string][] = [
    ['Completed on', formatDay(input.date)],
    ['Final-check score', `${input.scorePct}%`],
    ...(input.course ? ([['Course', input.course]] as [string, string][]) : []),
    ['Issued by', ISSUER_NAME],
  ];
  const column = 600 / facts.length;
  facts.forEach(([label, value], i) => {
    const middle = 96 + column * (i + 0.5);
    for (const [text, y, size, font, color] of [
      [label, 262, 10, 'latin', MUTED],
      [value, 242, 13, label === 'Course' ? undefined : 'latinSemiBold', INK],
    ] as const) {
      const line = shapeLine(text, fonts, font);
      const fitted = fitSize(line, size, column - 16);
      drawShapedLine(doc, page, line, { x: middle - (line.unitWidth * fitted) / 2, y, size: fitted, color });
    }
  });

  // Verification: the QR code (bottom right) and the words beside it.
  const matrix = qrMatrix(input.qrUrl);
  const moduleSize = Math.max(0.5 * MM, Math.min((34 * MM) / matrix.size, 0.75 * MM));
  const qrSize = moduleSize * matrix.size;
  const qrX = PAGE.width - 60 - qrSize;
  const qrY = 60;
  drawQr(page, matrix, qrX, qrY, moduleSize);

  left(NO_CME_CREDIT, 60, 150, 11, 'latinSemiBold', INK);
  const notes = [
    `Check this certificate: scan the QR code, or open ${input.verifyUrl} and upload this PDF.`,
    `The signed credential (Open Badges 3.0) is attached to this file as ${CREDENTIAL_ATTACHMENT}.`,
    `Credential ID: ${input.credentialId}`,
  ];
  notes.forEach((text, i) => {
    const line = shapeLine(text, fonts, 'latin');
    const fitted = fitSize(line, 9, qrX - 60 - 24);
    drawShapedLine(doc, page, line, { x: 60, y: 128 - i * 15, size: fitted, color: MUTED });
  });

  return doc.save({ useObjectStreams: true });
}

function drawFrame(page: PDFPage) {
  const inset = 24;
  page.drawRectangle({
    x: inset,
    y: inset,
    width: PAGE.width - 2 * inset,
    height: PAGE.height - 2 * inset,
    borderColor: ACCENT,
    borderWidth: 2,
  });
  page.drawRectangle({
    x: inset + 6,
    y: inset + 6,
    width: PAGE.width - 2 * inset - 12,
    height: PAGE.height - 2 * inset - 12,
    borderColor: ACCENT,
    borderWidth: 0.5,
  });
}

/** The QR code as vector rectangles in one filled path (no image: sharp at any zoom and small). */
function drawQr(
  page: PDFPage,
  matrix: ReturnType<typeof qrMatrix>,
  x: number,
  y: number,
  moduleSize: number,
) {
  const top = y + matrix.size * moduleSize;
  const n = (value: number) => PDFNumber.of(Math.round(value * 1000) / 1000);
  const ops = [PDFOperator.of(Ops.PushGraphicsState), PDFOperator.of(Ops.NonStrokingColorGray, [n(0)])];
  for (const [column, row, width] of qrRectangles(matrix)) {
    const rect = [x + column * moduleSize, top - (row + 1) * moduleSize, width * moduleSize, moduleSize].map(
      n,
    );
    ops.push(PDFOperator.of(Ops.AppendRectangle, rect));
  }
  ops.push(PDFOperator.of(Ops.FillNonZero), PDFOperator.of(Ops.PopGraphicsState));
  page.pushOperators(...ops);
}
