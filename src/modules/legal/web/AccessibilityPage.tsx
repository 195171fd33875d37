import { formatDate } from "../../../platform/i18n/i18n";
import { Input, TextArea } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, type FieldError } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { TenantProfile } from "../../tenants";
import type { LegalMessages } from "../messages/de";
import { AddressBlock, Stated } from "./LegalParts";

export interface FeedbackFormView {
  csrfToken: string;
  values: { message?: string; email?: string; page?: string };
  errors: FieldError[];
}

export function AccessibilityPage(props: {
  ctx: PageContext;
  t: LegalMessages;
  profile: TenantProfile;
  form: FeedbackFormView;
}) {
  const { ctx, t, profile, form } = props;
  const { m, locale } = ctx;
  const a = t.accessibility;
  const title = m.legal.accessibilityTitle;
  const body = profile.accessibility.enforcementBody;
  const pageTitle = form.errors.length > 0 ? `${m.errors.title}: ${title}` : title;
  return (
    <Layout ctx={ctx} title={pageTitle} breadcrumbs={[{ label: title, href: ctx.href("/barrierefreiheit") }]}>
      <ErrorSummary title={m.feedback.errorSummaryTitle} errors={form.errors} />
      <h1 class="kern-heading-x-large">{title}</h1>
      <p class="kern-body">{a.intro(ctx.m.layout.siteName(ctx.site.tenantName))}</p>
      <Section id="status" title={a.statusTitle}>
        <p class="kern-body">{a.statusText}</p>
        <ul class="kern-list kern-list--bullet">
          {a.gaps.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      </Section>
      <Section id="method" title={a.methodTitle}>
        <p class="kern-body">{a.methodText(formatDate(locale, profile.accessibility.reviewedOn))}</p>
      </Section>
      <Section id="feedback-title" title={m.feedback.title}>
        <p class="kern-body">{m.feedback.intro}</p>
        <form class="sb-form" method="post" action={ctx.href("/barrierefreiheit")} novalidate>
          <CsrfInput token={form.csrfToken} />
          <TextArea
            name="message"
            label={m.feedback.message}
            hint={m.feedback.messageHint}
            value={form.values.message}
            error={errorFor(form.errors, "message")}
          />
          <Input
            name="email"
            type="email"
            autocomplete="email"
            label={m.feedback.email}
            hint={m.feedback.emailHint}
            condition={m.feedback.optional}
            value={form.values.email}
            error={errorFor(form.errors, "email")}
          />
          <Input
            name="page"
            label={m.feedback.page}
            condition={m.feedback.optional}
            value={form.values.page}
            error={errorFor(form.errors, "page")}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{m.feedback.submit}</span>
          </button>
        </form>
      </Section>
      <Section id="enforcement" title={a.enforcementTitle}>
        <p class="kern-body">{a.enforcementText}</p>
        <AddressBlock ctx={ctx} address={body} />
        <p class="kern-body">
          <Stated ctx={ctx} value={body.web} href={body.web ?? undefined} />
        </p>
      </Section>
    </Layout>
  );
}

export function FeedbackThanksPage({ ctx }: { ctx: PageContext }) {
  const { m } = ctx;
  return (
    <Layout ctx={ctx} title={m.feedback.thanksTitle}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <h1 class="kern-title">{m.feedback.thanksTitle}</h1>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{m.feedback.thanksText}</p>
          <p class="kern-body">{m.feedback.thanksReply}</p>
        </div>
      </div>
      <p class="kern-body">
        <a class="kern-link" href={ctx.href("/barrierefreiheit")}>
          {m.feedback.back}
        </a>
      </p>
    </Layout>
  );
}
