import { Input } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import { REASON_MAX } from "../domain/plan-form";
import type { AdminMessages } from "../messages/de";
import { fullDate, type StopLike, stopLabel } from "./admin-text";
import { fieldValue } from "./form-support";
import { BackLink } from "./parts";

export interface CancelVisitView {
  stop: StopLike;
  date: string;
  from: string;
  to: string;
  booked: number;
  /** home visit requests scheduled into the visit (a count: no names on this page) */
  homeVisits: number;
  values: FormValues;
  errors: FieldError[];
}

/** `/verwaltung/tourenplan/absagen`: what cancelling a visit does, and its reason in both languages. */
export function CancelVisitPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: CancelVisitView;
}) {
  const tr = t.tour;
  const err = (field: string) => errorFor(view.errors, field);
  const v = (field: string) => fieldValue(view.values, field);
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, tr.cancelTitle, view.errors)}>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={view.errors} />
      <BackLink href={ctx.href("/verwaltung/tourenplan")}>{tr.backToTour}</BackLink>
      <h1 class="kern-heading-large">{tr.cancelTitle}</h1>
      <p class="kern-body kern-body--large">
        {tr.cancelIntro(
          stopLabel(view.stop, ctx.locale),
          fullDate(ctx.locale, view.date),
          `${view.from}–${view.to}`,
        )}
      </p>
      <p class="kern-body">{tr.cancelBooked(view.booked)}</p>
      <p class="kern-body">{tr.cancelHomeVisits(view.homeVisits)}</p>
      <div class="kern-alert kern-alert--warning" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">{tr.cancelEffects}</p>
        </div>
      </div>
      <form method="post" action={ctx.href("/verwaltung/tourenplan/absagen")} class="sb-form" novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <input type="hidden" name="ort" value={view.stop.location.key} />
        <input type="hidden" name="datum" value={view.date} />
        <Input
          name="reason-de"
          label={tr.reasonDe}
          hint={tr.reasonHint}
          maxLength={REASON_MAX}
          value={v("reason-de")}
          error={err("reason-de")}
        />
        <Input
          name="reason-en"
          label={tr.reasonEn}
          maxLength={REASON_MAX}
          value={v("reason-en")}
          error={err("reason-en")}
        />
        <div class="sb-admin-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{tr.confirmCancel}</span>
          </button>
          <a class="kern-link" href={ctx.href("/verwaltung/tourenplan")}>
            {t.common.cancel}
          </a>
        </div>
      </form>
    </BackOfficeLayout>
  );
}
