import type { AccountMessages } from "../messages/accounts-de";
import { BackOfficeLayout } from "./BackOfficeLayout";
import type { BackOfficeContext } from "./back-office-context";

interface Props {
  ctx: BackOfficeContext;
  t: AccountMessages;
  /** after creating an account, or after a reset */
  kind: "created" | "reset";
  displayName: string;
  username: string;
  password: string;
  /** the person enrols an authenticator app at the next sign-in */
  enrolsTotp: boolean;
}

/**
 * The one-time password, shown this once (the reply is never stored, see the route) with the
 * instruction to hand it over in person.
 */
export function AccountPasswordPage({ ctx, t, kind, displayName, username, password, enrolsTotp }: Props) {
  const p = t.password;
  const title = kind === "created" ? p.createdTitle : p.resetTitle;
  return (
    <BackOfficeLayout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{p.intro(displayName, username)}</p>
      <p class="sb-one-time-password">
        <span class="kern-label">{p.label}: </span>
        <code data-one-time-password={password}>{password}</code>
      </p>
      <div class="kern-alert kern-alert--warning" role="note">
        <div class="kern-alert__body">
          <p class="kern-body">{p.handOver}</p>
          <p class="kern-body">{p.once}</p>
        </div>
      </div>
      <p class="kern-body">{enrolsTotp ? p.firstSignInTotp : p.firstSignIn}</p>
      {kind === "reset" && <p class="kern-body">{p.sessionsEnded}</p>}
      <p class="kern-body">
        <a class="kern-link" href={ctx.href("/verwaltung/konten")}>
          {p.back}
        </a>
      </p>
    </BackOfficeLayout>
  );
}
