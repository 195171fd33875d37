import { Input } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import { ELECTION_KEY_MAX, ELECTION_NAME_MAX } from "../../applications";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { FormValues } from "../domain/form-values";
import type { AdminMessages } from "../messages/de";
import { fieldValue } from "./form-support";
import { BackLink, InlineError, PostButton, SubmitButton } from "./parts";

export interface ElectionEditView {
  /** the stored election; undefined on the page that adds one */
  election: { key: string; name: string; withdrawn: boolean; deadline: string } | undefined;
  values: FormValues;
  errors: FieldError[];
  notice?: string;
}

/** `/verwaltung/wahlen/neu` and `/verwaltung/wahlen/:key`: an election's names, days and deadline; withdraw or restore. */
export function ElectionEditPage(props: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: ElectionEditView;
}) {
  const { ctx, t, view } = props;
  const e = t.elections;
  const { election, values, errors } = view;
  const title = election ? e.editTitle(election.name) : e.newTitle;
  const err = (field: string) => errorFor(errors, field);
  const v = (field: string) => fieldValue(values, field);
  const action = ctx.href(election ? `/verwaltung/wahlen/${election.key}` : "/verwaltung/wahlen/neu");
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={view.notice}>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <BackLink href={ctx.href("/verwaltung/wahlen")}>{e.backToList}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      {election?.withdrawn && (
        <div class="kern-alert kern-alert--warning" role="note">
          <div class="kern-alert__header">
            <span class="kern-title">{e.isWithdrawn}</span>
          </div>
        </div>
      )}
      {election && <p class="kern-body">{e.deadlineText(election.deadline)}</p>}
      <form method="post" action={action} class="sb-admin-form" novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <div class="sb-form">
          {!election && (
            <Input
              name="key"
              label={e.key}
              hint={e.keyHint}
              value={v("key")}
              error={err("key")}
              maxLength={ELECTION_KEY_MAX}
            />
          )}
          <Input
            name="name-de"
            label={e.nameDe}
            hint={e.nameDeHint}
            value={v("name-de")}
            error={err("name-de")}
            maxLength={ELECTION_NAME_MAX}
          />
          <Input
            name="name-en"
            label={e.nameEn}
            hint={e.nameEnHint}
            value={v("name-en")}
            error={err("name-en")}
            maxLength={ELECTION_NAME_MAX}
          />
          <Input
            name="election-day"
            type="date"
            label={e.electionDay}
            hint={t.common.dateHint}
            value={v("election-day")}
            error={err("election-day")}
          />
          <Input
            name="applications-from"
            type="date"
            label={e.applicationsFrom}
            hint={e.applicationsFromHint}
            value={v("applications-from")}
            error={err("applications-from")}
          />
          <Input
            name="deadline-date"
            type="date"
            label={e.deadlineDate}
            hint={e.deadlineDateHint}
            condition={t.common.optional}
            value={v("deadline-date")}
            error={err("deadline-date")}
          />
          <Input
            name="deadline-time"
            type="time"
            label={e.deadlineTime}
            hint={e.deadlineTimeHint}
            condition={t.common.optional}
            value={v("deadline-time")}
            error={err("deadline-time")}
          />
        </div>
        <SubmitButton label={election ? t.common.save : e.create} />
      </form>
      {election && (
        <section aria-labelledby="status-title">
          <h2 class="kern-heading-medium" id="status-title">
            {e.statusTitle}
          </h2>
          <p class="kern-body" id="status-hint">
            {e.withdrawHint}
          </p>
          <InlineError id="status" message={err("status")} />
          <PostButton
            ctx={ctx}
            id="status"
            action={`/verwaltung/wahlen/${election.key}/status`}
            label={election.withdrawn ? t.common.restore : t.common.withdraw}
            fields={{ action: election.withdrawn ? "restore" : "withdraw" }}
            describedBy="status-hint"
            secondary
          />
        </section>
      )}
    </BackOfficeLayout>
  );
}
