import type { ComponentChildren } from "preact";
import { ErrorSummary, type FieldError } from "../../../platform/views/forms";
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
      {props.back && (
        <p class="kern-body">
          <a class="kern-link" href={props.back}>
            {t.back}
          </a>
        </p>
      )}
      <ErrorSummary title={t.errorSummaryTitle} errors={errors} />
      <hgroup class="kern-hgroup">
        {props.step && <p class="kern-preline">{t.step(props.step, 5)}</p>}
        <h1 class="kern-heading-large">{props.title}</h1>
      </hgroup>
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
  error?: string;
}) {
  const { ctx, t } = props.flow;
  const errors = props.error
    ? [{ field: `l-${props.groups[0]?.services[0]?.key ?? "x"}`, message: props.error }]
    : [];
  return (
    <StepLayout flow={props.flow} title={t.services.title} step={1} errors={errors}>
      <form class="sb-form" method="get" action={ctx.href("/termin/ort")} novalidate>
        {props.place && <input type="hidden" name="ort" value={props.place} />}
        <p class="kern-hint" id="services-hint">
          {t.services.hint}
        </p>
        {props.error && (
          <p class="kern-error" id="services-error">
            {props.error}
          </p>
        )}
        {props.groups.map(({ group, services }) => (
          <fieldset
            class="kern-fieldset"
            key={group.key}
            aria-describedby={props.error ? "services-hint services-error" : "services-hint"}
          >
            <legend class="kern-label">{group.name[ctx.locale]}</legend>
            <div class="kern-fieldset__body">
              {services.map((s) => (
                <div class="kern-form-check" key={s.key}>
                  <input
                    class="kern-form-check__checkbox"
                    type="checkbox"
                    id={`l-${s.key}`}
                    name="leistungen"
                    value={s.key}
                    checked={props.selected.includes(s.key)}
                  />
                  <label class="kern-label" for={`l-${s.key}`}>
                    {s.name[ctx.locale]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.continue}</span>
        </button>
      </form>
    </StepLayout>
  );
}

export function OnlineStep(props: {
  flow: FlowContext;
  online: Service[];
  continueHref: string;
  back: string;
}) {
  const { ctx, t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.online.title} back={props.back}>
      <p class="kern-body">{t.online.text}</p>
      <ul class="kern-list">
        {props.online.map((s) =>
          s.channels.online?.kind === "external" ? (
            <li key={s.key}>
              <a class="kern-link" href={s.channels.online.url}>
                {t.online.goOnline(s.name[ctx.locale])}
              </a>
            </li>
          ) : null,
        )}
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
  error?: string;
  back: string;
}) {
  const { ctx, t } = props.flow;
  const hidden = props.services.map((s) => <input type="hidden" name="leistungen" value={s} key={s} />);
  const errors = props.error
    ? [{ field: `o-${props.places[0]?.location.key ?? "x"}`, message: props.error }]
    : [];
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
        <fieldset class="kern-fieldset" aria-describedby={props.error ? "place-error" : undefined}>
          <legend class="kern-label">{t.place.legend}</legend>
          {props.error && (
            <p class="kern-error" id="place-error">
              {props.error}
            </p>
          )}
          <div class="kern-fieldset__body">
            {props.places.map(({ location, districtName }, i) => (
              <div class="kern-form-check" key={location.key}>
                <input
                  class="kern-form-check__radio"
                  type="radio"
                  id={`o-${location.key}`}
                  name="ort"
                  value={location.key}
                  checked={
                    props.selected ? location.key === props.selected : i === 0 && props.district !== undefined
                  }
                />
                <label class="kern-label" for={`o-${location.key}`}>
                  {location.name[ctx.locale]}
                  {location.kind === "mobile-stop" && districtName
                    ? ` (${t.place.inDistrict(districtName)})`
                    : ""}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.continue}</span>
        </button>
      </form>
    </StepLayout>
  );
}
