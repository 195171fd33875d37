import type { Locale } from "../../../domain/locale";
import type { FieldError } from "../../../platform/views/forms";
import type { CaseRecord } from "../cases";
import { extractItemsOf } from "../documents/meldebescheinigung-content";
import {
  availableCaseEvents,
  CASE_CHANNEL_LABELS,
  checkAnswerRows,
  type ExtendedItem,
  FILE_KIND_NAMES,
  FINAL_STATUSES,
  type FileRef,
  formatBytes,
  formatIsoDate,
  PAYMENT_METHOD_LABELS,
  paymentStatusOf,
  REJECT_REASONS,
  type TimelineEntry,
} from "../domain";
import { formatEuro } from "../web/fee-text";
import { dateTimeText } from "../web/format";
import { type ActionBody, DESK_EVENTS, type DeskEventType } from "./action-forms";
import { actorText, amountInput, dayInput } from "./desk-format";
import type { DeskMessages } from "./desk-messages";
import type { StaffName } from "./desk-queries";

/** The forms on a case's page: which events may happen now, the assignment, and what was typed. */
export interface ActionsView {
  /** the case page's path (without the locale prefix); each form posts below it */
  base: string;
  revision: number;
  assignedTo: number | null;
  /** the case is not closed: it can still be assigned */
  canAssign: boolean;
  /** the signed-in clerk may take the case (works at its place and is not assigned already) */
  canTake: boolean;
  assignees: { value: string; label: string }[];
  events: DeskEventType[];
  /** the register data approving asks for (the items of an extended Meldebescheinigung) */
  extractItems: ExtendedItem[];
  values: ActionBody;
  errors: FieldError[];
  defaults: { feeAmount: string; paymentAmount: string; paymentDate: string };
}

export interface CaseDetailView {
  id: string;
  reference: string;
  facts: {
    service: string;
    /** the election a Briefwahl is for */
    election: string | undefined;
    channel: string;
    status: string;
    received: string | undefined;
    language: string;
    place: string;
    assignee: string;
    fee: string;
    payment: string;
  };
  contact: { email: string; phone: string | undefined };
  answers: { key: string; label: string; value: string; item: string | undefined }[];
  files: { href: string; text: string }[];
  openQuestion: { message: string; asked: string } | undefined;
  decision: { outcome: string; note: string | undefined } | undefined;
  timeline: { key: number; at: string; what: string; who: string; text: string | undefined }[];
  actions: ActionsView;
  notice: string | undefined;
  errors: FieldError[];
}

export interface DetailInput {
  record: CaseRecord;
  t: DeskMessages;
  locale: Locale;
  timeZone: string;
  today: string;
  serviceName: string;
  /** the name of the election the case is for (a Briefwahl) */
  electionName?: string;
  placeName: string | undefined;
  names: ReadonlyMap<number, string>;
  files: FileRef[];
  assignees: StaffName[];
  viewerId: number;
  values?: ActionBody;
  errors?: FieldError[];
  notice?: string;
}

/** The staff ids a case's page names: who caused its events, who asked, who is assigned. */
export function staffIdsOf(record: CaseRecord): number[] {
  const ids = record.timeline.flatMap((e) => (e.actor.kind === "staff" ? [e.actor.staffId] : []));
  return record.assignedTo === null ? ids : [...ids, record.assignedTo];
}

/** What an event said besides its kind: a message, a note, an amount. */
function entryText(t: DeskMessages, locale: Locale, entry: TimelineEntry): string | undefined {
  const e = entry.event;
  const euro = (cents: number) => formatEuro(locale, cents);
  const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(" – ") || undefined;
  switch (e.type) {
    case "request-information":
      return e.message;
    case "provide-information":
      return joined(e.message, e.attachmentIds.length > 0 ? t.filesSent(e.attachmentIds.length) : undefined);
    case "approve":
      return joined(e.note, e.registerExtract ? t.extract.recorded : undefined);
    case "withdraw":
      return e.note;
    case "reject":
      return joined(REJECT_REASONS[e.reason].label[locale], e.note);
    case "set-fee":
      return joined(t.feeSetText(euro(e.amountCents)), e.note);
    case "record-payment":
      return joined(
        t.paymentText(
          PAYMENT_METHOD_LABELS[e.method][locale],
          euro(e.amountCents),
          formatIsoDate(locale, e.receivedOn),
        ),
        e.note,
      );
    default:
      return undefined;
  }
}

