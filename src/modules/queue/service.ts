import { createHmac } from "node:crypto";
import type { Transaction } from "kysely";
import { Temporal } from "temporal-polyfill";
import { type Actor, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import type { DB } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import { hashToken } from "../../platform/secrets";
import type { AppointmentForCheckIn } from "../booking";
import { type PlaceScope, worksAt } from "../staff";
import { appointmentsBetween } from "./day-queries";
import { queueOrder } from "./domain/queue-order";
import { allows, SERIES, type Ticket, type TicketAction, ticketNumber } from "./domain/ticket";
import { estimateWaits, measuredServiceMinutes } from "./domain/wait-estimate";
import {
  activeAtCounter,
  boardCalls,
  type DayKey,
  findTicket,
  findTicketBy,
  insertTicket,
  lockCheckIn,
  lockWaiting,
  nextNumber,
  notifyCalls,
  recentServiceTimes,
  ticketsOfDay,
  updateTicket,
} from "./queries";

/** The NOTIFY channel of calls; the payload names tenant, location and day. */
export const CALLS_CHANNEL = "queue_calls";

/** How far back measured service times count for the estimate. */
const MEASURE_DAYS = 14;

export interface QueueDeps {
  database: Database;
  tenantId: string;
  /** signs the position links printed on tickets */
  secret: string;
  timeZone(): Promise<string>;
  /** the catalogue's planned minutes of a service (fallback when too little is measured) */
  plannedMinutes(service: string): Promise<number>;
  /** the booked appointment a resident checks in with (booking's) */
  appointment(id: number): Promise<AppointmentForCheckIn | undefined>;
}

export type CallResult =
  | { kind: "called"; ticket: Ticket }
  | { kind: "busy"; ticket: Ticket }
  | { kind: "empty" };

/** A call as the display shows it: a number and a counter, nothing about the person. */
export interface BoardCall {
  number: string;
  counter: string;
  calledAt: string;
  callCount: number;
}

export interface WaitingEntry {
  ticket: Ticket;
  position: number;
  waitMinutes: number;
}

/**
 * The day at a location: check-in, walk-in tickets, calling, serving. Each change is one
 * transaction; calls notify the displays (PostgreSQL NOTIFY, delivered on commit).
 */
export class QueueService {
  constructor(private readonly deps: QueueDeps) {}

  private get db() {
    return this.deps.database.db;
  }

  private get tenantId() {
    return this.deps.tenantId;
  }

  /** The civil date of an instant in the tenant's zone. */
  async dateOf(at: Date): Promise<string> {
    const zone = await this.deps.timeZone();
    return Temporal.Instant.fromEpochMilliseconds(at.getTime())
      .toZonedDateTimeISO(zone)
      .toPlainDate()
      .toString();
  }

  /** The instants a civil day starts and ends at. */
  async dayBounds(date: string): Promise<{ from: Date; to: Date }> {
    const zone = await this.deps.timeZone();
    const d = Temporal.PlainDate.from(date);
    const from = d.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
    const to = d.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds;
    return { from: new Date(from), to: new Date(to) };
  }

  /** The secret printed as a QR code on a ticket; derived, so a reprint shows the same one. */
  positionToken(ticket: Pick<Ticket, "location" | "date" | "number">): string {
    return createHmac("sha256", this.deps.secret)
      .update(`${this.tenantId}|${ticket.location}|${ticket.date}|${ticket.number}`)
      .digest("base64url")
      .slice(0, 32);
  }

  private day(location: string, date: string): DayKey {
    return { tenantId: this.tenantId, location, date };
  }

  /**
   * Checks in a resident who booked: their appointment gets a ticket in the T series.
   * Checking in twice gives the same ticket.
   * @throws AppError not-found for an unknown appointment, forbidden for one at a place the
   *   clerk does not work at, bad-request for one that is cancelled, appointment-not-today for another day's
   */
  async checkIn(actor: Actor, appointmentId: number, now: Date, scope: PlaceScope): Promise<Ticket> {
    const appointment = await this.deps.appointment(appointmentId);
    if (!appointment) throw new AppError("not-found");
    if (!worksAt(scope, appointment.location)) throw new AppError("forbidden");
    if (appointment.status !== "confirmed") throw new AppError("bad-request", { reason: "not-confirmed" });
    const date = await this.dateOf(appointment.startsAt);
    if (date !== (await this.dateOf(now))) throw new AppError("appointment-not-today");
    const existing = await findTicketBy(this.db, this.tenantId, { appointmentId });
    if (existing) return existing;
    const day = this.day(appointment.location, date);
    return this.db.transaction().execute(async (trx) => {
      // Two check-ins at once (two clerks, a double click): the second waits here until the
      // first has committed, then finds its ticket and gives that back.
      await lockCheckIn(trx, this.tenantId, appointmentId);
      const made = await findTicketBy(trx, this.tenantId, { appointmentId });
      if (made) return made;
      const n = await nextNumber(trx, day, SERIES.appointment);
      const number = ticketNumber("appointment", n);
      const ticket = await insertTicket(trx, {
        day,
        number,
        kind: "appointment",
        appointmentId,
        services: appointment.services,
        urgent: false,
        dueAt: appointment.startsAt,
        arrivedAt: now,
        tokenHash: hashToken(this.positionToken({ location: day.location, date, number })),
        requestKey: null,
      });
      await recordAudit(trx, this.tenantId, actor, {
        action: "appointment.check-in",
        subject: `appointment:${appointmentId}`,
        detail: { ticket: number, location: day.location },
      });
      await this.notifyIn(trx, day);
      return ticket;
    });
  }

  /**
   * Issues a walk-in ticket (W series). The form's one-time key makes a double submit (a
   * double click, a reload) return the first ticket instead of printing a second one.
   */
  async issueWalkIn(
    actor: Actor,
    input: { location: string; services: string[]; urgent: boolean; requestKey: string },
    now: Date,
  ): Promise<Ticket> {
    const key = `${actor.staffId}:${input.requestKey}`;
    const existing = await findTicketBy(this.db, this.tenantId, { requestKey: key });
    if (existing) return existing;
    const date = await this.dateOf(now);
    const day = this.day(input.location, date);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const n = await nextNumber(trx, day, SERIES["walk-in"]);
        const number = ticketNumber("walk-in", n);
        const ticket = await insertTicket(trx, {
          day,
          number,
          kind: "walk-in",
          appointmentId: null,
          services: input.services,
          urgent: input.urgent,
          dueAt: null,
          arrivedAt: now,
          tokenHash: hashToken(this.positionToken({ location: input.location, date, number })),
          requestKey: key,
        });
        await recordAudit(trx, this.tenantId, actor, {
          action: "ticket.issue",
          subject: `ticket:${ticket.id}`,
          detail: { ticket: number, location: input.location, urgent: input.urgent },
        });
        await this.notifyIn(trx, day);
        return ticket;
      });
    } catch (error) {
      // the same key sent twice at the same moment: the other request made the ticket
      const again = await findTicketBy(this.db, this.tenantId, { requestKey: key });
      if (again) return again;
      throw error;
    }
  }

  /**
   * Calls the next person to a counter, in the fair order (`queueOrder`). A counter with a
   * person still called or being served gets that ticket back ("busy") instead.
   */
  async callNext(actor: Actor, at: { location: string; counter: string }, now: Date): Promise<CallResult> {
    const date = await this.dateOf(now);
    const day = this.day(at.location, date);
    return this.db.transaction().execute(async (trx) => {
      const waiting = await lockWaiting(trx, day);
      const busy = await activeAtCounter(trx, day, at.counter);
      if (busy) return { kind: "busy" as const, ticket: busy };
      const next = queueOrder(waiting, now)[0];
      if (!next) return { kind: "empty" as const };
      const ticket = await updateTicket(
        trx,
        this.tenantId,
        next.id,
        { from: ["waiting"] },
        {
          status: "called",
          first_called_at: now,
          last_called_at: now,
          call_count: "increment",
          counter_key: at.counter,
          called_by: actor.staffId,
        },
      );
      // The rows are locked: no one else can have moved it. Fail loudly if that ever changes.
      if (!ticket) throw new AppError("conflict");
      await recordAudit(trx, this.tenantId, actor, {
        action: "ticket.call",
        subject: `ticket:${ticket.id}`,
        detail: { ticket: ticket.number, counter: at.counter },
      });
      await this.notifyIn(trx, day);
      return { kind: "called" as const, ticket };
    });
  }

  /**
   * Recall, missed, start, finish at the clerk's counter; requeue a missed ticket (it keeps its
   * place by arrival). Each checks the ticket's state in the same statement that changes it.
   * @throws AppError not-found, forbidden for a ticket of a place the clerk does not work at,
   *   or conflict when the ticket is not (or no longer) in a state for it
   */
  async act(
    actor: Actor,
    action: TicketAction,
    input: { ticketId: number; counter: string; servicesDone?: string[] },
    now: Date,
    scope: PlaceScope,
  ): Promise<Ticket> {
    const current = await findTicket(this.db, this.tenantId, input.ticketId);
    if (!current) throw new AppError("not-found");
    if (!worksAt(scope, current.location)) throw new AppError("forbidden");
    if (!allows(action, current.status)) throw new AppError("conflict", { status: current.status });
    const day = this.day(current.location, current.date);
    const atCounter = { from: [current.status], counter: input.counter };
    return this.db.transaction().execute(async (trx) => {
      let ticket: Ticket | undefined;
      if (action === "recall") {
        ticket = await updateTicket(trx, this.tenantId, current.id, atCounter, {
          last_called_at: now,
          call_count: "increment",
        });
      } else if (action === "missed") {
        ticket = await updateTicket(trx, this.tenantId, current.id, atCounter, {
          status: "missed",
          counter_key: null,
        });
      } else if (action === "start") {
        ticket = await updateTicket(trx, this.tenantId, current.id, atCounter, {
          status: "serving",
          started_at: now,
        });
      } else if (action === "finish") {
        ticket = await updateTicket(trx, this.tenantId, current.id, atCounter, {
          status: "done",
          finished_at: now,
          services_done: input.servicesDone ?? current.services,
        });
      } else {
        ticket = await updateTicket(
          trx,
          this.tenantId,
          current.id,
          { from: ["missed"] },
          { status: "waiting" },
        );
      }
      if (!ticket) throw new AppError("conflict");
      await recordAudit(trx, this.tenantId, actor, {
        action: `ticket.${action}`,
        subject: `ticket:${ticket.id}`,
        detail: { ticket: ticket.number, counter: input.counter },
      });
      await this.notifyIn(trx, day);
      return ticket;
    });
  }

  private async notifyIn(trx: Transaction<DB>, day: DayKey) {
    await notifyCalls(trx, CALLS_CHANNEL, JSON.stringify({ t: day.tenantId, l: day.location, d: day.date }));
  }

  findTicket(id: number): Promise<Ticket | undefined> {
    return findTicket(this.db, this.tenantId, id);
  }

  /** The booking code of a checked-in appointment (the counter shows it, not the name). */
  async appointmentCode(appointmentId: number): Promise<string | undefined> {
    return (await this.deps.appointment(appointmentId))?.code;
  }

  /** Every ticket of a location's day. */
  tickets(location: string, date: string): Promise<Ticket[]> {
    return ticketsOfDay(this.db, this.day(location, date));
  }

  /** What the call display shows: the latest calls first (numbers and counters only). */
  board(location: string, date: string, limit = 8): Promise<BoardCall[]> {
    return boardCalls(this.db, this.day(location, date), limit);
  }

  /**
   * The waiting tickets in the order they will be called, each with an estimated wait.
   * Pass the day's tickets when they are loaded already.
   */
  async waiting(location: string, date: string, now: Date, dayTickets?: Ticket[]): Promise<WaitingEntry[]> {
    const tickets = dayTickets ?? (await this.tickets(location, date));
    const order = queueOrder(
      tickets.filter((t) => t.status === "waiting"),
      now,
    );
    const active = tickets.filter((t) => t.status === "called" || t.status === "serving");
    const since = new Date(now.getTime() - MEASURE_DAYS * 86_400_000);
    const measured = measuredServiceMinutes(
      await recentServiceTimes(this.db, this.tenantId, location, since),
    );
    const planned = new Map<string, number>();
    for (const key of new Set([...order, ...active].flatMap((t) => t.services).concat(""))) {
      planned.set(key, measured.get(key) ?? (await this.deps.plannedMinutes(key)));
    }
    // Counters at work: those that called someone in the last hour (at least one).
    const hourAgo = now.getTime() - 3_600_000;
    const counters = new Set(
      tickets.filter((t) => t.calledAt && t.calledAt.getTime() >= hourAgo && t.counter).map((t) => t.counter),
    ).size;
    const waits = estimateWaits({
      queue: order,
      inService: active.map((t) => ({ services: t.services, since: t.startedAt ?? t.calledAt ?? now })),
      minutesOf: (s) => planned.get(s) ?? planned.get("") ?? 15,
      counters,
      now,
    });
    return order.map((ticket, i) => ({ ticket, position: i + 1, waitMinutes: waits.get(ticket.id) ?? 0 }));
  }

  /** What the holder of a ticket sees behind its QR code; undefined for an unknown link. */
  async position(
    token: string,
    now: Date,
  ): Promise<{ ticket: Ticket; position: number | null; waitMinutes: number | null } | undefined> {
    const ticket = await findTicketBy(this.db, this.tenantId, { tokenHash: hashToken(token) });
    if (!ticket) return undefined;
    if (ticket.status !== "waiting") return { ticket, position: null, waitMinutes: null };
    const entry = (await this.waiting(ticket.location, ticket.date, now)).find(
      (e) => e.ticket.id === ticket.id,
    );
    return { ticket, position: entry?.position ?? null, waitMinutes: entry?.waitMinutes ?? null };
  }

  /** A location's appointments of a day for the day view (this is personal data: audit the read). */
  async appointments(location: string, date: string) {
    const { from, to } = await this.dayBounds(date);
    return appointmentsBetween(this.db, this.tenantId, location, from, to);
  }

  async audit(actor: Actor, action: string, subject: string): Promise<void> {
    await recordAudit(this.db, this.tenantId, actor, { action, subject });
  }
}
