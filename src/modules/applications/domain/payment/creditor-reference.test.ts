import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCaseReference } from "../case/reference";
import {
  caseReferenceOfCreditorReference,
  creditorReference,
  creditorReferenceForCase,
  formatCreditorReferenceForPrint,
  isValidCreditorReference,
  parseCreditorReference,
} from "./creditor-reference";

describe("RF creditor references (ISO 11649)", () => {
  it("knows the standard's example", () => {
    expect(isValidCreditorReference("RF18539007547034")).toBe(true);
    expect(creditorReference("539007547034")).toBe("RF18539007547034");
    expect(formatCreditorReferenceForPrint("RF18539007547034")).toBe("RF18 5390 0754 7034");
    expect(parseCreditorReference("rf18 5390 0754 7034")).toEqual({
      ok: true,
      reference: "RF18539007547034",
    });
  });

  it("refuses wrong check digits, a wrong body and what is no RF reference", () => {
    expect(isValidCreditorReference("RF19539007547034")).toBe(false);
    expect(isValidCreditorReference("RF18539007547035")).toBe(false);
    expect(isValidCreditorReference("RF18 5390 0754 7034")).toBe(false); // the electronic form has no spaces
    expect(parseCreditorReference("RF19539007547034")).toEqual({ ok: false, problem: "check" });
    for (const bad of ["", "RF", "RF18", "XX18539007547034", "RF1853900754703412345678901", "RF18-5390"])
      expect(parseCreditorReference(bad)).toEqual({ ok: false, problem: "format" });
    expect(() => creditorReference("")).toThrow(RangeError);
    expect(() => creditorReference("1234567890123456789012")).toThrow(RangeError);
    expect(() => creditorReference("abc")).toThrow(RangeError);
  });

  it("gives a case the RF reference of its twelve digits, and finds the case again", () => {
    const reference = formatCaseReference({ year: 2026, number: 4711 });
    const rf = creditorReferenceForCase(reference);
    expect(rf).toMatch(/^RF\d{2}202600047110$/);
    expect(isValidCreditorReference(rf)).toBe(true);
    expect(caseReferenceOfCreditorReference(formatCreditorReferenceForPrint(rf))).toBe(reference);
    // a valid RF reference whose body is no valid case reference names no case
    expect(caseReferenceOfCreditorReference(creditorReference("202600047111"))).toBeUndefined();
    expect(caseReferenceOfCreditorReference("RF18539007547034")).toBeUndefined();
    expect(caseReferenceOfCreditorReference("RF00202600047110")).toBeUndefined();
  });

  it("round-trips any body, and refuses every digit typed for another, and every letter for another", () => {
    // MOD 97-10 reads a letter as two digits, so a letter typed for a digit (or the reverse) is
    // not certain to be caught; case references are digits only, where every substitution is
    const body = fc.stringMatching(/^[A-Z0-9]{1,21}$/);
    const sameKind = (a: string, b: string) => /\d/.test(a) === /\d/.test(b);
    fc.assert(
      fc.property(body, (b) => {
        const rf = creditorReference(b);
        expect(parseCreditorReference(rf)).toEqual({ ok: true, reference: rf });
        for (let i = 2; i < rf.length; i++)
          for (const c of "0123456789ABCKXYZ")
            if (c !== rf[i] && sameKind(c, rf[i] as string))
              expect(isValidCreditorReference(rf.slice(0, i) + c + rf.slice(i + 1))).toBe(false);
      }),
    );
  });

  it("round-trips every case reference", () => {
    const parts = fc.record({
      year: fc.integer({ min: 2000, max: 2999 }),
      number: fc.integer({ min: 1, max: 9_999_999 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const reference = formatCaseReference(p);
        expect(caseReferenceOfCreditorReference(creditorReferenceForCase(reference))).toBe(reference);
      }),
    );
  });
});
