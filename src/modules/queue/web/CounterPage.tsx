import { CheckboxGroup, RadioGroup } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, type FieldError } from "../../../platform/views/forms";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { Ticket } from "../domain/ticket";
import type { QueueMessages } from "../messages/de";

export interface CounterView {
  place: string;
  counterLabel: string;
  current:
    | (Ticket & {
        calledAtLabel: string;
        appointmentLabel: string | null;
        serviceChoices: { value: string; label: string }[];
      })
    | undefined;
  waitingCount: number;
  missed: Ticket[];
}

function ActionButton(props: {
  ctx: BackOfficeContext;
  path: string;
  ticket?: number;
  label: string;
  primary?: boolean;
}) {
  return (
    <form method="post" action={props.ctx.href(props.path)} class="sb-inline-form">
      <CsrfInput token={props.ctx.csrfToken} />
      {props.ticket !== undefined && <input type="hidden" name="ticket" value={String(props.ticket)} />}
      <button type="submit" class={`kern-btn ${props.primary ? "kern-btn--primary" : "kern-btn--secondary"}`}>
        <span class="kern-label">{props.label}</span>
      </button>
    </form>
  );
}

/** A clerk's counter: the person called here now, and the next step of their visit. */
export function CounterPage(props: {
  ctx: BackOfficeContext;
  q: QueueMessages;
  view: CounterView;
  notice?: string;
  errors: FieldError[];
}) {
  const { ctx, q, view, notice, errors } = props;
  const c = q.counter;
  const t = view.current;
  return (
    <BackOfficeLayout ctx={ctx} title={`${c.title}: ${view.counterLabel}`} notice={notice}>
      <h1 class="kern-heading-large">
        {c.title}: {view.counterLabel}
      </h1>
      <p class="kern-body">
        {view.place} ·{" "}
        <a class="kern-link" href={ctx.href("/verwaltung/schalter/arbeitsplatz")}>
          {c.change}
        </a>
      </p>
      <ErrorSummary title={q.errorSummaryTitle} errors={errors} />
      <section aria-labelledby="current-title" class="sb-counter">
        <h2 class="kern-heading-medium" id="current-title">
          {c.current}
        </h2>
        {!t ? (
          <>
            <p class="kern-body">{c.none}</p>
            <p class="kern-body" data-waiting-count>
              {c.waitingCount(view.waitingCount)}
            </p>
            <ActionButton ctx={ctx} path="/verwaltung/schalter/aufrufen" label={c.callNext} primary />
          </>
        ) : (
          <>
            <p class="sb-counter__number" data-current-number>
              {t.number}
            </p>
            <dl class="sb-facts">
              <dt>{c.kind}</dt>
              <dd>{t.appointmentLabel ?? c.walkIn}</dd>
              <dt>{c.wanted}</dt>
              <dd>{t.serviceChoices.map((s) => s.label).join(", ") || "–"}</dd>
              <dt>{q.day.state}</dt>
              <dd>
                {q.day.status[t.status]}, {c.calledAt(t.calledAtLabel)}
                {t.callCount > 1 && `, ${c.calls(t.callCount)}`}
              </dd>
            </dl>
            {t.status === "called" && (
              <div class="sb-counter__actions">
                <ActionButton
                  ctx={ctx}
                  path="/verwaltung/schalter/beginnen"
                  ticket={t.id}
                  label={c.start}
                  primary
                />
                <ActionButton ctx={ctx} path="/verwaltung/schalter/erneut" ticket={t.id} label={c.recall} />
                <ActionButton ctx={ctx} path="/verwaltung/schalter/verpasst" ticket={t.id} label={c.missed} />
              </div>
            )}
            {t.status === "serving" && (
              <form method="post" action={ctx.href("/verwaltung/schalter/abschliessen")} novalidate>
                <CsrfInput token={ctx.csrfToken} />
                <input type="hidden" name="ticket" value={String(t.id)} />
                <CheckboxGroup
                  name="services"
                  legend={c.servicesDone}
                  hint={c.servicesDoneHint}
                  choices={t.serviceChoices}
                  values={t.servicesDone ?? t.services}
                  error={errorFor(errors, "services")}
                />
                <button type="submit" class="kern-btn kern-btn--primary">
                  <span class="kern-label">{c.finish}</span>
                </button>
              </form>
            )}
          </>
        )}
      </section>
      {view.missed.length > 0 && (
        <section aria-labelledby="missed-title">
          <h2 class="kern-heading-medium" id="missed-title">
            {q.day.missedTitle}
          </h2>
          <ul class="kern-list">
            {view.missed.map((m) => (
              <li key={m.id}>
                {m.number}{" "}
                <form
                  method="post"
                  action={ctx.href("/verwaltung/schalter/wieder-einreihen")}
                  class="sb-inline-form"
                >
                  <CsrfInput token={ctx.csrfToken} />
                  <input type="hidden" name="ticket" value={String(m.id)} />
                  <button
                    type="submit"
                    class="kern-btn kern-btn--tertiary kern-btn--small"
                    aria-label={q.day.requeueFor(m.number)}
                  >
                    <span class="kern-label">{q.day.requeue}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="kern-hint">{c.keyboardHint}</p>
    </BackOfficeLayout>
  );
}

/** Choosing where one works today: a location's counter. */
export function PickCounterPage(props: {
  ctx: BackOfficeContext;
  q: QueueMessages;
  choices: { value: string; label: string }[];
  value: string | undefined;
  errors: FieldError[];
}) {
  const { ctx, q, choices, value, errors } = props;
  const c = q.counter;
  return (
    <BackOfficeLayout ctx={ctx} title={c.pickTitle}>
      <h1 class="kern-heading-large">{c.pickTitle}</h1>
      <ErrorSummary title={q.errorSummaryTitle} errors={errors} />
      {choices.length === 0 ? (
        <p class="kern-body">{c.noCounters}</p>
      ) : (
        <form method="post" action={ctx.href("/verwaltung/schalter/arbeitsplatz")} novalidate>
          <CsrfInput token={ctx.csrfToken} />
          <RadioGroup
            name="place"
            legend={c.place}
            hint={c.pickIntro}
            choices={choices}
            value={value}
            error={errorFor(errors, "place")}
          />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{c.pick}</span>
          </button>
        </form>
      )}
    </BackOfficeLayout>
  );
}
