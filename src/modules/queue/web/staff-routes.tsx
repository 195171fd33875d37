import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import QRCode from "qrcode";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import { roundedWait } from "../domain/wait-estimate";
import type { QueueMessages } from "../messages/de";
import type { QueueService } from "../service";
import { CounterPage, type CounterView, PickCounterPage } from "./CounterPage";
import { DayPage, type DayView } from "./DayPage";
import { clockTime, counterName, QUEUE_MESSAGES } from "./labels";
import { NewTicketPage, PrintTicketPage, TicketIssuedPage } from "./TicketPages";

export interface QueuePlaces {
  /** places with a queue (those with opening plans), in directory order */
  locations(locale: "de" | "en"): Promise<{ value: string; label: string }[]>;
  /** the counters of a place on a day */
  counters(location: string, date: string): Promise<string[]>;
  sessionTimes(location: string, date: string, locale: "de" | "en"): Promise<string | null>;
  /** visits scheduled at a place on a day (home visits count for mobile stops) */
  visits(
    location: string,
    date: string,
    locale: "de" | "en",
  ): Promise<{ code: string; time: string; kind: string; services: string }[] | null>;
}

const text = z.string().max(200).optional();
const list = z.union([z.string().max(100), z.array(z.string().max(100)).max(60)]).optional();
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const DayQuery = z.object({ ort: text, datum: text, eingecheckt: text, wieder: text });
const TicketBody = z.object({
  _csrf: text,
  ticket: z.string().regex(/^\d{1,9}$/),
  back: text,
  services: list,
});
const CounterQuery = z.object({ meldung: text, nummer: text });
const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_000_000_000) });

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

