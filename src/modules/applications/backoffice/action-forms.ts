import { isCleanText, isIsoDate } from "../../../domain/text";
import type { CaseEventInput, CaseEventType, CaseRefusal } from "../domain";
import { MAX_MESSAGE_LENGTH } from "../domain/case/events";
import { REJECT_REASON_KEYS } from "../domain/case/reject-reasons";
import { PAYMENT_METHODS } from "../domain/payment/payments";

/*
 * The back office's small forms on a case: each posts to a path of its own and is read here
 * into an event of the status machine, or into problems next to its fields. Each form names
 * its fields apart from the others' (several forms share one page, and ids must be unique).
 * What only the status machine knows (a rejection for "other" reason needs a note, a fee
 * below what was paid) is left to it, and its refusal is shown at the field the same way.
 */

/** The events staff cause from the case's page, by the path segment of their form. */
export const CASE_ACTIONS = {
  bearbeiten: "start-review",
  rueckfrage: "request-information",
  antwort: "provide-information",
  genehmigen: "approve",
  ablehnen: "reject",
  gebuehr: "set-fee",
  zahlung: "record-payment",
  abschliessen: "complete",
} as const satisfies Record<string, CaseEventType>;
export type CaseAction = keyof typeof CASE_ACTIONS;
export type DeskEventType = (typeof CASE_ACTIONS)[CaseAction];

/** The path segment of an event's form. */
export const ACTION_OF = Object.fromEntries(
  Object.entries(CASE_ACTIONS).map(([action, type]) => [type, action]),
) as Record<DeskEventType, CaseAction>;

/** The events with a form on the case's page, in the order the page shows them. */
export const DESK_EVENTS: readonly DeskEventType[] = Object.values(CASE_ACTIONS);

export type ActionProblem =
  | "questionRequired"
  | "answerRequired"
  | "textTooLong"
  | "textInvalid"
  | "reasonRequired"
  | "otherNeedsNote"
  | "amountRequired"
  | "amountInvalid"
  | "amountZero"
  | "methodRequired"
  | "dateRequired"
  | "dateInvalid"
  | "dateInFuture"
  | "feeBelowPaid";

export interface ActionError {
  field: string;
  problem: ActionProblem;
}

/** What a form posted, by field; every field may be missing. */
export type ActionBody = Partial<Record<string, string>>;

export type ActionParse = { ok: true; event: CaseEventInput } | { ok: false; errors: ActionError[] };

/** The fields of each form (the first is where a problem of the whole form is shown). */
export const ACTION_FIELDS = {
  "start-review": [],
  "request-information": ["question"],
  "provide-information": ["answer"],
  approve: ["approveNote"],
  reject: ["rejectReason", "rejectNote"],
  "set-fee": ["feeAmount", "feeNote"],
  "record-payment": ["paymentMethod", "paymentAmount", "paymentDate", "paymentNote"],
  complete: [],
} as const satisfies Record<DeskEventType, readonly string[]>;

/** The largest number of whole euros typed into an amount (far above any fee). */
const MAX_EUROS = 99_999_999;

/**
 * An amount of euros as people type it ("12,50", "12.50", "1.234,50", "12 €") in cents, or
 * undefined when it is not one. A point followed by three digits groups thousands.
 * @example parseEuroCents("12,5") // 1250
 */
export function parseEuroCents(text: string): number | undefined {
  const s = text.replace(/€|EUR/gi, "").trim();
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s) ?? /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!match) return undefined;
  const euros = Number((match[1] ?? "").replaceAll(".", ""));
  if (!Number.isSafeInteger(euros) || euros > MAX_EUROS) return undefined;
  return euros * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** A day as people type it ("2026-11-24", "24.11.2026", "24/11/2026") as `YYYY-MM-DD`, or undefined. */
export function parseDay(text: string): string | undefined {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDate(date) ? date : undefined;
}

/** A message or note: line breaks made plain, trimmed; blank is undefined. */
function textOf(body: ActionBody, field: string, errors: ActionError[]): string | undefined {
  const text = (body[field] ?? "").replace(/\r\n?/g, "\n").trim();
  if (text === "") return undefined;
  if (text.length > MAX_MESSAGE_LENGTH) errors.push({ field, problem: "textTooLong" });
  else if (!isCleanText(text)) errors.push({ field, problem: "textInvalid" });
  return text;
}

