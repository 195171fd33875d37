import { formatInteger } from "../../../platform/i18n/i18n";
import { Input, Select } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import { type Column, Table } from "../../../platform/views/Table";
import type { OpeningPlan } from "../../booking";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import { isOneOff } from "../domain/visit-form";
import type { AdminMessages } from "../messages/de";
import { fullDate, rhythmText, type StopLike, stopLabel, validityText, windowsText } from "./admin-text";
import { fieldValue } from "./form-support";
import { SubmitButton } from "./parts";

export interface TourPlanView {
  today: string;
  to: string;
  stops: { stop: StopLike; plans: OpeningPlan[] }[];
  visits: {
    visit: { stop: StopLike; date: string; from: string; to: string };
    oneOff: boolean;
    booked: number;
  }[];
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

type Visit = TourPlanView["visits"][number];

/** A row of the schedules table: a regular plan of a stop, or the stop without one. */
interface Schedule {
  stop: StopLike;
  plan?: OpeningPlan;
}

/** `/verwaltung/tourenplan`: stops and their schedules, the next eight weeks' visits, a one-off visit. */
export function TourPlanPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: TourPlanView;
}) {
  const { locale } = ctx;
  const tr = t.tour;
  const err = (field: string) => errorFor(view.errors, field);
  const v = (field: string) => fieldValue(view.values, field);
  const stops = [...view.stops].sort((a, b) =>
    stopLabel(a.stop, locale).localeCompare(stopLabel(b.stop, locale), locale),
  );
  const visitColumns: Column<Visit>[] = [
    {
      key: "date",
      header: tr.columns.date,
      cell: ({ visit }) => fullDate(locale, visit.date),
      rowHeader: true,
    },
    { key: "stop", header: tr.columns.stop, cell: ({ visit }) => stopLabel(visit.stop, locale) },
    { key: "time", header: tr.columns.time, cell: ({ visit }) => `${visit.from}–${visit.to}` },
    {
      key: "booked",
      header: tr.columns.booked,
      cell: ({ booked }) => formatInteger(locale, booked),
      numeric: true,
    },
    { key: "kind", header: tr.columns.kind, cell: ({ oneOff }) => (oneOff ? tr.oneOff : tr.regular) },
    {
      key: "action",
      header: tr.columns.action,
      cell: ({ visit }) => {
        const label = stopLabel(visit.stop, locale);
        const href = `/verwaltung/tourenplan/absagen?ort=${visit.stop.location.key}&datum=${visit.date}`;
        return (
          <a class="kern-link" href={ctx.href(href)}>
            <span aria-hidden="true">{tr.cancelShort}</span>
            <span class="kern-sr-only">{tr.cancelLink(label, fullDate(locale, visit.date))}</span>
          </a>
        );
      },
    },
  ];
  const schedules: Schedule[] = stops.flatMap(({ stop, plans }) => {
    const regular = plans.filter((p) => !isOneOff(p));
    return regular.length === 0 ? [{ stop }] : regular.map((plan) => ({ stop, plan }));
  });
  const scheduleColumns: Column<Schedule>[] = [
    { key: "stop", header: tr.columns.stop, cell: ({ stop }) => stopLabel(stop, locale), rowHeader: true },
    {
      key: "plan",
      header: tr.columns.plan,
      cell: ({ plan }) => (plan ? <code>{plan.key}</code> : tr.noSchedule),
      // a stop without a schedule says so across the rest of its row
      span: ({ plan }) => (plan ? undefined : 4),
    },
    {
      key: "rhythm",
      header: tr.columns.rhythm,
      cell: ({ plan }) => plan && `${rhythmText(t, plan)}, ${windowsText(t, plan)}`,
    },
    { key: "validity", header: tr.columns.validity, cell: ({ plan }) => plan && validityText(ctx, t, plan) },
    {
      key: "action",
      header: tr.columns.action,
      cell: ({ plan }) =>
        plan && (
          <a class="kern-link" href={ctx.href(`/verwaltung/oeffnungszeiten/${plan.key}`)}>
            {tr.editSchedule(plan.key)}
          </a>
        ),
    },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, tr.title, view.errors)} notice={view.notice} wide>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={view.errors} />
      <h1 class="kern-heading-large">{tr.title}</h1>
      <p class="kern-body">{tr.intro}</p>
      <div class="kern-alert kern-alert--info" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">{t.common.appointmentsKept}</p>
        </div>
      </div>

      <Section id="visits-title" title={tr.visitsTitle}>
        {view.visits.length === 0 ? (
          <p class="kern-body">{tr.noVisits}</p>
        ) : (
          <Table
            caption={tr.visitsCaption(fullDate(locale, view.today), fullDate(locale, view.to))}
            captionHidden
            columns={visitColumns}
            rows={view.visits}
            rowKey={({ visit }) => `${visit.stop.location.key}-${visit.date}-${visit.from}`}
          />
        )}
      </Section>

      <Section id="schedules-title" title={tr.schedulesTitle}>
        <Table
          caption={tr.schedulesCaption}
          captionHidden
          columns={scheduleColumns}
          rows={schedules}
          rowKey={({ stop, plan }) => plan?.key ?? stop.location.key}
        />
      </Section>

      <Section id="add-visit-title" title={tr.addVisitTitle}>
        <p class="kern-body">{tr.addVisitIntro}</p>
        <form method="post" action={ctx.href("/verwaltung/tourenplan/besuche")} class="sb-form" novalidate>
          <CsrfInput token={ctx.csrfToken} />
          <Select
            name="visit-stop"
            label={tr.visitStop}
            emptyLabel={tr.visitStopEmpty}
            choices={stops.map(({ stop }) => ({ value: stop.location.key, label: stopLabel(stop, locale) }))}
            value={v("visit-stop")}
            error={err("visit-stop")}
          />
          <Input
            name="visit-date"
            label={tr.visitDate}
            type="date"
            hint={t.common.dateHint}
            value={v("visit-date")}
            error={err("visit-date")}
          />
          <Input
            name="visit-start"
            label={tr.visitStart}
            type="time"
            hint={t.common.timeHint}
            value={v("visit-start")}
            error={err("visit-start")}
          />
          <Input
            name="visit-end"
            label={tr.visitEnd}
            type="time"
            hint={t.common.timeHint}
            value={v("visit-end")}
            error={err("visit-end")}
          />
          <SubmitButton label={tr.addVisit} />
        </form>
      </Section>
    </BackOfficeLayout>
  );
}
