import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIban, formatIbanForPrint, ibanFromBban, isValidIban, parseIban } from "./iban";
import { mod97 } from "./mod97";

// Published example IBANs (ECBS / the national banks' specimens).
const VALID = [
  "DE89370400440532013000",
  "GB82WEST12345698765432",
  "FR1420041010050500013M02606",
  "NL91ABNA0417164300",
  "BE68539007547034",
  "AT611904300234573201",
  "CH9300762011623852957",
  "NO9386011117947",
  "MT84MALT011000012345MTLCAST001S",
];

describe("IBAN", () => {
  it("accepts the published examples", () => {
    for (const iban of VALID) expect(checkIban(iban)).toEqual({ ok: true, iban });
  });

  it("refuses a wrong check digit, a wrong length for the country, and what is no IBAN", () => {
    expect(checkIban("DE88370400440532013000")).toEqual({ ok: false, problem: "check" });
    expect(checkIban("DE8937040044053201300")).toEqual({ ok: false, problem: "length" });
    expect(checkIban("DE893704004405320130000")).toEqual({ ok: false, problem: "length" });
    for (const bad of [
      "",
      "de89370400440532013000",
      "DE89 3704 0044 0532 0130 00",
      "1289370400440532013000",
      "DE8X370400440532013000",
    ])
      expect(checkIban(bad)).toEqual({ ok: false, problem: "format" });
  });

  it("refuses the check digits 00, 01 and 99 even where the remainder fits", () => {
    // 98 and 01, 97 and 00, 02 and 99 leave the same remainder; only the first of each is computed
    for (const [computed, twin] of [
      ["98", "01"],
      ["97", "00"],
      ["02", "99"],
    ]) {
      let n = 0;
      while (ibanFromBban("DE", String(n).padStart(18, "0")).slice(2, 4) !== computed) n++;
      const bban = String(n).padStart(18, "0");
      expect(isValidIban(`DE${computed}${bban}`)).toBe(true);
      expect(mod97(`${bban}DE${twin}`)).toBe(1);
      expect(isValidIban(`DE${twin}${bban}`)).toBe(false);
    }
  });

  it("reads an IBAN as people write it and prints it in groups of four", () => {
    expect(parseIban(" de89 3704 0044 0532 0130 00 ")).toEqual({ ok: true, iban: "DE89370400440532013000" });
    expect(formatIbanForPrint("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("computes check digits that pass, and every single wrong digit of the account fails", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (bban) => {
        const iban = ibanFromBban("DE", bban);
        expect(isValidIban(iban)).toBe(true);
        expect(mod97(`${bban}DE${iban.slice(2, 4)}`)).toBe(1);
        for (let i = 4; i < iban.length; i++)
          for (const d of "0123456789")
            if (d !== iban[i]) expect(isValidIban(iban.slice(0, i) + d + iban.slice(i + 1))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
