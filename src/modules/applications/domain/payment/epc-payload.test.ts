import { describe, expect, it } from "vitest";
import { buildEpcPayload } from "./epc-payload";
import { type EpcTransfer, formatEpcAmount, utf8ByteLength } from "./epc-transfer";

const IBAN = "DE89370400440532013000";
const base: EpcTransfer = {
  name: "Magistrat der Universitätsstadt Marburg",
  iban: IBAN,
  amountCents: 1300,
  remittance: { kind: "reference", reference: "RF18539007547034" },
};

function payloadOf(transfer: EpcTransfer): string {
  const built = buildEpcPayload(transfer);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.payload;
}
const problemsOf = (transfer: EpcTransfer) => {
  const built = buildEpcPayload(transfer);
  return built.ok ? [] : built.problems;
};

describe("buildEpcPayload", () => {
  it("writes the lines of version 002 in UTF-8, LF-separated, without trailing empty lines", () => {
    expect(payloadOf(base)).toBe(
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "",
        "Magistrat der Universitätsstadt Marburg",
        IBAN,
        "EUR13.00",
        "",
        "RF18539007547034",
      ].join("\n"),
    );
    expect(
      payloadOf({
        ...base,
        bic: "COBADEFFXXX",
        purpose: "GOVT",
        remittance: { kind: "text", text: "Gebühr" },
        information: "Danke",
      }),
    ).toBe(
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "COBADEFFXXX",
        base.name,
        IBAN,
        "EUR13.00",
        "GOVT",
        "",
        "Gebühr",
        "Danke",
      ].join("\n"),
    );
    expect(payloadOf({ name: "Stadt", iban: IBAN })).toBe(
      ["BCD", "002", "1", "SCT", "", "Stadt", IBAN].join("\n"),
    );
  });

  it("writes amounts as EUR with two decimals", () => {
    expect(formatEpcAmount(1)).toBe("EUR0.01");
    expect(formatEpcAmount(12345)).toBe("EUR123.45");
    expect(formatEpcAmount(99_999_999_999)).toBe("EUR999999999.99");
  });

  it("refuses amounts outside 0.01–999,999,999.99 € and fractions of a cent", () => {
    expect(problemsOf({ ...base, amountCents: 1 })).toEqual([]);
    expect(problemsOf({ ...base, amountCents: 99_999_999_999 })).toEqual([]);
    expect(problemsOf({ ...base, amountCents: 0 })).toEqual([{ field: "amount", code: "out-of-range" }]);
    expect(problemsOf({ ...base, amountCents: -5 })).toEqual([{ field: "amount", code: "out-of-range" }]);
    expect(problemsOf({ ...base, amountCents: 100_000_000_000 })).toEqual([
      { field: "amount", code: "out-of-range" },
    ]);
    expect(problemsOf({ ...base, amountCents: 12.5 })).toEqual([{ field: "amount", code: "invalid" }]);
  });

  it("refuses each field over its length", () => {
    const cases: [EpcTransfer, EpcTransfer, string][] = [
      [{ ...base, name: "N".repeat(70) }, { ...base, name: "N".repeat(71) }, "name"],
      [{ ...base, name: "Ä".repeat(70) }, { ...base, name: "Ä".repeat(71) }, "name"],
      [
        { ...base, remittance: { kind: "text", text: "T".repeat(140) } },
        { ...base, remittance: { kind: "text", text: "T".repeat(141) } },
        "text",
      ],
      [{ ...base, information: "I".repeat(70) }, { ...base, information: "I".repeat(71) }, "information"],
      [{ ...base, purpose: "GOVT" }, { ...base, purpose: "GOVTX" }, "purpose"],
      [base, { ...base, iban: `${IBAN}0000000000000` }, "iban"],
      [
        base,
        { ...base, remittance: { kind: "reference", reference: `RF18539007547034${"0".repeat(20)}` } },
        "reference",
      ],
    ];
    for (const [fits, over, field] of cases) {
      expect(problemsOf(fits)).toEqual([]);
      expect(problemsOf(over)).toEqual([{ field, code: "too-long" }]);
    }
  });

  it("refuses a wrong IBAN, BIC, purpose or RF reference, and a missing name", () => {
    expect(problemsOf({ ...base, iban: "DE88370400440532013000" })).toEqual([
      { field: "iban", code: "invalid" },
    ]);
    expect(problemsOf({ ...base, iban: "" })).toEqual([{ field: "iban", code: "required" }]);
    expect(problemsOf({ ...base, bic: "COBADEF" })).toEqual([{ field: "bic", code: "invalid" }]);
    expect(problemsOf({ ...base, bic: "COBADEFF" })).toEqual([]);
    expect(problemsOf({ ...base, purpose: "govt" })).toEqual([{ field: "purpose", code: "invalid" }]);
    expect(problemsOf({ ...base, remittance: { kind: "reference", reference: "RF19539007547034" } })).toEqual(
      [{ field: "reference", code: "invalid" }],
    );
    expect(problemsOf({ ...base, remittance: { kind: "reference", reference: "2026-0004711-0" } })).toEqual([
      { field: "reference", code: "invalid" },
    ]);
    expect(problemsOf({ ...base, name: "  " })).toEqual([{ field: "name", code: "required" }]);
    expect(problemsOf({ ...base, information: " " })).toEqual([{ field: "information", code: "invalid" }]);
  });

  it("refuses a line break inside a field, which would shift every field after it", () => {
    expect(problemsOf({ ...base, name: "Stadt\nMarburg" })).toEqual([
      { field: "name", code: "control-characters" },
    ]);
    expect(problemsOf({ ...base, remittance: { kind: "text", text: "a\r\nb" } })).toEqual([
      { field: "text", code: "control-characters" },
    ]);
  });

  it("lists every problem at once", () => {
    expect(problemsOf({ name: "", iban: "DE00", amountCents: 0, information: "x".repeat(71) })).toEqual([
      { field: "name", code: "required" },
      { field: "iban", code: "invalid" },
      { field: "amount", code: "out-of-range" },
      { field: "information", code: "too-long" },
    ]);
  });

  it("refuses a payload over 331 bytes even when every field fits", () => {
    const long: EpcTransfer = {
      bic: "COBADEFFXXX",
      name: "N".repeat(70),
      iban: IBAN,
      amountCents: 99_999_999_999,
      purpose: "GOVT",
      remittance: { kind: "text", text: "T".repeat(140) },
      information: "I".repeat(70),
    };
    expect(
      utf8ByteLength(
        [
          "BCD",
          "002",
          "1",
          "SCT",
          "COBADEFFXXX",
          "N".repeat(70),
          IBAN,
          "EUR999999999.99",
          "GOVT",
          "",
          "T".repeat(140),
          "I".repeat(70),
        ].join("\n"),
      ),
    ).toBeGreaterThan(331);
    expect(problemsOf(long)).toEqual([{ field: "payload", code: "too-many-bytes" }]);
    // in UTF-8 an umlaut takes two bytes: 70 of them in the name push a shorter payload over
    const wide: EpcTransfer = {
      ...base,
      name: "Ü".repeat(70),
      remittance: { kind: "text", text: "ß".repeat(90) },
    };
    expect(problemsOf(wide)).toEqual([{ field: "payload", code: "too-many-bytes" }]);
    const fits: EpcTransfer = {
      ...base,
      name: "Ü".repeat(70),
      remittance: { kind: "text", text: "ß".repeat(60) },
    };
    expect(utf8ByteLength(payloadOf(fits))).toBeLessThanOrEqual(331);
  });
});
