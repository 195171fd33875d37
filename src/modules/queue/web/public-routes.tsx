import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { clientAddress } from "../../../platform/http/client-address";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { CallDisplays } from "../call-displays";
import type { BoardCall, QueueService } from "../service";
import { DisplayPage } from "./DisplayPage";
import { counterName, QUEUE_MESSAGES } from "./labels";
import { PositionPage } from "./PositionPage";

const LocationParams = z.object({ location: z.string().regex(/^[a-z0-9-]{1,60}$/) });
const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/) });

/** An SSE stream ends after this long; the browser reconnects at once (and so follows the date). */
const STREAM_MINUTES = 60;

/**
 * Public pages of the queue: the call display of a location and the position page behind a
 * ticket's QR code. Neither shows anything about a person.
 */
export async function queuePublicRoutes(
  instance: FastifyInstance,
  {
    queue,
    displays,
    counters,
  }: { queue: QueueService; displays: CallDisplays; counters(location: string): Promise<string[]> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const place = async (key: string, locale: "de" | "en") => {
    const location = (await app.locations.directory()).byKey.get(key);
    if (!location) throw new AppError("location-not-found");
    return location.name[locale];
  };

  app.get("/anzeige/:location", { schema: { params: LocationParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const q = QUEUE_MESSAGES[ctx.locale];
    const { location } = request.params;
    const name = await place(location, ctx.locale);
    const date = await queue.dateOf(app.clock.now());
    const labels = Object.fromEntries((await counters(location)).map((k) => [k, counterName(q, k)]));
    reply.header("cache-control", "no-store");
    return sendPage(
      reply,
      <DisplayPage
        ctx={ctx}
        q={q}
        place={name}
        eventsUrl={`/anzeige/${location}/ereignisse`}
        script={app.scriptUrls["call-display"]}
        calls={await queue.board(location, date)}
        counters={labels}
      />,
    );
  });

  app.get(
    "/anzeige/:location/ereignisse",
    { schema: { params: LocationParams }, config: { rateLimit: false } },
    async (request, reply) => {
      const { location } = request.params;
      await place(location, "de");
      const release = displays.admit(clientAddress(request));
      if (!release) {
        // EventSource gives up on a refusal; the display page then falls back to reloading.
        reply.header("retry-after", "60");
        throw new AppError("rate-limited");
      }
      reply.hijack();
      const res = reply.raw;
      let unsubscribe = () => {};
      let heartbeat: NodeJS.Timeout | undefined;
      let end: NodeJS.Timeout | undefined;
      res.on("close", () => {
        clearInterval(heartbeat);
        clearTimeout(end);
        unsubscribe();
        release();
      });
      displays.track(res);
      try {
        const date = await queue.dateOf(app.clock.now());
        const calls = await queue.board(location, date);
        if (res.destroyed) return;
        res.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-store",
          "x-accel-buffering": "no",
          "x-content-type-options": "nosniff",
        });
        const send = (c: BoardCall[]) => res.write(`event: calls\ndata: ${JSON.stringify({ calls: c })}\n\n`);
        res.write("retry: 2000\n\n");
        send(calls);
        unsubscribe = displays.subscribe(location, date, send);
        heartbeat = setInterval(() => res.write(": ping\n\n"), 20_000);
        end = setTimeout(() => res.end(), STREAM_MINUTES * 60_000);
      } catch (err) {
        request.log.error({ err }, "call display stream failed");
        if (!res.headersSent) res.writeHead(503, { "retry-after": "10" });
        res.end();
      }
    },
  );

  app.get("/wartenummer/:token", { schema: { params: TokenParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const q = QUEUE_MESSAGES[ctx.locale];
    const view = await queue.position(request.params.token, app.clock.now());
    reply.header("cache-control", "no-store");
    if (!view) throw new AppError("not-found");
    return sendPage(
      reply,
      <PositionPage
        ctx={ctx}
        q={q}
        script={app.scriptUrls["call-display"]}
        place={await place(view.ticket.location, ctx.locale)}
        view={{ ...view, counterLabel: view.ticket.counter ? counterName(q, view.ticket.counter) : null }}
      />,
    );
  });
}
