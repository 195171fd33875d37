import type { Locale } from "../../../domain/locale";
import type { Actor } from "../../../platform/audit/audit";
import type { FieldError } from "../../../platform/views/forms";
import type { PlaceScope } from "../../staff";
import type { CaseRefusal } from "../domain";
import { formatEuro } from "../web/fee-text";
import {
  type ActionBody,
  type ActionError,
  type DeskEventType,
  parseAction,
  refusalErrors,
} from "./action-forms";
import type { CaseDesk } from "./case-desk";
import type { DeskMessages } from "./desk-messages";
import { type ExtractError, parseRegisterExtract } from "./extract-form";

/** What a posted step came to: done, or the problems to show on the case's page again (with the status code). */
export type ActionOutcome = { ok: true } | { ok: false; errors: FieldError[]; status: 400 | 409 };

/** Where a problem of the whole page is shown: the steps, or the history after a change meanwhile. */
const ACTIONS_ANCHOR = "actions-title";
const TIMELINE_ANCHOR = "timeline-title";

const changedMeanwhile = (t: DeskMessages): ActionOutcome => ({
  ok: false,
  errors: [{ field: TIMELINE_ANCHOR, message: t.changedMeanwhile }],
  status: 409,
});

const fieldErrors = (t: DeskMessages, errors: ActionError[]): FieldError[] =>
  errors.map((e) => ({ field: e.field, message: t.problems[e.problem] }));

const extractErrors = (t: DeskMessages, errors: ExtractError[]): FieldError[] =>
  errors.map((e) => {
    const message = t.extract.problems[e.problem];
    return { field: e.field, message: e.line === undefined ? message : t.extract.inLine(e.line, message) };
  });

/** The status machine's refusal as the page says it: at the field it concerns, or for the whole form. */
export function refusalOutcome(
  t: DeskMessages,
  locale: Locale,
  type: DeskEventType,
  refusal: CaseRefusal | { code: "changed-meanwhile" },
): ActionOutcome {
  if (refusal.code === "changed-meanwhile") return changedMeanwhile(t);
  const atFields = refusalErrors(type, refusal);
  if (atFields) return { ok: false, errors: fieldErrors(t, atFields), status: 400 };
  const step = t.actionTitles[type];
  const message =
    refusal.code === "transition-not-allowed"
      ? t.notNow(step, t.statuses[refusal.status])
      : refusal.code === "payment-outstanding"
        ? t.paymentOutstanding(formatEuro(locale, refusal.outstandingCents))
        : refusal.code === "no-fee-to-pay"
          ? t.noFeeToPay
          : t.notAllowed(step);
  return { ok: false, errors: [{ field: ACTIONS_ANCHOR, message }], status: 409 };
}

/** Reads a step's form and applies it to the case through the desk (audited); never throws for a refusal. */
export async function applyAction(
  desk: CaseDesk,
  input: {
    actor: Actor;
    scope: PlaceScope;
    id: string;
    revision: number;
    type: DeskEventType;
    body: ActionBody;
    t: DeskMessages;
    locale: Locale;
    today: string;
    now: Date;
  },
): Promise<ActionOutcome> {
  const { t, type } = input;
  const parsed = parseAction(type, input.body, input.today);
  // approving an extended Meldebescheinigung needs the register data of the items chosen
  const items = type === "approve" ? await desk.extractItems(input.scope, input.id) : [];
  const extract = items.length > 0 ? parseRegisterExtract(items, input.body, input.today) : undefined;
  const errors = [
    ...(extract && !extract.ok ? extractErrors(t, extract.errors) : []),
    ...(parsed.ok ? [] : fieldErrors(t, parsed.errors)),
  ];
  if (!parsed.ok || errors.length > 0) return { ok: false, errors, status: 400 };
  const event =
    extract?.ok && parsed.event.type === "approve"
      ? { ...parsed.event, registerExtract: extract.extract }
      : parsed.event;
  const change = await desk.apply(input.actor, input.scope, input.id, input.revision, event, input.now);
  return change.ok ? { ok: true } : refusalOutcome(t, input.locale, type, change.refusal);
}

/** A staff account's id as posted, or undefined when it cannot be one (an integer column's range). */
function staffIdOf(text: string | undefined): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(text ?? "")) return undefined;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : undefined;
}

/** Reads the assignment form (the person chosen, and who was assigned when the page was read) and assigns. */
export async function assignAction(
  desk: CaseDesk,
  input: { actor: Actor; scope: PlaceScope; id: string; revision: number; body: ActionBody; t: DeskMessages },
): Promise<ActionOutcome> {
  const { t, body } = input;
  const to = staffIdOf(body.assignee);
  if (to === undefined)
    return { ok: false, errors: [{ field: "assignee", message: t.assignRequired }], status: 400 };
  const seen = (body.assigned ?? "") === "" ? null : staffIdOf(body.assigned);
  if (seen === undefined) return changedMeanwhile(t);
  const result = await desk.assign(input.actor, input.scope, input.id, {
    revision: input.revision,
    seen,
    to,
  });
  if (result === "assigned") return { ok: true };
  if (result === "changed-meanwhile") return changedMeanwhile(t);
  return { ok: false, errors: [{ field: "assignee", message: t.assignNotHere }], status: 400 };
}
