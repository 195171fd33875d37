import { ErrorSummary, type FieldError } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { type Column, Table } from "../../../platform/views/Table";
import type { MobileOfficeMessages } from "../messages";
import { formatDayMonth, formatLongDate, type Stop, stopLabel, type Visit } from "../schedule";

export interface DistrictOption {
  key: string;
  name: string;
}

export interface ListView {
  kind: "list";
  weeks: number;
  from: string;
  to: string;
  groups: { stop: Stop; visits: Visit[] }[];
  /** link to the monthly overview of the current month */
  monthLink: { href: string; month: string };
}

export interface MonthView {
  kind: "month";
  /** "Dezember 2026" */
  monthName: string;
  /** Monday-first rows; null for days outside the month */
  weeks: ({ date: string; visits: Visit[] } | null)[][];
  visitCount: number;
  previous?: { href: string; month: string };
  next?: { href: string; month: string };
  listHref: string;
  stops: Stop[];
}

export interface MobileOfficeView {
  demo: boolean;
  districts: DistrictOption[];
  /** key of the district whose stop is shown alone */
  selected?: DistrictOption;
  /** the month shown, kept when the filter is changed ("2026-12") */
  month?: string;
  districtError?: string;
  districtNotice?: string;
  monthError?: string;
  showAllHref: string;
  schedule: ListView | MonthView;
}

export function MobileOfficePage(props: {
  ctx: PageContext;
  t: MobileOfficeMessages;
  view: MobileOfficeView;
}) {
  const { ctx, t, view } = props;
  const fieldErrors: FieldError[] = view.districtError
    ? [{ field: "stadtteil", message: view.districtError }]
    : [];
  const hasErrors = fieldErrors.length > 0 || view.monthError !== undefined;
  const title = hasErrors ? `${ctx.m.errors.title}: ${t.title}` : t.title;
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { label: ctx.m.locations.title, href: ctx.href("/orte") },
        { label: t.title, href: ctx.href("/mobiles-stadtbuero") },
      ]}
    >
      <h1 class="kern-heading-x-large">{t.title}</h1>
      <ErrorSummary title={t.filter.errorSummaryTitle} errors={fieldErrors} />
      {view.monthError && (
        <div class="kern-alert kern-alert--danger" role="alert" aria-labelledby="month-error-title">
          <div class="kern-alert__header">
            <span class="kern-title" id="month-error-title">
              {t.month.invalidTitle}
            </span>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{view.monthError}</p>
          </div>
        </div>
      )}
      <p class="kern-body kern-body--large">{t.lead}</p>
      {view.demo && (
        <div class="kern-alert kern-alert--info" role="note" aria-labelledby="demo-title">
          <div class="kern-alert__header">
            <span class="kern-title" id="demo-title">
              {t.demoTitle}
            </span>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{t.demoText}</p>
          </div>
        </div>
      )}
      <Section id="facts-title" title={t.factsTitle}>
        <ul class="kern-list kern-list--bullet">
          <li>
            <strong>{t.facts.appointmentTitle}</strong> {t.facts.appointment}
          </li>
          <li>
            <strong>{t.facts.paymentTitle}</strong> {t.facts.payment}
          </li>
          <li>
            <strong>{t.facts.anyStopTitle}</strong> {t.facts.anyStop}
          </li>
          <li>
            <strong>{t.facts.careHomesTitle}</strong> {t.facts.careHomes}{" "}
            <a class="kern-link" href={ctx.href("/hausbesuch")}>
              {t.facts.careHomesLink}
            </a>
          </li>
        </ul>
      </Section>
      <Section id="schedule-title" title={t.scheduleTitle}>
        <DistrictFilter ctx={ctx} t={t} view={view} />
        {view.districtNotice && (
          <div class="kern-alert kern-alert--info" role="status">
            <div class="kern-alert__body">
              <p class="kern-body">{view.districtNotice}</p>
            </div>
          </div>
        )}
        {view.selected && (
          <p class="kern-body">
            {t.filter.showing(view.selected.name)}{" "}
            <a class="kern-link" href={view.showAllHref}>
              {t.filter.showAll}
            </a>
          </p>
        )}
        {view.schedule.kind === "list" ? (
          <VisitList ctx={ctx} t={t} list={view.schedule} />
        ) : (
          <MonthTable ctx={ctx} t={t} month={view.schedule} />
        )}
      </Section>
    </Layout>
  );
}

