import { formatDate } from "../../../platform/i18n/i18n";
import { Input, Select } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import type { Closure, OpeningPlansFile } from "../../booking";
import type { Location, LocationEntry } from "../../locations";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import { closureFingerprint, REASON_MAX } from "../domain/plan-form";
import type { AdminMessages } from "../messages/de";
import { rhythmText, validityText, windowsText } from "./admin-text";
import { fieldValue } from "./form-support";
import { PostButton, SubmitButton } from "./parts";

export interface PlansView {
  file: OpeningPlansFile | undefined;
  places: LocationEntry[];
  /** the closure form after a failed submit */
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

function ClosureRow({
  ctx,
  t,
  closure,
  index,
  places,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  closure: Closure;
  index: number;
  places: Map<string, Location>;
}) {
  const pl = t.plans;
  const place =
    closure.location === "all"
      ? pl.allPlaces
      : (places.get(closure.location)?.name[ctx.locale] ?? closure.location);
  return (
    <tr class="kern-table__row">
      <th class="kern-table__cell" scope="row">
        {place}
      </th>
      <td class="kern-table__cell">{formatDate(ctx.locale, closure.from)}</td>
      <td class="kern-table__cell">{formatDate(ctx.locale, closure.to)}</td>
      <td class="kern-table__cell">{closure.reason[ctx.locale]}</td>
      <td class="kern-table__cell">
        <PostButton
          ctx={ctx}
          action="/verwaltung/oeffnungszeiten/schliesstage/entfernen"
          fields={{ index: String(index), fingerprint: closureFingerprint(closure) }}
          label={pl.removeClosure(formatDate(ctx.locale, closure.from))}
          describedBy="closure-remove-hint"
        />
      </td>
    </tr>
  );
}

/** `/verwaltung/oeffnungszeiten`: each place's plans, and the closures with their forms. */
export function PlansPage({ ctx, t, view }: { ctx: BackOfficeContext; t: AdminMessages; view: PlansView }) {
  const pl = t.plans;
  const { locale } = ctx;
  const plans = view.file?.plans ?? [];
  const closures = view.file?.closures ?? [];
  const places = new Map(view.places.map((e) => [e.location.key, e.location]));
  const err = (field: string) => errorFor(view.errors, field);
  const v = (field: string) => fieldValue(view.values, field);
  const header = (label: string) => (
    <th class="kern-table__header" scope="col" key={label}>
      {label}
    </th>
  );
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, pl.title, view.errors)} notice={view.notice} wide>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={view.errors} />
      <h1 class="kern-heading-large">{pl.title}</h1>
      <p class="kern-body">{pl.intro}</p>
      <div class="kern-alert kern-alert--info" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">{t.common.appointmentsKept}</p>
        </div>
      </div>
      {view.places.map(({ location }) => {
        const own = plans.filter((p) => p.location === location.key);
        const id = `place-${location.key}`;
        return (
          <section key={location.key} aria-labelledby={id}>
            <h2 class="kern-heading-medium" id={id}>
              {location.name[locale]}
            </h2>
            {own.length === 0 ? (
              <p class="kern-body">{pl.placeWithoutPlans}</p>
            ) : (
              <div class="sb-admin-table">
                <table class="kern-table kern-table--striped">
                  <caption class="kern-sr-only">{pl.planCaption(location.name[locale])}</caption>
                  <thead class="kern-table__head">
                    <tr class="kern-table__row">
                      {[
                        pl.columns.plan,
                        pl.columns.validity,
                        pl.columns.rhythm,
                        pl.columns.windows,
                        pl.columns.slot,
                        pl.columns.bookingWindow,
                      ].map(header)}
                    </tr>
                  </thead>
                  <tbody class="kern-table__body">
                    {own.map((plan) => (
                      <tr class="kern-table__row" key={plan.key}>
                        <th class="kern-table__cell" scope="row">
                          <a class="kern-link" href={ctx.href(`/verwaltung/oeffnungszeiten/${plan.key}`)}>
                            {plan.key}
                          </a>
                        </th>
                        <td class="kern-table__cell">{validityText(ctx, t, plan)}</td>
                        <td class="kern-table__cell">{rhythmText(t, plan)}</td>
                        <td class="kern-table__cell">{windowsText(t, plan)}</td>
                        <td class="kern-table__cell">{t.common.minutes(plan.slotMinutes)}</td>
                        <td class="kern-table__cell">
                          {pl.bookingWindow(plan.bookingWindow.minDaysAhead, plan.bookingWindow.maxDaysAhead)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p class="kern-body">
              <a class="kern-link" href={ctx.href(`/verwaltung/oeffnungszeiten/neu?ort=${location.key}`)}>
                {pl.newPlan(location.name[locale])}
              </a>
            </p>
          </section>
        );
      })}

      <Section id="closures-title" title={pl.closuresTitle}>
        <p class="kern-body" id="closure-remove-hint">
          {pl.closureRemoveHint}
        </p>
        {closures.length === 0 ? (
          <p class="kern-body">{pl.noClosures}</p>
        ) : (
          <div class="sb-admin-table">
            <table class="kern-table kern-table--striped">
              <caption class="kern-sr-only">{pl.closuresCaption}</caption>
              <thead class="kern-table__head">
                <tr class="kern-table__row">
                  {[
                    pl.closureColumns.place,
                    pl.closureColumns.from,
                    pl.closureColumns.to,
                    pl.closureColumns.reason,
                    pl.closureColumns.action,
                  ].map(header)}
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {closures.map((closure, index) => (
                  <ClosureRow
                    key={`${closureFingerprint(closure)}-${index}`}
                    ctx={ctx}
                    t={t}
                    closure={closure}
                    index={index}
                    places={places}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 class="kern-heading-small" id="add-closure-title">
          {pl.addClosureTitle}
        </h3>
        <form
          method="post"
          action={ctx.href("/verwaltung/oeffnungszeiten/schliesstage")}
          class="sb-form"
          aria-labelledby="add-closure-title"
          novalidate
        >
          <CsrfInput token={ctx.csrfToken} />
          <Select
            name="closure-location"
            label={pl.closurePlace}
            emptyLabel={pl.closurePlaceEmpty}
            choices={[
              { value: "all", label: pl.allPlaces },
              ...view.places.map((e) => ({ value: e.location.key, label: e.location.name[locale] })),
            ]}
            value={v("closure-location")}
            error={err("closure-location")}
          />
          <Input
            name="closure-from"
            label={pl.closureFrom}
            type="date"
            hint={t.common.dateHint}
            value={v("closure-from")}
            error={err("closure-from")}
          />
          <Input
            name="closure-to"
            label={pl.closureTo}
            type="date"
            hint={t.common.dateHint}
            value={v("closure-to")}
            error={err("closure-to")}
          />
          <Input
            name="closure-reason-de"
            label={pl.closureReasonDe}
            maxLength={REASON_MAX}
            value={v("closure-reason-de")}
            error={err("closure-reason-de")}
          />
          <Input
            name="closure-reason-en"
            label={pl.closureReasonEn}
            maxLength={REASON_MAX}
            value={v("closure-reason-en")}
            error={err("closure-reason-en")}
          />
          <SubmitButton label={pl.addClosure} />
        </form>
      </Section>
    </BackOfficeLayout>
  );
}
