import { RadioGroup } from "../../../platform/views/fields";
import type { FieldError } from "../../../platform/views/forms";
import { CsrfInput } from "../../../platform/views/forms";
import type { NoTimesReason } from "../domain/day-availability";
import type { Slot } from "../domain/slots";
import type { BookingMessages } from "../messages/de";
import { type FlowContext, StepLayout } from "./StepPages";

export interface DayOption {
  date: string;
  label: string;
  free: number;
  href: string;
}

export function DayStep(props: {
  /** where to leave a wish when no day suits */
  waitlistHref?: string;
  flow: FlowContext;
  placeName: string;
  days: DayOption[];
  demo: boolean;
  back: string;
  step?: number;
}) {
  const { t } = props.flow;
  return (
    <StepLayout flow={props.flow} title={t.day.title} step={props.step} back={props.back}>
      <p class="kern-body kern-body--large">{props.placeName}</p>
      {props.demo && <p class="kern-body">{t.day.examples}</p>}
      {props.days.length === 0 ? (
        <p class="kern-body">{t.day.noDays}</p>
      ) : (
        <ul class="sb-link-list">
          {props.days.map((d) => (
            <li key={d.date}>
              <a class="kern-link" href={d.href}>
                {d.label}
              </a>{" "}
              <span class="kern-body kern-body--muted">({t.day.freeTimes(d.free)})</span>
            </li>
          ))}
        </ul>
      )}
      {props.waitlistHref && (
        <p class="kern-body">
          {t.waitlist.linkHint}{" "}
          <a class="kern-link" href={props.waitlistHref}>
            {t.waitlist.link}
          </a>
        </p>
      )}
    </StepLayout>
  );
}

/** A time's form value: its start instant and counter. */
export function slotValue(slot: Slot | undefined): string | undefined {
  return slot ? `${slot.start}|${slot.counter}` : undefined;
}

export interface TimeOption {
  slot: Slot;
  /** the full date and time, so a screen reader never announces just "9:15" */
  label: string;
}

/** What to say and offer instead of times on a day without any. */
export interface NoTimes {
  reason: NoTimesReason;
  /** the next days with free times */
  days: DayOption[];
  /** all days with free times */
  allDaysHref?: string;
  /** where to leave a wish when no day suits (booking flow only) */
  waitlistHref?: string;
}

function noTimesTitle(t: BookingMessages, reason: NoTimesReason, day: string): string {
  const n = t.time.noTimes;
  return { closed: n.closedTitle, "not-bookable": n.notBookableTitle, full: n.fullTitle }[reason](day);
}

/** A day without free times: why, and the next days that have some. No "Continue" button. */
function NoTimesNotice(props: { flow: FlowContext; noTimes: NoTimes; heading?: string }) {
  const { t } = props.flow;
  const n = t.time.noTimes;
  const { reason, days } = props.noTimes;
  return (
    <>
      {props.heading && <h2 class="kern-heading-medium">{props.heading}</h2>}
      <p class="kern-body">{{ closed: n.closed, "not-bookable": n.notBookable, full: n.full }[reason]}</p>
      {days.length > 0 ? (
        <>
          <p class="kern-body">{n.nextDays}</p>
          <ul class="sb-link-list">
            {days.map((d) => (
              <li key={d.date}>
                <a class="kern-link" href={d.href}>
                  {d.label}
                </a>{" "}
                <span class="kern-body kern-body--muted">({t.day.freeTimes(d.free)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="kern-body">{n.noneAhead}</p>
      )}
      {props.noTimes.allDaysHref && (
        <p class="kern-body">
          <a class="kern-link" href={props.noTimes.allDaysHref}>
            {n.allDays}
          </a>
        </p>
      )}
      {props.noTimes.waitlistHref && (
        <p class="kern-body">
          {t.waitlist.linkHint}{" "}
          <a class="kern-link" href={props.noTimes.waitlistHref}>
            {t.waitlist.link}
          </a>
        </p>
      )}
    </>
  );
}

/**
 * The times of one day as radio buttons; posting holds the chosen slot. A day without free
 * times says why (closed, full, not bookable) and offers the next days instead of a form.
 */
export function TimeStep(props: {
  flow: FlowContext;
  dayLabel: string;
  placeName: string;
  options: TimeOption[];
  action: string;
  hidden: Record<string, string | string[]>;
  csrfToken: string;
  holdMinutes: number;
  errors?: FieldError[];
  taken?: boolean;
  /** shown when `options` is empty */
  noTimes?: NoTimes;
  /** a heading and a first paragraph of its own (the page after a hold ran out) */
  title?: string;
  intro?: string;
  back?: string;
  step?: number;
}) {
  const { ctx, t } = props.flow;
  const first = props.options[0];
  const error = props.errors?.[0]?.message;
  const empty = props.options.length === 0;
  const taken = ctx.m.errors["slot-taken"];
  const dayTitle = props.noTimes && noTimesTitle(t, props.noTimes.reason, props.dayLabel);
  const title = props.title ?? (props.taken ? taken.title : empty && dayTitle ? dayTitle : t.time.title);
  return (
    <StepLayout flow={props.flow} title={title} step={props.step} errors={props.errors} back={props.back}>
      {props.intro && <p class="kern-body">{props.intro}</p>}
      {props.taken && <p class="kern-body">{taken.text}</p>}
      <p class="kern-body kern-body--large">{props.placeName}</p>
      {empty ? (
        props.noTimes && (
          <NoTimesNotice
            flow={props.flow}
            noTimes={props.noTimes}
            heading={title === dayTitle ? undefined : dayTitle}
          />
        )
      ) : (
        <form class="sb-form" method="post" action={props.action} novalidate>
          <CsrfInput token={props.csrfToken} />
          {Object.entries(props.hidden).flatMap(([name, value]) =>
            (Array.isArray(value) ? value : [value]).map((v) => (
              <input type="hidden" name={name} value={v} key={`${name}-${v}`} />
            )),
          )}
          <RadioGroup
            name="zeit"
            legend={t.time.legend(props.dayLabel)}
            error={error}
            value={props.options.length === 1 ? slotValue(first?.slot) : undefined}
            choices={props.options.map(({ slot, label }) => ({ value: slotValue(slot) as string, label }))}
          />
          <p class="kern-hint">{t.time.holdNote(props.holdMinutes)}</p>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t.continue}</span>
          </button>
        </form>
      )}
    </StepLayout>
  );
}
