import type { ComponentChildren } from "preact";
import { Checkboxes, CheckboxGroup, RadioGroup } from "../../../platform/views/fields";
import { type FieldError, StepHead } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import type { Service, ServiceGroup } from "../../catalog";
import type { Location } from "../../locations";
import type { BookingMessages } from "../messages/de";

export interface FlowContext {
  ctx: PageContext;
  t: BookingMessages;
}

/** The frame of every step: title with error prefix, error summary, step counter, back link. */
export function StepLayout(props: {
  flow: FlowContext;
  title: string;
  step?: number;
  errors?: FieldError[];
  back?: string;
  children: ComponentChildren;
}) {
  const { ctx, t } = props.flow;
  const errors = props.errors ?? [];
  const title = errors.length > 0 ? `${ctx.m.errors.title}: ${props.title}` : props.title;
  return (
    <Layout ctx={ctx} title={`${title} – ${t.title}`}>
      <StepHead
        title={props.title}
        errors={errors}
        errorSummaryTitle={t.errorSummaryTitle}
        stepLabel={props.step ? t.step(props.step, 5) : undefined}
        back={props.back ? { href: props.back, label: t.back } : undefined}
      />
      {props.children}
    </Layout>
  );
}

export function ServicesStep(props: {
  flow: FlowContext;
  groups: { group: ServiceGroup; services: Service[] }[];
  selected: string[];
  /** a place chosen before the services (from a stop's page) */
  place?: string;
  /** the tracking secret of the application the visit is for */
  vorgang?: string | undefined;
  error?: string;
}) {
  const { ctx, t } = props.flow;
  const errors = props.error ? [{ field: "leistungen", message: props.error }] : [];
  return (
    <StepLayout flow={props.flow} title={t.services.title} step={1} errors={errors}>
      <form class="sb-form" method="get" action={ctx.href("/termin/ort")} novalidate>
        {props.place && <input type="hidden" name="ort" value={props.place} />}
        {props.vorgang && <input type="hidden" name="vorgang" value={props.vorgang} />}
        <CheckboxGroup name="leistungen" legend={t.check.services} hint={t.services.hint} error={props.error}>
          {props.groups.map(({ group, services }, i) => (
            <fieldset class="kern-fieldset" key={group.key}>
              <legend class="kern-label">{group.name[ctx.locale]}</legend>
              <Checkboxes
                name="leistungen"
                choices={services.map((s) => ({ value: s.key, label: s.name[ctx.locale] }))}
                values={props.selected}
                error={props.error}
                firstId={i === 0 ? "leistungen" : undefined}
              />
            </fieldset>
          ))}
        </CheckboxGroup>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.continue}</span>
        </button>
      </form>
    </StepLayout>
  );
}

export function OnlineStep(props: {
  flow: FlowContext;
  /** the chosen services that can be done online, with where (this platform's form when `provider` is null) */
  online: { service: Service; way: { url: string; provider: unknown } }[];
  continueHref: string;
  back: string;
}) {
  const { ctx, t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.online.title} back={props.back}>
      <p class="kern-body">{t.online.text}</p>
      <ul class="kern-list">
        {props.online.map(({ service, way }) => (
          <li key={service.key}>
            <a class="kern-link" href={way.provider === null ? ctx.href(way.url) : way.url}>
              {t.online.goOnline(service.name[ctx.locale])}
            </a>
          </li>
        ))}
      </ul>
      <p class="kern-body">
        <a class="kern-btn kern-btn--secondary" href={props.continueHref}>
          <span class="kern-label">{t.online.bookAnyway}</span>
        </a>
      </p>
    </StepLayout>
  );
}

export interface PlaceOption {
  location: Location;
  districtName: string | undefined;
}

export function PlaceStep(props: {
  flow: FlowContext;
  services: string[];
  districts: { key: string; name: string }[];
  district: string | undefined;
  places: PlaceOption[];
  /** the place to preselect */
  selected?: string;
  /** the tracking secret of the application the visit is for */
  vorgang?: string | undefined;
  error?: string;
  back: string;
}) {
  const { ctx, t } = props.flow;
  const hidden = [
    ...props.services.map((s) => <input type="hidden" name="leistungen" value={s} key={s} />),
    ...(props.vorgang ? [<input type="hidden" name="vorgang" value={props.vorgang} key="vorgang" />] : []),
  ];
  const errors = props.error ? [{ field: "ort", message: props.error }] : [];
  return (
    <StepLayout flow={props.flow} title={t.place.title} step={2} errors={errors} back={props.back}>
      <form class="sb-form sb-search" method="get" action={ctx.href("/termin/ort")}>
        {hidden}
        <input type="hidden" name="trotzdem" value="1" />
        <div class="kern-form-input">
          <label class="kern-label" for="stadtteil">
            {t.place.districtLabel}
          </label>
          <div class="kern-hint" id="stadtteil-hint">
            {t.place.districtHint}
          </div>
          <div class="kern-form-input__select-wrapper">
            <select
              class="kern-form-input__select"
              id="stadtteil"
              name="stadtteil"
              aria-describedby="stadtteil-hint"
            >
              <option value="">{t.place.districtAny}</option>
              {props.districts.map((d) => (
                <option value={d.key} selected={d.key === props.district} key={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t.place.showNearest}</span>
        </button>
      </form>
      <form class="sb-form" method="get" action={ctx.href("/termin/tag")} novalidate>
        {hidden}
        <RadioGroup
          name="ort"
          legend={t.place.legend}
          error={props.error}
          value={props.selected ?? (props.district !== undefined ? props.places[0]?.location.key : undefined)}
          choices={props.places.map(({ location, districtName }) => ({
            value: location.key,
            label:
              location.kind === "mobile-stop" && districtName
                ? `${location.name[ctx.locale]} (${t.place.inDistrict(districtName)})`
                : location.name[ctx.locale],
          }))}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.continue}</span>
        </button>
      </form>
    </StepLayout>
  );
}
