import { describe, expect, it } from "vitest";
import { parseEpcAmount, parseEpcPayload } from "./epc-parse";
import { buildEpcPayload } from "./epc-payload";
import type { EpcTransfer } from "./epc-transfer";

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

describe("parseEpcPayload", () => {
  it("reads back what was built", () => {
    for (const transfer of [
      base,
      { name: "Stadt", iban: IBAN },
      { ...base, bic: "COBADEFF", purpose: "GOVT", information: "Gebühr für Vorgang 2026-0004711-0" },
      {
        ...base,
        remittance: { kind: "text", text: "Parkausweis Zone 3 – Kennzeichen MR-AB 123" },
      } as EpcTransfer,
    ])
      expect(parseEpcPayload(payloadOf(transfer))).toEqual({ ok: true, transfer, version: "002" });
  });

  it("accepts CR LF line ends, amounts with fewer decimals, and version 001 with a BIC", () => {
    const lines = ["BCD", "001", "1", "SCT", "COBADEFFXXX", "Stadt", IBAN, "EUR12.3", "", "RF18539007547034"];
    expect(parseEpcPayload(lines.join("\r\n"))).toEqual({
      ok: true,
      version: "001",
      transfer: {
        bic: "COBADEFFXXX",
        name: "Stadt",
        iban: IBAN,
        amountCents: 1230,
        remittance: { kind: "reference", reference: "RF18539007547034" },
      },
    });
    lines[4] = "";
    expect(parseEpcPayload(lines.join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "bic", code: "required" }],
    });
  });

  it("refuses a wrong header, and a character set or version it does not read", () => {
    const payload = (header: string[]) => [...header, "", "Stadt", IBAN].join("\n");
    expect(parseEpcPayload(payload(["BCX", "002", "1", "SCT"]))).toEqual({
      ok: false,
      problems: [{ field: "serviceTag", code: "invalid" }],
    });
    expect(parseEpcPayload(payload(["BCD", "003", "1", "SCT"]))).toEqual({
      ok: false,
      problems: [{ field: "version", code: "unsupported" }],
    });
    expect(parseEpcPayload(payload(["BCD", "002", "2", "SCT"]))).toEqual({
      ok: false,
      problems: [{ field: "characterSet", code: "unsupported" }],
    });
    expect(parseEpcPayload(payload(["BCD", "002", "9", "SCT"]))).toEqual({
      ok: false,
      problems: [{ field: "characterSet", code: "invalid" }],
    });
    expect(parseEpcPayload(payload(["BCD", "002", "1", "SCX"]))).toEqual({
      ok: false,
      problems: [{ field: "identification", code: "invalid" }],
    });
  });

  it("refuses too few or too many lines, a reference and a text together, a bad amount, and over 331 bytes", () => {
    expect(parseEpcPayload(["BCD", "002", "1", "SCT", "", "Stadt"].join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "payload", code: "invalid" }],
    });
    const full = ["BCD", "002", "1", "SCT", "", "Stadt", IBAN, "EUR1.00", "", "", "Text", "Info"];
    expect(parseEpcPayload([...full, "extra"].join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "payload", code: "invalid" }],
    });
    const both = ["BCD", "002", "1", "SCT", "", "Stadt", IBAN, "EUR1.00", "", "RF18539007547034", "Text"];
    expect(parseEpcPayload(both.join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "reference", code: "reference-and-text" }],
    });
    for (const amount of ["EUR", "EUR1,00", "EUR1.001", "EUR01.00", "USD1.00", "EUR-1.00"]) {
      const lines = [...full];
      lines[7] = amount;
      expect(parseEpcPayload(lines.join("\n"))).toEqual({
        ok: false,
        problems: [{ field: "amount", code: "invalid" }],
      });
    }
    const zero = [...full];
    zero[7] = "EUR0.00";
    expect(parseEpcPayload(zero.join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "amount", code: "out-of-range" }],
    });
    const big = [...full];
    big[7] = "EUR1000000000.00";
    expect(parseEpcPayload(big.join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "amount", code: "out-of-range" }],
    });
    const long = [...full];
    long[10] = "T".repeat(140);
    long[11] = "I".repeat(70);
    long[5] = "N".repeat(70);
    long[4] = "COBADEFFXXX";
    long[7] = "EUR999999999.99";
    long[8] = "GOVT";
    expect(parseEpcPayload(long.join("\n"))).toEqual({
      ok: false,
      problems: [{ field: "payload", code: "too-many-bytes" }],
    });
  });

  it("reads amounts as cents", () => {
    expect(parseEpcAmount("EUR0.01")).toBe(1);
    expect(parseEpcAmount("EUR7")).toBe(700);
    expect(parseEpcAmount("EUR12.3")).toBe(1230);
    expect(parseEpcAmount("EUR999999999.99")).toBe(99_999_999_999);
    expect(parseEpcAmount("EUR12.")).toBeUndefined();
  });
});
