import { describe, expect, it } from "vitest";
import { formatCaseReference } from "../case/reference";
import { caseReferenceOfCreditorReference } from "./creditor-reference";
import { parseEpcPayload } from "./epc-parse";
import { feePayloadFor } from "./fee-transfer";

const account = { name: "Magistrat der Universitätsstadt Marburg", iban: "DE89370400440532013000" };
const reference = formatCaseReference({ year: 2026, number: 815 });

describe("feePayloadFor", () => {
  it("asks for the amount into the fee account, quoting the case's RF reference", () => {
    const built = feePayloadFor({ account, reference, amountCents: 1300, locale: "de" });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const parsed = parseEpcPayload(built.payload);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.transfer).toMatchObject({ name: account.name, iban: account.iban, amountCents: 1300 });
    expect(parsed.transfer.bic).toBeUndefined();
    const quoted =
      parsed.transfer.remittance?.kind === "reference" ? parsed.transfer.remittance.reference : "";
    expect(caseReferenceOfCreditorReference(quoted)).toBe(reference);
    expect(parsed.transfer.information).toBe(`Gebühr für Vorgang ${reference}`);
    const english = feePayloadFor({
      account: { ...account, bic: "COBADEFFXXX" },
      reference,
      amountCents: 1300,
      locale: "en",
    });
    expect(english.ok && english.payload.split("\n")).toEqual(
      expect.arrayContaining(["COBADEFFXXX", `Fee for case ${reference}`]),
    );
  });

  it("refuses a misconfigured account or an amount that cannot be paid, with the problems", () => {
    expect(
      feePayloadFor({
        account: { ...account, iban: "DE00370400440532013000" },
        reference,
        amountCents: 1300,
        locale: "de",
      }),
    ).toEqual({
      ok: false,
      problems: [{ field: "iban", code: "invalid" }],
    });
    expect(
      feePayloadFor({
        account: { ...account, name: "M".repeat(71) },
        reference,
        amountCents: 0,
        locale: "de",
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: "name", code: "too-long" },
        { field: "amount", code: "out-of-range" },
      ],
    });
  });
});
