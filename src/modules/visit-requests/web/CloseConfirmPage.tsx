import { CsrfInput } from "../../../platform/views/forms";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { DeskMessages } from "../desk-messages";
import type { ClosingStatus } from "../domain/visit-status";

/** Asks before a request is marked done or cancelled; shows its code only. */
export function CloseConfirmPage(props: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  id: number;
  code: string;
  to: ClosingStatus;
  version: string;
}) {
  const { ctx, t, id, code, to, version } = props;
  const title = t.confirmTitles[to](code);
  const base = `/verwaltung/hausbesuche/${id}`;
  return (
    <BackOfficeLayout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t.confirmTexts[to]}</p>
      <form method="post" action={ctx.href(`${base}/status`)} class="sb-form">
        <CsrfInput token={ctx.csrfToken} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="status" value={to} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t.confirmButtons[to]}</span>
        </button>
      </form>
      <p class="kern-body sb-form-secondary">
        <a class="kern-link" href={ctx.href(base)}>
          {t.keep}
        </a>
      </p>
    </BackOfficeLayout>
  );
}

/** Said when the request changed after the page was opened: nothing was saved. */
export function ChangedMeanwhilePage(props: { ctx: BackOfficeContext; t: DeskMessages; id: number }) {
  const { ctx, t, id } = props;
  return (
    <BackOfficeLayout ctx={ctx} title={t.conflictTitle}>
      <h1 class="kern-heading-large">{t.conflictTitle}</h1>
      <p class="kern-body">{t.conflictText}</p>
      <p class="kern-body">
        <a class="kern-link" href={ctx.href(`/verwaltung/hausbesuche/${id}`)}>
          {t.conflictLink}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
