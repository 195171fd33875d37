import { CheckboxGroup, Input } from "../../../platform/views/fields";
import { CsrfInput, errorFor, type FieldError } from "../../../platform/views/forms";
import type { AppointmentWords } from "../appointment-service";
import { CONFIRM_WISH_HOURS, DAY_PARTS } from "../domain/wish";
import type { WishView } from "../waitlist";
import { type FlowContext, StepLayout } from "./StepPages";

const WEEKDAYS = ["mo", "tu", "we", "th", "fr"] as const;

export function WishForm(props: {
  flow: FlowContext;
  action: string;
  csrfToken: string;
  services: string[];
  places: { key: string; name: string }[];
  values: { places: string[]; windows: string[]; name?: string; email?: string };
  errors: FieldError[];
}) {
  const { ctx, t } = props.flow;
  const w = t.waitlist;
  const e = props.errors;
  return (
    <StepLayout flow={props.flow} title={w.title} errors={e}>
      <p class="kern-body">{w.intro}</p>
      <form class="sb-form" method="post" action={props.action} novalidate>
        <CsrfInput token={props.csrfToken} />
        {props.services.map((s) => (
          <input type="hidden" name="leistungen" value={s} key={s} />
        ))}
        <CheckboxGroup
          name="places"
          legend={w.places}
          error={errorFor(e, "places")}
          choices={props.places.map((p) => ({ value: p.key, label: p.name }))}
          values={props.values.places}
        />
        <CheckboxGroup
          name="windows"
          legend={w.windows}
          error={errorFor(e, "windows")}
          choices={WEEKDAYS.flatMap((day) =>
            DAY_PARTS.map((part) => ({
              value: `${day}-${part}`,
              label: `${ctx.m.locations.weekdays[day]} ${w[part]}`,
            })),
          )}
          values={props.values.windows}
        />
        <Input
          name="name"
          label={t.contact.name}
          autocomplete="name"
          value={props.values.name}
          error={errorFor(e, "name")}
        />
        <Input
          name="email"
          type="email"
          label={t.contact.email}
          autocomplete="email"
          value={props.values.email}
          error={errorFor(e, "email")}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{w.submit}</span>
        </button>
      </form>
    </StepLayout>
  );
}

export function WishThanksPage({ flow }: { flow: FlowContext }) {
  const w = flow.t.waitlist;
  return (
    <StepLayout flow={flow} title={w.thanksTitle}>
      <div class="kern-alert kern-alert--info" role="status">
        <div class="kern-alert__body">
          <p class="kern-body">{w.thanksText}</p>
        </div>
      </div>
      <p class="kern-body">{w.thanksDeadline(CONFIRM_WISH_HOURS)}</p>
    </StepLayout>
  );
}

/** The entry behind the mailed link: confirm it (while unconfirmed) or leave the list, both by POST. */
export function WishManagePage(props: {
  flow: FlowContext;
  wish: WishView;
  confirmAction: string;
  withdrawAction: string;
  csrfToken: string;
  /** the confirmation deadline in words, while the wish is unconfirmed */
  confirmBy?: string;
  /** the address let two offers run out: its wishes get no more offers */
  noMoreOffers: boolean;
  /** how long an offer that ran out counts against the address */
  lapseDays: number;
  notice?: string;
}) {
  const w = props.flow.t.waitlist;
  const { status } = props.wish;
  const active = status === "unconfirmed" || status === "waiting" || status === "offered";
  return (
    <StepLayout flow={props.flow} title={w.manageTitle}>
      {props.notice && (
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__body">
            <p class="kern-body">{props.notice}</p>
          </div>
        </div>
      )}
      <p class="kern-body kern-body--large">{w.status[status]}</p>
      {props.noMoreOffers && (
        <div class="kern-alert kern-alert--warning">
          <div class="kern-alert__body">
            <p class="kern-body">{w.noMoreOffers(props.lapseDays)}</p>
          </div>
        </div>
      )}
      {status === "unconfirmed" && props.confirmBy && (
        <>
          <p class="kern-body">{w.confirmText(props.confirmBy)}</p>
          <form method="post" action={props.confirmAction}>
            <CsrfInput token={props.csrfToken} />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{w.confirm}</span>
            </button>
          </form>
        </>
      )}
      {active && (
        <form method="post" action={props.withdrawAction}>
          <CsrfInput token={props.csrfToken} />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{w.withdraw}</span>
          </button>
        </form>
      )}
    </StepLayout>
  );
}

/** A short answer about an offer or wish that needs no form: gone, declined. */
export function NoticePage({ flow, message }: { flow: FlowContext; message: string }) {
  return (
    <StepLayout flow={flow} title={flow.t.waitlist.offerTitle}>
      <p class="kern-body">{message}</p>
    </StepLayout>
  );
}

export function OfferPage(props: {
  flow: FlowContext;
  words: AppointmentWords;
  until: string;
  acceptAction: string;
  declineAction: string;
  csrfToken: string;
}) {
  const w = props.flow.t.waitlist;
  return (
    <StepLayout flow={props.flow} title={w.offerTitle}>
      <dl class="sb-facts">
        <dt>{props.flow.t.check.when}</dt>
        <dd>{props.words.when}</dd>
        <dt>{props.flow.t.check.place}</dt>
        <dd>{props.words.place}</dd>
        <dt>{props.flow.t.check.services}</dt>
        <dd>{props.words.services}</dd>
      </dl>
      <p class="kern-body">{w.offerText(props.until)}</p>
      <form method="post" action={props.acceptAction}>
        <CsrfInput token={props.csrfToken} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{w.accept}</span>
        </button>
      </form>
      <form method="post" action={props.declineAction}>
        <CsrfInput token={props.csrfToken} />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{w.decline}</span>
        </button>
      </form>
    </StepLayout>
  );
}
