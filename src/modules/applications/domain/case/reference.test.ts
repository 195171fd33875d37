import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CaseReference, dammCheckDigit, formatCaseReference, parseCaseReference } from "./reference";

const DIGITS = "0123456789";

describe("case references", () => {
  it("computes Damm's check digit of the published examples", () => {
    expect(dammCheckDigit("572")).toBe(4);
    expect(dammCheckDigit("5724")).toBe(0);
    expect(dammCheckDigit("112946")).toBe(0); // "11294" checked by 6
    expect(() => dammCheckDigit("12a")).toThrow(RangeError);
  });

  it("has a table that catches every wrong digit and every swap of neighbours, after any prefix", () => {
    // the first row is a permutation, so a one-digit prefix reaches every interim digit
    for (const prefix of DIGITS)
      for (const a of DIGITS)
        for (const b of DIGITS) {
          if (a === b) continue;
          expect(dammCheckDigit(prefix + a)).not.toBe(dammCheckDigit(prefix + b));
          expect(dammCheckDigit(prefix + a + b)).not.toBe(dammCheckDigit(prefix + b + a));
        }
    expect(new Set([...DIGITS].map((d) => dammCheckDigit(d))).size).toBe(10);
  });

  it("writes the year, seven digits of the number and the check digit", () => {
    expect(formatCaseReference({ year: 2026, number: 4711 })).toBe("2026-0004711-0");
    expect(formatCaseReference({ year: 2027, number: 1 })).toMatch(/^2027-0000001-\d$/);
    expect(formatCaseReference({ year: 2026, number: 9_999_999 })).toMatch(/^2026-9999999-\d$/);
    for (const bad of [
      { year: 2026, number: 0 },
      { year: 2026, number: 10_000_000 },
      { year: 2026, number: 1.5 },
      { year: 1999, number: 1 },
      { year: 3000, number: 1 },
    ])
      expect(() => formatCaseReference(bad)).toThrow(RangeError);
  });

  it("reads a reference typed with spaces, dashes or no separators at all", () => {
    const ok = { ok: true, reference: "2026-0004711-0", parts: { year: 2026, number: 4711 } };
    for (const typed of [
      "2026-0004711-0",
      " 2026 0004711 0 ",
      "202600047110",
      "2026–0004711–0",
      "2026 - 0004711 - 0",
    ])
      expect(parseCaseReference(typed)).toEqual(ok);
  });

  it("refuses what is not a reference, and says when the check digit caught a typing error", () => {
    for (const typed of [
      "",
      "2026-004711-0",
      "2026-00047110-0",
      "2026-0004711",
      "2026/0004711/0",
      "1999-0004711-5",
      "2026-0000000-6",
      "2O26-0004711-0",
    ])
      expect(parseCaseReference(typed)).toEqual({ ok: false, problem: "format" });
    expect(parseCaseReference("2026-0004711-1")).toEqual({ ok: false, problem: "check" });
    expect(parseCaseReference("2026-0004717-0")).toEqual({ ok: false, problem: "check" });
  });

  it("accepts only the canonical written form as a CaseReference value", () => {
    expect(CaseReference.safeParse("2026-0004711-0").success).toBe(true);
    expect(CaseReference.safeParse("202600047110").success).toBe(false);
    expect(CaseReference.safeParse("2026-0004711-9").success).toBe(false);
  });
});

describe("case references, for any year and number", () => {
  const reference = fc
    .record({ year: fc.integer({ min: 2000, max: 2999 }), number: fc.integer({ min: 1, max: 9_999_999 }) })
    .map((parts) => ({ parts, written: formatCaseReference(parts) }));

  it("read back what was written", () => {
    fc.assert(
      fc.property(reference, ({ parts, written }) => {
        expect(parseCaseReference(written)).toEqual({ ok: true, reference: written, parts });
        expect(CaseReference.safeParse(written).success).toBe(true);
      }),
    );
  });

  it("catch every single wrong character: no substitution reads as another reference", () => {
    fc.assert(
      fc.property(reference, ({ written }) => {
        for (let i = 0; i < written.length; i++) {
          for (const c of `${DIGITS}- AO`) {
            if (c === written[i]) continue;
            const typed = written.slice(0, i) + c + written.slice(i + 1);
            const parsed = parseCaseReference(typed);
            // replacing a separator by a space is no mistake; anything else is refused
            if (parsed.ok) expect([written[i], c, parsed.reference]).toEqual(["-", " ", written]);
            if (DIGITS.includes(written[i] as string)) expect(parsed.ok).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("catch every swap of two neighbouring characters that changes the digits", () => {
    fc.assert(
      fc.property(reference, ({ written }) => {
        for (let i = 0; i + 1 < written.length; i++) {
          const [a, b] = [written[i] as string, written[i + 1] as string];
          if (a === b) continue;
          const typed = written.slice(0, i) + b + a + written.slice(i + 2);
          const parsed = parseCaseReference(typed);
          // refused by the check digit, or by the year's range when the swap moves its first digit
          if (DIGITS.includes(a) && DIGITS.includes(b)) expect(parsed.ok).toBe(false);
          // a digit swapped with a separator leaves the digits as they were: the same reference
          else expect(parsed.ok && parsed.reference).toBe(written);
        }
      }),
      { numRuns: 300 },
    );
  });
});
