import {
  type CaseFee,
  type CaseReference,
  creditorReferenceForCase,
  type FeeAccount,
  feePayloadFor,
  formatCreditorReferenceForPrint,
  formatIbanForPrint,
} from "../../domain";
import type { TenantFeeAccount } from "../fee-account";
import { DOCUMENT_TEXTS } from "./document-texts";
import { addDays, civilDate, euro, longGermanDate } from "./format";
import { type DocumentFrame, startDocument } from "./frame";
import { COLOUR, CONTENT_WIDTH, drawHeading, drawParagraph, drawRows, FONT, gap, PAGE } from "./pdf-document";
import { drawQrCode } from "./qr";

const T = DOCUMENT_TEXTS.feeNotice;

/** Days between the notice and the day the fee is due. */
export const FEE_DUE_DAYS = 14;

/** A fee with a known amount: the only kind a notice can be issued for. */
export type FixedCaseFee = Extract<CaseFee, { kind: "fixed" }>;

/** A fee notice cannot be made: the account or the amount cannot be put into a GiroCode. */
export class FeeNoticeError extends Error {
  override name = "FeeNoticeError";
}

/**
 * The GiroCode payload (EPC QR, version 002) a fee notice prints: the tenant's account, the
 * amount, the case's RF reference as structured reference and a line naming the case.
 * @throws FeeNoticeError naming the fields the EPC rules refuse (a wrong IBAN, a name too long,
 *   an amount out of range)
 */
export function feeNoticePayload(input: {
  account: FeeAccount;
  caseReference: CaseReference;
  amountCents: number;
}): string {
  const build = feePayloadFor({
    account: {
      name: input.account.name,
      iban: input.account.iban,
      ...(input.account.bic ? { bic: input.account.bic } : {}),
    },
    reference: input.caseReference,
    amountCents: input.amountCents,
    locale: "de",
  });
  if (!build.ok)
    throw new FeeNoticeError(`no GiroCode: ${build.problems.map((p) => `${p.field} ${p.code}`).join(", ")}`);
  return build.payload;
}

export interface FeeNoticeInput extends DocumentFrame {
  /** the service the fee is for, as the catalogue names it in German */
  serviceName: string;
  fee: FixedCaseFee;
  /** see `feeAccountOf` */
  account: TenantFeeAccount;
  /** who owes the fee, when it is known ("Erika Mustermann"); the notice is then addressed to them */
  debtor?: string;
}

function lineLabel(line: FixedCaseFee["lines"][number]): string {
  const word = line.kind === "base" ? T.base : T.surcharge;
  return line.condition ? `${word} (${line.condition.de})` : word;
}

/**
 * Renders a fee notice (Gebührenbescheid) as PDF: the service, its amounts and the total, the
 * day it is due (`FEE_DUE_DAYS` after issue), the account with IBAN, BIC and the RF reference,
 * the GiroCode beside them, the legal remedy notice, and the verification footer.
 * @throws FeeNoticeError when the account or amount cannot be paid by GiroCode
 */
export async function renderFeeNotice(input: FeeNoticeInput): Promise<Buffer> {
  const { fee, account } = input;
  // made before anything is drawn, so a misconfigured account fails without a half-made file
  const payload = feeNoticePayload({
    account,
    caseReference: input.caseReference,
    amountCents: fee.amountCents,
  });
  const dueOn = longGermanDate(addDays(civilDate(input.issuedAt, input.timeZone), FEE_DUE_DAYS));
  const reference = formatCreditorReferenceForPrint(creditorReferenceForCase(input.caseReference));
  const { doc, finish } = startDocument(input, { title: T.title });
  if (input.debtor) {
    drawRows(doc, [{ label: T.debtor, value: input.debtor, bold: true }]);
    gap(doc, 6);
  }
  drawParagraph(doc, T.intro(input.serviceName));
  gap(doc, 2);
  drawHeading(doc, T.feeTitle, 11.5);
  drawRows(doc, [
    ...fee.lines.map((line) => ({ label: lineLabel(line), value: euro(line.amountCents) })),
    { label: T.total, value: euro(fee.amountCents), bold: true },
  ]);
  gap(doc, 8);
  drawHeading(doc, T.paymentTitle, 11.5);
  drawParagraph(doc, T.payBy(dueOn));
  const qrSize = 120;
  if (doc.y + qrSize + 20 > PAGE.height - PAGE.bottom) doc.addPage();
  const top = doc.y;
  const rowsWidth = CONTENT_WIDTH - qrSize - 16;
  drawRows(
    doc,
    [
      { label: T.recipient, value: account.name },
      { label: T.iban, value: formatIbanForPrint(account.iban) },
      ...(account.bic ? [{ label: T.bic, value: account.bic }] : []),
      { label: T.amount, value: euro(fee.amountCents), bold: true },
      { label: T.reference, value: reference, bold: true },
      { label: T.dueOn, value: dueOn },
    ],
    { width: rowsWidth, labelWidth: 110 },
  );
  const rowsBottom = doc.y;
  const qrLeft = PAGE.width - PAGE.right - qrSize;
  drawQrCode(doc, payload, qrLeft, top - 6, qrSize);
  doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted);
  doc.text(T.girocode, qrLeft, top + qrSize - 2, { width: qrSize, align: "center" });
  doc.fillColor(COLOUR.text);
  doc.x = PAGE.left;
  doc.y = Math.max(rowsBottom, doc.y) + 6;
  if (account.demo) {
    doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.demo);
    doc.text(T.demoAccount, PAGE.left, doc.y, { width: CONTENT_WIDTH });
    doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.text);
    gap(doc, 8);
  }
  gap(doc, 6);
  drawHeading(doc, T.remedyTitle, 10.5);
  const place = input.letterhead.office.join(", ");
  drawParagraph(doc, T.remedy(input.letterhead.authority, place), { size: 9.5 });
  return finish();
}
