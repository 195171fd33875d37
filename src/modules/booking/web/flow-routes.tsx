import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, FormField, FormList, IsoDate, LinkToken, Slug } from "../../../domain/text";
import { pageContext } from "../../../platform/views/page-context";
import { renderPage, sendHtml, sendPage } from "../../../platform/views/render";
import type { Service } from "../../catalog";
import type { District } from "../../locations";
import type { AppointmentService } from "../appointment-service";
import type { Slot } from "../domain/slots";
import {
  bookable,
  clientHashOf,
  dayLabel,
  durationOf,
  FlowQuery,
  flowHref,
  flowOf,
  list,
  nextDayOptions,
  parseTimeChoice,
  type TimeProblem,
  timeChoices,
} from "./flow-support";
import { holdChooser } from "./hold-choice";
import { OnlineStep, PlaceStep, ServicesStep } from "./StepPages";
import { DayStep, TimeStep } from "./TimePages";
import { TimePageMemo } from "./time-page-memo";

const HoldBody = z.object({
  _csrf: CsrfField,
  leistungen: FormList(100, 20),
  ort: Slug,
  tag: IsoDate.optional(),
  zeit: FormField(100),
  vorgang: LinkToken.optional(),
});

const MAX_SERVICES = 5;

/** The districts a resident may pick: every outer district, and core districts with a stop. */
function districtsFor(
  districts: District[],
  places: { location: { district: string | null } }[],
): District[] {
  return districts.filter((d) => d.kind === "outer" || places.some((p) => p.location.district === d.key));
}

/** An online application a visit is booked for: the case a tracking secret opens, while it awaits one. */
export type CaseOfToken = (token: string) => Promise<{ id: string; serviceKey: string } | undefined>;

/**
 * The citizen's way to an appointment: services → (online hint) → place → day → time (hold).
 * Every step carries `vorgang`, the tracking secret of an application the visit is for; the
 * hold attaches the case when the secret opens one whose service was chosen, and else books
 * as usual without saying why (the pages never tell whether a secret opens a case).
 */
