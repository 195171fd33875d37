import type { CaseReference } from "../../domain";
import { DOCUMENT_TEXTS } from "./document-texts";
import { civilDate, longGermanDate } from "./format";
import { drawFooters, drawLetterhead, type Letterhead } from "./letterhead";
import { COLOUR, CONTENT_WIDTH, createPdf, FONT, gap, PAGE } from "./pdf-document";

/** How a document is verified: its code as printed, the page, and the link with the code. */
export interface DocumentVerification {
  /** `7KQ2-M9XD-4HTF-8` */
  code: string;
  /** `https://…/pruefen` */
  pageUrl: string;
  /** `https://…/pruefen?code=7KQ2-M9XD-4HTF-8`, the QR code's link */
  verifyUrl: string;
}

/** Everything a document's frame needs besides its content. */
export interface DocumentFrame {
  letterhead: Letterhead;
  caseReference: CaseReference;
  /** the instant of issue; the day printed is its civil day in `timeZone` */
  issuedAt: Date;
  timeZone: string;
  verification: DocumentVerification;
  /** false for tests that read the page contents; compressed when absent */
  compress?: boolean;
}

/**
 * Starts a document in its frame: the letterhead (with the sample mark of a demo tenant) and
 * the title block with case reference and date. `finish` draws the verification footer on
 * every page and returns the file.
 */
export function startDocument(
  frame: DocumentFrame,
  title: { title: string; subtitle?: string },
): { doc: PDFKit.PDFDocument; issuedOn: string; finish(): Promise<Buffer> } {
  const issuedOn = longGermanDate(civilDate(frame.issuedAt, frame.timeZone));
  const pdf = createPdf({
    title: title.title,
    author: frame.letterhead.authority,
    issuedAt: frame.issuedAt,
    ...(frame.compress === undefined ? {} : { compress: frame.compress }),
  });
  const { doc } = pdf;
  drawLetterhead(doc, frame.letterhead);
  drawTitle(doc, { ...title, caseReference: frame.caseReference, issuedOn });
  return {
    doc,
    issuedOn,
    finish() {
      drawFooters(doc, { ...frame.verification, caseReference: frame.caseReference, issuedOn });
      return pdf.finish();
    },
  };
}

/** The title block: title and subtitle on the left, case reference and date on the right. */
function drawTitle(
  doc: PDFKit.PDFDocument,
  title: { title: string; subtitle?: string; caseReference: string; issuedOn: string },
): void {
  const top = doc.y;
  const metaWidth = 170;
  const metaLeft = PAGE.width - PAGE.right - metaWidth;
  doc.font(FONT.regular).fontSize(9.5).fillColor(COLOUR.text);
  doc.text(`${DOCUMENT_TEXTS.common.caseReference}: ${title.caseReference}`, metaLeft, top, {
    width: metaWidth,
    align: "right",
  });
  doc.text(`${DOCUMENT_TEXTS.common.date}: ${title.issuedOn}`, metaLeft, doc.y, {
    width: metaWidth,
    align: "right",
  });
  const metaBottom = doc.y;
  doc
    .font(FONT.bold)
    .fontSize(20)
    .text(title.title, PAGE.left, top + 26, { width: CONTENT_WIDTH });
  if (title.subtitle) {
    doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.muted);
    doc.text(title.subtitle, PAGE.left, doc.y + 2, { width: CONTENT_WIDTH });
  }
  doc.fillColor(COLOUR.text);
  doc.y = Math.max(doc.y, metaBottom);
  gap(doc, 18);
}
