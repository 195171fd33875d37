import { Temporal } from "temporal-polyfill";
import { canonicalInstant, civilDate, civilReader, instantFromEpochMs } from "../../../domain/zoned-time";
import type { BookingWindow, Counter } from "./opening-plan";
import type { Session } from "./sessions";

/*
 * Units: a session is cut into units of `slotMinutes` of elapsed time from its start instant
 * (also on DST days). An appointment takes `ceil(duration / slotMinutes)` consecutive units on
 * one counter. A unit is named "location/counter/instant" (`unitKey`); two appointments on one
 * counter overlap in time exactly when they share a unit key, so storing or locking the keys of
 * `unitsFor` (in the order given: chronological = lexicographic) prevents double bookings.
 */

/** Who books: online booking ("public") or staff (phone, urgent cases). */
export type Channel = "public" | "staff";

/**
 * A bookable start time. `start`/`end` are canonical UTC instant strings ("…Z"); `end` is the
 * end of the last unit (so at least the appointment's duration after `start`). `civilStart` /
 * `civilEnd` are "HH:MM" in the tenant's zone and `utcOffset` the zone's offset at `start`: on the
 * fall-back day the repeated hour yields two slots labelled e.g. "02:15", distinct instants with
 * offsets "+02:00" and "+01:00" — a page must show the offset (or "MESZ"/"MEZ") wherever two
 * slots share a label.
 */
export interface Slot {
  planKey: string;
  location: string;
  /** civil date of `start` in the tenant's zone */
  date: string;
  start: string;
  end: string;
  civilStart: string;
  civilEnd: string;
  utcOffset: string;
  counter: string;
  /** the units the appointment occupies, in chronological (and lexicographic) order */
  unitKeys: string[];
}

export interface FreeSlotsInput {
  sessions: readonly Session[];
  durationMinutes: number;
  /** the current instant, ISO with offset */
  now: string;
  /** applies to every session; when absent, each session's own plan window applies */
  bookingWindow?: BookingWindow;
  timeZone: string;
  /** unit key → appointments and holds already occupying that unit */
  taken: ReadonlyMap<string, number>;
  channel: Channel;
}

/** Thrown by `unitsFor` when an appointment does not fit the session's unit grid. */
export class SlotDoesNotFitError extends Error {
  override readonly name = "SlotDoesNotFitError";
  constructor(
    message: string,
    readonly reason: "unknown-counter" | "off-grid" | "outside-session",
  ) {
    super(message);
  }
}

const MINUTE_MS = 60_000;

function keyOf(counterKey: string, location: string, canonical: string): string {
  return `${location}/${counterKey}/${canonical}`;
}

/** The identity of one unit: "location/counter/instant" with the unit's canonical start instant. */
export function unitKey(counterKey: string, location: string, unitStartInstant: string): string {
  return keyOf(counterKey, location, canonicalInstant(unitStartInstant));
}

/** `unitKey` of a unit starting at a whole epoch millisecond, without parsing an instant string. */
export function unitKeyAt(counterKey: string, location: string, unitStartEpochMs: number): string {
  return keyOf(counterKey, location, instantFromEpochMs(unitStartEpochMs));
}

/** How many units of `slotMinutes` an appointment of `durationMinutes` needs (rounded up). */
export function unitsNeeded(durationMinutes: number, slotMinutes: number): number {
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0) {
    throw new RangeError(`duration must be a positive whole number of minutes: ${durationMinutes}`);
  }
  return Math.ceil(durationMinutes / slotMinutes);
}

/** Parallel appointments per unit the channel may use on the counter. */
export function capacityOf(counter: Counter, channel: Channel): number {
  return channel === "public" ? counter.publicCapacity : counter.publicCapacity + counter.staffCapacity;
}

/** Total minutes of several services booked in one appointment (durations add up). */
export function sumDurations(minutes: readonly number[]): number {
  if (minutes.length === 0) throw new RangeError("at least one duration is needed");
  for (const m of minutes) {
    if (!Number.isInteger(m) || m <= 0) throw new RangeError(`not a positive whole number of minutes: ${m}`);
  }
  return minutes.reduce((sum, m) => sum + m, 0);
}

interface Grid {
  startMs: number;
  stepMs: number;
  /** whole units in the session */
  count: number;
}

/** Epoch milliseconds of a canonical instant ("…Z", whole seconds or less): `Date.parse` is exact there and cheap. */
function epochMsOf(instant: string): number {
  return instant.endsWith("Z") && instant.length <= 24
    ? Date.parse(instant)
    : Temporal.Instant.from(instant).epochMilliseconds;
}

function gridOf(session: Session): Grid {
  const startMs = epochMsOf(session.start);
  const endMs = epochMsOf(session.end);
  const stepMs = session.slotMinutes * MINUTE_MS;
  return { startMs, stepMs, count: Math.max(0, Math.floor((endMs - startMs) / stepMs)) };
}

/*
 * A session's civil reader asks Temporal for the zone's next transition, the dearest step of a
 * time page; sessions are shared and frozen (`SessionMemo`), so the reader is kept with them.
 */
