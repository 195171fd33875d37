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
import { type Column, Table } from "../../../platform/views/Table";
import type { Closure, OpeningPlan, OpeningPlansFile } from "../../booking";
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

/** The plans of one place: key (a link to edit it), validity, rhythm, windows, slot, booking window. */
function planColumns(ctx: BackOfficeContext, t: AdminMessages): Column<OpeningPlan>[] {
  const pl = t.plans;
  return [
    {
      key: "plan",
      header: pl.columns.plan,
      cell: (plan) => (
        <a class="kern-link" href={ctx.href(`/verwaltung/oeffnungszeiten/${plan.key}`)}>
          {plan.key}
        </a>
      ),
      rowHeader: true,
    },
    { key: "validity", header: pl.columns.validity, cell: (plan) => validityText(ctx, t, plan) },
    { key: "rhythm", header: pl.columns.rhythm, cell: (plan) => rhythmText(t, plan) },
    { key: "windows", header: pl.columns.windows, cell: (plan) => windowsText(t, plan) },
    { key: "slot", header: pl.columns.slot, cell: (plan) => t.common.minutes(plan.slotMinutes) },
    {
      key: "booking-window",
      header: pl.columns.bookingWindow,
      cell: (plan) => pl.bookingWindow(plan.bookingWindow.minDaysAhead, plan.bookingWindow.maxDaysAhead),
    },
  ];
}

/** A closure with its position in the file, which the remove button posts. */
interface IndexedClosure {
  closure: Closure;
  index: number;
}

/** The closures: place, from, to, reason, and a button that removes the closure. */
function closureColumns(
  ctx: BackOfficeContext,
  t: AdminMessages,
  places: Map<string, Location>,
): Column<IndexedClosure>[] {
  const pl = t.plans;
  const { locale } = ctx;
  return [
    {
      key: "place",
      header: pl.closureColumns.place,
      cell: ({ closure }) =>
        closure.location === "all"
          ? pl.allPlaces
          : (places.get(closure.location)?.name[locale] ?? closure.location),
      rowHeader: true,
    },
    { key: "from", header: pl.closureColumns.from, cell: ({ closure }) => formatDate(locale, closure.from) },
    { key: "to", header: pl.closureColumns.to, cell: ({ closure }) => formatDate(locale, closure.to) },
    { key: "reason", header: pl.closureColumns.reason, cell: ({ closure }) => closure.reason[locale] },
    {
      key: "action",
      header: pl.closureColumns.action,
      cell: ({ closure, index }) => (
        <PostButton
          ctx={ctx}
          action="/verwaltung/oeffnungszeiten/schliesstage/entfernen"
          fields={{ index: String(index), fingerprint: closureFingerprint(closure) }}
          label={pl.removeClosure(formatDate(locale, closure.from))}
          describedBy="closure-remove-hint"
        />
      ),
    },
  ];
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
              <Table
                caption={pl.planCaption(location.name[locale])}
                captionHidden
                columns={planColumns(ctx, t)}
                rows={own}
                rowKey={(plan) => plan.key}
              />
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
          <Table
            caption={pl.closuresCaption}
            captionHidden
            columns={closureColumns(ctx, t, places)}
            rows={closures.map((closure, index) => ({ closure, index }))}
            rowKey={({ closure, index }) => `${closureFingerprint(closure)}-${index}`}
          />
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
