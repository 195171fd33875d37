import { TextArea } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Table } from "../../../platform/views/Table";
import type { CaseMessages } from "../messages";
import type { VisitSectionModel } from "./case-visits";
import { VisitSection } from "./VisitSection";

export interface CasePageModel {
  serviceName: string;
  reference: string;
  /** the election the case is for (a Briefwahl) */
  election: string | undefined;
  statusLabel: string;
  submittedAt: string | undefined;
  /** just filed: the confirmation banner */
  filed: boolean;
  /** a notice after an action (answer sent, withdrawn) */
  notice: string | undefined;
  timeline: { at: string; what: string }[];
  openQuestion:
    | {
        message: string;
        answer: string;
        error: string | undefined;
        fileError: string | undefined;
        action: string;
      }
    | undefined;
  decision:
    | {
        outcome: "approved" | "rejected";
        reason: string | undefined;
        explanation: string | undefined;
        note: string | undefined;
      }
    | undefined;
  fee: string | undefined;
  documents: { id: string; label: string; href: string; issuedOn: string; revoked: boolean }[];
  payment:
    | {
        kind: "outstanding";
        amount: string;
        recipient: string;
        iban: string;
        bic: string | undefined;
        reference: string;
        demo: boolean;
      }
    | { kind: "paid" }
    | undefined;
  /** the visit the form asks for, and those booked */
  visit: VisitSectionModel;
  answers: { label: string; value: string; item: string | undefined }[];
  withdrawHref: string | undefined;
  csrfToken: string;
  revision: number;
}

