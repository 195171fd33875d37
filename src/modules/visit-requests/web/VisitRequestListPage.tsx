import { Select } from "../../../platform/views/fields";
import { type Column, Table } from "../../../platform/views/Table";
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
  const columns: Column<VisitRequestSummary>[] = [
    {
      key: "code",
      header: t.columns.code,
      rowHeader: true,
      cell: (r) => (
        <>
          <a class="kern-link sb-code-inline" href={ctx.href(`/verwaltung/hausbesuche/${r.id}`)}>
            {r.code}
          </a>
          {r.status === "new" && r.reopened && (
            <>
              <br />
              {t.reopenedMarker(dayOf(locale, r.reopened.visitAt, timeZone))}
            </>
          )}
        </>
      ),
    },
    ...(withAppointment
      ? [
          {
            key: "appointment",
            header: t.columns.appointment,
            cell: (r: VisitRequestSummary) =>
              r.schedule ? (
                <>
                  {scheduleWhen(t, locale, r.schedule, timeZone)}
                  <br />
                  {scheduleWhere(t, names, r.schedule)}
                </>
              ) : (
                t.none
              ),
          },
        ]
      : []),
    { key: "received", header: t.columns.received, cell: (r) => dayOf(locale, r.receivedAt, timeZone) },
    { key: "reason", header: t.columns.reason, cell: (r) => t.reasons[r.reason] },
    { key: "place", header: t.columns.place, cell: (r) => t.places[r.placeKind] },
    {
      key: "district",
      header: t.columns.district,
      cell: (r) => names.district(r.district) ?? t.noPreference,
    },
    {
      key: "services",
      header: t.columns.services,
      cell: (r) => (
        <ul class="kern-list">
          {r.services.map((s) => (
            <li key={s}>{names.service(s)}</li>
          ))}
        </ul>
      ),
    },
    {
      key: "periods",
      header: t.columns.periods,
      cell: (r) => (r.periods.length === 0 ? t.noPreference : r.periods.map((p) => periods[p]).join(", ")),
    },
  ];
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
        <Table
          caption={t.captions[group.status]}
          captionHidden
          columns={columns}
          rows={group.requests}
          rowKey={(r) => r.id}
          striped={false}
        />
      )}
    </section>
  );
}
