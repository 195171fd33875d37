import type { Locale } from "../../../domain/locale";
import { type Choice, Input, Select } from "../../../platform/views/fields";
import { ErrorSummary, errorFor, type FieldError, titleWithErrors } from "../../../platform/views/forms";
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

/** A figure's cell: counts with thousands separators, minutes with one decimal, a dash read out as "no measurement". */
function FigureCell({
  locale,
  t,
  column,
  figures,
}: {
  locale: Locale;
  t: ReportsMessages;
  column: FigureColumn;
  figures: Figures;
}) {
  const n = column.value(figures);
  return (
    <td class="kern-table__cell kern-table__cell--numeric">
      {n === null ? (
        <NoValue t={t} />
      ) : column.kind === "count" ? (
        formatCount(locale, n)
      ) : (
        formatDecimal(locale, n)
      )}
    </td>
  );
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

function NumericHeader({ children }: { children: string }) {
  return (
    <th class="kern-table__header kern-table__header--numeric" scope="col">
      {children}
    </th>
  );
}

function DayTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so it can be scrolled with the keyboard (WCAG 2.1.1)
    <section class="kern-table-responsive sb-report-scroll" aria-labelledby="days-caption" tabIndex={0}>
      <table class="kern-table kern-table--small kern-table--striped sb-report-table" id="tage">
        <caption id="days-caption">{t.days.caption(view.rangeLabel)}</caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              {t.columns.date}
            </th>
            <th class="kern-table__header" scope="col">
              {t.columns.location}
            </th>
            {FIGURE_COLUMNS.map((c) => (
              <NumericHeader key={c.key}>{t.columns[c.key]}</NumericHeader>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {view.rows.map((row) => (
            <tr
              class="kern-table__row"
              key={`${row.date}|${row.location}`}
              data-day={row.date}
              data-location={row.location}
            >
              <th class="kern-table__cell" scope="row">
                <time dateTime={row.date}>{row.dateLabel}</time>
              </th>
              <th class="kern-table__cell" scope="row">
                {row.locationName}
              </th>
              {FIGURE_COLUMNS.map((c) => (
                <FigureCell key={c.key} locale={locale} t={t} column={c} figures={row.figures} />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot class="kern-table__footer">
          <tr class="kern-table__row" data-total="days">
            <th class="kern-table__cell" scope="row" colSpan={2}>
              {t.days.total}
            </th>
            {FIGURE_COLUMNS.map((c) => (
              <FigureCell key={c.key} locale={locale} t={t} column={c} figures={view.totals} />
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function ChannelTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  return (
    <table class="kern-table kern-table--small sb-report-table" id="zugangswege">
      <caption>{t.channels.caption(view.rangeLabel)}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th class="kern-table__header" scope="col">
            {t.channels.channel}
          </th>
          <NumericHeader>{t.channels.count}</NumericHeader>
          <NumericHeader>{t.channels.share}</NumericHeader>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {view.channels.map((c) => (
          <tr class="kern-table__row" key={c.key} data-channel={c.key}>
            <th class="kern-table__cell" scope="row">
              {c.label}
            </th>
            <td class="kern-table__cell kern-table__cell--numeric">{formatCount(locale, c.count)}</td>
            <td class="kern-table__cell kern-table__cell--numeric">
              {c.share === null ? <NoValue t={t} /> : formatDecimal(locale, c.share)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot class="kern-table__footer">
        <tr class="kern-table__row" data-total="channels">
          <th class="kern-table__cell" scope="row">
            {t.channels.total}
          </th>
          <td class="kern-table__cell kern-table__cell--numeric">{formatCount(locale, view.channelTotal)}</td>
          <td class="kern-table__cell kern-table__cell--numeric">
            {view.channelTotal > 0 ? formatDecimal(locale, 100) : <NoValue t={t} />}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

function ServiceTable({ t, view, locale }: { t: ReportsMessages; view: ReportView; locale: Locale }) {
  return (
    <table class="kern-table kern-table--small kern-table--striped sb-report-table" id="leistungen">
      <caption>{t.services.caption(view.rangeLabel)}</caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          <th class="kern-table__header" scope="col">
            {t.services.service}
          </th>
          <NumericHeader>{t.services.count}</NumericHeader>
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {view.services.map((s) => (
          <tr class="kern-table__row" key={s.key} data-service={s.key}>
            <th class="kern-table__cell" scope="row">
              {s.name}
            </th>
            <td class="kern-table__cell kern-table__cell--numeric">{formatCount(locale, s.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
