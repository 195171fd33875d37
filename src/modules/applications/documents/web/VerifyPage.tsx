import type { ComponentChildren } from "preact";
import { Input } from "../../../../platform/views/fields";
import { ErrorSummary, type FieldError, titleWithErrors } from "../../../../platform/views/forms";
import { Layout } from "../../../../platform/views/Layout";
import type { PageContext } from "../../../../platform/views/page-context";
import { Section } from "../../../../platform/views/Section";
import type { VerifyMessages } from "../messages/verify-de";

/** What the page shows: the empty form, the form with a problem, or a result above the form. */
export type VerifyView =
  | { state: "form" }
  | { state: "invalid"; typed: string; error: FieldError }
  | {
      state: "result";
      /** the code as printed (normalised), echoed so people see what was checked */
      code: string;
      result: { status: "valid" | "revoked"; kind: string; issuedOn: string } | { status: "unknown" };
    };

function Alert({
  tone,
  title,
  children,
}: {
  tone: "success" | "danger" | "warning";
  title: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`kern-alert kern-alert--${tone}`} role="status" aria-labelledby="verify-result-title">
      <div class="kern-alert__header">
        <h2 class="kern-title" id="verify-result-title">
          {title}
        </h2>
      </div>
      <div class="kern-alert__body">{children}</div>
    </div>
  );
}

function Result({ t, view }: { t: VerifyMessages; view: Extract<VerifyView, { state: "result" }> }) {
  const { result } = view;
  const checked = <p class="kern-body">{t.checkedCode(view.code)}</p>;
  if (result.status === "valid")
    return (
      <Alert tone="success" title={t.valid.title(result.kind, result.issuedOn)}>
        <p class="kern-body">{t.valid.text}</p>
        {checked}
      </Alert>
    );
  if (result.status === "revoked")
    return (
      <Alert tone="danger" title={t.revoked.title}>
        <p class="kern-body">{t.revoked.text(result.kind, result.issuedOn)}</p>
        {checked}
      </Alert>
    );
  return (
    <Alert tone="warning" title={t.unknown.title}>
      <p class="kern-body">{t.unknown.text}</p>
      {checked}
    </Alert>
  );
}

/**
 * The public verification page: a form of one field sent by GET (checking changes nothing), and
 * after a check its result above the form, or the problem in the error summary and at the field.
 */
export function VerifyPage({ ctx, t, view }: { ctx: PageContext; t: VerifyMessages; view: VerifyView }) {
  const errors = view.state === "invalid" ? [view.error] : [];
  const heading = view.state === "result" ? t.titleWithResult : t.title;
  return (
    <Layout
      ctx={ctx}
      title={titleWithErrors(ctx, heading, errors)}
      breadcrumbs={[{ label: t.title, href: ctx.href("/pruefen") }]}
    >
      <ErrorSummary title={t.errorSummaryTitle} errors={errors} />
      <h1 class="kern-heading-x-large">{heading}</h1>
      {view.state === "result" ? (
        <Result t={t} view={view} />
      ) : (
        <>
          <p class="kern-body kern-body--large">{t.lead}</p>
          <p class="kern-body">{t.privacy}</p>
        </>
      )}
      <form class="sb-form" method="get" action={ctx.href("/pruefen")} novalidate>
        {view.state === "result" && <h2 class="kern-heading-medium">{t.another}</h2>}
        <Input
          name="code"
          label={t.codeLabel}
          hint={t.codeHint}
          value={view.state === "invalid" ? view.typed : ""}
          error={view.state === "invalid" ? view.error.message : undefined}
          autocomplete="off"
          maxLength={40}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.submit}</span>
        </button>
      </form>
      <Section id="doubt-title" title={t.doubtTitle}>
        <p class="kern-body">{t.doubtText}</p>
        <p class="kern-body">
          <a class="kern-link" href={ctx.href("/orte")}>
            {t.locationsLink}
          </a>
        </p>
      </Section>
    </Layout>
  );
}