export async function bookingFlowRoutes(
  instance: FastifyInstance,
  opts: { appointments: AppointmentService; secret: string; caseOf?: CaseOfToken | undefined },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const holdChosen = holdChooser();
  const timePages = new TimePageMemo();

  async function chosenServices(keys: string[]): Promise<Service[]> {
    const { byKey } = await app.catalog.catalog();
    return keys.map((k) => byKey.get(k)).filter((s): s is Service => s !== undefined && bookable(s));
  }

  async function servicesStep(
    request: FastifyRequest,
    reply: FastifyReply,
    selected: string[],
    error?: string,
    vorgang?: string,
  ) {
    const flow = flowOf(pageContext(request));
    const place = (request.query as { ort?: string } | undefined)?.ort;
    const { groups, services } = await app.catalog.catalog();
    const view = groups
      .map((group) => ({ group, services: services.filter((s) => s.group === group.key && bookable(s)) }))
      .filter((g) => g.services.length > 0);
    return sendPage(
      reply,
      <ServicesStep
        flow={flow}
        groups={view}
        selected={selected}
        place={place}
        vorgang={vorgang}
        error={error}
      />,
      error ? 400 : 200,
    );
  }

  /** The case a hold is for: one the secret opens (while it awaits a visit) whose service was chosen. */
  async function caseFor(vorgang: string | undefined, keys: string[]): Promise<string | null> {
    if (!vorgang || !opts.caseOf) return null;
    const found = await opts.caseOf(vorgang);
    return found && keys.includes(found.serviceKey) ? found.id : null;
  }

  app.get("/termin", { schema: { querystring: FlowQuery } }, async (request, reply) =>
    servicesStep(
      request,
      reply,
      list(request.query.leistung ?? request.query.leistungen),
      undefined,
      request.query.vorgang,
    ),
  );

  /** Places that offer every chosen service, the resident's district first. */
  async function placesFor(services: Service[], district: string | undefined) {
    const dir = await app.locations.directory();
    const now = app.clock.now();
    const sessionsAhead = await app.booking.sessions({
      from: await app.booking.today(now),
      to: await app.booking.today(new Date(now.getTime() + 60 * 86_400_000)),
    });
    const withSessions = new Set(sessionsAhead.map((s) => s.location));
    return dir.locations
      .filter((l) => withSessions.has(l.key))
      .filter((l) =>
        services.every((s) => (l.kind === "mobile-stop" ? s.channels.mobile : s.channels.stadtbuero)),
      )
      .map((location) => ({
        location,
        districtName: location.district ? dir.districtByKey.get(location.district)?.name : undefined,
      }))
      .sort(
        (a, b) =>
          Number(b.location.district === district && district !== undefined) -
          Number(a.location.district === district && district !== undefined),
      );
  }

  app.get("/termin/ort", { schema: { querystring: FlowQuery } }, async (request, reply) => {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const keys = list(request.query.leistungen);
    const { vorgang } = request.query;
    const services = await chosenServices(keys);
    if (services.length === 0) return servicesStep(request, reply, keys, flow.t.services.none, vorgang);
    if (services.length > MAX_SERVICES)
      return servicesStep(request, reply, keys, flow.t.services.tooMany, vorgang);
    const ways = await Promise.all(services.map((s) => app.catalog.onlineWay(s)));
    const online = services.flatMap((s, i) => {
      const way = ways[i];
      return way?.status === "available" ? [{ service: s, way }] : [];
    });
    const back = flowHref(ctx, "/termin", { leistungen: keys, vorgang });
    // a visit for an application already filed online: that it can be done online is no news
    if (online.length > 0 && !request.query.trotzdem && !vorgang) {
      const continueHref = flowHref(ctx, "/termin/ort", { leistungen: keys, trotzdem: "1" });
      return sendPage(
        reply,
        <OnlineStep flow={flow} online={online} continueHref={continueHref} back={back} />,
      );
    }
    const dir = await app.locations.directory();
    const district = dir.districtByKey.has(request.query.stadtteil ?? "")
      ? request.query.stadtteil
      : undefined;
    const places = await placesFor(services, district);
    return sendPage(
      reply,
      <PlaceStep
        flow={flow}
        services={keys}
        districts={districtsFor(dir.districts, places)}
        district={district}
        places={places}
        selected={request.query.ort}
        vorgang={vorgang}
        back={back}
      />,
    );
  });

  /** The free times for the services at a place: of one `date`, or of the whole booking window. */
  async function slotsFor(services: Service[], location: string, date?: string): Promise<Slot[]> {
    return app.booking.freeSlots({
      location,
      services: services.map((s) => s.key),
      durationMinutes: durationOf(services, app.booking.settings.defaultServiceMinutes),
      now: app.clock.now(),
      channel: "public",
      ...(date ? { date } : {}),
    });
  }

  app.get("/termin/tag", { schema: { querystring: FlowQuery } }, async (request, reply) => {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const keys = list(request.query.leistungen);
    const { vorgang } = request.query;
    const services = await chosenServices(keys);
    if (services.length === 0) return servicesStep(request, reply, keys, flow.t.services.none, vorgang);
    const places = await placesFor(services, undefined);
    const place = places.find((p) => p.location.key === request.query.ort);
    if (!place) {
      const dir = await app.locations.directory();
      const back = flowHref(ctx, "/termin", { leistungen: keys, vorgang });
      return sendPage(
        reply,
        <PlaceStep
          flow={flow}
          services={keys}
          districts={districtsFor(dir.districts, places)}
          district={undefined}
          places={places}
          vorgang={vorgang}
          error={flow.t.place.none}
          back={back}
        />,
        400,
      );
    }
    const slots = await slotsFor(services, place.location.key);
    const byDay = new Map<string, number>();
    for (const s of slots) byDay.set(s.date, (byDay.get(s.date) ?? 0) + 1);
    const days = [...byDay].map(([date, free]) => ({
      date,
      free,
      label: dayLabel(ctx.locale, date),
      href: flowHref(ctx, "/termin/zeit", { leistungen: keys, ort: place.location.key, tag: date, vorgang }),
    }));
    const back = flowHref(ctx, "/termin/ort", { leistungen: keys, trotzdem: "1", vorgang });
    return sendPage(
      reply,
      <DayStep
        flow={flow}
        step={3}
        placeName={place.location.name[ctx.locale]}
        days={days}
        waitlistHref={flowHref(ctx, "/termin/warteliste", { leistungen: keys, ort: place.location.key })}
        demo={ctx.site.demo}
        back={back}
      />,
    );
  });

  async function timeStep(
    request: FastifyRequest,
    reply: FastifyReply,
    q: { keys: string[]; location: string; day: string | undefined; vorgang: string | undefined },
    problem?: TimeProblem,
    /**
     * free times just read for this request, of the page's day (a refusal shows what decided
     * it, not a second read); when none of them is on that day, the whole window is read, less
     * `refused`
     */
    known?: { slots: Slot[]; refused?: (s: Slot) => boolean },
  ) {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const services = await chosenServices(q.keys);
    const dir = await app.locations.directory();
    const place = dir.byKey.get(q.location);
    const { vorgang } = q;
    if (services.length === 0 || !place)
      return servicesStep(request, reply, q.keys, flow.t.services.none, vorgang);
    // The page shows the day's times, so they are all it reads; only a day without any (full,
    // closed) needs the whole window, for the next days it offers instead.
    const daySlots = known?.slots ?? (await slotsFor(services, q.location, q.day));
    const refused = known?.refused ?? (() => false);
    const slots =
      q.day === undefined || daySlots.some((s) => s.date === q.day)
        ? daySlots
        : (await slotsFor(services, q.location)).filter((s) => !refused(s));
    const back = flowHref(ctx, "/termin/tag", { leistungen: q.keys, ort: q.location, vorgang });
    // Times belong to a day: without one, the resident chooses the day first.
    const day = q.day;
    if (!day) return reply.redirect(back, 303);
    const timeZone = await app.booking.timeZone();
    // Everything the page shows besides the free times, by which `timePages` keeps it.
    const key = JSON.stringify([request.url, ctx.site, q, problem ?? ""]);
    const page = await timePages.page(slots, key, reply.generateCsrf(), async () => {
      const { options, errors, status } = timeChoices(flow.t, ctx.locale, timeZone, slots, day, problem);
      const noTimes =
        options.length === 0
          ? {
              reason: await app.booking.whyNoTimes({
                location: q.location,
                services: q.keys,
                date: day,
                now: app.clock.now(),
              }),
              days: nextDayOptions(ctx.locale, slots, day, (date) =>
                flowHref(ctx, "/termin/zeit", { leistungen: q.keys, ort: q.location, tag: date, vorgang }),
              ),
              allDaysHref: back,
              waitlistHref: flowHref(ctx, "/termin/warteliste", { leistungen: q.keys, ort: q.location }),
            }
          : undefined;
      const html = renderPage(
        <TimeStep
          flow={flow}
          step={3}
          dayLabel={dayLabel(ctx.locale, day)}
          placeName={place.name[ctx.locale]}
          options={options}
          action={ctx.href("/termin/halten")}
          hidden={{ leistungen: q.keys, ort: q.location, tag: day, ...(vorgang ? { vorgang } : {}) }}
          csrfToken={timePages.csrfMark}
          holdMinutes={app.booking.settings.holdMinutes}
          errors={errors}
          taken={problem === "taken"}
          noTimes={noTimes}
          back={back}
        />,
      );
      return { html, status };
    });
    return sendHtml(reply, page.html, page.status);
  }

  app.get("/termin/zeit", { schema: { querystring: FlowQuery } }, async (request, reply) =>
    timeStep(request, reply, {
      keys: list(request.query.leistungen),
      location: request.query.ort ?? "",
      day: request.query.tag,
      vorgang: request.query.vorgang,
    }),
  );

  app.post(
    "/termin/halten",
    {
      schema: { body: HoldBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const keys = list(request.body.leistungen);
      const { vorgang } = request.body;
      const q = { keys, location: request.body.ort, day: request.body.tag, vorgang };
      const services = await chosenServices(keys);
      const flow = flowOf(ctx);
      // Only services of the catalogue and a place that offers them all are ever stored.
      if (services.length === 0 || services.length !== keys.length)
        return servicesStep(request, reply, [], flow.t.services.none, vorgang);
      if (!(await placesFor(services, undefined)).some((p) => p.location.key === request.body.ort))
        return servicesStep(request, reply, keys, flow.t.place.none, vorgang);
      const choice = parseTimeChoice(request.body.zeit);
      if (!choice) return timeStep(request, reply, q, "none");
      const outcome = await holdChosen({
        location: request.body.ort,
        services: keys.join(","),
        choice,
        day: await app.booking.today(new Date(choice.start)),
        freeOfDay: (day) => slotsFor(services, request.body.ort, day),
        hold: async () =>
          opts.appointments.hold({
            services: services.map((s) => s.key),
            location: request.body.ort,
            counter: choice.counter,
            start: choice.start,
            durationMinutes: durationOf(services, app.booking.settings.defaultServiceMinutes),
            locale: ctx.locale,
            clientHash: clientHashOf(request, opts.secret),
            caseId: await caseFor(vorgang, keys),
            now: app.clock.now(),
          }),
      });
      if (outcome.kind === "held")
        return reply.redirect(ctx.href(`/termin/r/${outcome.holdToken}/angaben`), 303);
      if (outcome.kind === "too-many") return timeStep(request, reply, q, "too-many");
      // The refusal shows the free times just read when they are of the page's day.
      return timeStep(
        request,
        reply,
        q,
        "taken",
        outcome.day === q.day ? { slots: outcome.free, refused: outcome.refused } : undefined,
      );
    },
  );
}
