import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, isIsoDate } from "../../../domain/text";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import type { QueueMessages } from "../messages/de";
import { DayPage, type DayView } from "./DayPage";
import { clockTime, counterName, QUEUE_MESSAGES } from "./labels";
import { type QueueRouteOptions, serviceNamer, text } from "./route-support";

const DayQuery = z.object({ ort: text, datum: text, eingecheckt: text, wieder: text });

/** The day view of a place, and check-in of booked residents (clerks and the mobile team). */
export async function dayRoutes(
  instance: FastifyInstance,
  { queue, places, caseReferenceOf }: QueueRouteOptions,
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const frontDesk = { access: ACCESS.frontDesk };
  const { serviceNames } = serviceNamer(app);

  app.get(
    "/verwaltung/tag",
    { config: frontDesk, schema: { querystring: DayQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const q = QUEUE_MESSAGES[ctx.locale];
      const now = app.clock.now();
      const today = await queue.dateOf(now);
      const locations = await places.locations(ctx.locale, request.placeScope());
      const errors: FieldError[] = [];
      let location = request.query.ort ?? ctx.viewer.location ?? locations[0]?.value ?? "";
      if (!locations.some((l) => l.value === location)) {
        if (request.query.ort !== undefined) errors.push({ field: "ort", message: q.day.locationInvalid });
        location = locations[0]?.value ?? "";
      }
      let date = request.query.datum ?? today;
      if (!isIsoDate(date)) {
        errors.push({ field: "datum", message: q.day.dateInvalid });
        date = today;
      }
      const tz = await app.booking.timeZone();
      const [appointments, all] = await Promise.all([
        queue.appointments(location, date),
        queue.tickets(location, date),
      ]);
      const waiting = await queue.waiting(location, date, now, all);
      const actor = request.actor();
      if (appointments.length > 0) await queue.audit(actor, "day-view.read", `location:${location}/${date}`);
      const byAppointment = new Map(all.filter((t) => t.appointmentId).map((t) => [t.appointmentId, t]));
      // a visit booked for an online application links to the case in the back office
      const caseLinkOf = async (caseId: string | null) => {
        const reference = caseId ? await caseReferenceOf?.(caseId) : undefined;
        return caseId && reference
          ? { href: ctx.href(`/verwaltung/vorgaenge/${caseId}`), label: q.day.openCase(reference) }
          : undefined;
      };
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
            channel: a.channel,
            ticket: byAppointment.get(a.id),
            caseLink: await caseLinkOf(a.caseId),
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
      schema: { body: z.object({ _csrf: CsrfField, appointment: z.string().regex(/^\d{1,9}$/) }) },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const ticket = await queue.checkIn(
        request.actor(),
        Number(request.body.appointment),
        app.clock.now(),
        request.placeScope(),
      );
      return reply.redirect(
        ctx.href(
          `/verwaltung/tag?ort=${ticket.location}&datum=${ticket.date}&eingecheckt=${ticket.number}#termine`,
        ),
        303,
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
