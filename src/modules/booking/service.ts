import type { Config } from "../../config";
import { civilToInstant, instantToCivil } from "../../domain/zoned-time";
import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import { AppError } from "../../platform/errors";
import { findTakenUnits, type UnitWithCapacity } from "./capacity-queries";
import { countCancelledAt, countConfirmedBetween, findBookedStarts } from "./count-queries";
import { type NoTimesReason, whyNoTimes } from "./domain/day-availability";
import type { OpeningPlansFile } from "./domain/opening-plan";
import { overlappingSessions, type Session, sessionOffers } from "./domain/sessions";
import {
  type Channel,
  capacityOf,
  freeSlots,
  type Slot,
  SlotDoesNotFitError,
  unitKeyAt,
  unitsFor,
} from "./domain/slots";
import { forStaffBooking } from "./domain/staff-booking";
import { FreeSlotMemo } from "./free-slot-memo";
import { findOpeningPlans } from "./plan-queries";
import { expandPlanSessions, SessionMemo } from "./session-memo";

export type BookingSettings = Config["booking"];

const DAY_MS = 86_400_000;

/** Where and when appointments can be had: plans, sessions and free slots of the tenant. */
export class BookingService {
  private readonly plans: RevisionCache<OpeningPlansFile | undefined>;
  private readonly sessionMemo = new SessionMemo();
  private readonly freeSlotMemo = new FreeSlotMemo();
  private readonly civilDates = new Map<string, string>();

  constructor(
    private readonly database: Database,
    readonly tenantId: string,
    readonly settings: BookingSettings,
    /** how often the plans' revision is read (another instance's change is seen within it) */
    planCheckEveryMs = 1000,
  ) {
    this.plans = new RevisionCache(
      () => readCatalogRevision(database.db, tenantId),
      () => findOpeningPlans(database.db, tenantId),
      planCheckEveryMs,
    );
  }

  /** Forget cached plans at once (after this process changed them). */
  reload(): void {
    this.plans.invalidate();
  }

  async timeZone(): Promise<string> {
    return (await this.plans.get())?.timeZone ?? "Europe/Berlin";
  }

  /** The tenant's plans and closures as stored (cached); undefined before the first import. */
  openingPlans(): Promise<OpeningPlansFile | undefined> {
    return this.plans.get();
  }

  /** The civil date of `now` in the tenant's zone. */
  async today(now: Date): Promise<string> {
    const timeZone = await this.timeZone();
    // Zone offsets are whole minutes, so the civil date holds for the whole minute (asked per page).
    // Pages ask for today and for a day weeks ahead, so a few minutes are kept.
    const key = `${timeZone}|${Math.floor(now.getTime() / 60_000)}`;
    let date = this.civilDates.get(key);
    if (date === undefined) {
      date = instantToCivil(now.toISOString(), timeZone).date;
      if (this.civilDates.size >= 16) this.civilDates.clear();
      this.civilDates.set(key, date);
    }
    return date;
  }

  /**
   * The start times of confirmed appointments at the given places in [from, to), for counts
   * per visit or day; no personal data.
   */
  async bookedStarts(filter: {
    locations: readonly string[];
    from: Date;
    to: Date;
  }): Promise<{ location: string; startsAt: Date }[]> {
    if (filter.locations.length === 0) return [];
    return findBookedStarts(this.database.db, this.tenantId, filter);
  }

