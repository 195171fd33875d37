import { Temporal } from "temporal-polyfill";
import { type Address, formatIsoDate } from "../../domain";

/** The civil day of an instant in the tenant's time zone, as ISO (`2026-12-03`). */
export function civilDate(instant: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** A day as certificates write it: `03.12.2026`. */
export function numericGermanDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

/** A day in words: `3. Dezember 2026`. */
export function longGermanDate(iso: string): string {
  return formatIsoDate("de", iso);
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  return Temporal.PlainDate.from(iso).add({ days }).toString();
}

const EURO = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });

/** An amount in cents as German prints it: `1.234,50 €`. */
export function euro(cents: number): string {
  // a no-break space keeps the sign with the number; Helvetica's encoding has no narrow one
  return EURO.format(cents / 100).replace(/\u202f/g, "\u00a0");
}

/** An address on one line: `Heideweg 12, Hinterhaus, 35039 Marburg`. */
export function addressLine(a: Address): string {
  return [`${a.street} ${a.houseNumber}`, a.addition, `${a.postalCode} ${a.city}`].filter(Boolean).join(", ");
}