/** The resident's page of one case: status, what is still to do, the question asked, the history. */
export function CasePage({ ctx, t, model }: { ctx: PageContext; t: CaseMessages; model: CasePageModel }) {
  const title = t.title(model.serviceName);
  const errors = [
    ...(model.openQuestion?.error ? [{ field: "message", message: model.openQuestion.error }] : []),
    ...(model.openQuestion?.fileError ? [{ field: "file", message: model.openQuestion.fileError }] : []),
  ];
  return (
    <Layout ctx={ctx} title={errors.length > 0 ? `${ctx.m.errors.title}: ${title}` : title}>
      <ErrorSummary title={ctx.m.errors.title} errors={errors} />
      {model.filed && (
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__header">
            <span class="kern-title">{t.filedBanner}</span>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">{t.keepLink}</p>
          </div>
        </div>
      )}
      {model.notice && (
        <div class="kern-alert kern-alert--info" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">{model.notice}</p>
          </div>
        </div>
      )}
      <h1 class="kern-heading-large">{title}</h1>
      <dl class="sb-summary">
        <div class="sb-summary__row">
          <dt class="sb-summary__key">{t.reference}</dt>
          <dd class="sb-summary__value sb-reference">{model.reference}</dd>
        </div>
        {model.election && (
          <div class="sb-summary__row">
            <dt class="sb-summary__key">{t.election}</dt>
            <dd class="sb-summary__value">{model.election}</dd>
          </div>
        )}
        <div class="sb-summary__row">
          <dt class="sb-summary__key">{t.status}</dt>
          <dd class="sb-summary__value">
            <strong>{model.statusLabel}</strong>
          </dd>
        </div>
        {model.submittedAt && (
          <div class="sb-summary__row">
            <dt class="sb-summary__key">{t.submittedAt}</dt>
            <dd class="sb-summary__value">{model.submittedAt}</dd>
          </div>
        )}
      </dl>
      {model.openQuestion && (
        <section aria-labelledby="question-title">
          <h2 class="kern-heading-medium" id="question-title">
            {t.question.title}
          </h2>
          <blockquote class="sb-quote">{model.openQuestion.message}</blockquote>
          <form
            method="post"
            action={model.openQuestion.action}
            class="sb-form"
            enctype="multipart/form-data"
            novalidate
          >
            <CsrfInput token={model.csrfToken} />
            <input type="hidden" name="revision" value={String(model.revision)} />
            <TextArea
              name="message"
              label={t.question.answerLabel}
              hint={t.question.answerHint}
              value={model.openQuestion.answer}
              error={model.openQuestion.error}
              maxLength={4000}
              condition={t.question.orFile}
            />
            <div class={`kern-form-input${model.openQuestion.fileError ? " kern-form-input--error" : ""}`}>
              <label class="kern-label" for="file">
                {t.question.fileLabel}
                <span class="kern-label__optional"> ({t.question.optional})</span>
              </label>
              <div class="kern-hint" id="file-hint">
                {t.question.fileHint}
              </div>
              {model.openQuestion.fileError && (
                <p class="kern-error" id="file-error">
                  {model.openQuestion.fileError}
                </p>
              )}
              <input
                class="kern-form-input__input sb-file-input"
                id="file"
                name="file"
                type="file"
                accept="application/pdf,.pdf,image/jpeg,image/png"
                aria-describedby={model.openQuestion.fileError ? "file-hint file-error" : "file-hint"}
              />
            </div>
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t.question.submit}</span>
            </button>
          </form>
        </section>
      )}
      {model.decision && (
        <section aria-labelledby="decision-title">
          <h2 class="kern-heading-medium" id="decision-title">
            {t.decision[model.decision.outcome]}
          </h2>
          {model.decision.reason && (
            <p class="kern-body">
              {t.decision.reason}: {model.decision.reason}. {model.decision.explanation}
            </p>
          )}
          {model.decision.note && (
            <p class="kern-body">
              {t.decision.note}: {model.decision.note}
            </p>
          )}
        </section>
      )}
      <VisitSection t={t} model={model.visit} />
      {model.documents.length > 0 && (
        <section aria-labelledby="documents-title">
          <h2 class="kern-heading-medium" id="documents-title">
            {t.documents.title}
          </h2>
          <ul class="kern-list">
            {model.documents.map((d) => (
              <li key={d.id}>
                {d.revoked ? (
                  <span>
                    {d.label}, {d.issuedOn} – {t.documents.revoked}
                  </span>
                ) : (
                  <>
                    <a class="kern-link" href={d.href} download>
                      {t.documents.download(d.label)}
                    </a>
                    , {d.issuedOn}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p class="kern-body">{t.documents.verifyHint}</p>
        </section>
      )}
      {model.payment && (
        <section aria-labelledby="payment-title">
          <h2 class="kern-heading-medium" id="payment-title">
            {t.payment.title}
          </h2>
          {model.payment.kind === "paid" ? (
            <p class="kern-body">{t.payment.paid}</p>
          ) : (
            <>
              <p class="kern-body">{t.payment.outstanding(model.payment.amount)}</p>
              {model.payment.demo && <p class="kern-body">{t.payment.demo}</p>}
              <dl class="sb-summary">
                <div class="sb-summary__row">
                  <dt class="sb-summary__key">{t.payment.recipient}</dt>
                  <dd class="sb-summary__value">{model.payment.recipient}</dd>
                </div>
                <div class="sb-summary__row">
                  <dt class="sb-summary__key">{t.payment.iban}</dt>
                  <dd class="sb-summary__value sb-reference">{model.payment.iban}</dd>
                </div>
                {model.payment.bic && (
                  <div class="sb-summary__row">
                    <dt class="sb-summary__key">{t.payment.bic}</dt>
                    <dd class="sb-summary__value">{model.payment.bic}</dd>
                  </div>
                )}
                <div class="sb-summary__row">
                  <dt class="sb-summary__key">{t.payment.amount}</dt>
                  <dd class="sb-summary__value">{model.payment.amount}</dd>
                </div>
                <div class="sb-summary__row">
                  <dt class="sb-summary__key">{t.payment.reference}</dt>
                  <dd class="sb-summary__value sb-reference">{model.payment.reference}</dd>
                </div>
              </dl>
            </>
          )}
        </section>
      )}
      {model.fee && (
        <section aria-labelledby="fee-title">
          <h2 class="kern-heading-medium" id="fee-title">
            {t.fee.title}
          </h2>
          <p class="kern-body">{model.fee}</p>
        </section>
      )}
      <h2 class="kern-heading-medium">{t.timelineTitle}</h2>
      <Table
        caption={t.timelineCaption}
        captionHidden
        columns={[
          { key: "at", header: t.columns.at, cell: (r) => r.at },
          { key: "what", header: t.columns.what, cell: (r) => r.what },
        ]}
        rows={model.timeline}
        rowKey={(r) => `${r.at}-${r.what}`}
      />
      <details class="sb-details">
        <summary>{t.answers.summary}</summary>
        <h2 class="kern-heading-medium">{t.answers.title}</h2>
        <dl class="sb-summary">
          {model.answers.map((a, i) => (
            <div class="sb-summary__row" key={`${i}-${a.label}`}>
              <dt class="sb-summary__key">{a.item ? `${a.item}: ${a.label}` : a.label}</dt>
              <dd class="sb-summary__value">{a.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {model.withdrawHref && (
        <p class="kern-body">
          <a class="kern-link" href={model.withdrawHref}>
            {t.withdraw.link}
          </a>
        </p>
      )}
    </Layout>
  );
}
