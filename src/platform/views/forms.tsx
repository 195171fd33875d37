import type { PageContext } from "./page-context";

/**
 * The form's CSRF token, the first field of every form that posts. The route checks it with
 * `app.csrfProtection`; its body schema declares `_csrf: CsrfField` (domain/text).
 */
export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A field's problem, shown in the error summary and next to the field. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * The head of a step in a multi-page form: a back link, the error summary after a failed
 * post, the step counter and the heading. The page's layout goes around it.
 */
export function StepHead(props: {
  title: string;
  errors: FieldError[];
  errorSummaryTitle: string;
  /** "Schritt 2 von 5", when the page is a numbered step */
  stepLabel?: string | undefined;
  back?: { href: string; label: string } | undefined;
}) {
  return (
    <>
      {props.back && (
        <p class="kern-body">
          <a class="kern-link" href={props.back.href}>
            {props.back.label}
          </a>
        </p>
      )}
      <ErrorSummary title={props.errorSummaryTitle} errors={props.errors} />
      <hgroup class="kern-hgroup">
        {props.stepLabel && <p class="kern-preline">{props.stepLabel}</p>}
        <h1 class="kern-heading-large">{props.title}</h1>
      </hgroup>
    </>
  );
}

export function ErrorSummary({ title, errors }: { title: string; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  // role="alert" makes screen readers announce it on load after a failed submit.
  return (
    <div
      class="kern-alert kern-alert--danger sb-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <div class="kern-alert__header">
        <span class="kern-title" id="error-summary-title">
          {title}
        </span>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {errors.map((e) => (
            <li key={e.field}>
              <a class="kern-link" href={`#${e.field}`}>
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

/** The page title gets an "Error: " prefix after a failed submit, as GOV.UK and KERN advise. */
export function titleWithErrors(ctx: PageContext, title: string, errors: FieldError[]): string {
  return errors.length > 0 ? `${ctx.m.errors.title}: ${title}` : title;
}
