import { describe, expect, it } from "vitest";
import { marburgProfile } from "../../../../test/helpers/documents";
import { feeAccountOf } from "./fee-account";

describe("feeAccountOf", () => {
  it("gives the demo tenant's example account, marked as such", () => {
    expect(feeAccountOf(marburgProfile())).toEqual({
      ok: true,
      account: {
        name: "Universitätsstadt Marburg (Beispielkonto)",
        iban: "DE02120300000000202051",
        demo: true,
      },
    });
  });

  it("keeps a BIC, and takes an account without a demo mark as real", () => {
    const feeAccount = { name: "Stadtkasse", iban: "DE89370400440532013000", bic: "COBADEFFXXX" };
    expect(feeAccountOf({ feeAccount })).toEqual({ ok: true, account: { ...feeAccount, demo: false } });
  });

  it("refuses an IBAN whose check digits or length are wrong, and says when there is no account", () => {
    expect(feeAccountOf({ feeAccount: { name: "Stadtkasse", iban: "DE03120300000000202051" } })).toEqual({
      ok: false,
      problem: "iban",
    });
    expect(feeAccountOf({ feeAccount: { name: "Stadtkasse", iban: "DE0212030000000020205" } })).toEqual({
      ok: false,
      problem: "iban",
    });
    expect(feeAccountOf({})).toEqual({ ok: false, problem: "missing" });
  });
});