const readers = new WeakMap<Session, { timeZone: string; read: ReturnType<typeof civilReader> }>();
function readerOf(session: Session, timeZone: string, grid: Grid): ReturnType<typeof civilReader> {
  const kept = readers.get(session);
  if (kept?.timeZone === timeZone) return kept.read;
  const read = civilReader(timeZone, grid.startMs, grid.startMs + grid.count * grid.stepMs);
  readers.set(session, { timeZone, read });
  return read;
}

/**
 * Unit keys an appointment of `durationMinutes` starting at `startInstant` occupies on the
 * counter, chronologically; throws `SlotDoesNotFitError` when the counter is not the session's,
 * the start is not on the unit grid or the units do not all lie inside the session.
 */
export function unitsFor(
  session: Session,
  counterKey: string,
  startInstant: string,
  durationMinutes: number,
): string[] {
  if (!session.counters.some((c) => c.key === counterKey)) {
    throw new SlotDoesNotFitError(
      `no counter "${counterKey}" in plan "${session.planKey}"`,
      "unknown-counter",
    );
  }
  const grid = gridOf(session);
  const offset = Temporal.Instant.from(startInstant).epochMilliseconds - grid.startMs;
  if (offset % grid.stepMs !== 0) {
    throw new SlotDoesNotFitError(`${startInstant} is not the start of a unit`, "off-grid");
  }
  const first = offset / grid.stepMs;
  const needed = unitsNeeded(durationMinutes, session.slotMinutes);
  if (first < 0 || first + needed > grid.count) {
    throw new SlotDoesNotFitError(
      `${startInstant} + ${durationMinutes} min is outside the session`,
      "outside-session",
    );
  }
  const keys: string[] = [];
  for (let i = first; i < first + needed; i++) {
    keys.push(keyOf(counterKey, session.location, instantFromEpochMs(grid.startMs + i * grid.stepMs)));
  }
  return keys;
}

/**
 * Free slots for an appointment of `durationMinutes`: per session, every unit start from which
 * enough consecutive units on one counter have `taken < capacity` for the channel; one slot per
 * location and start (the first counter in plan order that fits), within the booking window and
 * not before `now`, sorted by start.
 */
export function freeSlots(input: FreeSlotsInput): Slot[] {
  const nowMs = Temporal.Instant.from(input.now).epochMilliseconds;
  const today = civilDate(input.now, input.timeZone);
  const seen = new Set<string>();
  const slots: Slot[] = [];
  // Sessions of one plan share their window: its first and last day are computed once.
  const windows = new Map<string, { earliest: string; latest: string }>();
  const windowOf = (w: BookingWindow) => {
    const key = `${w.minDaysAhead}|${w.maxDaysAhead}`;
    let days = windows.get(key);
    if (!days) {
      days = {
        earliest: today.add({ days: w.minDaysAhead }).toString(),
        latest: today.add({ days: w.maxDaysAhead }).toString(),
      };
      windows.set(key, days);
    }
    return days;
  };

  for (const session of input.sessions) {
    const { earliest, latest } = windowOf(input.bookingWindow ?? session.bookingWindow);
    if (session.date < earliest || session.date > latest) continue;
    const grid = gridOf(session);
    const needed = unitsNeeded(input.durationMinutes, session.slotMinutes);
    if (needed > grid.count || grid.startMs + (grid.count - needed) * grid.stepMs < nowMs) continue;
    const readCivil = readerOf(session, input.timeZone, grid);
    const unitStarts = Array.from({ length: grid.count }, (_, i) =>
      instantFromEpochMs(grid.startMs + i * grid.stepMs),
    );

    // free run lengths per counter: runs[c][i] = free consecutive units from unit i on
    const runs = session.counters.map((counter) => {
      const capacity = capacityOf(counter, input.channel);
      const run = new Array<number>(grid.count + 1).fill(0);
      for (let i = grid.count - 1; i >= 0; i--) {
        const key = keyOf(counter.key, session.location, unitStarts[i] ?? "");
        const free = capacity > 0 && (input.taken.get(key) ?? 0) < capacity;
        run[i] = free ? (run[i + 1] ?? 0) + 1 : 0;
      }
      return run;
    });

    for (let j = 0; j + needed <= grid.count; j++) {
      const startMs = grid.startMs + j * grid.stepMs;
      if (startMs < nowMs) continue;
      const start = unitStarts[j] ?? instantFromEpochMs(startMs);
      const civil = readCivil(startMs);
      if (civil.date < earliest || civil.date > latest) continue;
      const id = `${session.location}|${start}`;
      if (seen.has(id)) continue;
      const c = runs.findIndex((run) => (run[j] ?? 0) >= needed);
      const counter = session.counters[c];
      if (counter === undefined) continue;
      seen.add(id);
      const endMs = startMs + needed * grid.stepMs;
      const end = instantFromEpochMs(endMs);
      slots.push({
        planKey: session.planKey,
        location: session.location,
        date: civil.date,
        start,
        end,
        civilStart: civil.time,
        civilEnd: readCivil(endMs).time,
        utcOffset: civil.offset,
        counter: counter.key,
        unitKeys: unitStarts.slice(j, j + needed).map((s) => keyOf(counter.key, session.location, s)),
      });
    }
  }
  return slots.sort((a, b) =>
    a.start < b.start
      ? -1
      : a.start > b.start
        ? 1
        : a.location < b.location
          ? -1
          : a.location > b.location
            ? 1
            : 0,
  );
}
