import type { ComponentChildren } from "preact";
import { Honeypot, Input } from "../../../platform/views/fields";
import { CsrfInput, errorFor, type FieldError } from "../../../platform/views/forms";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentWords } from "../appointment-service";
import { CalendarLink } from "./AppointmentNotices";
import { NeedsFields, needsText } from "./NeedsFields";
import { type FlowContext, StepLayout } from "./StepPages";

export interface ContactValues {
  name?: string;
  email?: string;
  phone?: string;
  needWheelchair?: string;
  needSignLanguage?: string;
  needOther?: string;
}

export function ContactStep(props: {
  flow: FlowContext;
  action: string;
  csrfToken: string;
  values: ContactValues;
  errors: FieldError[];
  words: AppointmentWords;
  /** until when the time is held */
  holdNote?: ComponentChildren;
}) {
  const { t } = props.flow;
  const c = t.contact;
  const e = props.errors;
  return (
    <StepLayout flow={props.flow} title={c.title} step={4} errors={e}>
      <p class="kern-body kern-body--large">
        {props.words.when}, {props.words.place}
      </p>
      {props.holdNote}
      <form class="sb-form" method="post" action={props.action} novalidate>
        <CsrfInput token={props.csrfToken} />
        <Input
          name="name"
          label={c.name}
          autocomplete="name"
          value={props.values.name}
          error={errorFor(e, "name")}
        />
        <Input
          name="email"
          type="email"
          label={c.email}
          hint={c.emailHint}
          autocomplete="email"
          value={props.values.email}
          error={errorFor(e, "email")}
        />
        <Input
          name="phone"
          label={c.phone}
          hint={c.phoneHint}
          condition={c.optional}
          autocomplete="tel"
          value={props.values.phone}
          error={errorFor(e, "phone")}
        />
        <NeedsFields labels={c} values={props.values} error={errorFor(e, "needOther")} />
        <Honeypot name="website" label={c.honeypot} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.continue}</span>
        </button>
      </form>
    </StepLayout>
  );
}

function Summary(props: {
  flow: FlowContext;
  appointment: AppointmentView;
  words: AppointmentWords;
  changeContact?: string;
}) {
  const { t } = props.flow;
  const a = props.appointment;
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <dl class="sb-facts">
      {row(t.check.services, props.words.services)}
      {row(t.check.place, props.words.place)}
      {row(t.check.when, props.words.when)}
      {a.name && row(t.check.name, a.name)}
      {a.email && row(t.check.email, a.email)}
      {row(t.check.phone, a.phone ?? t.check.none)}
      {row(t.check.needs, needsText(a.needs, t.contact, t.check.none))}
    </dl>
  );
}

export function CheckStep(props: {
  flow: FlowContext;
  appointment: AppointmentView;
  words: AppointmentWords;
  action: string;
  changeContact: string;
  csrfToken: string;
  /** until when the time is held */
  holdNote?: ComponentChildren;
}) {
  const { t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.check.title} step={5}>
      {props.holdNote}
      <Summary flow={props.flow} appointment={props.appointment} words={props.words} />
      <p class="kern-body">
        <a class="kern-link" href={props.changeContact}>
          {t.change}: {t.contact.title}
        </a>
      </p>
      <form method="post" action={props.action}>
        <CsrfInput token={props.csrfToken} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.check.confirm}</span>
        </button>
      </form>
    </StepLayout>
  );
}

export function DonePage(props: {
  flow: FlowContext;
  appointment: AppointmentView;
  words: AppointmentWords;
  manageHref?: string;
  mobile: boolean;
  calendarHref?: string;
}) {
  const { t } = props.flow;
  const a = props.appointment;
  return (
    <StepLayout flow={props.flow} title={t.done.title}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <span class="kern-title">
            {t.done.code}: <strong class="sb-code-inline">{a.code}</strong>
          </span>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{t.done.mailSent(a.email ?? "")}</p>
        </div>
      </div>
      <Summary flow={props.flow} appointment={a} words={props.words} />
      <p class="kern-body">{t.done.bring}</p>
      {props.mobile && <p class="kern-body">{t.done.card}</p>}
      {props.calendarHref && <CalendarLink flow={props.flow} href={props.calendarHref} />}
      {props.manageHref && (
        <p class="kern-body">
          <a class="kern-link" href={props.manageHref}>
            {t.manage.title}: {t.manage.reschedule} / {t.manage.cancel}
          </a>
        </p>
      )}
    </StepLayout>
  );
}

export function ManagePage(props: {
  flow: FlowContext;
  appointment: AppointmentView;
  words: AppointmentWords;
  notice?: string;
  rescheduleHref: string;
  cancelHref: string;
  calendarHref?: string;
}) {
  const { t } = props.flow;
  const a = props.appointment;
  return (
    <StepLayout flow={props.flow} title={`${t.manage.title} ${a.code}`}>
      {props.notice && (
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__header">
            <span class="kern-title">{props.notice}</span>
          </div>
        </div>
      )}
      <p class="kern-body kern-body--large">{t.manage.status[a.status]}</p>
      <Summary flow={props.flow} appointment={a} words={props.words} />
      {a.status === "confirmed" && props.calendarHref && (
        <CalendarLink flow={props.flow} href={props.calendarHref} />
      )}
      {a.status === "confirmed" && (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={props.rescheduleHref}>
              {t.manage.reschedule}
            </a>
          </li>
          <li>
            <a class="kern-link" href={props.cancelHref}>
              {t.manage.cancel}
            </a>
          </li>
        </ul>
      )}
    </StepLayout>
  );
}

export function CancelConfirmPage(props: {
  flow: FlowContext;
  words: AppointmentWords;
  action: string;
  keepHref: string;
  csrfToken: string;
}) {
  const { t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.manage.cancelTitle}>
      <p class="kern-body kern-body--large">
        {props.words.when}, {props.words.place}
      </p>
      <p class="kern-body">{t.manage.cancelText}</p>
      <form method="post" action={props.action}>
        <CsrfInput token={props.csrfToken} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.manage.cancelConfirm}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={props.keepHref}>
          {t.manage.keep}
        </a>
      </p>
    </StepLayout>
  );
}

export function InvalidLinkPage(props: { flow: FlowContext }) {
  const { t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.manage.title}>
      <p class="kern-body">{t.manage.notFound}</p>
    </StepLayout>
  );
}
