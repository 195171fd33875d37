import type { ComponentChildren } from "preact";
import {
  Checkboxes,
  CheckboxGroup,
  ConsentCheckbox,
  Honeypot,
  Input,
  RadioGroup,
  Select,
  TextArea,
} from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { HONEYPOT_FIELD, PLACE_KINDS, VISIT_PERIODS, VISIT_REASONS } from "../domain/visit-request";
import type { VisitRequestMessages } from "../messages";
import type { VisitChoices } from "../service";

/** What the resident typed, echoed back after a failed submit. */
export interface VisitRequestFormValues {
  reason?: string;
  reasonNote?: string;
  place?: string;
  careHomeName?: string;
  street?: string;
  postalCode?: string;
  district?: string;
  services: string[];
  periods: string[];
  periodNote?: string;
  name?: string;
  contactName?: string;
  phone?: string;
  email?: string;
  consent: boolean;
}

export interface VisitRequestFormView {
  csrfToken: string;
  values: VisitRequestFormValues;
  errors: FieldError[];
  choices: VisitChoices;
}

/** A part of the form under its own heading; its fields are spaced like the form's. */
function FormSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <Section id={id} title={title}>
      <div class="sb-form">{children}</div>
    </Section>
  );
}

export const EMPTY_VALUES: VisitRequestFormValues = { services: [], periods: [], consent: false };

export function VisitRequestPage({
  ctx,
  t,
  form,
}: {
  ctx: PageContext;
  t: VisitRequestMessages;
  form: VisitRequestFormView;
}) {
  const { locale } = ctx;
  const { values, errors, choices } = form;
  const err = (field: string) => errorFor(errors, field);
  return (
    <Layout
      ctx={ctx}
      title={titleWithErrors(ctx, t.title, errors)}
      breadcrumbs={[{ label: t.title, href: ctx.href("/hausbesuch") }]}
    >
      <ErrorSummary title={t.errorSummaryTitle} errors={errors} />
      <h1 class="kern-heading-x-large">{t.title}</h1>
      <p class="kern-body kern-body--large">{t.intro}</p>
      <p class="kern-body">{t.howItWorks}</p>
      <p class="kern-body">{t.requiredNote}</p>
      <form class="sb-form" method="post" action={ctx.href("/hausbesuch")} novalidate>
        <CsrfInput token={form.csrfToken} />

        <FormSection id="reason-title" title={t.reasonTitle}>
          <RadioGroup
            name="reason"
            legend={t.reasonLegend}
            choices={VISIT_REASONS.map((r) => ({ value: r, label: t.reasons[r] }))}
            value={values.reason}
            error={err("reason")}
          />
          <TextArea
            name="reasonNote"
            label={t.reasonNote}
            hint={t.reasonNoteHint}
            condition={t.optional}
            rows={4}
            value={values.reasonNote}
            error={err("reasonNote")}
          />
        </FormSection>

        <FormSection id="place-title" title={t.placeTitle}>
          <RadioGroup
            name="place"
            legend={t.placeLegend}
            choices={PLACE_KINDS.map((k) => ({ value: k, label: t.places[k] }))}
            value={values.place}
            error={err("place")}
          />
          <Input
            name="careHomeName"
            label={t.careHomeName}
            condition={t.careHomeNameCondition}
            value={values.careHomeName}
            error={err("careHomeName")}
          />
          <Input
            name="street"
            label={t.street}
            condition={t.streetCondition}
            hint={t.streetHint}
            autocomplete="street-address"
            value={values.street}
            error={err("street")}
          />
          <Input
            name="postalCode"
            label={t.postalCode}
            condition={t.streetCondition}
            hint={t.postalCodeHint}
            autocomplete="postal-code"
            inputMode="numeric"
            maxLength={5}
            value={values.postalCode}
            error={err("postalCode")}
          />
          <Select
            name="district"
            label={t.district}
            optionalLabel={t.optional}
            emptyLabel={t.districtNone}
            choices={choices.districts.map((d) => ({ value: d.key, label: d.name }))}
            value={values.district}
            error={err("district")}
          />
        </FormSection>

        <FormSection id="services-title" title={t.servicesTitle}>
          <p class="kern-body">
            {t.exemptionText}{" "}
            <a class="kern-link" href={ctx.href("/leistungen/ausweispflicht-befreiung")}>
              {t.exemptionLink}
            </a>
          </p>
          <CheckboxGroup
            name="services"
            legend={t.servicesLegend}
            hint={t.servicesHint}
            error={err("services")}
          >
            <div class="sb-form">
              {choices.groups.map((g, i) => (
                <fieldset class="kern-fieldset" key={g.key}>
                  <legend class="kern-label">{g.name[locale]}</legend>
                  <Checkboxes
                    name="services"
                    idPrefix="service"
                    firstId={i === 0 ? "services" : undefined}
                    choices={g.services.map((s) => ({ value: s.key, label: s.name[locale] }))}
                    values={values.services}
                    error={err("services")}
                  />
                </fieldset>
              ))}
            </div>
          </CheckboxGroup>
        </FormSection>

        <FormSection id="periods-title" title={t.periodsTitle}>
          <CheckboxGroup
            name="periods"
            legend={t.periodsLegend}
            optionalLabel={t.optional}
            hint={t.periodsHint}
            choices={VISIT_PERIODS.map((p) => ({ value: p, label: t.periods[p] }))}
            values={values.periods}
            error={err("periods")}
          />
          <TextArea
            name="periodNote"
            label={t.periodNote}
            hint={t.periodNoteHint}
            condition={t.optional}
            rows={3}
            value={values.periodNote}
            error={err("periodNote")}
          />
        </FormSection>

        <FormSection id="contact-title" title={t.contactTitle}>
          <Input name="name" label={t.name} hint={t.nameHint} value={values.name} error={err("name")} />
          <Input
            name="contactName"
            label={t.contactName}
            condition={t.optional}
            hint={t.contactNameHint}
            value={values.contactName}
            error={err("contactName")}
          />
          <Input
            name="phone"
            type="tel"
            label={t.phone}
            hint={t.phoneHint}
            autocomplete="tel"
            value={values.phone}
            error={err("phone")}
          />
          <Input
            name="email"
            type="email"
            label={t.email}
            condition={t.optional}
            hint={t.emailHint}
            autocomplete="email"
            value={values.email}
            error={err("email")}
          />
          <ConsentCheckbox
            name="consent"
            legend={t.consentLegend}
            label={t.consent}
            hint={
              <>
                {t.consentHint}{" "}
                <a class="kern-link" href={ctx.href("/datenschutz")}>
                  {t.privacyLink}
                </a>
              </>
            }
            checked={values.consent}
            error={err("consent")}
          />
          <Honeypot name={HONEYPOT_FIELD} label={t.honeypot} />
        </FormSection>

        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.submit}</span>
        </button>
      </form>
    </Layout>
  );
}