function DistrictFilter({
  ctx,
  t,
  view,
}: {
  ctx: PageContext;
  t: MobileOfficeMessages;
  view: MobileOfficeView;
}) {
  const error = view.districtError;
  return (
    <form class="sb-search" method="get" action={ctx.href("/mobiles-stadtbuero")}>
      {view.month && <input type="hidden" name="monat" value={view.month} />}
      <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label class="kern-label" for="stadtteil">
          {t.filter.label}
        </label>
        <div class="kern-hint" id="stadtteil-hint">
          {t.filter.hint}
        </div>
        {error && (
          <p class="kern-error" id="stadtteil-error">
            {error}
          </p>
        )}
        <div class="kern-form-input__select-wrapper">
          <select
            class={`kern-form-input__select${error ? " kern-form-input__select--error" : ""}`}
            id="stadtteil"
            name="stadtteil"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "stadtteil-hint stadtteil-error" : "stadtteil-hint"}
          >
            <option value="" selected={!view.selected}>
              {t.filter.all}
            </option>
            {view.districts.map((d) => (
              <option key={d.key} value={d.key} selected={view.selected?.key === d.key}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{t.filter.submit}</span>
      </button>
    </form>
  );
}

function FeedLink({ ctx, t, stop }: { ctx: PageContext; t: MobileOfficeMessages; stop: Stop }) {
  return (
    <a class="kern-link" href={ctx.href(`/mobiles-stadtbuero/${stop.location.key}.ics`)} type="text/calendar">
      {t.calendar.link(stopLabel(stop, ctx.locale))}
    </a>
  );
}

function VisitList({ ctx, t, list }: { ctx: PageContext; t: MobileOfficeMessages; list: ListView }) {
  const { locale } = ctx;
  return (
    <>
      <nav aria-label={t.views.nav}>
        <p class="kern-body">
          <a class="kern-link" href={list.monthLink.href}>
            {t.views.month(list.monthLink.month)}
          </a>
        </p>
      </nav>
      <h3 class="kern-heading-small">{t.list.title(list.weeks)}</h3>
      <p class="kern-body">
        {t.list.period(formatLongDate(locale, list.from), formatLongDate(locale, list.to))}
      </p>
      <p class="kern-body">{t.calendar.hint}</p>
      {list.groups.length === 0 ? (
        <p class="kern-body">{t.list.noStops}</p>
      ) : (
        <ul class="sb-result-list">
          {list.groups.map(({ stop, visits }) => (
            <li key={stop.location.key}>
              <h4 class="kern-heading-small">
                <a class="kern-link" href={ctx.href(`/orte/${stop.location.key}`)}>
                  {stop.location.name[locale]}
                </a>
              </h4>
              {stop.district && (
                <p class="kern-body">
                  {t.district}: {stop.district.name}
                </p>
              )}
              {visits.length === 0 ? (
                <p class="kern-body">{t.list.none(list.weeks)}</p>
              ) : (
                <ul class="kern-list kern-list--bullet">
                  {visits.map((v) => (
                    <li key={v.session.start}>
                      <time datetime={v.date}>{formatLongDate(locale, v.date)}</time>,{" "}
                      {t.timeRange(v.from, v.to)}
                    </li>
                  ))}
                </ul>
              )}
              <p class="kern-body">
                <FeedLink ctx={ctx} t={t} stop={stop} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MonthTable({ ctx, t, month }: { ctx: PageContext; t: MobileOfficeMessages; month: MonthView }) {
  const { locale } = ctx;
  /** a column per weekday, Monday first; a week's cell shows the day and its visits, or nothing */
  const dayColumns: Column<MonthView["weeks"][number]>[] = t.weekdays.map((d, i) => ({
    key: d.long,
    header: (
      <>
        <span aria-hidden="true">{d.short}</span>
        <span class="kern-sr-only">{d.long}</span>
      </>
    ),
    cell: (week) => {
      const day = week[i];
      if (!day) return null;
      return (
        <>
          <span aria-hidden="true">{Number(day.date.slice(8))}</span>
          <span class="kern-sr-only">{formatDayMonth(locale, day.date)}</span>
          {day.visits.length > 0 && (
            <ul class="kern-list">
              {day.visits.map((v) => (
                <li key={v.session.start + v.stop.location.key}>
                  <a class="kern-link" href={ctx.href(`/orte/${v.stop.location.key}`)}>
                    {stopLabel(v.stop, locale)}
                  </a>
                  , {t.timeRange(v.from, v.to)}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    },
  }));
  return (
    <>
      <nav aria-label={t.views.nav}>
        <p class="kern-body">
          <a class="kern-link" href={month.listHref}>
            {t.views.list}
          </a>
        </p>
      </nav>
      <h3 class="kern-heading-small">
        {t.month.title}: {month.monthName}
      </h3>
      {(month.previous || month.next) && (
        <nav aria-label={t.month.nav}>
          <ul class="kern-list kern-list--horizontal">
            {month.previous && (
              <li>
                <a class="kern-link" href={month.previous.href} rel="prev">
                  {t.month.previous(month.previous.month)}
                </a>
              </li>
            )}
            {month.next && (
              <li>
                <a class="kern-link" href={month.next.href} rel="next">
                  {t.month.next(month.next.month)}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {month.visitCount === 0 && <p class="kern-body">{t.month.none}</p>}
      <Table
        id="month-table"
        caption={month.monthName}
        columns={dayColumns}
        rows={month.weeks}
        rowKey={(week) => week.find((d) => d)?.date ?? ""}
        small
        striped={false}
        scrollRegion
      />
      {month.stops.length > 0 && (
        <>
          <h3 class="kern-heading-small">{t.calendar.title}</h3>
          <p class="kern-body">{t.calendar.hint}</p>
          <ul class="sb-link-list">
            {month.stops.map((stop) => (
              <li key={stop.location.key}>
                <FeedLink ctx={ctx} t={t} stop={stop} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
