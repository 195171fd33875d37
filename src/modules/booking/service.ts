import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import { AppError } from "../../platform/errors";
import { findTakenUnits, type UnitWithCapacity } from "./capacity-queries";
import { publicHolidaysBetween } from "./domain/holidays";
import type { OpeningPlansFile } from "./domain/opening-plan";
import { expandSessions, type Session, sessionOffers } from "./domain/sessions";
import { type Channel, capacityOf, freeSlots, type Slot, unitKey, unitsFor } from "./domain/slots";
import { instantFromEpochMs } from "./domain/zoned-time";
import { findOpeningPlans } from "./plan-queries";

export type BookingSettings = Config["booking"];

const DAY_MS = 86_400_000;

/** Where and when appointments can be had: plans, sessions and free slots of the tenant. */
export class BookingService {
  private readonly plans: RevisionCache<OpeningPlansFile | undefined>;

  constructor(
    private readonly database: Database,
    readonly tenantId: string,
    readonly settings: BookingSettings,
  ) {
    this.plans = new RevisionCache(
      () => readCatalogRevision(database.db, tenantId),
      () => findOpeningPlans(database.db, tenantId),
    );
  }

  /** Forget cached plans at once (after this process changed them). */
  reload(): void {
    this.plans.invalidate();
  }

  async timeZone(): Promise<string> {
    return (await this.plans.get())?.timeZone ?? "Europe/Berlin";
  }

  /** The sessions (opening windows, mobile visits) of places between two civil dates. */
  async sessions(filter: { location?: string; from: string; to: string }): Promise<Session[]> {
    const file = await this.plans.get();
    if (!file) return [];
    const plans = filter.location ? file.plans.filter((p) => p.location === filter.location) : file.plans;
    return expandSessions({
      plans,
      closures: file.closures,
      holidays: publicHolidaysBetween(file.holidayRegion, filter.from, filter.to),
      timeZone: file.timeZone,
      from: filter.from,
      to: filter.to,
    });
  }

  /** Free start times at a place for the given services, within the plans' booking windows. */
  async freeSlots(input: {
    location: string;
    services: string[];
    durationMinutes: number;
    now: Date;
    channel: Channel;
  }): Promise<Slot[]> {
    const timeZone = await this.timeZone();
    const file = await this.plans.get();
    const horizon = Math.max(0, ...(file?.plans ?? []).map((p) => p.bookingWindow.maxDaysAhead)) + 1;
    const today = input.now.toISOString().slice(0, 10);
    const to = new Date(input.now.getTime() + horizon * DAY_MS).toISOString().slice(0, 10);
    const sessions = (await this.sessions({ location: input.location, from: today, to })).filter((s) =>
      input.services.every((key) => sessionOffers(s, key)),
    );
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
    const taken = new Map(
      rows.map((r) => [
        unitKey(r.counter, input.location, instantFromEpochMs(r.startsAt.getTime())),
        r.taken,
      ]),
    );
    return freeSlots({
      sessions,
      durationMinutes: input.durationMinutes,
      now: input.now.toISOString(),
      timeZone,
      taken,
      channel: input.channel,
    });
  }

  /**
   * The units an appointment at `start` on `counter` occupies, with their capacity.
   * @throws AppError not-found when no session of the place holds that time
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
    if (!session || !counter) throw new AppError("not-found");
    const keys = unitsFor(session, input.counter, input.start, input.durationMinutes);
    return keys.map((key) => ({
      location: input.location,
      counter: input.counter,
      startsAt: new Date(key.slice(key.lastIndexOf("/") + 1)),
      capacity: capacityOf(counter, "staff"),
      limit: capacityOf(counter, input.channel),
    }));
  }
}
