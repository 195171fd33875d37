import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditorReference } from "./creditor-reference";
import { parseEpcPayload } from "./epc-parse";
import { buildEpcPayload } from "./epc-payload";
import { characterCount, EPC_LIMITS, type EpcTransfer, utf8ByteLength } from "./epc-transfer";
import { ibanFromBban } from "./iban";

/* Any transfer the rules allow is built, and read back as it was; anything built keeps the rules. */

const CHARS = [..."abcXYZ019 .,-/&'()äöüßÄÖÜéçł€😀"];
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max }).filter((s) => s.trim() !== "");
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const transfer: fc.Arbitrary<EpcTransfer> = fc
  .record({
    bic: optional(fc.stringMatching(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/)),
    name: text(EPC_LIMITS.name),
    iban: fc.oneof(
      fc.stringMatching(/^\d{18}$/).map((bban) => ibanFromBban("DE", bban)),
      fc.stringMatching(/^[A-Z]{4}\d{10}$/).map((bban) => ibanFromBban("NL", bban)),
    ),
    amountCents: optional(fc.integer({ min: EPC_LIMITS.minAmountCents, max: EPC_LIMITS.maxAmountCents })),
    purpose: optional(fc.stringMatching(/^[A-Z0-9]{1,4}$/)),
    remittance: optional(
      fc.oneof(
        fc
          .stringMatching(/^[A-Z0-9]{1,21}$/)
          .map((b) => ({ kind: "reference" as const, reference: creditorReference(b) })),
        text(EPC_LIMITS.text).map((t) => ({ kind: "text" as const, text: t })),
      ),
    ),
    information: optional(text(EPC_LIMITS.information)),
  })
  // leave out absent fields, as the parser does
  .map(
    (t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as unknown as EpcTransfer,
  );

describe("EPC payloads, for any transfer", () => {
  it("are read back equal to what was built, or refused for their size alone", () => {
    let built = 0;
    fc.assert(
      fc.property(transfer, (t) => {
        const result = buildEpcPayload(t);
        if (!result.ok) {
          expect(result.problems).toEqual([{ field: "payload", code: "too-many-bytes" }]);
          return;
        }
        built++;
        expect(utf8ByteLength(result.payload)).toBeLessThanOrEqual(EPC_LIMITS.payloadBytes);
        expect(parseEpcPayload(result.payload)).toEqual({ ok: true, transfer: t, version: "002" });
      }),
      { numRuns: 500 },
    );
    // most random transfers fit: the property is not passed by refusing everything
    expect(built).toBeGreaterThan(250);
  });

  it("count characters, not UTF-16 units: 70 emoji are a name that fits", () => {
    const name = "😀".repeat(70);
    expect([name.length, characterCount(name)]).toEqual([140, 70]);
    const result = buildEpcPayload({ name, iban: ibanFromBban("DE", "370400440532013000") });
    expect(result.ok).toBe(true);
  });
});
