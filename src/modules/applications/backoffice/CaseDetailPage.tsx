import type { ComponentChildren } from "preact";
import { ErrorSummary, titleWithErrors } from "../../../platform/views/forms";
import { Section } from "../../../platform/views/Section";
import { Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import { CaseActions } from "./CaseActions";
import type { DeskMessages } from "./desk-messages";
import type { CaseDetailView } from "./detail-view";

/** A term and its value; an empty value shows a dash. */
function Fact({ term, children }: { term: string; children?: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children ?? "–"}</dd>
    </>
  );
}

/** One case in full, for the clerks who process it (the read is audited): facts, answers, files, history, steps. */
export function CaseDetailPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: DeskMessages;
  view: CaseDetailView;
}) {
  const { facts } = view;
  const title = t.detailTitle(view.reference);
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, view.errors)} notice={view.notice} wide>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={view.errors} />
      <p class="kern-body">
        <a class="kern-link" href={ctx.href("/verwaltung/vorgaenge")}>
          {t.backToList}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <div class="sb-columns">
        <Section id="case-title" title={t.caseTitle}>
          <dl class="sb-facts">
            <Fact term={t.reference}>
              <span class="sb-reference">{view.reference}</span>
            </Fact>
            <Fact term={t.service}>{facts.service}</Fact>
            {facts.election && <Fact term={t.election}>{facts.election}</Fact>}
            <Fact term={t.channel}>{facts.channel}</Fact>
            <Fact term={t.status}>
              <strong>{facts.status}</strong>
            </Fact>
            <Fact term={t.received}>{facts.received}</Fact>
            <Fact term={t.language}>{facts.language}</Fact>
            <Fact term={t.place}>{facts.place}</Fact>
            <Fact term={t.assignee}>{facts.assignee}</Fact>
          </dl>
        </Section>
        <Section id="fee-title" title={t.feeTitle}>
          <dl class="sb-facts">
            <Fact term={t.fee}>{facts.fee}</Fact>
            <Fact term={t.payment}>{facts.payment}</Fact>
          </dl>
        </Section>
        <Section id="contact-title" title={t.contactTitle}>
          <dl class="sb-facts">
            <Fact term={t.email}>
              <a class="kern-link sb-break" href={`mailto:${view.contact.email}`}>
                {view.contact.email}
              </a>
            </Fact>
            <Fact term={t.phone}>
              {view.contact.phone && (
                <a class="kern-link" href={`tel:${view.contact.phone.replace(/[^+\d]/g, "")}`}>
                  {view.contact.phone}
                </a>
              )}
            </Fact>
          </dl>
        </Section>
      </div>
      {view.openQuestion && (
        <Section id="question-title" title={t.questionTitle}>
          <p class="sb-message">{view.openQuestion.message}</p>
          <p class="kern-body">{view.openQuestion.asked}</p>
        </Section>
      )}
      {view.decision && (
        <Section id="decision-title" title={t.decisionTitle}>
          <p class="kern-body">
            <strong>{view.decision.outcome}</strong>
          </p>
          {view.decision.note && (
            <>
              <p class="kern-body">{t.decisionNote}:</p>
              <p class="sb-message">{view.decision.note}</p>
            </>
          )}
        </Section>
      )}
      <Section id="answers-title" title={t.answersTitle}>
        <dl class="sb-facts">
          {view.answers.map((a) => (
            <Fact key={a.key} term={a.item ? `${a.item}: ${a.label}` : a.label}>
              <span class="sb-break">{a.value}</span>
            </Fact>
          ))}
        </dl>
      </Section>
      <Section id="files-title" title={t.filesTitle}>
        {view.files.length === 0 ? (
          <p class="kern-body">{t.noFiles}</p>
        ) : (
          <>
            <p class="kern-body">{t.filesHint}</p>
            <ul class="kern-list">
              {view.files.map((f) => (
                <li key={f.href}>
                  <a class="kern-link sb-break" href={ctx.href(f.href)} download>
                    {f.text}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="timeline-title" title={t.timelineTitle}>
        <Table
          caption={t.timelineCaption}
          captionHidden
          columns={[
            { key: "at", header: t.timelineColumns.at, rowHeader: true, cell: (e) => e.at },
            { key: "what", header: t.timelineColumns.what, cell: (e) => e.what },
            { key: "who", header: t.timelineColumns.who, cell: (e) => e.who },
            {
              key: "text",
              header: t.timelineColumns.text,
              cell: (e) => (e.text ? <span class="sb-break">{e.text}</span> : t.none),
            },
          ]}
          rows={view.timeline}
          rowKey={(e) => e.key}
          striped={false}
        />
      </Section>
      <CaseActions ctx={ctx} t={t} actions={view.actions} />
    </BackOfficeLayout>
  );
}
