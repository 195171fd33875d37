import { CheckboxGroup, Input, RadioGroup, Select } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import type { OpeningPlan } from "../../booking";
import type { Location } from "../../locations";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import { NTH_CHOICES, RECURRENCE_KINDS, WEEKDAYS, WINDOW_ROWS, windowField } from "../domain/plan-form";
import type { AdminMessages } from "../messages/de";
import { fieldValue, valuesListOf } from "./form-support";
import { BackLink, SubmitButton } from "./parts";

export interface PlanEditView {
  /** the plan being edited; absent for a new plan */
  plan?: OpeningPlan;
  place: Location;
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

/** `/verwaltung/oeffnungszeiten/:key` and `/neu`: one plan's validity, rhythm, windows and slots. */
export function PlanEditPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: PlanEditView;
}) {
  const pl = t.plans;
  const { plan, place, values, errors } = view;
  const title = plan ? pl.editTitle(plan.key) : pl.newTitle(place.name[ctx.locale]);
  const action = plan ? `/verwaltung/oeffnungszeiten/${plan.key}` : "/verwaltung/oeffnungszeiten/neu";
  const err = (field: string) => errorFor(errors, field);
  const v = (field: string) => fieldValue(values, field);
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={view.notice}>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <BackLink href={ctx.href("/verwaltung/oeffnungszeiten")}>{pl.backToList}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        {pl.place}: {place.name[ctx.locale]}
      </p>
      {!plan && <p class="kern-body">{pl.newIntro}</p>}
      <div class="kern-alert kern-alert--info" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">{t.common.appointmentsKept}</p>
        </div>
      </div>
      <form method="post" action={ctx.href(action)} class="sb-admin-form" novalidate>
        <CsrfInput token={ctx.csrfToken} />
        {!plan && <input type="hidden" name="location" value={place.key} />}
        <Section id="validity-title" title={pl.validityTitle}>
          <div class="sb-form">
            <Input
              name="valid-from"
              label={pl.validFrom}
              type="date"
              hint={t.common.dateHint}
              value={v("valid-from")}
              error={err("valid-from")}
            />
            <Input
              name="valid-to"
              label={pl.validTo}
              type="date"
              hint={pl.validToHint}
              condition={t.common.optional}
              value={v("valid-to")}
              error={err("valid-to")}
            />
            <RadioGroup
              name="recurrence"
              legend={pl.recurrenceLegend}
              choices={RECURRENCE_KINDS.map((k) => ({ value: k, label: pl.recurrenceKinds[k] }))}
              value={v("recurrence")}
              error={err("recurrence")}
            />
            <Input
              name="every-weeks"
              label={pl.everyWeeks}
              hint={pl.everyWeeksHint}
              condition={pl.onlyWeekly}
              inputMode="numeric"
              value={v("every-weeks")}
              error={err("every-weeks")}
            />
            <Select
              name="nth"
              label={pl.nth}
              optionalLabel={pl.onlyMonthly}
              emptyLabel={pl.closurePlaceEmpty}
              choices={NTH_CHOICES.map((n) => ({ value: n, label: pl.nthChoices[n] }))}
              value={v("nth")}
              error={err("nth")}
            />
          </div>
        </Section>
        <Section id="windows-title" title={pl.windowsTitle}>
          <p class="kern-body">{pl.windowsHint}</p>
          <div class="sb-admin-rows">
            {Array.from({ length: WINDOW_ROWS }, (_, row) => (
              <fieldset class="kern-fieldset sb-admin-row" key={row}>
                <legend class="kern-label">{pl.window(row + 1)}</legend>
                <div class="kern-fieldset__body sb-admin-row__body">
                  <div class="sb-admin-days">
                    <CheckboxGroup
                      name={windowField(row, "days")}
                      legend={pl.weekdays}
                      choices={WEEKDAYS.map((d) => ({ value: d, label: t.weekdays[d] }))}
                      values={valuesListOf(values, windowField(row, "days"))}
                      error={err(windowField(row, "days"))}
                    />
                  </div>
                  <div class="sb-admin-row__fields">
                    <Input
                      name={windowField(row, "start")}
                      label={pl.start}
                      type="time"
                      hint={t.common.timeHint}
                      condition={t.common.optional}
                      value={v(windowField(row, "start"))}
                      error={err(windowField(row, "start"))}
                    />
                    <Input
                      name={windowField(row, "end")}
                      label={pl.end}
                      type="time"
                      hint={t.common.timeHint}
                      condition={t.common.optional}
                      value={v(windowField(row, "end"))}
                      error={err(windowField(row, "end"))}
                    />
                  </div>
                </div>
              </fieldset>
            ))}
          </div>
        </Section>
        <Section id="slots-title" title={pl.slotsTitle}>
          <div class="sb-form">
            <Input
              name="slot-minutes"
              label={pl.slotMinutes}
              hint={pl.slotMinutesHint}
              inputMode="numeric"
              value={v("slot-minutes")}
              error={err("slot-minutes")}
            />
            <Input
              name="min-days"
              label={pl.minDays}
              hint={pl.minDaysHint}
              inputMode="numeric"
              value={v("min-days")}
              error={err("min-days")}
            />
            <Input
              name="max-days"
              label={pl.maxDays}
              inputMode="numeric"
              value={v("max-days")}
              error={err("max-days")}
            />
          </div>
        </Section>
        <SubmitButton label={t.common.save} />
      </form>
    </BackOfficeLayout>
  );
}
