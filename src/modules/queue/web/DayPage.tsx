import { Input, Select } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, type FieldError } from "../../../platform/views/forms";
import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { Ticket } from "../domain/ticket";
import { roundedWait } from "../domain/wait-estimate";
import type { QueueMessages } from "../messages/de";
import type { WaitingEntry } from "../service";

export interface DayAppointment {
  id: number;
  time: string;
  code: string;
  name: string;
  services: string;
  needs: string;
  status: "confirmed" | "cancelled";
  /** how it was booked: online, by phone, at the counter ("staff": by staff, before the channel was recorded) */
  channel: "public" | "staff" | "phone" | "counter";
  ticket: Ticket | undefined;
  /** the back office's page of the online application the visit is for */
  caseLink: { href: string; label: string } | undefined;
}

export interface DayVisit {
  code: string;
  time: string;
  kind: string;
  services: string;
}

export interface DayView {
  location: string;
  date: string;
  isToday: boolean;
  locations: { value: string; label: string }[];
  sessionTimes: string | null;
  appointments: DayAppointment[];
  waiting: (WaitingEntry & { arrived: string; services: string })[];
  active: (Ticket & { counterLabel: string })[];
  missed: Ticket[];
  visits: DayVisit[] | null;
}

interface Props {
  ctx: BackOfficeContext;
  q: QueueMessages;
  view: DayView;
  errors: FieldError[];
  notice?: string;
}

