import { RadioGroup } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import type { AccountMessages } from "../messages/accounts-de";
import { BackOfficeLayout } from "./BackOfficeLayout";
import type { BackOfficeContext } from "./back-office-context";

interface Props {
  ctx: BackOfficeContext;
  t: AccountMessages;
  account: { id: number; displayName: string };
  /** the chosen scope: `password`, or `password-and-totp` for a lost phone */
  scope: string | undefined;
  errors: FieldError[];
  /** the viewer's own account: explained instead of offered */
  self: boolean;
}

/** Asks before a reset: it ends the person's sessions and their password stops working. */
export function AccountResetPage({ ctx, t, account, scope, errors, self }: Props) {
  const r = t.reset;
  const title = r.title(account.displayName);
  const base = `/verwaltung/konten/${account.id}`;
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, title, errors)}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{r.intro}</p>
      {self ? (
        <div class="kern-alert kern-alert--warning" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{t.problems.ownReset}</p>
          </div>
        </div>
      ) : (
        <form method="post" action={ctx.href(`${base}/zuruecksetzen`)} novalidate>
          <CsrfInput token={ctx.csrfToken} />
          <RadioGroup
            name="scope"
            legend={r.scope}
            hint={r.scopeHint}
            error={errorFor(errors, "scope")}
            value={scope}
            choices={[
              { value: "password", label: r.passwordOnly },
              { value: "password-and-totp", label: r.passwordAndFactor },
            ]}
          />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{r.submit}</span>
          </button>
        </form>
      )}
      <p class="kern-body sb-form-secondary">
        <a class="kern-link" href={ctx.href(base)}>
          {r.cancel}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
