import { type ColumnType, type Generated, type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import type { Ticket, TicketKind, TicketStatus } from "./domain/ticket";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface QueueTicketsTable {
  id: Generated<number>;
  tenant_id: string;
  location_key: string;
  service_date: string;
  number: string;
  kind: TicketKind;
  appointment_id: number | null;
  services: Json;
  urgent: Generated<boolean>;
  status: Generated<TicketStatus>;
  due_at: Timestamp | null;
  arrived_at: DefaultTimestamp;
  called_at: Timestamp | null;
  last_called_at: Timestamp | null;
  call_count: Generated<number>;
  counter_key: string | null;
  called_by: number | null;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  services_done: Json | null;
  position_token_hash: string;
  request_key: string | null;
}

export interface QueueNumbersTable {
  tenant_id: string;
  location_key: string;
  service_date: string;
  series: string;
  last_number: number;
}

declare module "../../platform/db/schema" {
  interface DB {
    queue_tickets: QueueTicketsTable;
    queue_numbers: QueueNumbersTable;
  }
}

type Db = Kysely<DB> | Transaction<DB>;

const COLUMNS = [
  "id",
  "location_key",
  "service_date",
  "number",
  "kind",
  "appointment_id",
  "services",
  "urgent",
  "status",
  "due_at",
  "arrived_at",
  "called_at",
  "call_count",
  "counter_key",
  "started_at",
  "finished_at",
  "services_done",
] as const;

const date = (d: Date | string | null) => (d === null ? null : new Date(d));
const keys = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

function toTicket(r: {
  id: number;
  location_key: string;
  service_date: string;
  number: string;
  kind: TicketKind;
  appointment_id: number | null;
  services: unknown;
  urgent: boolean;
  status: TicketStatus;
  due_at: Date | null;
  arrived_at: Date;
  called_at: Date | null;
  call_count: number;
  counter_key: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  services_done: unknown;
}): Ticket {
  return {
    id: r.id,
    location: r.location_key,
    date: String(r.service_date).slice(0, 10),
    number: r.number,
    kind: r.kind,
    appointmentId: r.appointment_id,
    services: keys(r.services),
    urgent: r.urgent,
    status: r.status,
    dueAt: date(r.due_at),
    arrivedAt: new Date(r.arrived_at),
    calledAt: date(r.called_at),
    callCount: r.call_count,
    counter: r.counter_key,
    startedAt: date(r.started_at),
    finishedAt: date(r.finished_at),
    servicesDone: r.services_done === null ? null : keys(r.services_done),
  };
}

export interface DayKey {
  tenantId: string;
  location: string;
  date: string;
}

/** Raises the day's counter of a series and returns the new number (1, 2, …); atomic under concurrency. */
export async function nextNumber(trx: Transaction<DB>, day: DayKey, series: string): Promise<number> {
  const row = await trx
    .insertInto("queue_numbers")
    .values({
      tenant_id: day.tenantId,
      location_key: day.location,
      service_date: day.date,
      series,
      last_number: 1,
    })
    .onConflict((oc) =>
      oc
        .columns(["tenant_id", "location_key", "service_date", "series"])
        .doUpdateSet({ last_number: sql`queue_numbers.last_number + 1` }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export async function insertTicket(
  trx: Transaction<DB>,
  row: {
    day: DayKey;
    number: string;
    kind: TicketKind;
    appointmentId: number | null;
    services: string[];
    urgent: boolean;
    dueAt: Date | null;
    arrivedAt: Date;
    tokenHash: string;
    requestKey: string | null;
  },
): Promise<Ticket> {
  const r = await trx
    .insertInto("queue_tickets")
    .values({
      tenant_id: row.day.tenantId,
      location_key: row.day.location,
      service_date: row.day.date,
      number: row.number,
      kind: row.kind,
      appointment_id: row.appointmentId,
      services: JSON.stringify(row.services),
      urgent: row.urgent,
      due_at: row.dueAt,
      arrived_at: row.arrivedAt,
      position_token_hash: row.tokenHash,
      request_key: row.requestKey,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toTicket(r);
}

export async function findTicket(db: Db, tenantId: string, id: number): Promise<Ticket | undefined> {
  const r = await db
    .selectFrom("queue_tickets")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r && toTicket(r);
}

export async function findTicketBy(
  db: Db,
  tenantId: string,
  by: { tokenHash: string } | { appointmentId: number } | { requestKey: string },
): Promise<Ticket | undefined> {
  let q = db.selectFrom("queue_tickets").select(COLUMNS).where("tenant_id", "=", tenantId);
  if ("tokenHash" in by) q = q.where("position_token_hash", "=", by.tokenHash);
  else if ("appointmentId" in by) q = q.where("appointment_id", "=", by.appointmentId);
  else q = q.where("request_key", "=", by.requestKey);
  const r = await q.executeTakeFirst();
  return r && toTicket(r);
}

/** All tickets of a location's day, in issue order. */
export async function ticketsOfDay(db: Db, day: DayKey): Promise<Ticket[]> {
  const rows = await db
    .selectFrom("queue_tickets")
    .select(COLUMNS)
    .where("tenant_id", "=", day.tenantId)
    .where("location_key", "=", day.location)
    .where("service_date", "=", day.date)
    .orderBy("id")
    .execute();
  return rows.map(toTicket);
}

/**
 * The waiting tickets of a location's day, locked in id order: every "call next" of that day
 * takes these locks in the same order, so two clerks never pick the same ticket and never
 * deadlock; the second one waits and then sees the first one's ticket as no longer waiting.
 */
export async function lockWaiting(trx: Transaction<DB>, day: DayKey): Promise<Ticket[]> {
  const rows = await trx
    .selectFrom("queue_tickets")
    .select(COLUMNS)
    .where("tenant_id", "=", day.tenantId)
    .where("location_key", "=", day.location)
    .where("service_date", "=", day.date)
    .where("status", "=", "waiting")
    .orderBy("id")
    .forUpdate()
    .execute();
  return rows.map(toTicket);
}

/** The ticket a counter is busy with (called or serving), if any. */
export async function activeAtCounter(db: Db, day: DayKey, counter: string): Promise<Ticket | undefined> {
  const r = await db
    .selectFrom("queue_tickets")
    .select(COLUMNS)
    .where("tenant_id", "=", day.tenantId)
    .where("location_key", "=", day.location)
    .where("service_date", "=", day.date)
    .where("counter_key", "=", counter)
    .where("status", "in", ["called", "serving"])
    .executeTakeFirst();
  return r && toTicket(r);
}

/**
 * Moves a ticket on, only if it is still in one of `from` (and at `counter`, when given).
 * @returns the updated ticket, or undefined when someone else changed it first
 */
export async function updateTicket(
  db: Db,
  tenantId: string,
  id: number,
  guard: { from: readonly TicketStatus[]; counter?: string },
  set: Partial<{
    status: TicketStatus;
    /** the first call: kept when a ticket is called again after being put back */
    first_called_at: Date;
    last_called_at: Date;
    call_count: number | "increment";
    counter_key: string | null;
    called_by: number;
    started_at: Date;
    finished_at: Date;
    services_done: string[];
  }>,
): Promise<Ticket | undefined> {
  const { call_count, services_done, first_called_at, ...rest } = set;
  let q = db
    .updateTable("queue_tickets")
    .set({
      ...rest,
      ...(call_count === "increment"
        ? { call_count: sql<number>`call_count + 1` }
        : call_count !== undefined
          ? { call_count }
          : {}),
      ...(services_done ? { services_done: JSON.stringify(services_done) } : {}),
      ...(first_called_at ? { called_at: sql<Date>`coalesce(called_at, ${first_called_at})` } : {}),
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("status", "in", [...guard.from]);
  if (guard.counter !== undefined) q = q.where("counter_key", "=", guard.counter);
  const r = await q.returning(COLUMNS).executeTakeFirst();
  return r && toTicket(r);
}

/** Finished tickets of the last days at a location: how long each really took. */
export async function recentServiceTimes(
  db: Db,
  tenantId: string,
  location: string,
  since: Date,
): Promise<{ services: string[]; minutes: number }[]> {
  const rows = await db
    .selectFrom("queue_tickets")
    .select(["services_done", "services", "started_at", "finished_at"])
    .where("tenant_id", "=", tenantId)
    .where("location_key", "=", location)
    .where("status", "=", "done")
    .where("finished_at", ">=", since)
    .execute();
  return rows
    .filter((r) => r.started_at && r.finished_at)
    .map((r) => ({
      services: keys(r.services_done ?? r.services),
      minutes:
        (new Date(r.finished_at as Date).getTime() - new Date(r.started_at as Date).getTime()) / 60_000,
    }));
}

/** The latest calls of a day, for the display: numbers and counters only. */
export async function boardCalls(
  db: Db,
  day: DayKey,
  limit: number,
): Promise<{ number: string; counter: string; calledAt: string; callCount: number }[]> {
  const rows = await db
    .selectFrom("queue_tickets")
    .select(["number", "counter_key", "last_called_at", "call_count"])
    .where("tenant_id", "=", day.tenantId)
    .where("location_key", "=", day.location)
    .where("service_date", "=", day.date)
    .where("status", "in", ["called", "serving"])
    .where("counter_key", "is not", null)
    .orderBy("last_called_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    number: r.number,
    counter: r.counter_key ?? "",
    calledAt: new Date(r.last_called_at as Date).toISOString(),
    callCount: r.call_count,
  }));
}

/**
 * Makes check-ins of one appointment wait for each other until the end of the transaction,
 * so that the second sees the first one's ticket instead of colliding with it.
 */
export async function lockCheckIn(trx: Transaction<DB>, tenantId: string, appointmentId: number) {
  await sql`select pg_advisory_xact_lock(hashtext(${`check-in:${tenantId}`}), ${appointmentId}::int)`.execute(
    trx,
  );
}

/** Tells every listening process (call displays) that a day changed; delivered on commit. */
export async function notifyCalls(trx: Transaction<DB>, channel: string, payload: string) {
  await sql`select pg_notify(${channel}, ${payload})`.execute(trx);
}
