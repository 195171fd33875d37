import { ConsentCheckbox, Input, RadioGroup } from "../../../platform/views/fields";
import { CsrfInput, errorFor, type FieldError } from "../../../platform/views/forms";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentWords } from "../appointment-service";
import { STAFF_BOOKING_CHANNELS } from "../domain/staff-booking";
import { NeedsFields, needsText } from "./NeedsFields";
import { type StaffBookingPage, StaffStep } from "./StaffBookingPages";

export interface DetailsValues {
  name?: string;
  kanal?: string;
  email?: string;
  phone?: string;
  sprache?: string;
  needWheelchair?: string;
  needSignLanguage?: string;
  needOther?: string;
  informiert?: string;
}

/** The values of the details form from a held appointment (when going back to change them). */
export function detailsValuesOf(a: AppointmentView, locale: "de" | "en"): DetailsValues {
  const told = a.channel === "phone" || a.channel === "counter";
  return {
    name: a.name ?? "",
    kanal: told ? a.channel : undefined,
    email: a.email ?? "",
    phone: a.phone ?? "",
    sprache: told ? a.locale : locale,
    needWheelchair: a.needs?.wheelchair ? "on" : undefined,
    needSignLanguage: a.needs?.signLanguage ? "on" : undefined,
    needOther: a.needs?.other ?? "",
    informiert: told ? "yes" : undefined,
  };
}

function Held({ page, words }: { page: StaffBookingPage; words: AppointmentWords }) {
  const { t } = page;
  return (
    <dl class="sb-facts">
      <dt>{t.check.when}</dt>
      <dd>{words.when}</dd>
      <dt>{t.check.place}</dt>
      <dd>{words.place}</dd>
      <dt>{t.check.services}</dt>
      <dd>{words.services}</dd>
    </dl>
  );
}

/** Step 3: who the person is, how they reached us, how to write to them, what they need. */
export function DetailsPage(props: {
  page: StaffBookingPage;
  words: AppointmentWords;
  heldUntil: string;
  action: string;
  values: DetailsValues;
  errors: FieldError[];
  retentionDays: number;
}) {
  const { ctx, t } = props.page;
  const d = t.details;
  const e = props.errors;
  const v = props.values;
  return (
    <StaffStep page={props.page} title={d.title} step={3} errors={e}>
      <Held page={props.page} words={props.words} />
      <p class="kern-body">{d.heldUntil(props.heldUntil)}</p>
      <form class="sb-form" method="post" action={props.action} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <Input name="name" label={d.name} value={v.name} error={errorFor(e, "name")} autocomplete="off" />
        <RadioGroup
          name="kanal"
          legend={d.channel}
          choices={STAFF_BOOKING_CHANNELS.map((c) => ({ value: c, label: d.channels[c] }))}
          value={v.kanal}
          error={errorFor(e, "kanal")}
        />
        <Input
          name="email"
          type="email"
          label={d.email}
          hint={d.emailHint}
          condition={d.optional}
          autocomplete="off"
          value={v.email}
          error={errorFor(e, "email")}
        />
        <Input
          name="phone"
          label={d.phone}
          hint={d.phoneHint}
          condition={d.optional}
          autocomplete="off"
          value={v.phone}
          error={errorFor(e, "phone")}
        />
        <RadioGroup
          name="sprache"
          legend={d.language}
          choices={(["de", "en"] as const).map((l) => ({ value: l, label: d.languages[l] }))}
          value={v.sprache}
          error={errorFor(e, "sprache")}
        />
        <NeedsFields labels={d} values={v} error={errorFor(e, "needOther")} />
        <ConsentCheckbox
          name="informiert"
          legend={d.privacyLegend}
          hint={d.privacyNote(props.retentionDays)}
          label={d.informed}
          checked={v.informiert === "yes"}
          error={errorFor(e, "informiert")}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{d.submit}</span>
        </button>
      </form>
    </StaffStep>
  );
}

function Summary({
  page,
  a,
  words,
}: {
  page: StaffBookingPage;
  a: AppointmentView;
  words: AppointmentWords;
}) {
  const { t } = page;
  const c = t.check;
  const channel = a.channel === "phone" || a.channel === "counter" ? t.details.channels[a.channel] : c.none;
  return (
    <dl class="sb-facts">
      <dt>{c.when}</dt>
      <dd>{words.when}</dd>
      <dt>{c.place}</dt>
      <dd>{words.place}</dd>
      <dt>{c.services}</dt>
      <dd>{words.services}</dd>
      <dt>{c.name}</dt>
      <dd>{a.name}</dd>
      <dt>{c.channel}</dt>
      <dd>{channel}</dd>
      <dt>{c.email}</dt>
      <dd>{a.email ?? c.none}</dd>
      <dt>{c.phone}</dt>
      <dd>{a.phone ?? c.none}</dd>
      {a.email && (
        <>
          <dt>{c.language}</dt>
          <dd>{t.details.languages[a.locale]}</dd>
        </>
      )}
      <dt>{c.needs}</dt>
      <dd>{needsText(a.needs, t.details, c.none)}</dd>
    </dl>
  );
}

/** Step 4: everything once more, then book. */
export function CheckPage(props: {
  page: StaffBookingPage;
  appointment: AppointmentView;
  words: AppointmentWords;
  action: string;
  changeHref: string;
}) {
  const { ctx, t } = props.page;
  return (
    <StaffStep page={props.page} title={t.check.title} step={4}>
      <Summary page={props.page} a={props.appointment} words={props.words} />
      <p class="kern-body">
        <a class="kern-link" href={props.changeHref}>
          {t.check.change}
        </a>
      </p>
      <form method="post" action={props.action}>
        <CsrfInput token={ctx.csrfToken} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t.check.book}</span>
        </button>
      </form>
    </StaffStep>
  );
}

/** The confirmation to read out: the booking number first, large. */
export function BookedPage(props: {
  page: StaffBookingPage;
  appointment: AppointmentView;
  words: AppointmentWords;
  mail: "sent" | "none" | "failed" | undefined;
  anotherHref: string;
  dayHref: string;
}) {
  const { t } = props.page;
  const a = props.appointment;
  const mail =
    props.mail === "sent" && a.email
      ? t.done.mailSent(a.email)
      : props.mail === "failed"
        ? t.done.mailFailed
        : props.mail === "none"
          ? t.done.mailNone
          : undefined;
  return (
    <StaffStep page={props.page} title={t.done.title}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <span class="kern-title">{t.done.code}</span>
        </div>
        <div class="kern-alert__body">
          <p class="sb-counter__number" data-booking-code>
            {a.code}
          </p>
          <p class="kern-body">{t.done.readOut}</p>
        </div>
      </div>
      {mail && (
        <p class="kern-body" data-mail-status={props.mail}>
          {mail}
        </p>
      )}
      <Summary page={props.page} a={a} words={props.words} />
      <ul class="sb-link-list">
        <li>
          <a class="kern-link" href={props.anotherHref}>
            {t.done.another}
          </a>
        </li>
        <li>
          <a class="kern-link" href={props.dayHref}>
            {t.done.dayView}
          </a>
        </li>
      </ul>
    </StaffStep>
  );
}

/** When the hold ran out before the booking: choose the time again. */
export function ExpiredPage(props: { page: StaffBookingPage; againHref: string }) {
  const { t } = props.page;
  return (
    <StaffStep page={props.page} title={t.expired.title}>
      <p class="kern-body">{t.expired.text}</p>
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={props.againHref}>
          <span class="kern-label">{t.expired.again}</span>
        </a>
      </p>
    </StaffStep>
  );
}
