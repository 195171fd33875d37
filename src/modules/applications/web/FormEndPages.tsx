import { Input } from "../../../platform/views/fields";
import { CsrfInput } from "../../../platform/views/forms";
import { FormLayout, type FormPageContext, Submit } from "./FormLayout";

type Errors = readonly { field: string; message: string }[];
const errorOf = (errors: Errors, field: string) => errors.find((e) => e.field === field)?.message;

/** "How can we reach you?": the e-mail address for status mails, and a phone number. */
export function ContactPage(props: {
  page: FormPageContext;
  values: { email?: string | undefined; phone?: string | undefined };
  errors: Errors;
  action: string;
  back: string | undefined;
  csrfToken: string;
}) {
  const { t } = props.page;
  return (
    <FormLayout page={props.page} title={t.contact.title} errors={props.errors} back={props.back}>
      <p class="kern-body">{t.contact.hint}</p>
      <form method="post" action={props.action} class="sb-form" novalidate>
        <CsrfInput token={props.csrfToken} />
        <Input
          name="email"
          type="email"
          label={t.contact.email}
          hint={t.contact.emailHint}
          autocomplete="email"
          maxLength={254}
          value={props.values.email}
          error={errorOf(props.errors, "email")}
        />
        <Input
          name="phone"
          type="tel"
          label={t.contact.phone}
          hint={t.contact.phoneHint}
          condition={t.optional}
          autocomplete="tel"
          maxLength={50}
          value={props.values.phone}
          error={errorOf(props.errors, "phone")}
        />
        <Submit label={props.page.t.continue} />
      </form>
    </FormLayout>
  );
}

export interface CheckRow {
  /** the row's anchor, where a change returns to */
  id: string;
  label: string;
  value: string;
  changeHref: string;
}

export interface CheckSection {
  /** a group item's name, or undefined for the form's own questions */
  title: string | undefined;
  rows: CheckRow[];
}

/** Check your answers: every answer that counts, each with its change link; then send. */
export function CheckAnswersPage(props: {
  page: FormPageContext;
  sections: CheckSection[];
  contact: CheckRow[];
  /** the election the application is for (a Briefwahl) */
  election?: string | undefined;
  complete: boolean;
  action: string;
  back: string | undefined;
  csrfToken: string;
}) {
  const { t } = props.page;
  const list = (rows: CheckRow[]) => (
    <dl class="sb-summary">
      {rows.map((row) => (
        <div class="sb-summary__row" id={row.id} key={row.id}>
          <dt class="sb-summary__key">{row.label}</dt>
          <dd class="sb-summary__value">{row.value}</dd>
          <dd class="sb-summary__action">
            <a class="kern-link" href={row.changeHref}>
              {t.check.change}
              <span class="kern-sr-only"> {row.label}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <FormLayout page={props.page} title={t.check.title} back={props.back}>
      <p class="kern-body">{t.check.intro}</p>
      {props.election && <p class="kern-body">{t.election.forElection(props.election)}</p>}
      {props.sections.map((s, i) => (
        <section key={s.title ?? `s${i}`}>
          {s.title && <h2 class="kern-heading-medium">{s.title}</h2>}
          {list(s.rows)}
        </section>
      ))}
      <h2 class="kern-heading-medium">{t.check.contactTitle}</h2>
      {list(props.contact)}
      <h2 class="kern-heading-medium">{t.check.submitTitle}</h2>
      {props.complete ? (
        <form method="post" action={props.action} class="sb-form">
          <CsrfInput token={props.csrfToken} />
          <p class="kern-body">{t.check.submitText}</p>
          <Submit label={t.check.submit} />
        </form>
      ) : (
        <p class="kern-body">{t.check.incomplete}</p>
      )}
    </FormLayout>
  );
}

/** The confirmation: the case reference and the tracking link, shown once here and mailed once. */
export function FiledPage(props: { page: FormPageContext; reference: string; trackingHref: string }) {
  const { t } = props.page;
  return (
    <FormLayout page={props.page} title={t.filed.title}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__body">
          <p class="kern-body">
            {t.filed.reference}: <strong class="sb-reference">{props.reference}</strong>
          </p>
        </div>
      </div>
      <h2 class="kern-heading-medium">{t.filed.trackingTitle}</h2>
      <p class="kern-body">{t.filed.trackingText}</p>
      <p class="kern-body">
        <a class="kern-link" href={props.trackingHref}>
          {t.filed.trackingLink}
        </a>
      </p>
      <h2 class="kern-heading-medium">{t.filed.next}</h2>
      <p class="kern-body">{t.filed.nextText}</p>
    </FormLayout>
  );
}

/** Save for later: where to send the resume link. */
export function SavePage(props: {
  page: FormPageContext;
  email: string | undefined;
  errors: Errors;
  action: string;
  back: string;
  csrfToken: string;
}) {
  const { t } = props.page;
  return (
    <FormLayout page={props.page} title={t.save.title} errors={props.errors} back={props.back}>
      <p class="kern-body">{t.save.intro}</p>
      <form method="post" action={props.action} class="sb-form" novalidate>
        <CsrfInput token={props.csrfToken} />
        <Input
          name="email"
          type="email"
          label={t.contact.email}
          hint={t.contact.emailHint}
          autocomplete="email"
          maxLength={254}
          value={props.email}
          error={errorOf(props.errors, "email")}
        />
        <Submit label={t.save.submit} />
      </form>
    </FormLayout>
  );
}

/** A page that only tells something, with one link onwards. */
export function NoticePage(props: {
  page: FormPageContext;
  title: string;
  text: string;
  link?: { href: string; label: string };
}) {
  return (
    <FormLayout page={props.page} title={props.title}>
      <p class="kern-body">{props.text}</p>
      {props.link && (
        <p class="kern-body">
          <a class="kern-link" href={props.link.href}>
            {props.link.label}
          </a>
        </p>
      )}
    </FormLayout>
  );
}

/** A question before something that cannot be undone (discard) or that moves a draft (resume). */
export function ConfirmPage(props: {
  page: FormPageContext;
  title: string;
  text: string;
  submit: string;
  action: string;
  cancel?: { href: string; label: string };
  csrfToken: string;
}) {
  return (
    <FormLayout page={props.page} title={props.title}>
      <p class="kern-body">{props.text}</p>
      <form method="post" action={props.action} class="sb-form">
        <CsrfInput token={props.csrfToken} />
        <Submit label={props.submit} />
      </form>
      {props.cancel && (
        <p class="kern-body">
          <a class="kern-link" href={props.cancel.href}>
            {props.cancel.label}
          </a>
        </p>
      )}
    </FormLayout>
  );
}
