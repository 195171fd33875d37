import { Input, Select } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, type FieldError } from "../../../platform/views/forms";
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
        <table class="kern-table sb-table">
          <caption class="kern-sr-only">{d.appointments}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {d.time}
              </th>
              <th scope="col" class="kern-table__header">
                {d.code}
              </th>
              <th scope="col" class="kern-table__header">
                {d.name}
              </th>
              <th scope="col" class="kern-table__header">
                {d.services}
              </th>
              <th scope="col" class="kern-table__header">
                {d.needs}
              </th>
              <th scope="col" class="kern-table__header">
                {d.state}
              </th>
              <th scope="col" class="kern-table__header">
                {d.action}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {view.appointments.map((a) => (
              <tr key={a.id} class="kern-table__row">
                <td class="kern-table__cell">{a.time}</td>
                <td class="kern-table__cell">
                  <code>{a.code}</code>
                </td>
                <td class="kern-table__cell">{a.name}</td>
                <td class="kern-table__cell">{a.services}</td>
                <td class="kern-table__cell">{a.needs}</td>
                <td class="kern-table__cell">
                  {a.status === "cancelled"
                    ? d.cancelled
                    : a.ticket
                      ? `${d.checkedIn(a.ticket.number)} (${d.status[a.ticket.status]})`
                      : a.channel === "counter"
                        ? d.bookedAtCounter
                        : a.channel === "phone" || a.channel === "staff"
                          ? d.bookedByStaff
                          : d.booked}
                </td>
                <td class="kern-table__cell">
                  {a.status === "confirmed" && !a.ticket && view.isToday && (
                    <form
                      method="post"
                      action={ctx.href("/verwaltung/tag/einchecken")}
                      class="sb-inline-form"
                    >
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <table class="kern-table sb-table">
          <caption class="kern-sr-only">{d.queue}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {d.position}
              </th>
              <th scope="col" class="kern-table__header">
                {d.number}
              </th>
              <th scope="col" class="kern-table__header">
                {d.kind}
              </th>
              <th scope="col" class="kern-table__header">
                {d.services}
              </th>
              <th scope="col" class="kern-table__header">
                {d.arrived}
              </th>
              <th scope="col" class="kern-table__header">
                {d.wait}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {view.waiting.map((w) => (
              <tr key={w.ticket.id} class="kern-table__row">
                <td class="kern-table__cell">{w.position}</td>
                <td class="kern-table__cell">{w.ticket.number}</td>
                <td class="kern-table__cell">
                  {w.ticket.kind === "appointment" ? d.kindAppointment : d.kindWalkIn}
                  {w.ticket.urgent && `, ${d.urgent}`}
                </td>
                <td class="kern-table__cell">{w.services}</td>
                <td class="kern-table__cell">{w.arrived}</td>
                <td class="kern-table__cell">{d.minutes(roundedWait(w.waitMinutes))}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
