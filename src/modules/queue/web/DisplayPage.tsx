import type { PageContext } from "../../../platform/views/page-context";
import { Table } from "../../../platform/views/Table";
import type { QueueMessages } from "../messages/de";
import type { BoardCall } from "../service";
import { counterName } from "./labels";

interface Props {
  ctx: PageContext;
  q: QueueMessages;
  place: string;
  eventsUrl: string;
  script: string;
  calls: BoardCall[];
  /** counter key → label, for the script */
  counters: Record<string, string>;
}

/**
 * The waiting room's screen: the latest call large, earlier calls below. Numbers and
 * counters only. With JavaScript it updates through Server-Sent Events; without, it reloads
 * every ten seconds.
 */
export function DisplayPage({ ctx, q, place, eventsUrl, script, calls, counters }: Props) {
  const [latest, ...earlier] = calls;
  const label = (key: string) => counters[key] ?? counterName(q, key);
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{q.display.title(place)}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
        <script src={script} defer />
        <noscript>
          <meta http-equiv="refresh" content="10" />
        </noscript>
      </head>
      <body class="sb-display">
        <main
          class="sb-display__main"
          data-call-display
          data-events={eventsUrl}
          data-counters={JSON.stringify(counters)}
          data-go-to={q.display.goTo}
          data-none={q.display.none}
        >
          <h1 class="sb-display__title">{q.display.title(place)}</h1>
          <section aria-labelledby="latest-title" class="sb-display__latest-box">
            <h2 id="latest-title" class="sb-display__label">
              {q.display.latest}
            </h2>
            <p class="sb-display__latest" aria-live="assertive" aria-atomic="true" data-latest>
              {latest ? (
                <>
                  <span class="sb-display__number">{latest.number}</span>{" "}
                  <span class="sb-display__goto">{q.display.goTo}</span>{" "}
                  <span class="sb-display__counter">{label(latest.counter)}</span>
                </>
              ) : (
                <span class="sb-display__none">{q.display.none}</span>
              )}
            </p>
          </section>
          <section aria-labelledby="earlier-title" data-earlier>
            <h2 id="earlier-title" class="sb-display__label">
              {q.display.earlier}
            </h2>
            <Table
              caption={q.display.earlier}
              captionHidden
              columns={[
                { key: "number", header: q.display.number, cell: (c) => c.number },
                { key: "counter", header: q.display.counter, cell: (c) => label(c.counter) },
              ]}
              rows={earlier}
              rowKey={(c) => c.number}
              striped={false}
              class="sb-display__table"
            />
          </section>
          <p class="sb-display__discretion">{q.display.discretion}</p>
          <button
            type="button"
            class="sb-display__chime"
            data-chime
            data-on={q.display.chimeOn}
            data-off={q.display.chimeOff}
            aria-pressed="false"
            hidden
          >
            {q.display.chimeOn}
          </button>
        </main>
      </body>
    </html>
  );
}
