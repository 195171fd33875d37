import { type Choice, Select } from "../../../platform/views/fields";
import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import { INBOX_LIMIT, INBOX_STATUSES, type Inbox, STATUS_FILTERS, type StatusFilter } from "./case-desk";
import type { DeskMessages } from "./desk-messages";
import type { InboxRow } from "./desk-queries";

/** The place filter's value of the general inbox (cases of no place). */
export const GENERAL_INBOX = "allgemein";

export interface CaseListView {
  inbox: Inbox;
  filter: { status: StatusFilter; service: string | undefined; place: string | undefined; mine: boolean };
  services: Choice[];
  places: Choice[];
  serviceName(key: string): string;
  day(at: Date): string;
}

/** The inbox of online applications: reference, service, dates, status, who is assigned; no resident's data. */
export function CaseListPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  view: CaseListView;
}) {
  const { inbox, filter } = view;
  const caption = t.caption(t.filters[filter.status], inbox.oldestFirst);
  const columns: Column<InboxRow>[] = [
    {
      key: "reference",
      header: t.columns.reference,
      rowHeader: true,
      cell: (r) => (
        <a class="kern-link sb-code-inline" href={ctx.href(`/verwaltung/vorgaenge/${r.id}`)}>
          {r.reference}
        </a>
      ),
    },
    { key: "service", header: t.columns.service, cell: (r) => view.serviceName(r.serviceKey) },
    {
      key: "received",
      header: t.columns.received,
      cell: (r) => (r.submittedAt ? view.day(r.submittedAt) : t.none),
    },
    { key: "status", header: t.columns.status, cell: (r) => t.statuses[r.status] },
    { key: "assignee", header: t.columns.assignee, cell: (r) => r.assigneeName ?? t.none },
    {
      key: "waiting",
      header: inbox.oldestFirst ? t.columns.waiting : t.columns.changed,
      cell: (r) => view.day(r.lastEventAt),
    },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={t.listTitle} wide>
      <h1 class="kern-heading-large">{t.listTitle}</h1>
      <p class="kern-body">{t.listIntro}</p>
      <section aria-labelledby="counts-title">
        <h2 class="kern-sr-only" id="counts-title">
          {t.countsLabel}
        </h2>
        <p class="kern-body" data-counts="">
          {INBOX_STATUSES.map((s, i) => (
            <span key={s}>
              {i > 0 && " · "}
              {t.statuses[s]} <strong>{inbox.counts[s]}</strong>
            </span>
          ))}
        </p>
      </section>
      <form method="get" action={ctx.href("/verwaltung/vorgaenge")} class="sb-filter-inline">
        <Select
          name="status"
          label={t.statusFilter}
          choices={STATUS_FILTERS.filter((f) => f !== "open").map((f) => ({ value: f, label: t.filters[f] }))}
          emptyLabel={t.filters.open}
          value={filter.status === "open" ? "" : filter.status}
        />
        <Select
          name="leistung"
          label={t.serviceFilter}
          choices={view.services}
          emptyLabel={t.allServices}
          value={filter.service}
        />
        <Select
          name="ort"
          label={t.placeFilter}
          choices={[...view.places, { value: GENERAL_INBOX, label: t.generalInbox }]}
          emptyLabel={t.allPlaces}
          value={filter.place}
        />
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            id="meine"
            name="meine"
            type="checkbox"
            value="1"
            checked={filter.mine}
          />
          <label class="kern-label" for="meine">
            {t.mineFilter}
          </label>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t.filterSubmit}</span>
        </button>
      </form>
      <section aria-labelledby="cases-title">
        <h2 class="kern-heading-medium" id="cases-title">
          {caption}
        </h2>
        <p class="kern-body">
          {t.count(inbox.rows.length)}
          {inbox.limited && ` ${t.limited(INBOX_LIMIT)}`}
        </p>
        {inbox.rows.length === 0 ? (
          <p class="kern-body">{t.empty}</p>
        ) : (
          <Table
            caption={caption}
            captionHidden
            columns={columns}
            rows={inbox.rows}
            rowKey={(r) => r.id}
            rowData={(r) => ({ case: r.reference })}
            striped={false}
          />
        )}
      </section>
    </BackOfficeLayout>
  );
}
