import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ERROR_CATALOGUE, isAppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentService } from "../appointment-service";
import { holdHasLapsed } from "../domain/hold";
import { InvalidLinkPage } from "./AppointmentPages";
import {
  clientHashOf,
  DayQuery,
  dayLabel,
  durationOf,
  flowHref,
  flowOf,
  nextDayOptions,
  parseTimeChoice,
  TimeChoiceBody,
  type TimeProblem,
  TokenParams,
  timeChoices,
} from "./flow-support";
import { TimeStep } from "./TimePages";

/**
 * A hold that ran out: a page that says so and offers the free times of the same day (at the
 * same place, for the same services), or the next days with free times. Choosing one holds
 * it anew with everything entered before (contact, needs) and goes on to the check, or to the
 * details when none were entered yet.
 */
export async function expiredHoldRoutes(
  instance: FastifyInstance,
  opts: { appointments: AppointmentService; secret: string },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { appointments } = opts;

  /** Where a hold link leads when its hold has not run out: the step it is at. */
  function elsewhere(request: FastifyRequest, reply: FastifyReply, a: AppointmentView | undefined) {
    const ctx = pageContext(request);
    const { token } = request.params as { token: string };
    if (a?.status === "held") return reply.redirect(ctx.href(`/termin/r/${token}/angaben`), 303);
    if (a?.status === "confirmed") return reply.redirect(ctx.href(`/termin/r/${token}/fertig`), 303);
    return sendPage(reply, <InvalidLinkPage flow={flowOf(ctx)} />, 404);
  }

  async function durationFor(a: AppointmentView): Promise<number> {
    const { byKey } = await app.catalog.catalog();
    const services = a.services.map((k) => byKey.get(k)).filter((s) => s !== undefined);
    return durationOf(services, app.booking.settings.defaultServiceMinutes);
  }

  async function expiredPage(
    request: FastifyRequest,
    reply: FastifyReply,
    a: AppointmentView,
    chosenDay: string | undefined,
    problem?: TimeProblem,
  ) {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const { token } = request.params as { token: string };
    const timeZone = await app.booking.timeZone();
    const now = app.clock.now();
    const day = chosenDay ?? (await app.booking.today(a.startsAt));
    const slots = await app.booking.freeSlots({
      location: a.location,
      services: a.services,
      durationMinutes: await durationFor(a),
      now,
      channel: "public",
    });
    const { options, errors, status } = timeChoices(flow.t, ctx.locale, timeZone, slots, day, problem);
    const here = `/termin/r/${token}/abgelaufen`;
    const noTimes =
      options.length === 0
        ? {
            reason: await app.booking.whyNoTimes({
              location: a.location,
              services: a.services,
              date: day,
              now,
            }),
            days: nextDayOptions(ctx.locale, slots, day, (date) => flowHref(ctx, here, { tag: date })),
          }
        : undefined;
    const expired = ctx.m.errors["hold-expired"];
    const dir = await app.locations.directory();
    return sendPage(
      reply,
      <TimeStep
        flow={flow}
        title={problem ? undefined : expired.title}
        intro={problem ? undefined : expired.text}
        dayLabel={dayLabel(ctx.locale, day)}
        placeName={dir.byKey.get(a.location)?.name[ctx.locale] ?? a.location}
        options={options}
        noTimes={noTimes}
        action={ctx.href(`/termin/r/${token}/neue-zeit`)}
        hidden={{ tag: day }}
        csrfToken={reply.generateCsrf()}
        holdMinutes={app.booking.settings.holdMinutes}
        errors={errors}
        taken={problem === "taken"}
      />,
      problem ? status : ERROR_CATALOGUE["hold-expired"].status,
    );
  }

  app.get(
    "/termin/r/:token/abgelaufen",
    { schema: { params: TokenParams, querystring: DayQuery } },
    async (request, reply) => {
      const a = await appointments.byHoldToken(request.params.token);
      if (!a || !holdHasLapsed(a, app.clock.now())) return elsewhere(request, reply, a);
      return expiredPage(request, reply, a, request.query.tag);
    },
  );

  app.post(
    "/termin/r/:token/neue-zeit",
    {
      schema: { params: TokenParams, body: TimeChoiceBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const a = await appointments.byHoldToken(request.params.token);
      if (!a || !holdHasLapsed(a, app.clock.now())) return elsewhere(request, reply, a);
      const choice = parseTimeChoice(request.body.zeit);
      if (!choice) return expiredPage(request, reply, a, request.body.tag, "none");
      const result = await appointments
        .holdAgain(
          a,
          { start: choice.start, counter: choice.counter, durationMinutes: await durationFor(a) },
          clientHashOf(request, opts.secret),
          app.clock.now(),
        )
        .catch((error: unknown) => {
          if (isAppError(error, "slot-taken")) return { ok: false as const, reason: "slot-taken" as const };
          throw error;
        });
      if (!result.ok)
        return expiredPage(
          request,
          reply,
          a,
          request.body.tag,
          result.reason === "too-many" ? "too-many" : "taken",
        );
      const next = a.email ? "pruefen" : "angaben";
      return reply.redirect(ctx.href(`/termin/r/${result.holdToken}/${next}`), 303);
    },
  );
}
