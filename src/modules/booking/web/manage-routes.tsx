import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { ERROR_CATALOGUE, isAppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentService, AppointmentWords } from "../appointment-service";
import { ChangedMeanwhilePage } from "./AppointmentNotices";
import { CancelConfirmPage, InvalidLinkPage, ManagePage } from "./AppointmentPages";
import {
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
import { DayStep, TimeStep } from "./TimePages";

const CsrfBody = z.object({ _csrf: CsrfField });

/** The resident's own page, from the link in the mail: see, reschedule or cancel the appointment. */
export async function manageRoutes(
  instance: FastifyInstance,
  opts: { appointments: AppointmentService; describe: (a: AppointmentView) => Promise<AppointmentWords> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { appointments, describe } = opts;

  const invalid = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(reply, <InvalidLinkPage flow={flowOf(pageContext(request))} />, 404);

  /** A change lost against another one: say so, and lead back to the appointment as it is now. */
  const changedMeanwhile = (request: FastifyRequest, reply: FastifyReply, token: string) => {
    const ctx = pageContext(request);
    const page = (
      <ChangedMeanwhilePage flow={flowOf(ctx)} manageHref={ctx.href(`/termin/verwalten/${token}`)} />
    );
    return sendPage(reply, page, ERROR_CATALOGUE["appointment-changed"].status);
  };

  async function managePage(request: FastifyRequest, reply: FastifyReply, token: string, notice?: string) {
    const ctx = pageContext(request);
    const a = await appointments.byManageToken(token);
    if (!a) return invalid(request, reply);
    const base = `/termin/verwalten/${token}`;
    return sendPage(
      reply,
      <ManagePage
        flow={flowOf(ctx)}
        appointment={a}
        words={await describe(a)}
        notice={notice}
        rescheduleHref={ctx.href(`${base}/verschieben`)}
        cancelHref={ctx.href(`${base}/absagen`)}
        calendarHref={ctx.href(`${base}/termin.ics`)}
      />,
    );
  }

  app.get(
    "/termin/verwalten/:token",
    {
      schema: {
        params: TokenParams,
        querystring: z.object({ ok: z.enum(["abgesagt", "verschoben", "gebucht"]).optional() }),
      },
    },
    async (request, reply) => {
      const t = flowOf(pageContext(request)).t;
      const notice =
        request.query.ok === "gebucht"
          ? t.done.title
          : request.query.ok === "abgesagt"
            ? t.manage.cancelled
            : request.query.ok === "verschoben"
              ? t.manage.rescheduled
              : undefined;
      return managePage(request, reply, request.params.token, notice);
    },
  );

  // Mail scanners follow links: GET only shows the question, the POST acts.
  app.get("/termin/verwalten/:token/absagen", { schema: { params: TokenParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const a = await appointments.byManageToken(request.params.token);
    if (a?.status !== "confirmed") return managePage(request, reply, request.params.token);
    const base = `/termin/verwalten/${request.params.token}`;
    return sendPage(
      reply,
      <CancelConfirmPage
        flow={flowOf(ctx)}
        words={await describe(a)}
        action={ctx.href(`${base}/absagen`)}
        keepHref={ctx.href(base)}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/termin/verwalten/:token/absagen",
    { schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const token = request.params.token;
      const a = await appointments.byManageToken(token);
      if (!a) return invalid(request, reply);
      if (a.status === "confirmed" && !(await appointments.cancel(a, app.clock.now()))) {
        // Not cancelled by this request: a second one (a double click) may have done it; if
        // the appointment was moved meanwhile instead, nothing is cancelled and we say so.
        const current = await appointments.byManageToken(token);
        if (current?.status !== "cancelled") return changedMeanwhile(request, reply, token);
      }
      return reply.redirect(ctx.href(`/termin/verwalten/${token}?ok=abgesagt`), 303);
    },
  );

  async function movePage(
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    day: string | undefined,
    problem?: TimeProblem,
  ) {
    const ctx = pageContext(request);
    const flow = flowOf(ctx);
    const a = await appointments.byManageToken(token);
    if (a?.status !== "confirmed") return managePage(request, reply, token);
    const catalog = await app.catalog.catalog();
    const services = a.services.map((k) => catalog.byKey.get(k)).filter((s) => s !== undefined);
    const slots = await app.booking.freeSlots({
      location: a.location,
      services: a.services,
      durationMinutes: durationOf(services, app.booking.settings.defaultServiceMinutes),
      now: app.clock.now(),
      channel: "public",
    });
    const dir = await app.locations.directory();
    const placeName = dir.byKey.get(a.location)?.name[ctx.locale] ?? a.location;
    const base = `/termin/verwalten/${token}`;
    const daysHref = ctx.href(`${base}/verschieben`);
    if (!day) {
      const byDay = new Map<string, number>();
      for (const s of slots) byDay.set(s.date, (byDay.get(s.date) ?? 0) + 1);
      const days = [...byDay].map(([date, free]) => ({
        date,
        free,
        label: dayLabel(ctx.locale, date),
        href: flowHref(ctx, `${base}/verschieben`, { tag: date }),
      }));
      return sendPage(
        reply,
        <DayStep flow={flow} placeName={placeName} days={days} demo={ctx.site.demo} back={ctx.href(base)} />,
      );
    }
    const { options, errors, status } = timeChoices(
      flow.t,
      ctx.locale,
      await app.booking.timeZone(),
      slots,
      day,
      problem,
    );
    const noTimes =
      options.length === 0
        ? {
            reason: await app.booking.whyNoTimes({
              location: a.location,
              services: a.services,
              date: day,
              now: app.clock.now(),
            }),
            days: nextDayOptions(ctx.locale, slots, day, (date) =>
              flowHref(ctx, `${base}/verschieben`, { tag: date }),
            ),
            allDaysHref: daysHref,
          }
        : undefined;
    return sendPage(
      reply,
      <TimeStep
        flow={flow}
        dayLabel={dayLabel(ctx.locale, day)}
        placeName={placeName}
        options={options}
        action={ctx.href(`${base}/verschieben`)}
        hidden={{ tag: day }}
        csrfToken={reply.generateCsrf()}
        holdMinutes={app.booking.settings.holdMinutes}
        errors={errors}
        taken={problem === "taken"}
        noTimes={noTimes}
        back={daysHref}
      />,
      status,
    );
  }

  app.get(
    "/termin/verwalten/:token/verschieben",
    { schema: { params: TokenParams, querystring: DayQuery } },
    async (request, reply) => movePage(request, reply, request.params.token, request.query.tag),
  );

  app.post(
    "/termin/verwalten/:token/verschieben",
    { schema: { params: TokenParams, body: TimeChoiceBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const token = request.params.token;
      const a = await appointments.byManageToken(token);
      if (!a) return invalid(request, reply);
      // Cancelled (in another tab) since this page was shown: nothing to move any more.
      if (a.status !== "confirmed") return changedMeanwhile(request, reply, token);
      const choice = parseTimeChoice(request.body.zeit);
      if (!choice) return movePage(request, reply, request.params.token, request.body.tag, "none");
      const catalog = await app.catalog.catalog();
      const services = a.services.map((k) => catalog.byKey.get(k)).filter((s) => s !== undefined);
      const outcome = await appointments
        .reschedule(
          a,
          request.params.token,
          {
            start: choice.start,
            counter: choice.counter,
            durationMinutes: durationOf(services, app.booking.settings.defaultServiceMinutes),
          },
          app.clock.now(),
        )
        .catch((error: unknown) => {
          if (isAppError(error, "slot-taken", "appointment-changed")) return error.code;
          throw error;
        });
      if (outcome === "slot-taken") return movePage(request, reply, token, request.body.tag, "taken");
      if (outcome === "appointment-changed") return changedMeanwhile(request, reply, token);
      return reply.redirect(ctx.href(`/termin/verwalten/${token}?ok=verschoben`), 303);
    },
  );
}
