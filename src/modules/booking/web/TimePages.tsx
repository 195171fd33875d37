import { RadioGroup } from "../../../platform/views/fields";
import type { FieldError } from "../../../platform/views/forms";
import type { Slot } from "../domain/slots";
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

/** The times of one day as radio buttons; posting holds the chosen slot. */
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
  back: string;
  step?: number;
}) {
  const { t } = props.flow;
  const first = props.options[0];
  const error = props.errors?.[0]?.message;
  const title = props.taken ? t.time.takenTitle : t.time.title;
  return (
    <StepLayout flow={props.flow} title={title} step={props.step} errors={props.errors} back={props.back}>
      {props.taken && <p class="kern-body">{t.time.takenText}</p>}
      <p class="kern-body kern-body--large">{props.placeName}</p>
      <form class="sb-form" method="post" action={props.action} novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
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
    </StepLayout>
  );
}