function amountOf(body: ActionBody, field: string, errors: ActionError[]): number | undefined {
  const text = (body[field] ?? "").trim();
  if (text === "") {
    errors.push({ field, problem: "amountRequired" });
    return undefined;
  }
  const cents = parseEuroCents(text);
  if (cents === undefined) errors.push({ field, problem: "amountInvalid" });
  return cents;
}

/**
 * Reads the posted form of `type` into its event, or the problems of its fields.
 * @param today the day in the municipality's zone (a payment cannot arrive later)
 */
export function parseAction(type: DeskEventType, body: ActionBody, today: string): ActionParse {
  const errors: ActionError[] = [];
  const done = (event: CaseEventInput): ActionParse =>
    errors.length > 0 ? { ok: false, errors } : { ok: true, event };
  switch (type) {
    case "start-review":
    case "complete":
      return done({ type });
    case "request-information": {
      const message = textOf(body, "question", errors);
      if (message === undefined) errors.push({ field: "question", problem: "questionRequired" });
      return done({ type, message: message ?? "" });
    }
    case "provide-information": {
      const message = textOf(body, "answer", errors);
      if (message === undefined) errors.push({ field: "answer", problem: "answerRequired" });
      return done({ type, message });
    }
    case "approve":
      return done({ type, note: textOf(body, "approveNote", errors) });
    case "reject": {
      const reason = REJECT_REASON_KEYS.find((r) => r === body.rejectReason);
      if (!reason) errors.push({ field: "rejectReason", problem: "reasonRequired" });
      const note = textOf(body, "rejectNote", errors);
      return done({ type, reason: reason ?? "other", note });
    }
    case "set-fee": {
      const amountCents = amountOf(body, "feeAmount", errors) ?? 0;
      return done({ type, amountCents, note: textOf(body, "feeNote", errors) });
    }
    case "record-payment": {
      const method = PAYMENT_METHODS.find((m) => m === body.paymentMethod);
      if (!method) errors.push({ field: "paymentMethod", problem: "methodRequired" });
      const amountCents = amountOf(body, "paymentAmount", errors) ?? 0;
      if (amountCents === 0 && !errors.some((e) => e.field === "paymentAmount"))
        errors.push({ field: "paymentAmount", problem: "amountZero" });
      const dateText = (body.paymentDate ?? "").trim();
      const receivedOn = dateText === "" ? undefined : parseDay(dateText);
      if (dateText === "") errors.push({ field: "paymentDate", problem: "dateRequired" });
      else if (!receivedOn) errors.push({ field: "paymentDate", problem: "dateInvalid" });
      else if (receivedOn > today) errors.push({ field: "paymentDate", problem: "dateInFuture" });
      const note = textOf(body, "paymentNote", errors);
      return done({
        type,
        method: method ?? "transfer",
        amountCents,
        receivedOn: receivedOn ?? today,
        note,
      });
    }
  }
}

/** Where the status machine's refusal of an event belongs on its form, when it is about a field. */
export function refusalErrors(type: DeskEventType, refusal: CaseRefusal): ActionError[] | undefined {
  const fields: readonly string[] = ACTION_FIELDS[type];
  if (refusal.code === "fee-below-paid") return [{ field: "feeAmount", problem: "feeBelowPaid" }];
  if (refusal.code !== "invalid-input") return undefined;
  const errors: ActionError[] = [];
  for (const issue of refusal.issues) {
    const part = issue.path.split(".")[1];
    const field =
      part === "note" || part === "message"
        ? fields.find((f) => /Note$|^question$|^answer$/.test(f))
        : part === "reason"
          ? "rejectReason"
          : part === "amountCents"
            ? fields.find((f) => f.endsWith("Amount"))
            : part === "method"
              ? "paymentMethod"
              : part === "receivedOn"
                ? "paymentDate"
                : undefined;
    if (!field || errors.some((e) => e.field === field)) continue;
    const problem: ActionProblem =
      type === "reject" && field === "rejectNote"
        ? "otherNeedsNote"
        : field.endsWith("Amount")
          ? "amountInvalid"
          : field === "paymentDate"
            ? "dateInvalid"
            : "textInvalid";
    errors.push({ field, problem });
  }
  return errors.length > 0 ? errors : undefined;
}