/** The day view, the counter and walk-in tickets (staff only). */
export async function queueStaffRoutes(
  instance: FastifyInstance,
  { queue, places, publicUrl }: { queue: QueueService; places: QueuePlaces; publicUrl: string },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const frontDesk = { access: ACCESS.frontDesk };
  const tickets = { access: ACCESS.tickets };
  const zone = () => app.booking.timeZone();
  const serviceName = async (locale: "de" | "en", key: string) =>
    (await app.catalog.catalog()).byKey.get(key)?.name[locale] ?? key;
  const serviceNames = async (locale: "de" | "en", keys: string[]) =>
    (await Promise.all(keys.map((k) => serviceName(locale, k)))).join(", ");

  // ---- day view -------------------------------------------------------------------------

  app.get(
    "/verwaltung/tag",
    { config: frontDesk, schema: { querystring: DayQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const q = QUEUE_MESSAGES[ctx.locale];
      const now = new Date();
      const today = await queue.dateOf(now);
      const locations = await places.locations(ctx.locale);
      const errors: FieldError[] = [];
      let location = request.query.ort ?? ctx.viewer.location ?? locations[0]?.value ?? "";
      if (!locations.some((l) => l.value === location)) {
        if (request.query.ort !== undefined) errors.push({ field: "ort", message: q.day.locationInvalid });
        location = locations[0]?.value ?? "";
      }
      let date = request.query.datum ?? today;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
        errors.push({ field: "datum", message: q.day.dateInvalid });
        date = today;
      }
      const tz = await zone();
      const [appointments, all, waiting] = await Promise.all([
        queue.appointments(location, date),
        queue.tickets(location, date),
        queue.waiting(location, date, now),
      ]);
      const actor = request.actor();
      if (appointments.length > 0) await queue.audit(actor, "day-view.read", `location:${location}/${date}`);
      const byAppointment = new Map(all.filter((t) => t.appointmentId).map((t) => [t.appointmentId, t]));
      const view: DayView = {
        location,
        date,
        isToday: date === today,
        locations,
        sessionTimes: await places.sessionTimes(location, date, ctx.locale),
        appointments: await Promise.all(
          appointments.map(async (a) => ({
            id: a.id,
            time: clockTime(ctx.locale, tz, a.startsAt),
            code: a.code,
            name: a.name ?? "–",
            services: await serviceNames(ctx.locale, a.services),
            needs: describeNeeds(q, a.needs),
            status: a.status,
            byStaff: a.channel === "staff",
            ticket: byAppointment.get(a.id),
          })),
        ),
        waiting: await Promise.all(
          waiting.map(async (w) => ({
            ...w,
            arrived: clockTime(ctx.locale, tz, w.ticket.arrivedAt),
            services: await serviceNames(ctx.locale, w.ticket.services),
          })),
        ),
        active: all
          .filter((t) => t.status === "called" || t.status === "serving")
          .map((t) => ({ ...t, counterLabel: counterName(q, t.counter ?? "") })),
        missed: all.filter((t) => t.status === "missed"),
        visits: await places.visits(location, date, ctx.locale),
      };
      const notice = request.query.eingecheckt
        ? q.day.checkedInNotice(request.query.eingecheckt.slice(0, 5))
        : request.query.wieder
          ? q.day.requeued(request.query.wieder.slice(0, 5))
          : undefined;
      return sendPage(
        reply,
        <DayPage ctx={ctx} q={q} view={view} errors={errors} notice={notice} />,
        errors.length ? 400 : 200,
      );
    },
  );

  app.post(
    "/verwaltung/tag/einchecken",
    {
      config: frontDesk,
      schema: { body: z.object({ _csrf: text, appointment: z.string().regex(/^\d{1,9}$/) }) },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const ticket = await queue.checkIn(request.actor(), Number(request.body.appointment), new Date());
      return reply.redirect(
        ctx.href(
          `/verwaltung/tag?ort=${ticket.location}&datum=${ticket.date}&eingecheckt=${ticket.number}#termine`,
        ),
        303,
      );
    },
  );

  // ---- counter ---------------------------------------------------------------------------

  const counterChoices = async (locale: "de" | "en", date: string) => {
    const q = QUEUE_MESSAGES[locale];
    const choices: { value: string; label: string }[] = [];
    for (const l of await places.locations(locale)) {
      for (const c of await places.counters(l.value, date)) {
        choices.push({ value: `${l.value}/${c}`, label: `${l.label} – ${counterName(q, c)}` });
      }
    }
    return choices;
  };

  const renderPick = async (request: FastifyRequest, reply: FastifyReply, errors: FieldError[]) => {
    const ctx = backOfficeContext(request, reply);
    const q = QUEUE_MESSAGES[ctx.locale];
    const choices = await counterChoices(ctx.locale, await queue.dateOf(new Date()));
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
      schema: { body: z.object({ _csrf: text, place: text }) },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const choices = await counterChoices(ctx.locale, await queue.dateOf(new Date()));
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
    if (!location || !counter) return reply.redirect(ctx.href("/verwaltung/schalter/arbeitsplatz"), 303);
    const q = QUEUE_MESSAGES[ctx.locale];
    const now = new Date();
    const date = await queue.dateOf(now);
    const tz = await zone();
    const current = await queue.atCounter(location, counter, now);
    const all = await queue.tickets(location, date);
    let appointmentLabel: string | null = null;
    if (current?.appointmentId && current.dueAt) {
      const code =
        (await queue.appointments(location, date)).find((a) => a.id === current.appointmentId)?.code ?? "";
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

  const workplace = (request: FastifyRequest) => {
    const s = request.staffSession;
    if (!s?.location || !s.counter) throw new AppError("bad-request", { reason: "no-counter" });
    return { location: s.location, counter: s.counter };
  };

  app.post(
    "/verwaltung/schalter/aufrufen",
    { config: frontDesk, schema: { body: z.object({ _csrf: text }) }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const session = request.staffSession;
      if (!session?.location || !session.counter) {
        return reply.redirect(
          backOfficeContext(request, reply).href("/verwaltung/schalter/arbeitsplatz"),
          303,
        );
      }
      const result = await queue.callNext(request.actor(), workplace(request), new Date());
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
            new Date(),
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
          new Date(),
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
        new Date(),
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

  // ---- walk-in tickets -------------------------------------------------------------------

  const serviceChoices = async (locale: "de" | "en", location: string) => {
    const catalog = await app.catalog.catalog();
    const place = (await app.locations.directory()).byKey.get(location);
    const offered = catalog.services.filter(
      (s) => s.status === "offered" && (!place || place.services === "all" || place.services.includes(s.key)),
    );
    return offered.map((s) => ({ value: s.key, label: s.name[locale] }));
  };

  const renderNewTicket = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: { location: string; services: string[]; urgent: boolean; requestKey: string },
    errors: FieldError[],
  ) => {
    const ctx = backOfficeContext(request, reply);
    const q = QUEUE_MESSAGES[ctx.locale];
    const page = (
      <NewTicketPage
        ctx={ctx}
        q={q}
        locations={await places.locations(ctx.locale)}
        services={await serviceChoices(ctx.locale, form.location)}
        form={form}
        errors={errors}
      />
    );
    return sendPage(reply, page, errors.length ? 400 : 200);
  };

  app.get(
    "/verwaltung/wartemarken/neu",
    { config: tickets, schema: { querystring: z.object({ ort: text }) } },
    async (request, reply) => {
      const locations = await places.locations("de");
      const wanted = request.query.ort ?? request.staffSession?.location ?? "";
      const location = locations.some((l) => l.value === wanted) ? wanted : (locations[0]?.value ?? "");
      const requestKey = randomBytes(12).toString("base64url");
      return renderNewTicket(request, reply, { location, services: [], urgent: false, requestKey }, []);
    },
  );

  app.post(
    "/verwaltung/wartemarken/neu",
    {
      config: tickets,
      schema: {
        body: z.object({ _csrf: text, location: text, services: list, urgent: text, requestKey: text }),
      },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = QUEUE_MESSAGES[ctx.locale].ticket;
      const location = request.body.location ?? "";
      const services = [...new Set(asList(request.body.services))];
      const urgent = request.body.urgent === "yes";
      const requestKey = /^[A-Za-z0-9_-]{8,40}$/.test(request.body.requestKey ?? "")
        ? (request.body.requestKey as string)
        : randomBytes(12).toString("base64url");
      const errors: FieldError[] = [];
      if (!(await places.locations("de")).some((l) => l.value === location)) {
        errors.push({ field: "location", message: t.locationInvalid });
      }
      const allowed = new Set((await serviceChoices(ctx.locale, location)).map((s) => s.value));
      if (services.length === 0) errors.push({ field: "services", message: t.servicesMissing });
      else if (services.some((s) => !allowed.has(s)))
        errors.push({ field: "services", message: t.servicesUnknown });
      if (errors.length > 0)
        return renderNewTicket(request, reply, { location, services, urgent, requestKey }, errors);
      const ticket = await queue.issueWalkIn(
        request.actor(),
        { location, services, urgent, requestKey },
        new Date(),
      );
      return reply.redirect(ctx.href(`/verwaltung/wartemarken/${ticket.id}`), 303);
    },
  );

  app.get(
    "/verwaltung/wartemarken/:id",
    { config: tickets, schema: { params: IdParams } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const ticket = await queue.findTicket(request.params.id);
      if (!ticket) throw new AppError("not-found");
      const waiting = await queue.waiting(ticket.location, ticket.date, new Date());
      const position = waiting.find((w) => w.ticket.id === ticket.id)?.position ?? null;
      return sendPage(
        reply,
        <TicketIssuedPage
          ctx={ctx}
          q={QUEUE_MESSAGES[ctx.locale]}
          id={ticket.id}
          number={ticket.number}
          position={position}
          location={ticket.location}
        />,
      );
    },
  );

  app.get(
    "/verwaltung/wartemarken/:id/druck",
    { config: tickets, schema: { params: IdParams } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const q = QUEUE_MESSAGES[ctx.locale];
      const ticket = await queue.findTicket(request.params.id);
      if (!ticket) throw new AppError("not-found");
      const now = new Date();
      const entry = (await queue.waiting(ticket.location, ticket.date, now)).find(
        (w) => w.ticket.id === ticket.id,
      );
      const positionUrl = `${publicUrl}${ctx.href(`/wartenummer/${queue.positionToken(ticket)}`)}`;
      const tz = await zone();
      const issuedAt = new Intl.DateTimeFormat(ctx.locale === "de" ? "de-DE" : "en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: tz,
      }).format(ticket.arrivedAt);
      return sendPage(
        reply,
        <PrintTicketPage
          ctx={ctx}
          q={q}
          script={app.scriptUrls["call-display"]}
          number={ticket.number}
          place={
            (await app.locations.directory()).byKey.get(ticket.location)?.name[ctx.locale] ?? ticket.location
          }
          issuedAt={issuedAt}
          waitMinutes={entry ? roundedWait(entry.waitMinutes) : null}
          qrDataUri={
            await QRCode.toDataURL(positionUrl, { errorCorrectionLevel: "M", margin: 1, width: 160 })
          }
          positionUrl={positionUrl}
          backHref={ctx.href(`/verwaltung/tag?ort=${ticket.location}`)}
        />,
      );
    },
  );
}

/** The needs given at booking (wheelchair, sign language, a note) as a short line. */
function describeNeeds(q: QueueMessages, needs: unknown): string {
  if (!needs || typeof needs !== "object") return "";
  const n = needs as { wheelchair?: unknown; signLanguage?: unknown; other?: unknown };
  return [
    n.wheelchair === true ? q.day.needWheelchair : "",
    n.signLanguage === true ? q.day.needSignLanguage : "",
    typeof n.other === "string" ? n.other : "",
  ]
    .filter(Boolean)
    .join(", ");
}
