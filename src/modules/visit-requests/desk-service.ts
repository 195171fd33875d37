import { Temporal } from "temporal-polyfill";
import type { LocalizedText } from "../../domain/locale";
import { type Actor, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { AppError } from "../../platform/errors";
import type { LocationService } from "../locations";
import {
  findVisitRequest,
  listVisitRequests,
  updateSchedule,
  updateStatus,
  type VisitRequestRecord,
  type VisitRequestSummary,
  versionOf,
} from "./desk-queries";
import {
  choosableVisits,
  MOBILE_VISIT_WEEKS,
  type MobileVisit,
  parseScheduling,
  type SchedulingParse,
} from "./domain/scheduling";
import {
  type ClosingStatus,
  mayChangeStatus,
  OPEN_STATUSES,
  parseVersionToken,
  sameVersion,
  type VisitRequestStatus,
} from "./domain/visit-status";
import type { VisitMails } from "./visit-mails";

/** What the list can be filtered by: one status, or the open ones (new, then scheduled). */
export const LIST_FILTERS = ["open", "new", "scheduled", "done", "cancelled"] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

/** The most requests one table shows. */
export const LIST_LIMIT = 200;

/** The sessions of places, as `app.booking` expands them from the opening plans. */
export interface SessionSource {
  timeZone(): Promise<string>;
  sessions(filter: {
    location?: string;
    from: string;
    to: string;
  }): Promise<readonly { location: string; date: string; start: string; end: string }[]>;
}

export interface VisitRequestDeskDeps {
  database: Database;
  tenantId: string;
  mails: VisitMails;
  booking: SessionSource;
  locations: Pick<LocationService, "directory">;
  now: () => Date;
}

/** A stop of the mobile Stadtbüro with the visits a request can be scheduled into. */
export interface StopVisits {
  key: string;
  name: LocalizedText;
  /** the district's name ("Cappel"), the short name staff know a stop by */
  districtName: string | undefined;
  visits: MobileVisit[];
}

export type ScheduleResult =
  | Extract<SchedulingParse, { ok: false }>
  | {
      ok: true;
      /** the confirmation mail: no address given, sent, or failed (the schedule is saved anyway) */
      mail: { status: "none" } | { status: "sent" } | { status: "failed"; error: unknown };
    };

const subject = (id: number) => `visit-request:${id}`;

/**
 * Handling visit requests in the back office: the list, the audited read of one request,
 * scheduling into a mobile visit or a home visit, and closing. Changes name the version the
 * person saw and fail with `conflict` when the request changed meanwhile.
 */
export class VisitRequestDesk {
  private readonly now: () => Date;

  constructor(private readonly deps: VisitRequestDeskDeps) {
    this.now = deps.now;
  }

  timeZone(): Promise<string> {
    return this.deps.booking.timeZone();
  }

  /** The requests matching `filter`, one group per status; the list holds no names or contact data. */
  async list(
    actor: Actor,
    filter: ListFilter,
  ): Promise<{ status: VisitRequestStatus; requests: VisitRequestSummary[]; limited: boolean }[]> {
    const { database, tenantId } = this.deps;
    const statuses: readonly VisitRequestStatus[] = filter === "open" ? OPEN_STATUSES : [filter];
    const groups = [];
    for (const status of statuses) {
      const rows = await listVisitRequests(database.db, tenantId, status, LIST_LIMIT + 1);
      groups.push({ status, requests: rows.slice(0, LIST_LIMIT), limited: rows.length > LIST_LIMIT });
    }
    const count = groups.reduce((n, g) => n + g.requests.length, 0);
    await recordAudit(database.db, tenantId, actor, {
      action: "visit-request.list",
      detail: { filter, count },
    });
    return groups;
  }

  /**
   * The whole request with the person's name, contact and address; the read is audited.
   * @throws AppError not-found
   */
  async open(actor: Actor, id: number): Promise<VisitRequestRecord> {
    const { database, tenantId } = this.deps;
    const request = await findVisitRequest(database.db, tenantId, id);
    if (!request) throw new AppError("not-found");
    await recordAudit(database.db, tenantId, actor, {
      action: "visit-request.read",
      subject: subject(id),
      detail: { status: request.status },
    });
    return request;
  }

  /** The mobile stops, by their short name, each with its visits that have not begun, within the next weeks. */
  async stops(): Promise<StopVisits[]> {
    const [dir, timeZone] = await Promise.all([this.deps.locations.directory(), this.timeZone()]);
    const now = Temporal.Instant.fromEpochMilliseconds(this.now().getTime());
    const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
    const from = today.toString();
    const to = today.add({ weeks: MOBILE_VISIT_WEEKS }).subtract({ days: 1 }).toString();
    const sessions = await this.deps.booking.sessions({ from, to });
    const stops = dir.locations
      .filter((l) => l.kind === "mobile-stop")
      .map((l) => {
        const visits = sessions
          .filter((s) => s.location === l.key)
          .map((s) => ({ stop: l.key, date: s.date, start: s.start, end: s.end }));
        return {
          key: l.key,
          name: l.name,
          districtName: l.district ? dir.districtByKey.get(l.district)?.name : undefined,
          visits: choosableVisits(visits, now, timeZone),
        };
      });
    return stops.sort((a, b) =>
      (a.districtName ?? a.name.de).localeCompare(b.districtName ?? b.name.de, "de"),
    );
  }

  /**
   * Schedules (or reschedules) the request from the scheduling form, then mails the resident
   * the date, the time window, where and whom to call when they gave an address. Invalid
   * input changes nothing.
   * @throws AppError bad-request (no version), not-found, conflict (changed meanwhile, or closed)
   */
  async schedule(
    actor: Actor,
    id: number,
    input: { form: Record<string, unknown>; version: string | undefined },
  ): Promise<ScheduleResult> {
    const { database, tenantId } = this.deps;
    const current = await this.current(id, input.version, "scheduled");
    const stops = await this.stops();
    const parsed = parseScheduling(input.form, {
      visitsByStop: new Map(stops.map((s) => [s.key, s.visits])),
      timeZone: await this.timeZone(),
      now: Temporal.Instant.fromEpochMilliseconds(this.now().getTime()),
    });
    if (!parsed.ok) return parsed;
    const schedule = parsed.value;
    const rescheduled = current.status === "scheduled";

    await database.db.transaction().execute(async (trx) => {
      const saved = await updateSchedule(
        trx,
        { tenantId, id, expected: versionOf(current) },
        schedule,
        actor.staffId,
      );
      if (!saved) throw new AppError("conflict");
      await recordAudit(trx, tenantId, actor, {
        action: rescheduled ? "visit-request.reschedule" : "visit-request.schedule",
        subject: subject(id),
        detail: {
          kind: schedule.kind,
          location: schedule.kind === "mobile-visit" ? schedule.location : null,
          at: schedule.at,
          until: schedule.end,
        },
      });
    });

    if (!current.email) return { ok: true, mail: { status: "none" } };
    try {
      await this.deps.mails.scheduled(current, schedule, rescheduled);
      return { ok: true, mail: { status: "sent" } };
    } catch (error) {
      return { ok: true, mail: { status: "failed", error } };
    }
  }

  /**
   * Marks the request done or cancelled.
   * @throws AppError bad-request (no version), not-found, conflict (changed meanwhile, or not allowed from its status)
   */
  async close(
    actor: Actor,
    id: number,
    input: { to: ClosingStatus; version: string | undefined },
  ): Promise<void> {
    const { database, tenantId } = this.deps;
    const current = await this.current(id, input.version, input.to);
    await database.db.transaction().execute(async (trx) => {
      const saved = await updateStatus(trx, { tenantId, id, expected: versionOf(current) }, input.to);
      if (!saved) throw new AppError("conflict");
      await recordAudit(trx, tenantId, actor, {
        action: input.to === "done" ? "visit-request.complete" : "visit-request.cancel",
        subject: subject(id),
        detail: { from: current.status },
      });
    });
  }

  /**
   * Checks that a change to `to` may be made from the version the person saw, before asking
   * them to confirm it.
   * @returns the request's code (the question names nothing else)
   * @throws AppError bad-request, not-found, conflict
   */
  async checkChange(
    id: number,
    version: string | undefined,
    to: VisitRequestStatus,
  ): Promise<{ code: string }> {
    const { code } = await this.current(id, version, to);
    return { code };
  }

  /** The request as it is now, when it is still in the version the person saw and may move to `to`. */
  private async current(id: number, token: string | undefined, to: VisitRequestStatus) {
    const seen = parseVersionToken(token);
    if (!seen) throw new AppError("bad-request");
    const current = await findVisitRequest(this.deps.database.db, this.deps.tenantId, id);
    if (!current) throw new AppError("not-found");
    if (!sameVersion(versionOf(current), seen) || !mayChangeStatus(current.status, to)) {
      throw new AppError("conflict");
    }
    return current;
  }
}
