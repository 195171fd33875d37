import type { ComponentChildren } from "preact";
import { type FieldError, StepHead } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import type { FormMessages } from "../messages/form-de";

export interface FormPageContext {
  ctx: PageContext;
  t: FormMessages;
  /** the form's title ("Meldebescheinigung beantragen") */
  formTitle: string;
}

/** Every page of an application: title with error prefix and form name, error summary, back link. */
export function FormLayout(props: {
  page: FormPageContext;
  title: string;
  errors?: readonly { field: string; message: string }[];
  back?: string;
  stepLabel?: string;
  children: ComponentChildren;
}) {
  const { ctx, t, formTitle } = props.page;
  const errors = [...(props.errors ?? [])] as FieldError[];
  const title = errors.length > 0 ? `${t.errorPrefix}: ${props.title}` : props.title;
  return (
    <Layout ctx={ctx} title={`${title} – ${formTitle}`}>
      <StepHead
        title={props.title}
        errors={errors}
        errorSummaryTitle={t.errorSummaryTitle}
        stepLabel={props.stepLabel ?? formTitle}
        back={props.back ? { href: props.back, label: t.back } : undefined}
      />
      {props.children}
    </Layout>
  );
}

/** A primary submit button in KERN markup. */
export function Submit({ label, secondary }: { label: string; secondary?: boolean }) {
  return (
    <button class={`kern-btn ${secondary ? "kern-btn--secondary" : "kern-btn--primary"}`} type="submit">
      <span class="kern-label">{label}</span>
    </button>
  );
}