/** The view of one case for the back office, in the page's language. */
export function caseDetailView(input: DetailInput): CaseDetailView {
  const { record, t, locale, timeZone, names } = input;
  const state = record.state;
  const euro = (cents: number) => formatEuro(locale, cents);
  const payment = paymentStatusOf(state.fee, state.payments);
  const base = `/verwaltung/vorgaenge/${record.id}`;
  const staff = { kind: "staff" as const, staffId: input.viewerId };
  const available = availableCaseEvents(state, staff);
  const assignees = input.assignees.map((a) => ({ value: String(a.id), label: a.displayName }));
  const outstanding = payment.kind === "outstanding" ? payment.outstandingCents : 0;
  return {
    id: record.id,
    reference: record.reference,
    facts: {
      service: input.serviceName,
      election: input.electionName,
      channel: CASE_CHANNEL_LABELS[state.channel][locale],
      status: t.statuses[state.status],
      received: state.submittedAt ? dateTimeText(locale, state.submittedAt, timeZone) : undefined,
      language: t.languages[record.locale],
      place: input.placeName ?? t.generalInbox,
      assignee: record.assignedTo === null ? t.nobody : (names.get(record.assignedTo) ?? t.formerStaff),
      fee:
        state.fee.kind === "none"
          ? t.feeNone
          : state.fee.kind === "unknown"
            ? t.feeUnknown
            : euro(state.fee.amountCents),
      payment:
        payment.kind === "none"
          ? t.paymentStatus.none
          : payment.kind === "unknown"
            ? t.paymentStatus.unknown
            : payment.kind === "outstanding"
              ? t.paymentStatus.outstanding(euro(payment.outstandingCents), euro(payment.paidCents))
              : payment.kind === "paid"
                ? t.paymentStatus.paid(euro(payment.paidCents))
                : t.paymentStatus.overpaid(euro(payment.excessCents)),
    },
    contact: { email: record.contact.email, phone: record.contact.phone },
    answers: checkAnswerRows(record.form.definition, record.answers, locale).map((r, i) => ({
      key: `${i}-${r.questionId}`,
      label: r.label,
      value: r.value,
      item: r.item?.label,
    })),
    files: input.files.map((f) => ({
      href: `${base}/dateien/${f.id}`,
      text: t.fileLink(f.name, FILE_KIND_NAMES[f.kind], formatBytes(locale, f.size)),
    })),
    openQuestion: state.openRequest
      ? {
          message: state.openRequest.message,
          asked: t.askedAt(
            dateTimeText(locale, state.openRequest.requestedAt, timeZone),
            actorText(t, state.openRequest.requestedBy, names),
          ),
        }
      : undefined,
    decision: state.decision
      ? {
          outcome:
            state.decision.outcome === "approved"
              ? t.decisionApproved
              : t.decisionRejected(REJECT_REASONS[state.decision.reason].label[locale]),
          note: state.decision.note,
        }
      : undefined,
    timeline: record.timeline.map((entry, i) => ({
      key: i,
      at: dateTimeText(locale, entry.at, timeZone),
      what: t.events[entry.event.type],
      who: actorText(t, entry.actor, names),
      text: entryText(t, locale, entry),
    })),
    actions: {
      base,
      revision: record.revision,
      assignedTo: record.assignedTo,
      canAssign: !FINAL_STATUSES.includes(state.status),
      canTake: record.assignedTo !== input.viewerId && input.assignees.some((a) => a.id === input.viewerId),
      assignees,
      events: DESK_EVENTS.filter((e) => available.includes(e)),
      extractItems: extractItemsOf(state.serviceKey, record.answers),
      values: input.values ?? {},
      errors: input.errors ?? [],
      defaults: {
        feeAmount: state.fee.kind === "fixed" ? amountInput(locale, state.fee.amountCents) : "",
        paymentAmount: outstanding > 0 ? amountInput(locale, outstanding) : "",
        paymentDate: dayInput(locale, input.today),
      },
    },
    notice: input.notice,
    errors: input.errors ?? [],
  };
}
