import { Select } from "../../../platform/views/fields";
import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import { FEEDBACK_STATUSES, type FeedbackStatus } from "../domain/feedback-inbox";
import type { FeedbackAdminMessages } from "../messages/feedback-admin-de";

/** One report as the list shows it; no e-mail address. */
export interface FeedbackRowView {
  id: number;
  received: { iso: string; label: string };
  status: FeedbackStatus;
  page: string | null;
  excerpt: string;
  replyWanted: boolean;
}

interface Props {
  ctx: BackOfficeContext;
  t: FeedbackAdminMessages;
  status: FeedbackStatus | undefined;
  rows: FeedbackRowView[];
  /** the report after which the next page starts, when there is one */
  olderFrom: number | null;
  paged: boolean;
}

/** The inbox of accessibility reports, newest first, filtered by status. */
export function FeedbackListPage({ ctx, t, status, rows, olderFrom, paged }: Props) {
  const l = t.list;
  const path = "/verwaltung/rueckmeldungen";
  const statusQuery = status ? `status=${status}` : "";
  const link = (...parts: string[]) => {
    const query = parts.filter(Boolean).join("&");
    return ctx.href(query ? `${path}?${query}` : path);
  };
  const columns: Column<FeedbackRowView>[] = [
    {
      key: "received",
      header: l.received,
      cell: (r) => <time dateTime={r.received.iso}>{r.received.label}</time>,
    },
    {
      key: "message",
      header: l.message,
      rowHeader: true,
      cell: (r) => (
        <a class="kern-link" href={ctx.href(`${path}/${r.id}`)}>
          {r.excerpt}
        </a>
      ),
    },
    { key: "status", header: l.status, cell: (r) => t.statuses[r.status] },
    { key: "page", header: l.page, cell: (r) => <span class="sb-break">{r.page ?? l.none}</span> },
    { key: "reply", header: l.reply, cell: (r) => (r.replyWanted ? l.yes : l.no) },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={l.title} wide>
      <h1 class="kern-heading-large">{l.title}</h1>
      <p class="kern-body">{l.intro}</p>
      <form method="get" action={ctx.href(path)} class="sb-filter-inline">
        <Select
          name="status"
          label={l.filter}
          emptyLabel={l.all}
          value={status}
          choices={FEEDBACK_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))}
        />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{l.show}</span>
        </button>
      </form>
      {rows.length === 0 ? (
        <p class="kern-body">{l.empty}</p>
      ) : (
        <Table
          caption={l.caption(rows.length, olderFrom !== null)}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          rowData={(r) => ({ feedback: r.id })}
        />
      )}
      {(paged || olderFrom !== null) && (
        <nav aria-label={l.paging} class="sb-paging">
          {paged && (
            <a class="kern-link" href={link(statusQuery)}>
              {l.newest}
            </a>
          )}
          {olderFrom !== null && (
            <a class="kern-link" href={link(statusQuery, `vor=${olderFrom}`)}>
              {l.older}
            </a>
          )}
        </nav>
      )}
    </BackOfficeLayout>
  );
}
