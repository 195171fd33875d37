import { Temporal } from "temporal-polyfill";

/**
 * Conversions between civil time in the tenant's zone and instants.
 *
 * Representation: every instant this module hands out is the canonical string of
 * `Temporal.Instant.prototype.toString()` — UTC with a `Z`, whole seconds, e.g.
 * "2026-03-29T01:30:00Z". Strings of that one form sort chronologically as plain strings
 * and are what unit keys contain.
 */

/** Canonical instant string of epoch milliseconds (fast path for whole seconds). */
export function instantFromEpochMs(epochMs: number): string {
  if (epochMs % 1000 !== 0) return Temporal.Instant.fromEpochMilliseconds(epochMs).toString();
  const iso = new Date(epochMs).toISOString();
  // "2026-03-29T01:30:00.000Z" → "2026-03-29T01:30:00Z", as Temporal writes it (years 0–9999)
  return iso.length === 24
    ? `${iso.slice(0, 19)}Z`
    : Temporal.Instant.fromEpochMilliseconds(epochMs).toString();
}

/** Canonical instant string ("…Z") of any ISO instant with offset (`Date#toISOString()` works too). */
export function canonicalInstant(instant: string | Temporal.Instant): string {
  return (typeof instant === "string" ? Temporal.Instant.from(instant) : instant).toString();
}

/**
 * The instant at which the civil `date` + `time` ("HH:MM") happens in `timeZone`, with Temporal's
 * "compatible" disambiguation (as RFC 5545 / iCalendar does): a time inside a spring-forward gap
 * is moved forward by the gap's length (02:00 → 03:00, 02:30 → 03:30 in Europe/Berlin); a time
 * that occurs twice on a fall-back day means its first (earlier, summer-time) occurrence.
 */
export function civilToInstant(date: string, time: string, timeZone: string): Temporal.Instant {
  return Temporal.PlainDate.from(date)
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(timeZone, { disambiguation: "compatible" })
    .toInstant();
}

/** Civil date "YYYY-MM-DD", time "HH:MM" and UTC offset ("+02:00") of an instant in `timeZone`. */
export function instantToCivil(
  instant: string | Temporal.Instant,
  timeZone: string,
): { date: string; time: string; offset: string } {
  const zoned = (typeof instant === "string" ? Temporal.Instant.from(instant) : instant).toZonedDateTimeISO(
    timeZone,
  );
  return {
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: "minute" }),
    offset: zoned.offset,
  };
}

/** The civil date of an instant in `timeZone`. */
export function civilDate(instant: string | Temporal.Instant, timeZone: string): Temporal.PlainDate {
  return (typeof instant === "string" ? Temporal.Instant.from(instant) : instant)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

export interface CivilReading {
  date: string;
  time: string;
  offset: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A fast `instantToCivil` for instants between `fromMs` and `toMs`: where the zone has no
 * offset transition in that span it adds the fixed offset; otherwise it asks Temporal for
 * every instant.
 */
export function civilReader(
  timeZone: string,
  fromMs: number,
  toMs: number,
): (epochMs: number) => CivilReading {
  const zoned = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone);
  const next = zoned.getTimeZoneTransition("next");
  if (next !== null && next.epochMilliseconds <= toMs) {
    return (epochMs) => instantToCivil(Temporal.Instant.fromEpochMilliseconds(epochMs), timeZone);
  }
  const offsetMs = zoned.offsetNanoseconds / 1_000_000;
  const offset = zoned.offset;
  return (epochMs) => {
    const wall = new Date(epochMs + offsetMs);
    return {
      date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
      time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
      offset,
    };
  };
}
