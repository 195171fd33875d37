import PDFDocument from "pdfkit";

/*
 * The page of every issued document: A4, Helvetica (one of the fonts every PDF reader has; its
 * WinAnsi encoding covers ä, ö, ü and ß), German as the document language, the title shown by
 * the reader. The creation date is the instant of issue, so the same document rendered twice
 * is byte for byte the same (pdfkit derives the file id from the metadata too).
 */

export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 70,
  right: 57,
  top: 48,
  /** room for the verification footer */
  bottom: 140,
};

/** The width between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FONT = { regular: "Helvetica", bold: "Helvetica-Bold" } as const;

export const COLOUR = { text: "#000000", muted: "#444444", rule: "#888888", demo: "#9b0000" } as const;

export interface PdfOptions {
  /** the document's title in the reader's title bar and its metadata */
  title: string;
  /** who issued it, for the metadata */
  author: string;
  /** the instant of issue: the metadata's creation date */
  issuedAt: Date;
  /** false leaves the page contents readable (tests search them); true otherwise */
  compress?: boolean;
}

/**
 * A new document with every page kept in memory until `finish`, so footers that count the
 * pages ("Seite 1 von 2") are drawn last.
 */
export function createPdf(options: PdfOptions): {
  doc: PDFKit.PDFDocument;
  finish(): Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: "de-DE",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: options.title,
      Author: options.author,
      Creator: "Stadtbüro",
      CreationDate: options.issuedAt,
      ModDate: options.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.text);
  return {
    doc,
    finish() {
      doc.end();
      return ended;
    },
  };
}

/** Moves the cursor down by `points`, back at the left margin. */
export function gap(doc: PDFKit.PDFDocument, points: number): void {
  doc.x = PAGE.left;
  doc.y += points;
}

/**
 * Rows of label and value, the label in a narrow column; a value may span several lines. A row
 * that would not fit the page starts the next one.
 */
export function drawRows(
  doc: PDFKit.PDFDocument,
  rows: readonly { label: string; value: string; bold?: boolean }[],
  options: { labelWidth?: number; left?: number; width?: number } = {},
): void {
  const left = options.left ?? PAGE.left;
  const width = options.width ?? CONTENT_WIDTH;
  const labelWidth = options.labelWidth ?? 170;
  const valueWidth = width - labelWidth - 10;
  for (const row of rows) {
    doc.fontSize(10.5);
    const labelHeight = doc.font(FONT.regular).heightOfString(row.label, { width: labelWidth });
    const valueHeight = doc
      .font(row.bold ? FONT.bold : FONT.regular)
      .heightOfString(row.value, { width: valueWidth });
    const height = Math.max(labelHeight, valueHeight);
    if (doc.y + height > PAGE.height - PAGE.bottom) doc.addPage();
    const top = doc.y;
    doc.font(FONT.regular).fillColor(COLOUR.muted).text(row.label, left, top, { width: labelWidth });
    doc
      .font(row.bold ? FONT.bold : FONT.regular)
      .fillColor(COLOUR.text)
      .text(row.value, left + labelWidth + 10, top, { width: valueWidth });
    doc.x = left;
    doc.y = top + height + 5;
  }
  doc.font(FONT.regular).fillColor(COLOUR.text);
}

/** A heading inside a document. */
export function drawHeading(doc: PDFKit.PDFDocument, text: string, size = 12.5): void {
  if (doc.y + 3 * size > PAGE.height - PAGE.bottom) doc.addPage();
  doc
    .font(FONT.bold)
    .fontSize(size)
    .fillColor(COLOUR.text)
    .text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.font(FONT.regular).fontSize(10.5);
  gap(doc, 4);
}

/** A paragraph of running text across the content width. */
export function drawParagraph(doc: PDFKit.PDFDocument, text: string, options: { size?: number } = {}): void {
  doc
    .font(FONT.regular)
    .fontSize(options.size ?? 10.5)
    .fillColor(COLOUR.text)
    .text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH, lineGap: 1.5 });
  gap(doc, 6);
}
