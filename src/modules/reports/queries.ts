import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import type { AppointmentGroup, DurationSample, ServiceCount, TicketGroup } from "./domain/report";

/*
 * Aggregates only: these queries group and count; they never select a name, an e-mail address,
 * a phone number or any other personal field. `queue_tickets` belongs to the queue module, so
 * it is read here with plain SQL rather than through a second declaration of its row type.
 */

/** What every query of a report filters by. */
export interface ReportFilter {
  tenantId: string;
  /** first and last civil day, YYYY-MM-DD */
  from: string;
  to: string;
  /** where the first day begins and the day after the last begins in the tenant's zone (ISO instants) */
  start: string;
  end: string;
  timeZone: string;
  /** a place's key; null: all places */
  location: string | null;
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Count = z.coerce.number().int().nonnegative();
const TicketStatus = z.enum(["waiting", "called", "serving", "done", "missed", "cancelled"]);
const Seconds = z.array(z.coerce.number());

const AppointmentGroupRow = z
  .object({
    date: IsoDate,
    location: z.string(),
    channel: z.enum(["public", "staff"]),
    status: z.enum(["held", "confirmed", "cancelled", "expired"]),
    was_confirmed: z.boolean(),
    rescheduled: z.boolean(),
    ticket_status: TicketStatus.nullable(),
    mobile: z.boolean(),
    count: Count,
  })
  .transform(
    (r): AppointmentGroup => ({
      date: r.date,
      location: r.location,
      channel: r.channel,
      status: r.status,
      wasConfirmed: r.was_confirmed,
      rescheduled: r.rescheduled,
      ticketStatus: r.ticket_status,
      mobile: r.mobile,
      count: r.count,
    }),
  );

/**
 * Confirmed and cancelled appointments starting in the range, grouped by their civil day,
 * place, channel, status and the status of their ticket. Whether a place is a mobile stop is
 * read from the places table, so withdrawn stops still count as mobile.
 */
export async function appointmentGroups(db: Kysely<DB>, f: ReportFilter): Promise<AppointmentGroup[]> {
  const { rows } = await sql`
    select (a.starts_at at time zone ${f.timeZone})::date::text as date,
      a.location_key as location,
      a.channel,
      a.status,
      a.confirmed_at is not null as was_confirmed,
      a.rescheduled_to is not null as rescheduled,
      t.status as ticket_status,
      l.kind = 'mobile-stop' as mobile,
      count(*)::int as count
    from appointments a
    join locations l on l.tenant_id = a.tenant_id and l.key = a.location_key
    left join queue_tickets t on t.appointment_id = a.id
    where a.tenant_id = ${f.tenantId}
      and a.status in ('confirmed', 'cancelled')
      and a.starts_at >= ${f.start}::timestamptz
      and a.starts_at < ${f.end}::timestamptz
      and (${f.location}::text is null or a.location_key = ${f.location}::text)
    group by 1, 2, 3, 4, 5, 6, 7, 8
  `.execute(db);
  return z.array(AppointmentGroupRow).parse(rows);
}

const TicketGroupRow = z.object({
  date: IsoDate,
  location: z.string(),
  kind: z.enum(["appointment", "walk-in"]),
  status: TicketStatus,
  mobile: z.boolean(),
  count: Count,
});

/** Tickets of the range's days, grouped by day, place, kind and status. */
export async function ticketGroups(db: Kysely<DB>, f: ReportFilter): Promise<TicketGroup[]> {
  const { rows } = await sql`
    select t.service_date::text as date,
      t.location_key as location,
      t.kind,
      t.status,
      l.kind = 'mobile-stop' as mobile,
      count(*)::int as count
    from queue_tickets t
    join locations l on l.tenant_id = t.tenant_id and l.key = t.location_key
    where t.tenant_id = ${f.tenantId}
      and t.service_date between ${f.from}::date and ${f.to}::date
      and (${f.location}::text is null or t.location_key = ${f.location}::text)
    group by 1, 2, 3, 4, 5
  `.execute(db);
  return z.array(TicketGroupRow).parse(rows);
}

const DurationRow = z
  .object({ date: IsoDate, location: z.string(), waits: Seconds, services: Seconds })
  .transform(
    (r): DurationSample => ({
      date: r.date,
      location: r.location,
      waitSeconds: r.waits,
      serviceSeconds: r.services,
    }),
  );

/**
 * The durations of the range's tickets per day and place, in seconds: waiting (arrival to
 * call) of every ticket that was called, service (start to finish) of every ticket served.
 */
export async function durationSamples(db: Kysely<DB>, f: ReportFilter): Promise<DurationSample[]> {
  const { rows } = await sql`
    select service_date::text as date,
      location_key as location,
      coalesce(
        jsonb_agg(extract(epoch from called_at - arrived_at)) filter (where called_at is not null),
        '[]'::jsonb
      ) as waits,
      coalesce(
        jsonb_agg(extract(epoch from finished_at - started_at))
          filter (where status = 'done' and started_at is not null and finished_at is not null),
        '[]'::jsonb
      ) as services
    from queue_tickets
    where tenant_id = ${f.tenantId}
      and service_date between ${f.from}::date and ${f.to}::date
      and (${f.location}::text is null or location_key = ${f.location}::text)
      and (called_at is not null or status = 'done')
    group by 1, 2
  `.execute(db);
  return z.array(DurationRow).parse(rows);
}

const ServiceCountRow = z.object({ service: z.string(), count: Count });

/**
 * How often each service was done in the range: the services recorded as done on served
 * tickets, or, where a served ticket has none recorded, the services it was issued for.
 */
export async function servicesDone(db: Kysely<DB>, f: ReportFilter): Promise<ServiceCount[]> {
  const { rows } = await sql`
    select s.service, count(*)::int as count
    from queue_tickets t
    cross join lateral jsonb_array_elements_text(coalesce(t.services_done, t.services)) as s(service)
    where t.tenant_id = ${f.tenantId}
      and t.status = 'done'
      and t.service_date between ${f.from}::date and ${f.to}::date
      and (${f.location}::text is null or t.location_key = ${f.location}::text)
    group by 1
  `.execute(db);
  return z.array(ServiceCountRow).parse(rows);
}
