import { RadioGroup } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import { FEEDBACK_STATUSES } from "../domain/feedback-inbox";
import type { FeedbackMessage } from "../feedback-queries";
import type { FeedbackAdminMessages } from "../messages/feedback-admin-de";

interface Props {
  ctx: BackOfficeContext;
  t: FeedbackAdminMessages;
  report: FeedbackMessage;
  /** the receipt time, formatted in the tenant's zone */
  received: string;
  /** the status chosen in the form (the stored one, or what was posted) */
  chosen: string | undefined;
  errors: FieldError[];
  notice?: string;
}

/** One report in full, with the sender's address and the form to change its status. */
export function FeedbackDetailPage({ ctx, t, report, received, chosen, errors, notice }: Props) {
  const d = t.detail;
  const title = d.title(report.id);
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={notice}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <dl class="sb-facts">
        <dt>{d.received}</dt>
        <dd>
          <time dateTime={report.receivedAt.toISOString()}>{received}</time>
        </dd>
        <dt>{d.status}</dt>
        <dd>{t.statuses[report.status]}</dd>
        <dt>{d.language}</dt>
        <dd>{d.languages[report.locale]}</dd>
        <dt>{d.page}</dt>
        <dd class="sb-break">{report.page ?? d.noPage}</dd>
        <dt>{d.email}</dt>
        <dd>
          {report.email ? (
            <a class="kern-link" href={`mailto:${report.email}`}>
              {report.email}
            </a>
          ) : (
            d.noEmail
          )}
        </dd>
      </dl>
      <h2 class="kern-heading-medium">{d.message}</h2>
      <blockquote class="sb-message">{report.message}</blockquote>
      <h2 class="kern-heading-medium">{d.change}</h2>
      <form method="post" action={ctx.href(`/verwaltung/rueckmeldungen/${report.id}`)} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <RadioGroup
          name="status"
          legend={d.status}
          error={errorFor(errors, "status")}
          value={chosen}
          choices={FEEDBACK_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{d.submit}</span>
        </button>
      </form>
      <p class="kern-body sb-form-secondary">
        <a class="kern-link" href={ctx.href("/verwaltung/rueckmeldungen")}>
          {d.back}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