/** A location's day: appointments on a timeline with check-in, the queue, the counters, visits. */
export function DayPage({ ctx, q, view, errors, notice }: Props) {
  const d = q.day;
  const appointmentColumns: Column<DayAppointment>[] = [
    { key: "time", header: d.time, cell: (a) => a.time },
    { key: "code", header: d.code, cell: (a) => <code>{a.code}</code> },
    { key: "name", header: d.name, cell: (a) => a.name },
    { key: "services", header: d.services, cell: (a) => a.services },
    { key: "needs", header: d.needs, cell: (a) => a.needs },
    {
      key: "state",
      header: d.state,
      cell: (a) =>
        a.status === "cancelled"
          ? d.cancelled
          : a.ticket
            ? `${d.checkedIn(a.ticket.number)} (${d.status[a.ticket.status]})`
            : a.channel === "counter"
              ? d.bookedAtCounter
              : a.channel === "phone" || a.channel === "staff"
                ? d.bookedByStaff
                : d.booked,
    },
    {
      key: "action",
      header: d.action,
      cell: (a) => (
        <>
          {a.status === "confirmed" && !a.ticket && view.isToday && (
            <form method="post" action={ctx.href("/verwaltung/tag/einchecken")} class="sb-inline-form">
              <CsrfInput token={ctx.csrfToken} />
              <input type="hidden" name="appointment" value={String(a.id)} />
              <button
                type="submit"
                class="kern-btn kern-btn--secondary kern-btn--small"
                aria-label={d.checkInFor(a.code)}
              >
                <span class="kern-label">{d.checkIn}</span>
              </button>
            </form>
          )}
          {a.ticket && (
            <a class="kern-link" href={ctx.href(`/verwaltung/wartemarken/${a.ticket.id}/druck`)}>
              {d.printTicket} {a.ticket.number}
            </a>
          )}
          {a.caseLink && (
            <div>
              <a class="kern-link" href={a.caseLink.href}>
                {a.caseLink.label}
              </a>
            </div>
          )}
        </>
      ),
    },
  ];
  const queueColumns: Column<DayView["waiting"][number]>[] = [
    { key: "position", header: d.position, cell: (w) => w.position },
    { key: "number", header: d.number, cell: (w) => w.ticket.number },
    {
      key: "kind",
      header: d.kind,
      cell: (w) => (
        <>
          {w.ticket.kind === "appointment" ? d.kindAppointment : d.kindWalkIn}
          {w.ticket.urgent && `, ${d.urgent}`}
        </>
      ),
    },
    { key: "services", header: d.services, cell: (w) => w.services },
    { key: "arrived", header: d.arrived, cell: (w) => w.arrived },
    { key: "wait", header: d.wait, cell: (w) => d.minutes(roundedWait(w.waitMinutes)) },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={d.title} notice={notice} wide>
      <h1 class="kern-heading-large">{d.title}</h1>
      <ErrorSummary title={q.errorSummaryTitle} errors={errors} />
      <form method="get" action={ctx.href("/verwaltung/tag")} class="sb-filter" novalidate>
        <div class="sb-filter__fields">
          <Select
            name="ort"
            label={d.location}
            choices={view.locations}
            emptyLabel="–"
            value={view.location}
            error={errorFor(errors, "ort")}
          />
          <Input
            name="datum"
            label={d.date}
            type="date"
            value={view.date}
            error={errorFor(errors, "datum")}
          />
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{d.show}</span>
          </button>
        </div>
      </form>
      <p class="kern-body">{view.sessionTimes ? d.sessions(view.sessionTimes) : d.closed}</p>
      <ul class="kern-list sb-actions">
        <li>
          <a class="kern-link" href={ctx.href(`/verwaltung/wartemarken/neu?ort=${view.location}`)}>
            {d.newWalkIn}
          </a>
        </li>
        <li>
          <a class="kern-link" href={ctx.href(`/anzeige/${view.location}`)}>
            {d.display}
          </a>
        </li>
      </ul>

      <h2 class="kern-heading-medium" id="termine">
        {d.appointments}
      </h2>
      {view.appointments.length === 0 ? (
        <p class="kern-body">{d.noAppointments}</p>
      ) : (
        <Table
          caption={d.appointments}
          captionHidden
          columns={appointmentColumns}
          rows={view.appointments}
          rowKey={(a) => a.id}
          striped={false}
        />
      )}

      <h2 class="kern-heading-medium">{d.atCounters}</h2>
      {view.active.length === 0 ? (
        <p class="kern-body">{d.nobodyAtCounters}</p>
      ) : (
        <ul class="kern-list">
          {view.active.map((t) => (
            <li key={t.id}>
              {t.number} → {t.counterLabel} ({d.status[t.status]})
            </li>
          ))}
        </ul>
      )}

      <h2 class="kern-heading-medium">{d.queue}</h2>
      {view.waiting.length === 0 ? (
        <p class="kern-body">{d.queueEmpty}</p>
      ) : (
        <Table
          caption={d.queue}
          captionHidden
          columns={queueColumns}
          rows={view.waiting}
          rowKey={(w) => w.ticket.id}
          striped={false}
        />
      )}

      {view.missed.length > 0 && (
        <>
          <h2 class="kern-heading-medium">{d.missedTitle}</h2>
          <ul class="kern-list">
            {view.missed.map((t) => (
              <li key={t.id}>
                {t.number}{" "}
                <form
                  method="post"
                  action={ctx.href("/verwaltung/schalter/wieder-einreihen")}
                  class="sb-inline-form"
                >
                  <CsrfInput token={ctx.csrfToken} />
                  <input type="hidden" name="ticket" value={String(t.id)} />
                  <input type="hidden" name="back" value="day" />
                  <button
                    type="submit"
                    class="kern-btn kern-btn--tertiary kern-btn--small"
                    aria-label={d.requeueFor(t.number)}
                  >
                    <span class="kern-label">{d.requeue}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}

      {view.visits && (
        <>
          <h2 class="kern-heading-medium">{d.visits}</h2>
          {view.visits.length === 0 ? (
            <p class="kern-body">{d.noVisits}</p>
          ) : (
            <ul class="kern-list">
              {view.visits.map((v) => (
                <li key={v.code}>
                  {v.time} – {v.code} – {v.kind} – {v.services}
                </li>
              ))}
            </ul>
          )}
          <p class="kern-body">
            <a class="kern-link" href={ctx.href("/verwaltung/hausbesuche")}>
              {d.visitRequestsLink}
            </a>
          </p>
        </>
      )}
    </BackOfficeLayout>
  );
}
