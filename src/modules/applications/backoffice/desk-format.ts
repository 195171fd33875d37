import type { Locale } from "../../../domain/locale";
import type { CaseActor } from "../domain";
import type { DeskMessages } from "./desk-messages";

const days = new Map<string, Intl.DateTimeFormat>();

/** The day an instant falls on in `timeZone`, as the back office's tables show it ("24.11.2026"). */
export function dayText(locale: Locale, at: Date, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = days.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone,
    });
    days.set(key, f);
  }
  return f.format(at);
}

/** Who caused an event: a staff member by name, the applicant, or the system. */
export function actorText(t: DeskMessages, actor: CaseActor, names: ReadonlyMap<number, string>): string {
  if (actor.kind === "resident") return t.resident;
  if (actor.kind === "system") return t.system;
  return names.get(actor.staffId) ?? t.formerStaff;
}

/** Cents as the amount field shows them for editing ("12,50" / "12.50"). */
export function amountInput(locale: Locale, cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  return `${euros}${locale === "de" ? "," : "."}${rest}`;
}

/** A civil date "YYYY-MM-DD" as the date field shows it for editing ("24.11.2026" / "24/11/2026"). */
export function dayInput(locale: Locale, iso: string): string {
  const [year, month, day] = iso.split("-");
  return locale === "de" ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
