import { CheckboxGroup } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, titleWithErrors } from "../../../platform/views/forms";
import { AccountFields, type AccountFormProps, YES } from "./AccountFields";
import { BackOfficeLayout } from "./BackOfficeLayout";

/** The account's sign-in state, shown beside the edit form. */
export interface AccountStatusView {
  id: number;
  /** the name as stored (the heading keeps it while the form shows what was posted) */
  storedName: string;
  factor: "enrolled" | "pending" | "none";
  /** the end of a lock after failed attempts, formatted, when it lasts */
  lockedUntil: string | null;
  /** the viewer's own account: no reset here */
  self: boolean;
}

/** Changing an account, with its sign-in state, unlocking and the way to a reset. */
export function AccountEditPage(props: AccountFormProps & { status: AccountStatusView; notice?: string }) {
  const { ctx, t, values, errors, status } = props;
  const f = t.form;
  const title = f.editTitle(status.storedName);
  const base = `/verwaltung/konten/${status.id}`;
  const factorLabel = {
    enrolled: t.list.factorEnrolled,
    pending: t.list.factorPending,
    none: t.list.factorNone,
  };
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)} notice={props.notice}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <form method="post" action={ctx.href(base)} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <p class="kern-body">
          {f.username}: <code>{values.username}</code>
          <br />
          <span class="kern-hint">{f.usernameFixed}</span>
        </p>
        <AccountFields {...props} />
        <CheckboxGroup
          name="active"
          legend={f.active}
          hint={f.activeHint}
          error={errorFor(errors, "active")}
          choices={[{ value: YES, label: f.activeLabel }]}
          values={values.active ? [YES] : []}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{f.submitEdit}</span>
        </button>
      </form>

      <h2 class="kern-heading-medium">{f.status}</h2>
      <dl class="sb-facts">
        <dt>{f.statusFactor}</dt>
        <dd>{factorLabel[status.factor]}</dd>
        <dt>{f.statusLocked}</dt>
        <dd>{status.lockedUntil ? f.lockedUntil(status.lockedUntil) : f.notLocked}</dd>
      </dl>
      {status.lockedUntil && (
        <form method="post" action={ctx.href(`${base}/entsperren`)}>
          <CsrfInput token={ctx.csrfToken} />
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{f.unlock}</span>
          </button>
        </form>
      )}

      {!status.self && (
        <>
          <h2 class="kern-heading-medium">{f.reset}</h2>
          <p class="kern-body">{f.resetIntro}</p>
          <p class="kern-body">
            <a class="kern-link" href={ctx.href(`${base}/zuruecksetzen`)}>
              {f.reset}
            </a>
          </p>
        </>
      )}

      <p class="kern-body sb-form-secondary">
        <a class="kern-link" href={ctx.href("/verwaltung/konten")}>
          {f.cancel}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
