import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { testFrame } from "../../../../../test/helpers/documents";
import { pdfText } from "../../../../../test/helpers/pdf-text";
import { creditorReferenceForCase, parseEpcPayload } from "../../domain";
import type { TenantFeeAccount } from "../fee-account";
import { FeeNoticeError, type FixedCaseFee, feeNoticePayload, renderFeeNotice } from "./fee-notice";

const account: TenantFeeAccount = {
  name: "Universitätsstadt Marburg (Beispielkonto)",
  iban: "DE02120300000000202051",
  demo: true,
};
const fee: FixedCaseFee = {
  kind: "fixed",
  amountCents: 1550,
  lines: [
    { kind: "base", amountCents: 1000 },
    { kind: "surcharge", amountCents: 550, condition: { de: "Versand per Post", en: "Sent by post" } },
  ],
};

describe("feeNoticePayload", () => {
  it("is a GiroCode that reads back as a transfer of the amount to the account with the case's RF reference", () => {
    const payload = feeNoticePayload({ account, caseReference: "2026-0004711-0", amountCents: 1550 });
    const parsed = parseEpcPayload(payload);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.transfer).toMatchObject({
      name: account.name,
      iban: "DE02120300000000202051",
      amountCents: 1550,
      remittance: { kind: "reference", reference: creditorReferenceForCase("2026-0004711-0") },
      information: "Gebühr für Vorgang 2026-0004711-0",
    });
    expect(parsed.transfer.bic).toBeUndefined();
    const withBic = parseEpcPayload(
      feeNoticePayload({
        account: { ...account, bic: "BYLADEM1001" },
        caseReference: "2026-0004711-0",
        amountCents: 1,
      }),
    );
    expect(withBic.ok && withBic.transfer.bic).toBe("BYLADEM1001");
  });

  it("refuses an account or amount the EPC rules do not allow, naming the field", () => {
    const caseReference = "2026-0004711-0";
    expect(() =>
      feeNoticePayload({
        account: { ...account, iban: "DE03120300000000202051" },
        caseReference,
        amountCents: 1,
      }),
    ).toThrow(/iban invalid/);
    expect(() => feeNoticePayload({ account, caseReference, amountCents: 0 })).toThrow(FeeNoticeError);
  });
});

describe("renderFeeNotice", () => {
  it("sets out the fee, the day it is due and how to pay it, with the GiroCode and the legal remedy", async () => {
    const pdf = await renderFeeNotice({
      ...testFrame(),
      serviceName: "Meldebescheinigung",
      fee,
      account,
      debtor: "Jörg Müller",
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf).replaceAll("\u00a0", " ");
    for (const expected of [
      "Gebührenbescheid",
      "Gebührenpflichtig",
      "Jörg Müller",
      "Meldebescheinigung",
      "Gebühr",
      "10,00 €",
      "Zuschlag (Versand per Post)",
      "5,50 €",
      "15,50 €",
      "DE02 1203 0000 0000 2020 51",
      // RF, check digits and the case reference's twelve digits, in groups of four
      creditorReferenceForCase("2026-0004711-0").replace(/(.{4})(?=.)/g, "$1 "),
      // issued on 3 December in Berlin: due 14 days later
      "17. Dezember 2026",
      "Beispielkonto einer Demonstrationsumgebung",
      "Rechtsbehelfsbelehrung",
      "Prüfcode: 7KQ2-M9XD-4GSF-C",
    ])
      expect(text).toContain(expected);
    // two QR codes: the GiroCode of the payload, and the verification link
    const darkModules = (t: string) =>
      Array.from(QRCode.create(t, { errorCorrectionLevel: "M" }).modules.data).filter(Boolean).length;
    const payload = feeNoticePayload({ account, caseReference: "2026-0004711-0", amountCents: 1550 });
    const squares = pdf.toString("latin1").match(/ re\n/g) ?? [];
    // the frames of the demo banner are rectangles too
    expect(squares.length - darkModules(payload) - darkModules(testFrame().verification.verifyUrl)).toBe(1);
  });

  it("names no demo account for a real one, and fails before drawing for a wrong IBAN", async () => {
    const real = { ...account, name: "Stadtkasse Musterstadt", demo: false };
    const text = pdfText(
      await renderFeeNotice({ ...testFrame(), serviceName: "Reisepass", fee, account: real }),
    );
    expect(text).not.toContain("Beispielkonto");
    expect(text).not.toContain("Gebührenpflichtig");
    await expect(
      renderFeeNotice({
        ...testFrame(),
        serviceName: "Reisepass",
        fee,
        account: { ...real, iban: "DE03120300000000202051" },
      }),
    ).rejects.toThrow(FeeNoticeError);
  });
});
