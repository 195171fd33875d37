import { z } from "zod";
import { LocalizedText } from "../../../../domain/locale";
import type { Service } from "../../../catalog/domain";
import { EPC_LIMITS } from "./epc-transfer";

/*
 * The fee of a case, taken from the fee entry of its service in the catalogue (`Service.fee`:
 * free, unknown, or amounts in cents with conditions). An amount that is not a known fact stays
 * unknown: the case goes on, only its fee step waits until staff set the amount.
 */

/** A service's fee entry as the catalogue models it. */
export type CatalogueFee = Service["fee"];

/** The largest fee a case can carry: what one SEPA transfer in a GiroCode can pay. */
export const MAX_FEE_CENTS = EPC_LIMITS.maxAmountCents;

/** One amount of a case's fee: a catalogue item that applies, or the amount staff set. */
export const CaseFeeLine = z.object({
  kind: z.enum(["base", "surcharge"]),
  amountCents: z.number().int().nonnegative().max(MAX_FEE_CENTS),
  /** the catalogue's condition (e.g. "Versand per Post"); absent for an amount that always applies */
  condition: LocalizedText.optional(),
});
export type CaseFeeLine = z.infer<typeof CaseFeeLine>;

/** What a case costs: nothing, not yet known, or a fixed amount in cents made of its lines. */
export const CaseFee = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none"), note: LocalizedText.optional() }),
  z.object({ kind: z.literal("unknown"), note: LocalizedText.optional() }),
  z
    .object({
      kind: z.literal("fixed"),
      amountCents: z.number().int().positive().max(MAX_FEE_CENTS),
      lines: z.array(CaseFeeLine).min(1),
    })
    .refine((f) => f.lines.reduce((sum, l) => sum + l.amountCents, 0) === f.amountCents, {
      message: "the lines add up to the amount",
      path: ["amountCents"],
    }),
]);
export type CaseFee = z.infer<typeof CaseFee>;

/**
 * Which of the catalogue's amounts apply to this case, as indexes into `items`, chosen from the
 * answers (age, home delivery, express): at most one base amount and any surcharges.
 */
export interface FeeSelection {
  base?: number;
  surcharges?: readonly number[];
}

/**
 * The fee of a case of a service with the fee entry `fee`, applied for on the day `on`.
 *
 * - free → none; unknown → unknown (with the catalogue's note);
 * - amounts whose `validFrom` lies after `on` → unknown: the amounts before that day are only
 *   told in the note, so no amount is invented;
 * - the selected base amount (or the only one, when there is just one and none was selected)
 *   plus the selected surcharges; several base amounts and none selected → unknown, since the
 *   answers did not say which applies;
 * - amounts adding up to 0 (a waiver) → none.
 * @throws RangeError when the selection names an item that does not exist or is of the other kind
 *   (a mistake in a form definition, which its tests catch)
 */
export function caseFeeFrom(fee: CatalogueFee, on: string, selection: FeeSelection = {}): CaseFee {
  if (fee.kind === "free") return fee.note ? { kind: "none", note: fee.note } : { kind: "none" };
  if (fee.kind === "unknown") return fee.note ? { kind: "unknown", note: fee.note } : { kind: "unknown" };
  const item = (index: number, kind: "base" | "surcharge") => {
    const found = fee.items[index];
    if (!found || found.kind !== kind) throw new RangeError(`fee item ${index} is not a ${kind} amount`);
    return found;
  };
  const bases = fee.items.filter((i) => i.kind === "base");
  const base =
    selection.base !== undefined ? item(selection.base, "base") : bases.length === 1 ? bases[0] : undefined;
  const surcharges = [...new Set(selection.surcharges ?? [])].map((i) => item(i, "surcharge"));
  // the note of an amounts entry tells about the amounts (e.g. the former ones), not why this
  // case's amount is open; the case's page shows the service's amounts instead
  if (fee.validFrom !== undefined && on < fee.validFrom) return { kind: "unknown" };
  if (base === undefined) return { kind: "unknown" };
  const lines = [base, ...surcharges]
    .filter((l) => l.amountCents > 0)
    .map(
      (l): CaseFeeLine => ({
        kind: l.kind,
        amountCents: l.amountCents,
        ...(l.condition ? { condition: l.condition } : {}),
      }),
    );
  const amountCents = lines.reduce((sum, l) => sum + l.amountCents, 0);
  if (amountCents === 0) return { kind: "none" };
  if (amountCents > MAX_FEE_CENTS) throw new RangeError("a fee above what one transfer can pay");
  return { kind: "fixed", amountCents, lines };
}

/** The fee staff set for a case (an unknown fee found out, a waiver, a correction): 0 means none. */
export function feeSetByStaff(amountCents: number): CaseFee {
  return amountCents === 0
    ? { kind: "none" }
    : { kind: "fixed", amountCents, lines: [{ kind: "base", amountCents }] };
}
