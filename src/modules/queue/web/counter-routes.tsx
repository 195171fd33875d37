import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext, type PlaceScope, worksAt } from "../../staff";
import { CounterPage, type CounterView, PickCounterPage } from "./CounterPage";
import { clockTime, counterName, QUEUE_MESSAGES } from "./labels";
import { asList, list, type QueueRouteOptions, serviceNamer, text } from "./route-support";

const TicketBody = z.object({
  _csrf: CsrfField,
  ticket: z.string().regex(/^\d{1,9}$/),
  back: text,
  services: list,
});
const CounterQuery = z.object({ meldung: text, nummer: text });

type Notice =
  | "called"
  | "recalled"
  | "missed"
  | "started"
  | "finished"
  | "empty"
  | "busy"
  | "conflict"
  | "requeued";

/** A clerk's workplace and counter: call next, recall, missed, start, finish, put back. */
export async function counterRoutes(instance: FastifyInstance, { queue, places }: QueueRouteOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const frontDesk = { access: ACCESS.frontDesk };
  const zone = () => app.booking.timeZone();
  const { serviceName } = serviceNamer(app);

  const counterChoices = async (locale: "de" | "en", date: string, scope: PlaceScope) => {
    const q = QUEUE_MESSAGES[locale];
    const choices: { value: string; label: string }[] = [];
    for (const l of await places.locations(locale, scope)) {
      for (const c of await places.counters(l.value, date)) {
        choices.push({ value: `${l.value}/${c}`, label: `${l.label} – ${counterName(q, c)}` });
      }
    }
    return choices;
  };

  const renderPick = async (request: FastifyRequest, reply: FastifyReply, errors: FieldError[]) => {
    const ctx = backOfficeContext(request, reply);
    const q = QUEUE_MESSAGES[ctx.locale];
    const choices = await counterChoices(
      ctx.locale,
      await queue.dateOf(app.clock.now()),
      request.placeScope(),
    );
    const value =
      ctx.viewer.location && ctx.viewer.counter ? `${ctx.viewer.location}/${ctx.viewer.counter}` : undefined;
    const page = <PickCounterPage ctx={ctx} q={q} choices={choices} value={value} errors={errors} />;
    return sendPage(reply, page, errors.length ? 400 : 200);
  };

  app.get("/verwaltung/schalter/arbeitsplatz", { config: frontDesk }, async (request, reply) =>
    renderPick(request, reply, []),
  );

  app.post(
    "/verwaltung/schalter/arbeitsplatz",
    {
      config: frontDesk,
      schema: { body: z.object({ _csrf: CsrfField, place: text }) },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const choices = await counterChoices(
        ctx.locale,
        await queue.dateOf(app.clock.now()),
        request.placeScope(),
      );
      const place = request.body.place ?? "";
      const session = request.staffSession;
      if (!session || !choices.some((c) => c.value === place)) {
        return renderPick(request, reply, [
          { field: "place", message: QUEUE_MESSAGES[ctx.locale].counter.placeInvalid },
        ]);
      }
      const [location = "", counter = ""] = place.split("/");
      await app.staff.pickCounter(session, location, counter);
      return reply.redirect(ctx.href("/verwaltung/schalter"), 303);
    },
  );

  const renderCounter = async (
    request: FastifyRequest,
    reply: FastifyReply,
    notice: string | undefined,
    errors: FieldError[],
  ) => {
    const ctx = backOfficeContext(request, reply);
    const { location, counter } = ctx.viewer;
    if (!location || !counter || !worksAt(request.placeScope(), location))
      return reply.redirect(ctx.href("/verwaltung/schalter/arbeitsplatz"), 303);
    const q = QUEUE_MESSAGES[ctx.locale];
    const now = app.clock.now();
    const date = await queue.dateOf(now);
    const tz = await zone();
    const all = await queue.tickets(location, date);
    const current = all.find(
      (t) => t.counter === counter && (t.status === "called" || t.status === "serving"),
    );
    let appointmentLabel: string | null = null;
    if (current?.appointmentId && current.dueAt) {
      const code = (await queue.appointmentCode(current.appointmentId)) ?? "";
      appointmentLabel = q.counter.appointmentAt(clockTime(ctx.locale, tz, current.dueAt), code);
    }
    const view: CounterView = {
      place: (await app.locations.directory()).byKey.get(location)?.name[ctx.locale] ?? location,
      counterLabel: counterName(q, counter),
      current: current && {
        ...current,
        calledAtLabel: current.calledAt ? clockTime(ctx.locale, tz, current.calledAt) : "",
        appointmentLabel,
        serviceChoices: await Promise.all(
          current.services.map(async (k) => ({ value: k, label: await serviceName(ctx.locale, k) })),
        ),
      },
      waitingCount: all.filter((t) => t.status === "waiting").length,
      missed: all.filter((t) => t.status === "missed"),
    };
    return sendPage(
      reply,
      <CounterPage ctx={ctx} q={q} view={view} notice={notice} errors={errors} />,
      errors.length ? 400 : 200,
    );
  };

  app.get(
    "/verwaltung/schalter",
    { config: frontDesk, schema: { querystring: CounterQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const c = QUEUE_MESSAGES[ctx.locale].counter;
      const n = (request.query.nummer ?? "").slice(0, 5);
      const notices: Record<Notice, string> = {
        called: c.calledNotice(n),
        recalled: c.recalledNotice(n),
        missed: c.missedNotice(n),
        started: c.startedNotice(n),
        finished: c.finishedNotice(n),
        empty: c.emptyNotice,
        busy: c.busyNotice(n),
        conflict: c.conflictNotice,
        requeued: QUEUE_MESSAGES[ctx.locale].day.requeued(n),
      };
      const key = request.query.meldung as Notice | undefined;
      return renderCounter(request, reply, key && key in notices ? notices[key] : undefined, []);
    },
  );

  const backToCounter = (request: FastifyRequest, reply: FastifyReply, notice: Notice, number = "") =>
    reply.redirect(
      backOfficeContext(request, reply).href(
        `/verwaltung/schalter?meldung=${notice}${number ? `&nummer=${number}` : ""}`,
      ),
      303,
    );

  /** The counter this session works at; a place taken from the person since is refused. */
  const workplace = (request: FastifyRequest) => {
    const s = request.staffSession;
    if (!s?.location || !s.counter) throw new AppError("bad-request", { reason: "no-counter" });
    if (!worksAt(request.placeScope(), s.location)) throw new AppError("forbidden");
    return { location: s.location, counter: s.counter };
  };

  app.post(
    "/verwaltung/schalter/aufrufen",
    { config: frontDesk, schema: { body: z.object({ _csrf: CsrfField }) }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const session = request.staffSession;
      if (!session?.location || !session.counter) {
        return reply.redirect(
          backOfficeContext(request, reply).href("/verwaltung/schalter/arbeitsplatz"),
          303,
        );
      }
      const result = await queue.callNext(request.actor(), workplace(request), app.clock.now());
      if (result.kind === "empty") return backToCounter(request, reply, "empty");
      return backToCounter(request, reply, result.kind === "busy" ? "busy" : "called", result.ticket.number);
    },
  );

  const ticketAction = (path: string, action: "recall" | "missed" | "start", notice: Notice) =>
    app.post(
      path,
      { config: frontDesk, schema: { body: TicketBody }, preHandler: app.csrfProtection },
      async (request, reply) => {
        try {
          const ticket = await queue.act(
            request.actor(),
            action,
            { ticketId: Number(request.body.ticket), counter: workplace(request).counter },
            app.clock.now(),
            request.placeScope(),
          );
          return backToCounter(request, reply, notice, ticket.number);
        } catch (error) {
          if (error instanceof AppError && error.code === "conflict")
            return backToCounter(request, reply, "conflict");
          throw error;
        }
      },
    );
  ticketAction("/verwaltung/schalter/erneut", "recall", "recalled");
  ticketAction("/verwaltung/schalter/verpasst", "missed", "missed");
  ticketAction("/verwaltung/schalter/beginnen", "start", "started");

  app.post(
    "/verwaltung/schalter/abschliessen",
    { config: frontDesk, schema: { body: TicketBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const services = asList(request.body.services);
      const known = (await app.catalog.catalog()).byKey;
      if (services.length === 0 || services.some((s) => !known.has(s))) {
        const message = QUEUE_MESSAGES[ctx.locale].counter.servicesDoneMissing;
        return renderCounter(request, reply, undefined, [{ field: "services", message }]);
      }
      try {
        const ticket = await queue.act(
          request.actor(),
          "finish",
          {
            ticketId: Number(request.body.ticket),
            counter: workplace(request).counter,
            servicesDone: services,
          },
          app.clock.now(),
          request.placeScope(),
        );
        return backToCounter(request, reply, "finished", ticket.number);
      } catch (error) {
        if (error instanceof AppError && error.code === "conflict")
          return backToCounter(request, reply, "conflict");
        throw error;
      }
    },
  );

  app.post(
    "/verwaltung/schalter/wieder-einreihen",
    { config: frontDesk, schema: { body: TicketBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const ticket = await queue.act(
        request.actor(),
        "requeue",
        { ticketId: Number(request.body.ticket), counter: request.staffSession?.counter ?? "" },
        app.clock.now(),
        request.placeScope(),
      );
      if (request.body.back === "day") {
        return reply.redirect(
          ctx.href(`/verwaltung/tag?ort=${ticket.location}&datum=${ticket.date}&wieder=${ticket.number}`),
          303,
        );
      }
      return backToCounter(request, reply, "requeued", ticket.number);
    },
  );
}
