import { CheckboxGroup, Select } from "../../../platform/views/fields";
import { CsrfInput, ErrorSummary, errorFor, type FieldError } from "../../../platform/views/forms";
import type { PageContext } from "../../../platform/views/page-context";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { QueueMessages } from "../messages/de";

export interface WalkInForm {
  location: string;
  services: string[];
  urgent: boolean;
  requestKey: string;
}

/** Issuing a walk-in ticket: place, services, urgency. */
export function NewTicketPage(props: {
  ctx: BackOfficeContext;
  q: QueueMessages;
  locations: { value: string; label: string }[];
  services: { value: string; label: string }[];
  form: WalkInForm;
  errors: FieldError[];
}) {
  const { ctx, q, form, errors } = props;
  const t = q.ticket;
  return (
    <BackOfficeLayout ctx={ctx} title={t.newTitle}>
      <h1 class="kern-heading-large">{t.newTitle}</h1>
      <ErrorSummary title={q.errorSummaryTitle} errors={errors} />
      <p class="kern-body">{t.intro}</p>
      <form method="post" action={ctx.href("/verwaltung/wartemarken/neu")} novalidate>
        <CsrfInput token={ctx.csrfToken} />
        <input type="hidden" name="requestKey" value={form.requestKey} />
        <Select
          name="location"
          label={t.location}
          choices={props.locations}
          emptyLabel="–"
          value={form.location}
          error={errorFor(errors, "location")}
        />
        <CheckboxGroup
          name="services"
          legend={t.services}
          hint={t.servicesHint}
          choices={props.services}
          values={form.services}
          error={errorFor(errors, "services")}
        />
        <CheckboxGroup
          name="urgent"
          legend={t.urgent}
          hint={t.urgentHint}
          choices={[{ value: "yes", label: t.urgentLabel }]}
          values={form.urgent ? ["yes"] : []}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t.issue}</span>
        </button>
      </form>
    </BackOfficeLayout>
  );
}

/** After issuing: the number, the place in the queue, and the way to print. */
export function TicketIssuedPage(props: {
  ctx: BackOfficeContext;
  q: QueueMessages;
  id: number;
  number: string;
  position: number | null;
  location: string;
}) {
  const { ctx, q } = props;
  const t = q.ticket;
  return (
    <BackOfficeLayout ctx={ctx} title={t.issuedTitle(props.number)} notice={t.issued(props.number)}>
      <h1 class="kern-heading-large">{t.issuedTitle(props.number)}</h1>
      <p class="sb-counter__number" data-ticket-number>
        {props.number}
      </p>
      {props.position !== null && <p class="kern-body">{t.position(props.position)}</p>}
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={ctx.href(`/verwaltung/wartemarken/${props.id}/druck`)}>
            {t.print}
          </a>
        </li>
        <li>
          <a class="kern-link" href={ctx.href(`/verwaltung/wartemarken/neu?ort=${props.location}`)}>
            {t.another}
          </a>
        </li>
      </ul>
    </BackOfficeLayout>
  );
}

/** The printable ticket: big number, place, time, estimate, QR code to the position page. */
export function PrintTicketPage(props: {
  ctx: PageContext;
  q: QueueMessages;
  script: string;
  number: string;
  place: string;
  issuedAt: string;
  waitMinutes: number | null;
  qrDataUri: string;
  positionUrl: string;
  backHref: string;
}) {
  const { ctx, q } = props;
  const p = q.print;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{p.title(props.number)}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
        <script src={props.script} defer />
      </head>
      <body class="sb-print">
        <main class="sb-ticket">
          <h1 class="sb-ticket__label">{p.yourNumber}</h1>
          <p class="sb-ticket__number">{props.number}</p>
          <dl class="sb-ticket__facts">
            <dt>{p.place}</dt>
            <dd>{props.place}</dd>
            <dt>{p.issuedAt}</dt>
            <dd>{props.issuedAt}</dd>
            {props.waitMinutes !== null && (
              <>
                <dt>{p.wait}</dt>
                <dd>{p.waitValue(props.waitMinutes)}</dd>
              </>
            )}
          </dl>
          <img class="sb-ticket__qr" src={props.qrDataUri} alt={p.qrAlt} width={160} height={160} />
          <p class="sb-ticket__hint">{p.qr}</p>
          <p class="sb-ticket__url">{props.positionUrl}</p>
          <p class="sb-ticket__hint">{p.discretion}</p>
          <p class="sb-no-print">
            <button type="button" class="kern-btn kern-btn--primary" data-print hidden>
              <span class="kern-label">{p.printButton}</span>
            </button>{" "}
            <a class="kern-link" href={props.backHref}>
              {p.back}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
