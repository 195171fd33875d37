import { Select } from "../../../platform/views/fields";
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
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title kern-title--small">
              {l.caption(rows.length, olderFrom !== null)}
            </caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {l.received}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.message}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.status}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.page}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.reply}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {rows.map((r) => (
                <tr class="kern-table__row" key={r.id} data-feedback={r.id}>
                  <td class="kern-table__cell">
                    <time dateTime={r.received.iso}>{r.received.label}</time>
                  </td>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={ctx.href(`${path}/${r.id}`)}>
                      {r.excerpt}
                    </a>
                  </th>
                  <td class="kern-table__cell">{t.statuses[r.status]}</td>
                  <td class="kern-table__cell sb-break">{r.page ?? l.none}</td>
                  <td class="kern-table__cell">{r.replyWanted ? l.yes : l.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
