import type { Locale } from "../../../domain/locale";
import { formatDate } from "../../../platform/i18n/i18n";
import type { OpeningPlan } from "../../booking";
import type { District, Location } from "../../locations";
import type { BackOfficeContext } from "../../staff";
import type { AdminMessages } from "../messages/de";

// Texts the administration pages share: validity, rhythm, windows, dates, stop names.

/** "ab 1. Januar 2026" / "1. Januar 2026 bis 31. Dezember 2026". */
export function validityText(ctx: BackOfficeContext, t: AdminMessages, plan: OpeningPlan): string {
  return t.common.validity(
    formatDate(ctx.locale, plan.validFrom),
    plan.validTo === null ? null : formatDate(ctx.locale, plan.validTo),
  );
}

/** "jede Woche" / "alle 2 Wochen" / "am letzten Wochentag im Monat". */
export function rhythmText(t: AdminMessages, plan: OpeningPlan): string {
  return plan.recurrence.kind === "weekly"
    ? t.recurrence.weekly(plan.recurrence.everyWeeks)
    : t.recurrence.monthly(plan.recurrence.nth);
}

/** "Mo, Di 08:00–12:00; Do 14:00–18:00". */
export function windowsText(t: AdminMessages, plan: OpeningPlan): string {
  return plan.windows
    .map((w) => `${w.weekdays.map((d) => t.weekdaysShort[d]).join(", ")} ${w.start}–${w.end}`)
    .join("; ");
}

const fullDates: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { dateStyle: "full", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }),
};

/** "Dienstag, 1. Dezember 2026" of a civil date. */
export function fullDate(locale: Locale, date: string): string {
  return fullDates[locale].format(new Date(`${date}T00:00:00Z`));
}

export interface StopLike {
  location: Location;
  district: District | undefined;
}

/** A stop's short name: its district ("Cappel"), else the place's name. */
export function stopLabel(stop: StopLike, locale: Locale): string {
  return stop.district?.name ?? stop.location.name[locale];
}
