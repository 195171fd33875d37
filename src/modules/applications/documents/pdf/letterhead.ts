import type { Location } from "../../../locations";
import type { TenantProfile } from "../../../tenants";
import { DOCUMENT_TEXTS } from "./document-texts";
import { COLOUR, CONTENT_WIDTH, FONT, gap, PAGE } from "./pdf-document";
import { drawQrCode } from "./qr";

const T = DOCUMENT_TEXTS.common;

/** The head of every document: who issues it, the office that handles it, how to reach it. */
export interface Letterhead {
  /** "Universitätsstadt Marburg" */
  authority: string;
  /** the issuing office and its address, line by line ("Stadtbüro Marburg", "Frauenbergstraße 31", …) */
  office: string[];
  /** phone, e-mail, web, line by line */
  contact: string[];
  /** a demonstration tenant: every page says the document is a sample */
  demo: boolean;
}

/** The office as the locations module knows it (the Stadtbüro). */
export type LetterheadOffice = Pick<Location, "name" | "address" | "contact">;

/**
 * The letterhead of a tenant: the authority from its profile, and the office that issues the
 * document (the Stadtbüro) with its address and contacts; without an office, the authority's own
 * address. Example values of a demo tenant are marked as such.
 */
export function letterheadFor(profile: TenantProfile, office?: LetterheadOffice): Letterhead {
  const { authority } = profile;
  const officeLines = office
    ? [
        office.name.de,
        office.address.street,
        `${office.address.postalCode} ${office.address.city}${office.address.demo ? ` (${T.demoAddress})` : ""}`,
      ]
    : [
        authority.street,
        authority.postalCode ? `${authority.postalCode} ${authority.city}` : authority.city,
      ].filter((line): line is string => Boolean(line));
  const phone = office?.contact.phone ?? authority.phone;
  const contact = [
    phone
      ? `${T.phone} ${phone}`
      : `${T.phone} ${profile.contactPhone.number}${profile.contactPhone.demo ? ` (${T.demoPhone})` : ""}`,
    ...[
      [T.email, office?.contact.email ?? authority.email],
      [T.web, office?.contact.web ?? authority.web],
    ].flatMap(([label, value]) => (value ? [`${label} ${value}`] : [])),
  ];
  return { authority: authority.name, office: officeLines, contact, demo: profile.demo };
}

/** Draws the letterhead at the top of the current page and leaves the cursor below it. */
export function drawLetterhead(doc: PDFKit.PDFDocument, letterhead: Letterhead): void {
  const top = PAGE.top;
  const contactWidth = 170;
  const contactLeft = PAGE.width - PAGE.right - contactWidth;
  doc.font(FONT.bold).fontSize(14).fillColor(COLOUR.text);
  doc.text(letterhead.authority, PAGE.left, top, { width: contactLeft - PAGE.left - 10 });
  doc.font(FONT.regular).fontSize(9.5);
  for (const line of letterhead.office)
    doc.text(line, PAGE.left, doc.y, { width: contactLeft - PAGE.left - 10 });
  const leftBottom = doc.y;
  doc.fontSize(8.5).fillColor(COLOUR.muted);
  doc.y = top + 3;
  for (const line of letterhead.contact)
    doc.text(line, contactLeft, doc.y, { width: contactWidth, align: "right" });
  const bottom = Math.max(leftBottom, doc.y) + 8;
  doc
    .moveTo(PAGE.left, bottom)
    .lineTo(PAGE.width - PAGE.right, bottom)
    .lineWidth(0.5)
    .strokeColor(COLOUR.rule)
    .stroke();
  doc.x = PAGE.left;
  doc.y = bottom;
  doc.fillColor(COLOUR.text).fontSize(10.5);
  gap(doc, 14);
  if (letterhead.demo) drawDemoBanner(doc);
}

/** The mark of a sample: a framed line in dark red, in words (not colour alone). */
function drawDemoBanner(doc: PDFKit.PDFDocument): void {
  const top = doc.y;
  doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.demo);
  const height = doc.heightOfString(T.demoBanner, { width: CONTENT_WIDTH - 16 });
  doc
    .rect(PAGE.left, top, CONTENT_WIDTH, height + 12)
    .lineWidth(1)
    .strokeColor(COLOUR.demo)
    .stroke();
  doc.text(T.demoBanner, PAGE.left + 8, top + 6, { width: CONTENT_WIDTH - 16 });
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.text);
  doc.x = PAGE.left;
  doc.y = top + height + 12;
  gap(doc, 14);
}

/** What the footer of every page says: how to verify the document, and which case it belongs to. */
export interface DocumentFooter {
  /** the code as printed, `7KQ2-M9XD-4HTF-8` */
  code: string;
  /** the verification page, `https://…/pruefen` */
  pageUrl: string;
  /** the link in the QR code: the page with the code filled in */
  verifyUrl: string;
  caseReference: string;
  /** the day of issue as written on the document ("3. Dezember 2026") */
  issuedOn: string;
}

/**
 * Draws the footer on every page (call it last, once all pages exist): the QR code to the
 * verification page, the sentence naming page and code, the code itself, the case reference
 * and the page number.
 */
export function drawFooters(doc: PDFKit.PDFDocument, footer: DocumentFooter): void {
  const range = doc.bufferedPageRange();
  const qrSize = 78;
  const top = PAGE.height - PAGE.bottom + 30;
  const textLeft = PAGE.left + qrSize + 12;
  const textWidth = PAGE.width - PAGE.right - textLeft;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // the footer lies in the bottom margin: without this, pdfkit would start a new page
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .moveTo(PAGE.left, top - 8)
      .lineTo(PAGE.width - PAGE.right, top - 8)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    drawQrCode(doc, footer.verifyUrl, PAGE.left - 4, top - 4, qrSize);
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.text);
    doc.text(T.verifyAt(footer.pageUrl, footer.code), textLeft, top + 4, { width: textWidth });
    doc.moveDown(0.3);
    doc.font(FONT.bold).fontSize(11).text(`${T.verificationCode}: ${footer.code}`, textLeft, doc.y, {
      width: textWidth,
    });
    doc.moveDown(0.3);
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLOUR.muted)
      .text(
        T.footerLine(footer.caseReference, footer.issuedOn, i - range.start + 1, range.count),
        textLeft,
        doc.y,
        {
          width: textWidth,
        },
      );
    doc.page.margins.bottom = margin;
  }
  doc.fillColor(COLOUR.text);
}
