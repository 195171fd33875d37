import type { ComponentChildren } from "preact";
import { Checkboxes, CheckboxGroup, type Choice, Input, RadioGroup } from "../../../platform/views/fields";
import { CsrfInput, errorFor, type FieldError, StepHead } from "../../../platform/views/forms";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { StaffBookingMessages } from "../messages/staff-booking-de";

/** What every page of the staff booking gets. */
export interface StaffBookingPage {
  ctx: BackOfficeContext;
  t: StaffBookingMessages;
}

/** The frame of each step: title (with "Error" first after a failed post), error summary, step, back link. */
export function StaffStep(props: {
  page: StaffBookingPage;
  title: string;
  step?: number;
  errors?: FieldError[];
  back?: string;
  children: ComponentChildren;
}) {
  const { ctx, t } = props.page;
  const errors = props.errors ?? [];
  const title = errors.length > 0 ? `${ctx.m.errors.title}: ${props.title}` : props.title;
  return (
    <BackOfficeLayout ctx={ctx} title={`${title} – ${t.title}`}>
      <StepHead
        title={props.title}
        errors={errors}
        errorSummaryTitle={t.errorSummaryTitle}
        stepLabel={props.step ? t.step(props.step) : undefined}
        back={props.back ? { href: props.back, label: t.back } : undefined}
      />
      {props.children}
    </BackOfficeLayout>
  );
}

export interface ChooseValues {
  ort?: string;
  leistungen: string[];
  tag?: string;
}

/** Step 1: one of the person's places, the services, the day. */
export function ChoosePage(props: {
  page: StaffBookingPage;
  places: Choice[];
  serviceGroups: { label: string; services: Choice[] }[];
  values: ChooseValues;
  errors: FieldError[];
}) {
  const { ctx, t } = props.page;
  const e = props.errors;
  if (props.places.length === 0) {
    return (
      <StaffStep page={props.page} title={t.title}>
        <p class="kern-body">{t.choose.noPlaces}</p>
      </StaffStep>
    );
  }
  const servicesError = errorFor(e, "leistungen");
  return (
    <StaffStep page={props.page} title={t.title} step={1} errors={e}>
      <p class="kern-body">{t.intro}</p>
      <form class="sb-form" method="get" action={ctx.href("/verwaltung/termine/neu/zeit")} novalidate>
        <RadioGroup
          name="ort"
          legend={t.choose.place}
          choices={props.places}
          value={props.values.ort ?? (props.places.length === 1 ? props.places[0]?.value : undefined)}
          error={errorFor(e, "ort")}
        />
        <CheckboxGroup
          name="leistungen"
          legend={t.choose.services}
          hint={t.choose.servicesHint}
          error={servicesError}
        >
          {props.serviceGroups.map((group, i) => (
            <fieldset class="kern-fieldset" key={group.label}>
              <legend class="kern-label">{group.label}</legend>
              <Checkboxes
                name="leistungen"
                choices={group.services}
                values={props.values.leistungen}
                error={servicesError}
                firstId={i === 0 ? "leistungen" : undefined}
              />
            </fieldset>
          ))}
        </CheckboxGroup>
        <Input
          name="tag"
          type="date"
          label={t.choose.day}
          hint={t.choose.dayHint}
          value={props.values.tag}
          error={errorFor(e, "tag")}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.choose.submit}</span>
        </button>
      </form>
    </StaffStep>
  );
}

export interface OtherDay {
  label: string;
  href: string;
  free: number;
}

/** Step 2: the free times of the day (whole capacity); posting one holds it. */
export function TimesPage(props: {
  page: StaffBookingPage;
  placeName: string;
  dayLabel: string;
  services: string;
  durationMinutes: number;
  times: Choice[];
  hidden: { ort: string; leistungen: string[]; tag: string };
  otherDays: OtherDay[];
  changeHref: string;
  holdMinutes: number;
  errors: FieldError[];
  taken: boolean;
}) {
  const { ctx, t } = props.page;
  const title = props.taken ? t.times.takenTitle : t.times.title;
  return (
    <StaffStep page={props.page} title={title} step={2} errors={props.errors} back={props.changeHref}>
      <dl class="sb-facts">
        <dt>{t.check.place}</dt>
        <dd>{props.placeName}</dd>
        <dt>{t.check.services}</dt>
        <dd>
          {props.services} ({t.times.duration(props.durationMinutes)})
        </dd>
      </dl>
      {props.times.length === 0 ? (
        <p class="kern-body" id="zeit">
          {t.times.none}
        </p>
      ) : (
        <form class="sb-form" method="post" action={ctx.href("/verwaltung/termine/neu/halten")} novalidate>
          <CsrfInput token={ctx.csrfToken} />
          <input type="hidden" name="ort" value={props.hidden.ort} />
          {props.hidden.leistungen.map((s) => (
            <input type="hidden" name="leistungen" value={s} key={s} />
          ))}
          <input type="hidden" name="tag" value={props.hidden.tag} />
          <RadioGroup
            name="zeit"
            legend={t.times.legend(props.dayLabel)}
            choices={props.times}
            error={errorFor(props.errors, "zeit")}
          />
          <p class="kern-hint">{t.times.holdNote(props.holdMinutes)}</p>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t.times.hold}</span>
          </button>
        </form>
      )}
      <h2 class="kern-heading-medium">{t.times.otherDays}</h2>
      {props.otherDays.length === 0 ? (
        <p class="kern-body">{t.times.noOtherDays}</p>
      ) : (
        <ul class="sb-link-list">
          {props.otherDays.map((d) => (
            <li key={d.href}>
              <a class="kern-link" href={d.href}>
                {d.label}
              </a>{" "}
              <span class="kern-body kern-body--muted">({t.times.freeTimes(d.free)})</span>
            </li>
          ))}
        </ul>
      )}
      <p class="kern-body">
        <a class="kern-link" href={props.changeHref}>
          {t.times.change}
        </a>
      </p>
    </StaffStep>
  );
}
