import { z } from "zod";
import type { LocalizedText } from "../../../../domain/locale";
import { IsoDate } from "../../../../domain/text";
import { CaseActor } from "../case/actor";
import type { CaseFee } from "./fee";
import { MAX_FEE_CENTS } from "./fee";

/** How a payment reached the municipality. */
export const PAYMENT_METHODS = ["transfer", "card", "cash"] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, LocalizedText> = {
  transfer: { de: "Überweisung eingegangen", en: "Bank transfer received" },
  card: { de: "Kartenzahlung am Schalter", en: "Card payment at the counter" },
  cash: { de: "Barzahlung", en: "Cash payment" },
};

/** A payment recorded on a case: by staff, or by the system matching a bank statement. */
export const Payment = z.object({
  method: PaymentMethod,
  amountCents: z.number().int().positive().max(MAX_FEE_CENTS),
  /** the day the money arrived (value date of a transfer, day of a counter payment) */
  receivedOn: IsoDate,
  recordedAt: z.date(),
  /** the staff member who recorded it, or the system that matched a transfer */
  recordedBy: CaseActor,
});
export type Payment = z.infer<typeof Payment>;

/**
 * Where a case's fee stands, as the resident's page and the back office show it.
 * - `none`: nothing to pay; `unknown`: the amount is not known yet, nothing can be paid;
 * - `outstanding`: some or all of the fee is still to pay (the case is waiting for payment);
 * - `paid`: paid in full; `overpaid`: more arrived than due (staff refund the excess).
 */
export type PaymentStatus =
  | { kind: "none"; paidCents: number }
  | { kind: "unknown"; paidCents: number }
  | { kind: "outstanding"; dueCents: number; paidCents: number; outstandingCents: number }
  | { kind: "paid"; dueCents: number; paidCents: number }
  | { kind: "overpaid"; dueCents: number; paidCents: number; excessCents: number };

/** The sum of the payments, in cents. */
export function paidCents(payments: readonly Pick<Payment, "amountCents">[]): number {
  return payments.reduce((sum, p) => sum + p.amountCents, 0);
}

/** Where the fee stands after these payments. */
export function paymentStatusOf(
  fee: CaseFee,
  payments: readonly Pick<Payment, "amountCents">[],
): PaymentStatus {
  const paid = paidCents(payments);
  if (fee.kind === "none") return { kind: "none", paidCents: paid };
  if (fee.kind === "unknown") return { kind: "unknown", paidCents: paid };
  const due = fee.amountCents;
  if (paid < due)
    return { kind: "outstanding", dueCents: due, paidCents: paid, outstandingCents: due - paid };
  if (paid === due) return { kind: "paid", dueCents: due, paidCents: paid };
  return { kind: "overpaid", dueCents: due, paidCents: paid, excessCents: paid - due };
}