  /** How many confirmed appointments a place (or every place, "all") has on the civil days from `from` to `to`. */
  async countBookedOnDays(filter: { location: string; from: string; to: string }): Promise<number> {
    const timeZone = await this.timeZone();
    const start = new Date(civilToInstant(filter.from, "00:00", timeZone).epochMilliseconds);
    const dayAfter = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY_MS)
      .toISOString()
      .slice(0, 10);
    const end = new Date(civilToInstant(dayAfter, "00:00", timeZone).epochMilliseconds);
    return countConfirmedBetween(this.database.db, this.tenantId, { location: filter.location, start, end });
  }

  /**
   * The appointments of a place cancelled at exactly `cancelledAt` (one visit cancellation),
   * and how many of them had an e-mail address to write to.
   */
  async countCancelledAt(filter: {
    location: string;
    cancelledAt: Date;
  }): Promise<{ cancelled: number; withEmail: number }> {
    return countCancelledAt(this.database.db, this.tenantId, filter);
  }

  /** The sessions (opening windows, mobile visits) of places between two civil dates (not to be changed: shared). */
  async sessions(filter: { location?: string; from: string; to: string }): Promise<Session[]> {
    const file = await this.plans.get();
    if (!file) return [];
    // Expanded once per plans file and range (`SessionMemo`): a new file comes with every change.
    return this.sessionMemo.sessions(file, filter);
  }

  /**
   * Free start times at a place for the given services, within the plans' booking windows.
   * The staff channel sees the whole capacity, from today on, staff-only counters first.
   */
  async freeSlots(input: {
    location: string;
    services: string[];
    durationMinutes: number;
    now: Date;
    channel: Channel;
    /** only this day's free times (a time page, a hold): the day's sessions and claims alone */
    date?: string;
  }): Promise<Slot[]> {
    const timeZone = await this.timeZone();
    const file = await this.plans.get();
    const horizon = Math.max(0, ...(file?.plans ?? []).map((p) => p.bookingWindow.maxDaysAhead)) + 1;
    const today = input.now.toISOString().slice(0, 10);
    const to = new Date(input.now.getTime() + horizon * DAY_MS).toISOString().slice(0, 10);
    const sessions = (await this.sessions({ location: input.location, from: today, to }))
      .filter(
        (s) =>
          (input.date === undefined || s.date === input.date) &&
          input.services.every((key) => sessionOffers(s, key)),
      )
      .map((s) => (input.channel === "staff" ? forStaffBooking(s) : s));
    if (sessions.length === 0) return [];
    const first = sessions[0] as Session;
    const last = sessions[sessions.length - 1] as Session;
    const rows = await findTakenUnits(
      this.database.db,
      this.tenantId,
      input.location,
      new Date(first.start),
      new Date(last.end),
      input.now,
    );
    const key = [
      input.location,
      input.services.join(","),
      input.durationMinutes,
      input.channel,
      input.date ?? "",
    ].join("|");
    return this.freeSlotMemo.slots(file ?? {}, key, FreeSlotMemo.claimsOf(rows), input.now, () =>
      freeSlots({
        sessions,
        durationMinutes: input.durationMinutes,
        now: input.now.toISOString(),
        timeZone,
        taken: new Map(
          rows.map((r) => [unitKeyAt(r.counter, input.location, r.startsAt.getTime()), r.taken]),
        ),
        channel: input.channel,
      }),
    );
  }

  /** Why a day has no free time at a place for the services: closed, outside the booking window, or full. */
  async whyNoTimes(input: {
    location: string;
    services: string[];
    date: string;
    now: Date;
  }): Promise<NoTimesReason> {
    const sessions = await this.sessions({ location: input.location, from: input.date, to: input.date });
    const offering = sessions.filter((s) => input.services.every((key) => sessionOffers(s, key)));
    return whyNoTimes(offering, await this.today(input.now));
  }

  /**
   * The units an appointment at `start` on `counter` occupies, with their capacity.
   * @throws AppError slot-taken when no session of the place holds that time, or the
   *   appointment does not fit its grid (the plan changed since the time was offered)
   */
  async unitsOf(input: {
    location: string;
    counter: string;
    start: string;
    durationMinutes: number;
    channel: Channel;
  }): Promise<UnitWithCapacity[]> {
    const date = input.start.slice(0, 10);
    const around = (d: number) =>
      new Date(new Date(`${date}T00:00:00Z`).getTime() + d * DAY_MS).toISOString().slice(0, 10);
    const sessions = await this.sessions({ location: input.location, from: around(-1), to: around(1) });
    const startMs = new Date(input.start).getTime();
    const session = sessions.find(
      (s) => new Date(s.start).getTime() <= startMs && startMs < new Date(s.end).getTime(),
    );
    const counter = session?.counters.find((c) => c.key === input.counter);
    if (!session || !counter) throw new AppError("slot-taken", { reason: "outside-session" });
    const keys = fitUnits(session, input.counter, input.start, input.durationMinutes);
    return keys.map((key) => ({
      location: input.location,
      counter: input.counter,
      startsAt: new Date(key.slice(key.lastIndexOf("/") + 1)),
      capacity: capacityOf(counter, "staff"),
      limit: capacityOf(counter, input.channel),
    }));
  }
}

/** `unitsFor`, its domain error turned into the catalogue's. */
function fitUnits(session: Session, counter: string, start: string, durationMinutes: number): string[] {
  try {
    return unitsFor(session, counter, start, durationMinutes);
  } catch (error) {
    if (error instanceof SlotDoesNotFitError) throw new AppError("slot-taken", { reason: error.reason });
    throw error;
  }
}

/**
 * Why a plan cannot stand beside the others: on one date, its session and another share a
 * counter at the same place at the same time (one counter booked twice), or the mobile office
 * would be at two stops at once.
 */
export interface PlanConflict {
  kind: "same-counter" | "mobile-elsewhere";
  date: string;
  /** the other plan and its place */
  otherPlan: string;
  otherLocation: string;
}

/**
 * The conflicts of plan `planKey` with the other plans between two civil dates. `mobileStops`
 * are the places the one mobile office serves. Conflicts between other plans are not reported.
 */
export function findPlanConflicts(
  file: OpeningPlansFile,
  input: { planKey: string; from: string; to: string; mobileStops: ReadonlySet<string> },
): PlanConflict[] {
  const sessions = expandPlanSessions(file, { from: input.from, to: input.to });
  const conflicts: PlanConflict[] = [];
  const other = (a: Session, b: Session) => (a.planKey === input.planKey ? b : a);
  for (const [a, b] of overlappingSessions(sessions)) {
    if (a.planKey !== input.planKey && b.planKey !== input.planKey) continue;
    const o = other(a, b);
    conflicts.push({ kind: "same-counter", date: a.date, otherPlan: o.planKey, otherLocation: o.location });
  }
  const mobile = sessions.filter((s) => input.mobileStops.has(s.location));
  mobile.forEach((a, i) => {
    for (const b of mobile.slice(i + 1)) {
      if (b.start >= a.end) break;
      if (a.location === b.location) continue;
      if (a.planKey !== input.planKey && b.planKey !== input.planKey) continue;
      const o = other(a, b);
      conflicts.push({
        kind: "mobile-elsewhere",
        date: a.date,
        otherPlan: o.planKey,
        otherLocation: o.location,
      });
    }
  });
  return conflicts;
}
