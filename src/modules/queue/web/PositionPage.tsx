import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import type { Ticket } from "../domain/ticket";
import { roundedWait } from "../domain/wait-estimate";
import type { QueueMessages } from "../messages/de";

interface Props {
  ctx: PageContext;
  q: QueueMessages;
  script: string;
  place: string;
  view: { ticket: Ticket; position: number | null; waitMinutes: number | null; counterLabel: string | null };
}

/** Behind the QR code on a ticket: where the holder stands and how long it may take. */
export function PositionPage({ ctx, q, script, place, view }: Props) {
  const { ticket } = view;
  const p = q.position;
  return (
    <Layout ctx={ctx} title={p.title(ticket.number)}>
      <h1 class="kern-heading-large">{p.title(ticket.number)}</h1>
      <p class="kern-body">{place}</p>
      <div
        class="sb-position"
        aria-live="polite"
        aria-atomic="true"
        id="position-status"
        data-position-status
      >
        {ticket.status === "waiting" && view.position !== null && (
          <>
            <p class="sb-position__main">{p.waiting(view.position)}</p>
            {view.waitMinutes !== null && <p class="kern-body">{p.wait(roundedWait(view.waitMinutes))}</p>}
          </>
        )}
        {ticket.status === "called" && <p class="sb-position__main">{p.called(view.counterLabel ?? "")}</p>}
        {ticket.status === "serving" && <p class="sb-position__main">{p.serving}</p>}
        {ticket.status === "done" && <p class="sb-position__main">{p.done}</p>}
        {ticket.status === "missed" && <p class="sb-position__main">{p.missed}</p>}
        {ticket.status === "cancelled" && <p class="sb-position__main">{p.cancelled}</p>}
      </div>
      <p class="kern-body">{p.estimateNote}</p>
      <p class="kern-body">
        <a class="kern-link" href={ctx.href(ctx.path)} data-position-refresh>
          {p.refresh}
        </a>
      </p>
      <p class="kern-hint">{p.updatesHint}</p>
      <script src={script} defer />
    </Layout>
  );
}
