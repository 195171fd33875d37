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
  const header = (label: string, numeric = false) => (
    <th class={`kern-table__header${numeric ? " kern-table__header--numeric" : ""}`} scope="col" key={label}>
      {label}
    </th>
  );
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
          <div class="sb-admin-table">
            <table class="kern-table kern-table--striped">
              <caption class="kern-sr-only">
                {tr.visitsCaption(fullDate(locale, view.today), fullDate(locale, view.to))}
              </caption>
              <thead class="kern-table__head">
                <tr class="kern-table__row">
                  {header(tr.columns.date)}
                  {header(tr.columns.stop)}
                  {header(tr.columns.time)}
                  {header(tr.columns.booked, true)}
                  {header(tr.columns.kind)}
                  {header(tr.columns.action)}
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {view.visits.map(({ visit, oneOff, booked }) => {
                  const label = stopLabel(visit.stop, locale);
                  const date = fullDate(locale, visit.date);
                  const href = `/verwaltung/tourenplan/absagen?ort=${visit.stop.location.key}&datum=${visit.date}`;
                  return (
                    <tr
                      class="kern-table__row"
                      key={`${visit.stop.location.key}-${visit.date}-${visit.from}`}
                    >
                      <th class="kern-table__cell" scope="row">
                        {date}
                      </th>
                      <td class="kern-table__cell">{label}</td>
                      <td class="kern-table__cell">
                        {visit.from}–{visit.to}
                      </td>
                      <td class="kern-table__cell kern-table__cell--numeric">
                        {formatInteger(locale, booked)}
                      </td>
                      <td class="kern-table__cell">{oneOff ? tr.oneOff : tr.regular}</td>
                      <td class="kern-table__cell">
                        <a class="kern-link" href={ctx.href(href)}>
                          <span aria-hidden="true">{tr.cancelShort}</span>
                          <span class="kern-sr-only">{tr.cancelLink(label, date)}</span>
                        </a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="schedules-title" title={tr.schedulesTitle}>
        <div class="sb-admin-table">
          <table class="kern-table kern-table--striped">
            <caption class="kern-sr-only">{tr.schedulesCaption}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                {header(tr.columns.stop)}
                {header(tr.columns.plan)}
                {header(tr.columns.rhythm)}
                {header(tr.columns.validity)}
                {header(tr.columns.action)}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {stops.flatMap(({ stop, plans }) => {
                const label = stopLabel(stop, locale);
                const regular = plans.filter((p) => !isOneOff(p));
                if (regular.length === 0)
                  return [
                    <tr class="kern-table__row" key={stop.location.key}>
                      <th class="kern-table__cell" scope="row">
                        {label}
                      </th>
                      <td class="kern-table__cell" colSpan={4}>
                        {tr.noSchedule}
                      </td>
                    </tr>,
                  ];
                return regular.map((plan) => (
                  <tr class="kern-table__row" key={plan.key}>
                    <th class="kern-table__cell" scope="row">
                      {label}
                    </th>
                    <td class="kern-table__cell">
                      <code>{plan.key}</code>
                    </td>
                    <td class="kern-table__cell">
                      {rhythmText(t, plan)}, {windowsText(t, plan)}
                    </td>
                    <td class="kern-table__cell">{validityText(ctx, t, plan)}</td>
                    <td class="kern-table__cell">
                      <a class="kern-link" href={ctx.href(`/verwaltung/oeffnungszeiten/${plan.key}`)}>
                        {tr.editSchedule(plan.key)}
                      </a>
                    </td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
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
