import { Input } from "../../../platform/views/fields";
import { ErrorSummary, errorFor, type FieldError, titleWithErrors } from "../../../platform/views/forms";
import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { AuditLogMessages } from "../messages/de";

/** One entry as the table shows it; the time is formatted in the tenant's zone. */
export interface AuditEntryView {
  id: number;
  iso: string;
  when: string;
  who: string | null;
  action: string;
  subject: string | null;
  detail: string | null;
  ip: string | null;
}

export interface AuditLogView {
  /** the filter as typed, to show it again */
  values: { von: string; bis: string; benutzer: string; aktion: string };
  /** the query string of the current choice (without paging), for the download and paging links */
  choice: string;
  entries: AuditEntryView[];
  /** the entry after which the next page starts, when there is one */
  olderFrom: number | null;
  /** this is not the first page */
  paged: boolean;
  timeZone: string;
}

interface Props {
  ctx: BackOfficeContext;
  t: AuditLogMessages;
  view: AuditLogView;
  errors: FieldError[];
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The audit log: a filter, the entries newest first, paging and the download. */
export function AuditLogPage({ ctx, t, view, errors }: Props) {
  const f = t.filter;
  const { values } = view;
  const listPath = "/verwaltung/protokoll";
  const olderQuery = [view.choice, view.olderFrom !== null ? `vor=${view.olderFrom}` : ""]
    .filter(Boolean)
    .join("&");
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, t.title, errors)} wide>
      <h1 class="kern-heading-large">{t.title}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{t.intro}</p>
      <form method="get" action={ctx.href(listPath)} novalidate>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{f.legend}</legend>
          <div class="kern-fieldset__body sb-filter">
            <Input
              name="von"
              label={f.from}
              hint={f.dateHint(view.timeZone)}
              condition={f.optional}
              value={values.von}
              error={errorFor(errors, "von")}
              maxLength={10}
            />
            <Input
              name="bis"
              label={f.to}
              hint={f.dateHint(view.timeZone)}
              condition={f.optional}
              value={values.bis}
              error={errorFor(errors, "bis")}
              maxLength={10}
            />
            <Input
              name="benutzer"
              label={f.username}
              hint={f.usernameHint}
              condition={f.optional}
              value={values.benutzer}
              error={errorFor(errors, "benutzer")}
              autocomplete="off"
              maxLength={40}
            />
            <Input
              name="aktion"
              label={f.action}
              hint={f.actionHint}
              condition={f.optional}
              value={values.aktion}
              error={errorFor(errors, "aktion")}
              autocomplete="off"
              maxLength={60}
            />
          </div>
        </fieldset>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{f.submit}</span>
        </button>{" "}
        <a class="kern-link" href={ctx.href(listPath)}>
          {f.reset}
        </a>
      </form>
      {errors.length === 0 && (
        <>
          <p class="kern-body sb-form-secondary">
            <a class="kern-link" href={ctx.href(withQuery(`${listPath}.csv`, view.choice))} download>
              {f.download}
            </a>
            <br />
            <span class="kern-hint">{f.downloadHint}</span>
          </p>
          <EntryTable t={t} view={view} />
          {(view.paged || view.olderFrom !== null) && (
            <nav aria-label={t.paging} class="sb-paging">
              {view.paged && (
                <a class="kern-link" href={ctx.href(withQuery(listPath, view.choice))}>
                  {t.newest}
                </a>
              )}
              {view.olderFrom !== null && (
                <a class="kern-link" href={ctx.href(withQuery(listPath, olderQuery))}>
                  {t.older}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </BackOfficeLayout>
  );
}

function EntryTable({ t, view }: { t: AuditLogMessages; view: AuditLogView }) {
  const c = t.table;
  if (view.entries.length === 0) return <p class="kern-body">{t.empty}</p>;
  const columns: Column<AuditEntryView>[] = [
    {
      key: "when",
      header: c.when,
      rowHeader: true,
      cell: (e) => <time dateTime={e.iso}>{e.when}</time>,
    },
    { key: "who", header: c.who, cell: (e) => e.who ?? c.system },
    { key: "what", header: c.what, cell: (e) => <code>{e.action}</code> },
    { key: "subject", header: c.subject, cell: (e) => e.subject ?? c.none },
    { key: "detail", header: c.detail, cell: (e) => e.detail ?? c.none },
    { key: "from", header: c.from, cell: (e) => e.ip ?? c.none },
  ];
  return (
    <Table
      caption={c.caption(view.entries.length, view.olderFrom !== null)}
      columns={columns}
      rows={view.entries}
      rowKey={(e) => e.id}
      rowData={(e) => ({ entry: e.id })}
      small
    />
  );
}
