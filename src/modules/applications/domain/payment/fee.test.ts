import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Service } from "../../../catalog/domain";
import { CaseFee, type CatalogueFee, caseFeeFrom, feeSetByStaff } from "./fee";
import { paymentStatusOf } from "./payments";

/* Fees of cases from the demo tenant's real fee entries, read through the catalogue's own schema. */

const services = new Map(
  (
    JSON.parse(readFileSync(new URL("../../../../../tenants/marburg/services.json", import.meta.url), "utf8"))
      .services as unknown[]
  )
    .map((s) => Service.parse(s))
    .map((s) => [s.key, s.fee]),
);
const feeOf = (key: string): CatalogueFee => {
  const fee = services.get(key);
  if (!fee) throw new Error(`no service ${key}`);
  return fee;
};
const TODAY = "2026-07-01";

describe("caseFeeFrom", () => {
  it("takes the only amount when there is one", () => {
    expect(caseFeeFrom(feeOf("vorlaeufiger-reisepass"), TODAY)).toEqual({
      kind: "fixed",
      amountCents: 2600,
      lines: [{ kind: "base", amountCents: 2600 }],
    });
  });

  it("adds the chosen surcharges to the chosen base amount, keeping their conditions for the notice", () => {
    // Personalausweis: 46 € from 24 (item 0), 27.60 € under 24 (item 1), home delivery 15 € (item 2)
    const fee = caseFeeFrom(feeOf("personalausweis"), TODAY, { base: 1, surcharges: [2] });
    expect(fee.kind === "fixed" && fee.amountCents).toBe(2760 + 1500);
    expect(fee.kind === "fixed" && fee.lines.map((l) => [l.kind, l.amountCents, l.condition?.de])).toEqual([
      ["base", 2760, "unter 24 Jahren"],
      ["surcharge", 1500, "Zusendung nach Hause, bei der Antragstellung zu wählen"],
    ]);
    expect(CaseFee.safeParse(fee).success).toBe(true);
    const posted = caseFeeFrom(feeOf("oberstadtplakette"), TODAY, { surcharges: [1, 1] });
    expect(posted.kind === "fixed" && posted.amountCents).toBe(1900);
  });

  it("stays unknown when the answers did not say which of several amounts applies", () => {
    expect(caseFeeFrom(feeOf("personalausweis"), TODAY)).toEqual({ kind: "unknown" });
  });

  it("stays unknown before the amounts apply, instead of inventing the old ones", () => {
    expect(caseFeeFrom(feeOf("personalausweis"), "2026-02-06", { base: 0 })).toEqual({ kind: "unknown" });
    expect(caseFeeFrom(feeOf("personalausweis"), "2026-02-07", { base: 0 })).toMatchObject({
      kind: "fixed",
      amountCents: 4600,
    });
  });

  it("is none for a free service and for a waived amount, unknown where the catalogue does not know it", () => {
    expect(caseFeeFrom(feeOf("anmeldung-wohnsitz"), TODAY).kind).toBe("none");
    expect(caseFeeFrom(feeOf("fuehrungszeugnis"), TODAY, { base: 1 })).toEqual({ kind: "none" });
    const unknown = caseFeeFrom(feeOf("meldebescheinigung"), TODAY);
    expect(unknown.kind).toBe("unknown");
    expect(unknown.kind === "unknown" && unknown.note?.en).toMatch(/not recorded here yet/);
  });

  it("throws on a selection that names no such item (a mistake in a form definition)", () => {
    expect(() => caseFeeFrom(feeOf("personalausweis"), TODAY, { base: 2 })).toThrow(RangeError);
    expect(() => caseFeeFrom(feeOf("personalausweis"), TODAY, { base: 0, surcharges: [0] })).toThrow(
      RangeError,
    );
    expect(() => caseFeeFrom(feeOf("personalausweis"), TODAY, { base: 9 })).toThrow(RangeError);
  });

  it("turns an amount staff set into a fee, 0 into none", () => {
    expect(feeSetByStaff(0)).toEqual({ kind: "none" });
    expect(feeSetByStaff(1234)).toEqual({
      kind: "fixed",
      amountCents: 1234,
      lines: [{ kind: "base", amountCents: 1234 }],
    });
  });

  it("refuses a fixed fee whose lines do not add up", () => {
    expect(
      CaseFee.safeParse({ kind: "fixed", amountCents: 100, lines: [{ kind: "base", amountCents: 99 }] })
        .success,
    ).toBe(false);
  });
});

describe("paymentStatusOf", () => {
  const fee = feeSetByStaff(1300);
  it("tells what is still to pay, paid, or paid too much", () => {
    expect(paymentStatusOf(fee, [])).toEqual({
      kind: "outstanding",
      dueCents: 1300,
      paidCents: 0,
      outstandingCents: 1300,
    });
    expect(paymentStatusOf(fee, [{ amountCents: 300 }])).toEqual({
      kind: "outstanding",
      dueCents: 1300,
      paidCents: 300,
      outstandingCents: 1000,
    });
    expect(paymentStatusOf(fee, [{ amountCents: 300 }, { amountCents: 1000 }])).toEqual({
      kind: "paid",
      dueCents: 1300,
      paidCents: 1300,
    });
    expect(paymentStatusOf(fee, [{ amountCents: 1300 }, { amountCents: 1300 }])).toEqual({
      kind: "overpaid",
      dueCents: 1300,
      paidCents: 2600,
      excessCents: 1300,
    });
    expect(paymentStatusOf({ kind: "unknown" }, [])).toEqual({ kind: "unknown", paidCents: 0 });
    expect(paymentStatusOf({ kind: "none" }, [])).toEqual({ kind: "none", paidCents: 0 });
  });
});
