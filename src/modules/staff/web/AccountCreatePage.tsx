import { Input } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, titleWithErrors } from "../../../platform/views/forms";
import { AccountFields, type AccountFormProps } from "./AccountFields";
import { BackOfficeLayout } from "./BackOfficeLayout";

/** Creating an account: the one-time password follows on the next page. */
export function AccountCreatePage(props: AccountFormProps) {
  const { ctx, t, values, errors } = props;
  const f = t.form;
  return (
    <BackOfficeLayout ctx={ctx} title={titleWithErrors(ctx, f.createTitle, errors)}>
      <h1 class="kern-heading-large">{f.createTitle}</h1>
      <ErrorSummary title={ctx.s.layout.errorSummaryTitle} errors={errors} />
      <form method="post" action={ctx.href("/verwaltung/konten/neu")} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <Input
          name="username"
          label={f.username}
          hint={f.usernameHint}
          value={values.username}
          error={errorFor(errors, "username")}
          autocomplete="off"
          maxLength={40}
        />
        <AccountFields {...props} />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{f.submitCreate}</span>
        </button>
      </form>
      <p class="kern-body sb-form-secondary">
        <a class="kern-link" href={ctx.href("/verwaltung/konten")}>
          {f.cancel}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
