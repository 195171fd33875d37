import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { VisitRequestMessages } from "../messages";

/** The confirmation after a request: its reference and what happens next, no personal data. */
export function VisitThanksPage({
  ctx,
  t,
  code,
}: {
  ctx: PageContext;
  t: VisitRequestMessages;
  /** undefined when the link carried no well-formed reference */
  code: string | undefined;
}) {
  return (
    <Layout ctx={ctx} title={t.thanksTitle}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <h1 class="kern-title">{t.thanksTitle}</h1>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{t.thanksText}</p>
          {code && (
            <p class="kern-body">
              {t.referenceLabel}: <strong>{code}</strong>
            </p>
          )}
        </div>
      </div>
      {code && <p class="kern-body">{t.referenceHint}</p>}
      <Section id="next-title" title={t.nextTitle}>
        <ul class="kern-list kern-list--bullet">
          {t.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </Section>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={ctx.href("/leistungen")}>
            {t.servicesLink}
          </a>
        </li>
        <li>
          <a class="kern-link" href={ctx.href("/")}>
            {t.homeLink}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
