import { type FlowContext, StepLayout } from "./StepPages";

/** Until when the chosen time is held ("… bis 08:40 Uhr"), or that it was, once that is over. */
export function HoldNote(props: { flow: FlowContext; until: string; lapsed: boolean }) {
  const { t } = props.flow;
  return (
    <p class="kern-body">
      <strong>{props.lapsed ? t.time.holdLapsed(props.until) : t.time.holdUntil(props.until)}</strong>
    </p>
  );
}

/** The appointment as a calendar file, authorised by the page's own link. */
export function CalendarLink(props: { flow: FlowContext; href: string }) {
  return (
    <p class="kern-body">
      <a class="kern-link" href={props.href} download>
        {props.flow.t.done.calendar}
      </a>
    </p>
  );
}

/** A change that lost against another one (a second tab): what happened and what to do. */
export function ChangedMeanwhilePage(props: { flow: FlowContext; manageHref: string }) {
  const { ctx, t } = props.flow;
  const text = ctx.m.errors["appointment-changed"];
  return (
    <StepLayout flow={props.flow} title={text.title}>
      <p class="kern-body">{text.text}</p>
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={props.manageHref}>
          <span class="kern-label">{t.manage.lookAgain}</span>
        </a>
      </p>
    </StepLayout>
  );
}
