import type { ComponentChildren } from "preact";
import { Input } from "../../../platform/views/fields";
import {
  CsrfInput,
  ErrorSummary,
  errorFor,
  type FieldError,
  titleWithErrors,
} from "../../../platform/views/forms";
import type { PageContext } from "../../../platform/views/page-context";
import type { StaffMessages } from "../messages/de";

interface FrameProps {
  ctx: PageContext;
  s: StaffMessages;
  title: string;
  children: ComponentChildren;
}

/** The sign-in steps' frame: no navigation, nothing but the step. */
function SignInFrame({ ctx, s, title, children }: FrameProps) {
  const site = s.layout.title(ctx.m.layout.siteName(ctx.site.tenantName));
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${site}`}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
      </head>
      <body class="sb-backoffice">
        <a class="sb-skip-link" href="#main">
          {ctx.m.layout.skipLink}
        </a>
        <header class="sb-header sb-header--backoffice">
          <div class="kern-container sb-header__bar">
            <span class="sb-header__name">{site}</span>
            <a
              class="kern-link"
              href={ctx.alternate.href}
              hreflang={ctx.alternate.locale}
              lang={ctx.alternate.locale}
              title={ctx.m.meta.switchTo}
            >
              {ctx.m.meta.otherLanguageLabel}
            </a>
          </div>
        </header>
        <main id="main" tabIndex={-1} class="kern-container sb-main sb-main--narrow">
          {children}
        </main>
      </body>
    </html>
  );
}

interface StepProps {
  ctx: PageContext;
  s: StaffMessages;
  csrfToken: string;
  errors: FieldError[];
}

function Hidden({ csrfToken }: { csrfToken: string }) {
  return <CsrfInput token={csrfToken} />;
}

export function SignInPage(props: StepProps & { username: string; next: string; notice?: string }) {
  const { ctx, s, errors } = props;
  return (
    <SignInFrame ctx={ctx} s={s} title={titleWithErrors(ctx, s.signIn.title, errors)}>
      <h1 class="kern-heading-large">{s.signIn.title}</h1>
      {props.notice && (
        <div class="kern-alert kern-alert--info" role="status">
          <div class="kern-alert__header">
            <span class="kern-title">{props.notice}</span>
          </div>
        </div>
      )}
      <ErrorSummary title={s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{s.signIn.intro}</p>
      <form method="post" action={ctx.href("/verwaltung/anmelden")} novalidate>
        <Hidden csrfToken={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        <Input
          name="username"
          label={s.signIn.username}
          value={props.username}
          error={errorFor(errors, "username")}
          autocomplete="username"
          maxLength={40}
        />
        <Input
          name="password"
          label={s.signIn.password}
          type="password"
          error={errorFor(errors, "password")}
          autocomplete="current-password"
          maxLength={200}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{s.signIn.submit}</span>
        </button>
      </form>
    </SignInFrame>
  );
}

function CancelSignIn({ ctx, s, csrfToken }: { ctx: PageContext; s: StaffMessages; csrfToken: string }) {
  return (
    <form method="post" action={ctx.href("/verwaltung/abmelden")} class="sb-form-secondary">
      <Hidden csrfToken={csrfToken} />
      <button type="submit" class="kern-btn kern-btn--tertiary">
        <span class="kern-label">{s.signIn.cancel}</span>
      </button>
    </form>
  );
}

interface StepPageProps extends StepProps {
  next: string;
  title: string;
  intro: string;
  /** where the step's form posts */
  action: string;
  /** shown between the intro and the form (the QR code of the enrolment) */
  before?: ComponentChildren;
  /** the form's fields */
  children: ComponentChildren;
}

/** One step after the password: a title, an intro, a form with "Continue", and "Cancel". */
function StepPage(props: StepPageProps) {
  const { ctx, s, errors } = props;
  return (
    <SignInFrame ctx={ctx} s={s} title={titleWithErrors(ctx, props.title, errors)}>
      <h1 class="kern-heading-large">{props.title}</h1>
      <ErrorSummary title={s.layout.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{props.intro}</p>
      {props.before}
      <form method="post" action={ctx.href(props.action)} novalidate>
        <Hidden csrfToken={props.csrfToken} />
        <input type="hidden" name="next" value={props.next} />
        {props.children}
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{s.signIn.continue}</span>
        </button>
      </form>
      <CancelSignIn ctx={ctx} s={s} csrfToken={props.csrfToken} />
    </SignInFrame>
  );
}

/** The six-digit code of the authenticator app. */
function CodeInput({ s, errors }: { s: StaffMessages; errors: FieldError[] }) {
  return (
    <Input
      name="code"
      label={s.signIn.code}
      hint={s.signIn.codeHint}
      error={errorFor(errors, "code")}
      autocomplete="one-time-code"
      inputMode="numeric"
      maxLength={6}
    />
  );
}

type StepOf = StepProps & { next: string };

export function CodePage(props: StepOf) {
  const { s } = props;
  return (
    <StepPage
      {...props}
      title={s.signIn.codeTitle}
      intro={s.signIn.codeIntro}
      action="/verwaltung/anmelden/code"
    >
      <CodeInput s={s} errors={props.errors} />
    </StepPage>
  );
}

export function NewPasswordPage(props: StepOf) {
  const { s, errors } = props;
  return (
    <StepPage
      {...props}
      title={s.signIn.newPasswordTitle}
      intro={s.signIn.newPasswordIntro}
      action="/verwaltung/anmelden/passwort"
    >
      <Input
        name="password"
        label={s.signIn.newPassword}
        hint={s.signIn.newPasswordHint}
        type="password"
        error={errorFor(errors, "password")}
        autocomplete="new-password"
        maxLength={200}
      />
      <Input
        name="confirm"
        label={s.signIn.confirmPassword}
        type="password"
        error={errorFor(errors, "confirm")}
        autocomplete="new-password"
        maxLength={200}
      />
    </StepPage>
  );
}

export function EnrolTotpPage(props: StepOf & { secret: string; qrDataUri: string }) {
  const { s } = props;
  const grouped = props.secret.match(/.{1,4}/g)?.join(" ") ?? props.secret;
  const before = (
    <>
      <img class="sb-qr" src={props.qrDataUri} alt={s.signIn.enrolQrAlt} width={200} height={200} />
      <p class="kern-body">
        {s.signIn.enrolKey}:{" "}
        <code class="sb-secret" data-secret={props.secret}>
          {grouped}
        </code>
      </p>
      <p class="kern-body">{s.signIn.enrolConfirm}</p>
    </>
  );
  return (
    <StepPage
      {...props}
      title={s.signIn.enrolTitle}
      intro={s.signIn.enrolIntro}
      action="/verwaltung/anmelden/zwei-faktor"
      before={before}
    >
      <CodeInput s={s} errors={props.errors} />
    </StepPage>
  );
}
