import type { ComponentChildren } from "preact";
import type { Locale } from "../../../domain/locale";
import { type Choice, Input, Select } from "../../../platform/views/fields";
import { ErrorSummary, errorFor, type FieldError, titleWithErrors } from "../../../platform/views/forms";
import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { Figures } from "../domain/report";
import { MAX_RANGE_DAYS } from "../domain/report-query";
import type { ReportsMessages } from "../messages/de";
import {
  FIGURE_COLUMNS,
  type FigureColumn,
  formatCount,
  formatDecimal,
  queryString,
  type ReportView,
} from "./report-view";

export interface StatisticsPageProps {
  ctx: BackOfficeContext;
  t: ReportsMessages;
  /** the form's values as sent, or the query's when it was valid */
  values: { von: string; bis: string; ort: string };
  errors: FieldError[];
  locations: Choice[];
  /** absent when the query was not valid */
  view?: ReportView;
}

/** The statistics: a filter form (GET), the per-day table, the channel split and the services done. */
export function StatisticsPage({ ctx, t, values, errors, locations, view }: StatisticsPageProps) {
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, t.title, errors)} wide>
      <h1 class="kern-heading-large">{t.title}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{t.intro}</p>
      <form method="get" action={ctx.href("/verwaltung/statistik")} class="sb-report-filter" novalidate>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t.filter.legend}</legend>
          <div class="kern-fieldset__body sb-report-filter__fields">
            <Input
              name="von"
              label={t.filter.from}
              hint={t.filter.fromHint}
              condition={t.filter.optional}
              type="date"
              value={values.von}
              error={errorFor(errors, "von")}
              maxLength={10}
            />
            <Input
              name="bis"
              label={t.filter.to}
              hint={t.filter.toHint(MAX_RANGE_DAYS)}
              condition={t.filter.optional}
              type="date"
              value={values.bis}
              error={errorFor(errors, "bis")}
              maxLength={10}
            />
            <Select
              name="ort"
              label={t.filter.location}
              choices={locations}
              emptyLabel={t.filter.allLocations}
              value={values.ort}
              error={errorFor(errors, "ort")}
            />
          </div>
        </fieldset>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t.filter.submit}</span>
        </button>
      </form>
      {view && <ReportSections ctx={ctx} t={t} view={view} />}
    </BackOfficeLayout>
  );
}

function ReportSections({ ctx, t, view }: { ctx: BackOfficeContext; t: ReportsMessages; view: ReportView }) {
  const locale = ctx.locale;
  return (
    <>
      <p class="kern-body sb-report-scope">{t.scope(view.rangeLabel, view.placeLabel)}</p>
      <p class="kern-body">
        <a class="kern-link" href={`${ctx.href("/verwaltung/statistik.csv")}?${queryString(view.query)}`}>
          {t.download}
        </a>
        <br />
        <span class="kern-hint">{t.downloadHint}</span>
      </p>
      {view.rows.length === 0 ? (
        <div class="kern-alert kern-alert--info" role="status">
          <div class="kern-alert__header">
            <span class="kern-title">{t.empty}</span>
          </div>
        </div>
      ) : (
        <>
          <h2 class="kern-heading-medium">{t.days.heading}</h2>
          <DayTable t={t} view={view} locale={locale} />
          <h2 class="kern-heading-medium">{t.channels.heading}</h2>
          <ChannelTable t={t} view={view} locale={locale} />
          <h2 class="kern-heading-medium">{t.services.heading}</h2>
          {view.services.length === 0 ? (
            <p class="kern-body">{t.services.none}</p>
          ) : (
            <ServiceTable t={t} view={view} locale={locale} />
          )}
        </>
      )}
      <h2 class="kern-heading-medium">{t.definitions.heading}</h2>
      <dl class="sb-report-definitions">
        {t.definitions.items.map((d) => (
          <div key={d.term}>
            <dt>{d.term}</dt>
            <dd>{d.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A figure: counts with thousands separators, minutes with one decimal, a dash read out as "no measurement". */
function figure(locale: Locale, t: ReportsMessages, column: FigureColumn, figures: Figures) {
  const n = column.value(figures);
  if (n === null) return <NoValue t={t} />;
  return column.kind === "count" ? formatCount(locale, n) : formatDecimal(locale, n);
}

/** A figure's cell in a totals row (the table's footer). */
function TotalCell({ children }: { children: ComponentChildren }) {
  return <td class="kern-table__cell kern-table__cell--numeric">{children}</td>;
}

/** A dash that screen readers read as "no measurement". */
function NoValue({ t }: { t: ReportsMessages }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="kern-sr-only">{t.noValue}</span>
    </>
  );
}

type Row = ReportView["rows"][number];
type Channel = ReportView["channels"][number];
type Service = ReportView["services"][number];

function DayTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  const columns: Column<Row>[] = [
    {
      key: "date",
      header: t.columns.date,
      rowHeader: true,
      cell: (row) => <time dateTime={row.date}>{row.dateLabel}</time>,
    },
    { key: "location", header: t.columns.location, rowHeader: true, cell: (row) => row.locationName },
    ...FIGURE_COLUMNS.map((c) => ({
      key: c.key,
      header: t.columns[c.key],
      numeric: true,
      cell: (row: Row) => figure(locale, t, c, row.figures),
    })),
  ];
  return (
    <Table
      id="tage"
      caption={t.days.caption(view.rangeLabel)}
      columns={columns}
      rows={view.rows}
      rowKey={(row) => `${row.date}|${row.location}`}
      rowData={(row) => ({ day: row.date, location: row.location })}
      small
      scrollRegion
      footer={
        <tr class="kern-table__row" data-total="days">
          <th class="kern-table__cell" scope="row" colSpan={2}>
            {t.days.total}
          </th>
          {FIGURE_COLUMNS.map((c) => (
            <TotalCell key={c.key}>{figure(locale, t, c, view.totals)}</TotalCell>
          ))}
        </tr>
      }
    />
  );
}

function ChannelTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  const columns: Column<Channel>[] = [
    { key: "channel", header: t.channels.channel, rowHeader: true, cell: (c) => c.label },
    { key: "count", header: t.channels.count, numeric: true, cell: (c) => formatCount(locale, c.count) },
    {
      key: "share",
      header: t.channels.share,
      numeric: true,
      cell: (c) => (c.share === null ? <NoValue t={t} /> : formatDecimal(locale, c.share)),
    },
  ];
  return (
    <Table
      id="zugangswege"
      caption={t.channels.caption(view.rangeLabel)}
      columns={columns}
      rows={view.channels}
      rowKey={(c) => c.key}
      rowData={(c) => ({ channel: c.key })}
      small
      striped={false}
      footer={
        <tr class="kern-table__row" data-total="channels">
          <th class="kern-table__cell" scope="row">
            {t.channels.total}
          </th>
          <TotalCell>{formatCount(locale, view.channelTotal)}</TotalCell>
          <TotalCell>{view.channelTotal > 0 ? formatDecimal(locale, 100) : <NoValue t={t} />}</TotalCell>
        </tr>
      }
    />
  );
}

function ServiceTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  const columns: Column<Service>[] = [
    { key: "service", header: t.services.service, rowHeader: true, cell: (s) => s.name },
    { key: "count", header: t.services.count, numeric: true, cell: (s) => formatCount(locale, s.count) },
  ];
  return (
    <Table
      id="leistungen"
      caption={t.services.caption(view.rangeLabel)}
      columns={columns}
      rows={view.services}
      rowKey={(s) => s.key}
      rowData={(s) => ({ service: s.key })}
      small
    />
  );
}
