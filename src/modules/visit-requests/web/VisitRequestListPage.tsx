import { Select } from "../../../platform/views/fields";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { DeskMessages } from "../desk-messages";
import type { VisitRequestSummary } from "../desk-queries";
import { LIST_FILTERS, LIST_LIMIT, type ListFilter } from "../desk-service";
import type { VisitRequestStatus } from "../domain/visit-status";
import { VISIT_REQUEST_MESSAGES } from "../messages";
import { type DeskNames, dayOf, scheduleWhen, scheduleWhere } from "./desk-format";

export interface VisitRequestListView {
  filter: ListFilter;
  groups: { status: VisitRequestStatus; requests: VisitRequestSummary[]; limited: boolean }[];
  names: DeskNames;
  timeZone: string;
}

/** The list of visit requests: reference, reason, district, services and wanted times; no names or phone numbers. */
export function VisitRequestListPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  view: VisitRequestListView;
}) {
  return (
    <BackOfficeLayout ctx={ctx} title={t.listTitle} wide>
      <h1 class="kern-heading-large">{t.listTitle}</h1>
      <p class="kern-body">{t.listIntro}</p>
      <form method="get" action={ctx.href("/verwaltung/hausbesuche")} class="sb-form">
        <Select
          name="status"
          label={t.filterLabel}
          choices={LIST_FILTERS.filter((f) => f !== "open").map((f) => ({ value: f, label: t.filters[f] }))}
          emptyLabel={t.filters.open}
          value={view.filter === "open" ? "" : view.filter}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t.filterSubmit}</span>
        </button>
      </form>
      {view.groups.map((g) => (
        <RequestTable key={g.status} ctx={ctx} t={t} view={view} group={g} />
      ))}
    </BackOfficeLayout>
  );
}

function RequestTable({
  ctx,
  t,
  view,
  group,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  view: VisitRequestListView;
  group: VisitRequestListView["groups"][number];
}) {
  const { locale } = ctx;
  const { names, timeZone } = view;
  const periods = VISIT_REQUEST_MESSAGES[locale].periods;
  const headingId = `requests-${group.status}`;
  const withAppointment = group.status !== "new";
  return (
    <section aria-labelledby={headingId}>
      <h2 class="kern-heading-medium" id={headingId}>
        {t.captions[group.status]}
      </h2>
      <p class="kern-body">
        {t.count(group.requests.length)}
        {group.limited && ` ${t.limited(LIST_LIMIT)}`}
      </p>
      {group.requests.length === 0 ? (
        <p class="kern-body">{t.empty}</p>
      ) : (
        <table class="kern-table" aria-labelledby={headingId}>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t.columns.code}
              </th>
              {withAppointment && (
                <th class="kern-table__header" scope="col">
                  {t.columns.appointment}
                </th>
              )}
              <th class="kern-table__header" scope="col">
                {t.columns.received}
              </th>
              <th class="kern-table__header" scope="col">
                {t.columns.reason}
              </th>
              <th class="kern-table__header" scope="col">
                {t.columns.place}
              </th>
              <th class="kern-table__header" scope="col">
                {t.columns.district}
              </th>
              <th class="kern-table__header" scope="col">
                {t.columns.services}
              </th>
              <th class="kern-table__header" scope="col">
                {t.columns.periods}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {group.requests.map((r) => (
              <tr class="kern-table__row" key={r.id}>
                <th class="kern-table__header" scope="row">
                  <a class="kern-link sb-code-inline" href={ctx.href(`/verwaltung/hausbesuche/${r.id}`)}>
                    {r.code}
                  </a>
                  {r.status === "new" && r.reopened && (
                    <>
                      <br />
                      {t.reopenedMarker(dayOf(locale, r.reopened.visitAt, timeZone))}
                    </>
                  )}
                </th>
                {withAppointment && (
                  <td class="kern-table__cell">
                    {r.schedule ? (
                      <>
                        {scheduleWhen(t, locale, r.schedule, timeZone)}
                        <br />
                        {scheduleWhere(t, names, r.schedule)}
                      </>
                    ) : (
                      t.none
                    )}
                  </td>
                )}
                <td class="kern-table__cell">{dayOf(locale, r.receivedAt, timeZone)}</td>
                <td class="kern-table__cell">{t.reasons[r.reason]}</td>
                <td class="kern-table__cell">{t.places[r.placeKind]}</td>
                <td class="kern-table__cell">{names.district(r.district) ?? t.noPreference}</td>
                <td class="kern-table__cell">
                  <ul class="kern-list">
                    {r.services.map((s) => (
                      <li key={s}>{names.service(s)}</li>
                    ))}
                  </ul>
                </td>
                <td class="kern-table__cell">
                  {r.periods.length === 0 ? t.noPreference : r.periods.map((p) => periods[p]).join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
