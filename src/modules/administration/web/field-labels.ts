import type { AdminMessages } from "../messages/de";

/** The label of a service form field, for its error message. */
export function serviceFieldLabel(t: AdminMessages, field: string): string {
  const s = t.services;
  const fixed: Record<string, string> = {
    "name-de": s.nameDe,
    "name-en": s.nameEn,
    "summary-de": s.summaryDe,
    "summary-en": s.summaryEn,
    "counter-minutes": s.counterMinutes,
    channels: s.channels,
    "fee-kind": s.feeKind,
    "fee-valid-from": s.feeValidFrom,
    "fee-note-de": s.feeNoteDe,
    "fee-note-en": s.feeNoteEn,
    status: s.statusTitle,
  };
  if (fixed[field]) return fixed[field];
  const row = /^fee-(\d+)-(kind|amount|condition-de|condition-en)$/.exec(field);
  if (!row) return field;
  const part = {
    kind: s.feeItemKind,
    amount: s.feeItemAmount,
    "condition-de": s.feeItemConditionDe,
    "condition-en": s.feeItemConditionEn,
  }[row[2] as "kind"];
  return `${s.feeItem(Number(row[1]) + 1)}: ${part}`;
}

/** The label of a field of the place page, for its error message. */
export function placeFieldLabel(t: AdminMessages, field: string): string {
  const p = t.places;
  const fixed: Record<string, string> = {
    "name-de": p.nameDe,
    "name-en": p.nameEn,
    kind: p.kind,
    street: p.street,
    "postal-code": p.postalCode,
    city: p.city,
    status: p.statusTitle,
  };
  if (fixed[field]) return fixed[field];
  const cap = /^cap__(.+)__(.+)__(public|staff)$/.exec(field);
  if (cap) return p.capacityLabel(cap[2] ?? "", cap[3] === "public" ? p.publicCapacity : p.staffCapacity);
  const added = /^new__(.+)__(key|public|staff)$/.exec(field);
  if (added) return added[2] === "key" ? p.newCounterKey : added[2] === "public" ? p.newPublic : p.newStaff;
  return p.countersTitle;
}

/** The label of a plan or closure field, for its error message. */
export function planFieldLabel(t: AdminMessages, field: string): string {
  const pl = t.plans;
  const fixed: Record<string, string> = {
    "valid-from": pl.validFrom,
    "valid-to": pl.validTo,
    recurrence: pl.recurrenceLegend,
    "every-weeks": pl.everyWeeks,
    nth: pl.nth,
    "slot-minutes": pl.slotMinutes,
    "min-days": pl.minDays,
    "max-days": pl.maxDays,
    "closure-location": pl.closurePlace,
    "closure-from": pl.closureFrom,
    "closure-to": pl.closureTo,
    "closure-reason-de": pl.closureReasonDe,
    "closure-reason-en": pl.closureReasonEn,
  };
  if (fixed[field]) return fixed[field];
  const row = /^window-(\d+)-(days|start|end)$/.exec(field);
  if (!row) return field;
  const n = Number(row[1]) + 1;
  return row[2] === "days" ? pl.windowDays(n) : row[2] === "start" ? pl.windowStart(n) : pl.windowEnd(n);
}

/** The label of a tour-plan field, for its error message. */
export function tourFieldLabel(t: AdminMessages, field: string): string {
  const tr = t.tour;
  const labels: Record<string, string> = {
    "visit-stop": tr.visitStop,
    "visit-date": tr.visitDate,
    "visit-start": tr.visitStart,
    "visit-end": tr.visitEnd,
    "reason-de": tr.reasonDe,
    "reason-en": tr.reasonEn,
  };
  return labels[field] ?? field;
}

/** The label of an election form field, for its error message. */
export function electionFieldLabel(t: AdminMessages, field: string): string {
  const e = t.elections;
  const labels: Record<string, string> = {
    key: e.key,
    "name-de": e.nameDe,
    "name-en": e.nameEn,
    "election-day": e.electionDay,
    "applications-from": e.applicationsFrom,
    "deadline-date": e.deadlineDate,
    "deadline-time": e.deadlineTime,
    status: e.statusTitle,
  };
  return labels[field] ?? field;
}
