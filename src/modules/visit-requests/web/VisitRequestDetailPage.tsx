import type { ComponentChildren } from "preact";
import { CsrfInput, ErrorSummary, titleWithErrors } from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { DeskMessages } from "../desk-messages";
import type { VisitRequestRecord } from "../desk-queries";
import { CLOSING_STATUSES, mayChangeStatus } from "../domain/visit-status";
import { VISIT_REQUEST_MESSAGES } from "../messages";
import { type DeskNames, dayOf, scheduleWhen, scheduleWhere } from "./desk-format";
import { ScheduleForm, type ScheduleFormView } from "./ScheduleForm";

export interface VisitRequestDetailView {
  request: VisitRequestRecord;
  names: DeskNames;
  timeZone: string;
  /** the display name of who scheduled it */
  scheduledBy: string | undefined;
  version: string;
  /** present while the request is open */
  form: ScheduleFormView | undefined;
  notice: string | undefined;
}

/** A term and its value; an empty value shows a dash. */
function Fact({ term, children }: { term: string; children?: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children ?? "–"}</dd>
    </>
  );
}

/** One request in full (the read is audited), with the scheduling form and the closing actions. */
export function VisitRequestDetailPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  view: VisitRequestDetailView;
}) {
  const { locale } = ctx;
  const { request: r, names, timeZone } = view;
  const errors = view.form?.errors ?? [];
  const periods = VISIT_REQUEST_MESSAGES[locale].periods;
  const title = t.detailTitle(r.code);
  const base = `/verwaltung/hausbesuche/${r.id}`;
  const closing = CLOSING_STATUSES.filter((to) => mayChangeStatus(r.status, to));
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={view.notice}>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">
        <a class="kern-link" href={ctx.href("/verwaltung/hausbesuche")}>
          {t.backToList}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <div class="sb-columns">
        <Section id="request-title" title={t.requestTitle}>
          <dl class="sb-facts">
            <Fact term={t.status}>{t.statuses[r.status]}</Fact>
            <Fact term={t.received}>{dayOf(locale, r.receivedAt, timeZone)}</Fact>
            <Fact term={t.language}>{t.languages[r.locale]}</Fact>
            <Fact term={t.reason}>{t.reasons[r.reason]}</Fact>
            <Fact term={t.reasonNote}>{r.reasonNote ?? undefined}</Fact>
            <Fact term={t.services}>
              <ul class="kern-list">
                {r.services.map((s) => (
                  <li key={s}>{names.service(s)}</li>
                ))}
              </ul>
            </Fact>
            <Fact term={t.periods}>
              {r.periods.length === 0 ? t.noPreference : r.periods.map((p) => periods[p]).join(", ")}
            </Fact>
            <Fact term={t.periodNote}>{r.periodNote ?? undefined}</Fact>
            {r.reopened && r.reopenedReason && (
              <Fact term={t.reopened}>
                {t.reopenedText({
                  visitDay: dayOf(locale, r.reopened.visitAt, timeZone),
                  stop: names.stop(r.reopened.stop),
                  cancelledOn: dayOf(locale, r.reopened.at, timeZone),
                  reason: r.reopenedReason[locale],
                })}
              </Fact>
            )}
          </dl>
        </Section>
        <Section id="person-title" title={t.personTitle}>
          <dl class="sb-facts">
            <Fact term={t.visitee}>{r.visiteeName}</Fact>
            <Fact term={t.contact}>{r.contactName ?? undefined}</Fact>
            <Fact term={t.phone}>
              <a class="kern-link" href={`tel:${r.phone.replace(/[^+\d]/g, "")}`}>
                {r.phone}
              </a>
            </Fact>
            <Fact term={t.email}>{r.email ?? undefined}</Fact>
          </dl>
        </Section>
        <Section id="place-title" title={t.placeTitle}>
          <dl class="sb-facts">
            <Fact term={t.placeKind}>{t.places[r.placeKind]}</Fact>
            {r.placeKind === "care-home" && <Fact term={t.careHome}>{r.careHomeName ?? undefined}</Fact>}
            <Fact term={t.street}>{r.street ?? undefined}</Fact>
            <Fact term={t.postalCode}>{r.postalCode ?? undefined}</Fact>
            <Fact term={t.district}>{names.district(r.district) ?? t.noPreference}</Fact>
          </dl>
        </Section>
      </div>
      {r.schedule && (
        <Section id="schedule-title" title={t.scheduleTitle}>
          <dl class="sb-facts">
            <Fact term={t.kind}>{t.kinds[r.schedule.kind]}</Fact>
            <Fact term={t.when}>{scheduleWhen(t, locale, r.schedule, timeZone)}</Fact>
            <Fact term={t.where}>{scheduleWhere(t, names, r.schedule)}</Fact>
            <Fact term={t.note}>{r.scheduleNote ?? undefined}</Fact>
            <Fact term={t.scheduledBy}>{view.scheduledBy}</Fact>
          </dl>
        </Section>
      )}
      {view.form && <ScheduleForm ctx={ctx} t={t} form={view.form} />}
      <Section id="close-title" title={t.closeTitle}>
        {closing.length === 0 ? (
          <p class="kern-body">{t.closedText}</p>
        ) : (
          closing.map((to) => (
            <form key={to} method="post" action={ctx.href(`${base}/status`)} class="sb-inline-form">
              <CsrfInput token={ctx.csrfToken} />
              <input type="hidden" name="version" value={view.version} />
              <input type="hidden" name="status" value={to} />
              <button type="submit" class="kern-btn kern-btn--secondary">
                <span class="kern-label">{t.closeActions[to]}</span>
              </button>{" "}
            </form>
          ))
        )}
      </Section>
    </BackOfficeLayout>
  );
}
