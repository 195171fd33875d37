import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentWords } from "../appointment-service";
import { SlotDoesNotFitError } from "../domain/slots";
import { parseSlotRequest, parseStaffBookingDetails, type SlotRequest } from "../domain/staff-booking";
import type { StaffBookings } from "../staff-booking";
import { dayLabel, durationOf, flowHref, parseTimeChoice } from "./flow-support";
import { ChoosePage, type ChooseValues, type StaffBookingPage, TimesPage } from "./StaffBookingPages";
import {
  BookedPage,
  CheckPage,
  DetailsPage,
  type DetailsValues,
  detailsValuesOf,
  ExpiredPage,
} from "./StaffBookingPersonPages";
import {
  BASE,
  BookedQuery,
  ChooseQuery,
  CsrfBody,
  chooseValues,
  DetailsBody,
  HoldBody,
  otherDays,
  STAFF_BOOKING_MESSAGES,
  staffChoices,
  TokenParams,
  timeChoices,
  timesHref,
} from "./staff-booking-support";

/**
 * The back office's booking for callers and people at the desk (clerks and the mobile team,
 * at their own places): place, services and day → a time, held → the person's details →
 * check → booked, with the code to read out.
 */
export async function staffBookingRoutes(
  instance: FastifyInstance,
  opts: { staffBookings: StaffBookings; describe: (a: AppointmentView) => Promise<AppointmentWords> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { staffBookings } = opts;
  const config = { access: ACCESS.frontDesk };
  const settings = app.booking.settings;

  // One context per request: each would make a CSRF token, and without a cookie yet a secret too.
  const pages = new WeakMap<FastifyRequest, StaffBookingPage>();
  const pageOf = (request: FastifyRequest, reply: FastifyReply): StaffBookingPage => {
    let page = pages.get(request);
    if (!page) {
      const ctx = backOfficeContext(request, reply);
      page = { ctx, t: STAFF_BOOKING_MESSAGES[ctx.locale] };
      pages.set(request, page);
    }
    return page;
  };
  /** Words for the appointment in the page's language (not the confirmation's). */
  const wordsFor = (page: StaffBookingPage, a: AppointmentView) =>
    opts.describe({ ...a, locale: page.ctx.locale });
  const clockTime = async (locale: "de" | "en", at: Date) =>
    new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone: await app.booking.timeZone(),
    }).format(at);

  async function choosePage(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ChooseValues,
    errors: FieldError[],
  ) {
    const page = pageOf(request, reply);
    const choices = await staffChoices(app, request.placeScope(), page.ctx.locale);
    return sendPage(
      reply,
      <ChoosePage
        page={page}
        places={choices.places}
        serviceGroups={choices.serviceGroups}
        values={values}
        errors={errors}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  /** Checks the first step: the request, or the step again with its problems (sent). */
  async function slotRequest(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ChooseValues,
  ): Promise<{ ok: true; value: SlotRequest } | { ok: false; sent: FastifyReply }> {
    const page = pageOf(request, reply);
    const choices = await staffChoices(app, request.placeScope(), page.ctx.locale);
    const parsed = parseSlotRequest(values, {
      places: choices.places.map((p) => p.value),
      servicesAt: choices.servicesAt,
      today: await app.booking.today(app.clock.now()),
    });
    if (parsed.ok) return parsed;
    const errors = parsed.problems.map((p) => ({ field: p.field, message: page.t.problems[p.problem] }));
    return { ok: false, sent: await choosePage(request, reply, values, errors) };
  }

  async function timesPage(
    request: FastifyRequest,
    reply: FastifyReply,
    chosen: SlotRequest,
    problem?: "none" | "taken",
  ) {
    const page = pageOf(request, reply);
    const { ctx, t } = page;
    const choices = await staffChoices(app, request.placeScope(), ctx.locale);
    const services = choices.services(chosen.services);
    const durationMinutes = durationOf(services, settings.defaultServiceMinutes);
    const slots = await staffBookings.freeSlots(request.placeScope(), {
      location: chosen.place,
      services: chosen.services,
      durationMinutes,
      now: app.clock.now(),
    });
    const times = timeChoices(
      t,
      slots.filter((s) => s.date === chosen.day),
    );
    const message =
      problem === "taken" ? t.problems.taken : problem === "none" ? t.problems.timeRequired : undefined;
    const errors = message ? [{ field: "zeit", message }] : [];
    return sendPage(
      reply,
      <TimesPage
        page={page}
        placeName={choices.placeName(chosen.place)}
        dayLabel={dayLabel(ctx.locale, chosen.day)}
        services={services.map((s) => s.name[ctx.locale]).join(", ")}
        durationMinutes={durationMinutes}
        times={times}
        hidden={{ ort: chosen.place, leistungen: chosen.services, tag: chosen.day }}
        otherDays={otherDays(ctx, slots, chosen)}
        changeHref={flowHref(ctx, BASE, { ort: chosen.place, leistungen: chosen.services, tag: chosen.day })}
        holdMinutes={settings.holdMinutes}
        errors={errors}
        taken={problem === "taken"}
      />,
      problem === "taken" ? 409 : problem === "none" ? 400 : 200,
    );
  }

  app.get(BASE, { config, schema: { querystring: ChooseQuery } }, async (request, reply) => {
    const values = chooseValues(request.query);
    const scope = request.placeScope();
    const own = request.staffSession?.location;
    const ort = values.ort ?? (own && (scope === "all" || scope.has(own)) ? own : undefined);
    const tag = values.tag ?? (await app.booking.today(app.clock.now()));
    return choosePage(request, reply, { ...values, ort, tag }, []);
  });

  app.get(`${BASE}/zeit`, { config, schema: { querystring: ChooseQuery } }, async (request, reply) => {
    const parsed = await slotRequest(request, reply, chooseValues(request.query));
    return parsed.ok ? timesPage(request, reply, parsed.value) : parsed.sent;
  });

  app.post(
    `${BASE}/halten`,
    { config, schema: { body: HoldBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const parsed = await slotRequest(request, reply, chooseValues(request.body));
      if (!parsed.ok) return parsed.sent;
      const chosen = parsed.value;
      const choice = parseTimeChoice(request.body.zeit);
      if (!choice) return timesPage(request, reply, chosen, "none");
      const { ctx } = pageOf(request, reply);
      const services = (await staffChoices(app, request.placeScope(), ctx.locale)).services(chosen.services);
      const result = await staffBookings
        .hold(request.placeScope(), {
          location: chosen.place,
          services: chosen.services,
          start: choice.start,
          durationMinutes: durationOf(services, settings.defaultServiceMinutes),
          locale: ctx.locale,
          now: app.clock.now(),
        })
        .catch((error: unknown) => {
          // A time that no longer fits the plan (changed meanwhile) counts as taken.
          if (
            error instanceof SlotDoesNotFitError ||
            (error instanceof AppError && error.code === "not-found")
          )
            return { ok: false as const, reason: "slot-taken" as const };
          throw error;
        });
      if (!result.ok) return timesPage(request, reply, chosen, "taken");
      return reply.redirect(ctx.href(`${BASE}/${result.holdToken}/angaben`), 303);
    },
  );

  // The forms post to paths of their own; opening one (the language switch on a page
  // answering a post, a reload) leads to the step instead of a 404.
  app.get(`${BASE}/halten`, { config }, async (request, reply) =>
    reply.redirect(pageOf(request, reply).ctx.href(BASE), 303),
  );

  /** The staff hold behind the link (404 when unknown, 403 at another's place). */
  async function heldAppointment(request: FastifyRequest, token: string): Promise<AppointmentView> {
    const a = await staffBookings.byHoldToken(request.placeScope(), token);
    if (!a) throw new AppError("not-found");
    return a;
  }

  async function expiredPage(
    request: FastifyRequest,
    reply: FastifyReply,
    a: AppointmentView,
    status: number,
  ) {
    const page = pageOf(request, reply);
    const day = await app.booking.today(a.startsAt);
    const againHref = timesHref(page.ctx, a.location, a.services, day);
    return sendPage(reply, <ExpiredPage page={page} againHref={againHref} />, status);
  }

  async function detailsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    a: AppointmentView,
    values: DetailsValues,
    errors: FieldError[],
  ) {
    const page = pageOf(request, reply);
    const token = (request.params as { token: string }).token;
    return sendPage(
      reply,
      <DetailsPage
        page={page}
        words={await wordsFor(page, a)}
        heldUntil={a.holdExpiresAt ? await clockTime(page.ctx.locale, a.holdExpiresAt) : ""}
        action={page.ctx.href(`${BASE}/${token}/angaben`)}
        values={values}
        errors={errors}
        retentionDays={settings.retentionDays}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  /** Where a link of a booked or unfinished appointment leads instead of its step. */
  const stepOf = (a: AppointmentView, token: string) =>
    a.status === "confirmed" ? `${BASE}/${token}/gebucht` : `${BASE}/${token}/angaben`;

  app.get(`${BASE}/:token/angaben`, { config, schema: { params: TokenParams } }, async (request, reply) => {
    const a = await heldAppointment(request, request.params.token);
    if (a.status === "confirmed")
      return reply.redirect(pageOf(request, reply).ctx.href(stepOf(a, request.params.token)), 303);
    if (!staffBookings.isHeld(a, app.clock.now())) return expiredPage(request, reply, a, 200);
    return detailsPage(request, reply, a, detailsValuesOf(a, pageOf(request, reply).ctx.locale), []);
  });

  app.post(
    `${BASE}/:token/angaben`,
    { config, schema: { params: TokenParams, body: DetailsBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { token } = request.params;
      const a = await heldAppointment(request, token);
      const page = pageOf(request, reply);
      if (a.status === "confirmed") return reply.redirect(page.ctx.href(stepOf(a, token)), 303);
      const { _csrf, ...values } = request.body;
      const parsed = parseStaffBookingDetails(values);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({ field: p.field, message: page.t.problems[p.problem] }));
        return detailsPage(request, reply, a, values, errors);
      }
      if ((await staffBookings.saveDetails(a, parsed.value, app.clock.now())) === "expired")
        return expiredPage(request, reply, a, 409);
      return reply.redirect(page.ctx.href(`${BASE}/${token}/pruefen`), 303);
    },
  );

  app.get(`${BASE}/:token/pruefen`, { config, schema: { params: TokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const a = await heldAppointment(request, token);
    const page = pageOf(request, reply);
    if (a.status === "confirmed" || a.channel === "staff")
      return reply.redirect(page.ctx.href(stepOf(a, token)), 303);
    if (!staffBookings.isHeld(a, app.clock.now())) return expiredPage(request, reply, a, 200);
    return sendPage(
      reply,
      <CheckPage
        page={page}
        appointment={a}
        words={await wordsFor(page, a)}
        action={page.ctx.href(`${BASE}/${token}/buchen`)}
        changeHref={page.ctx.href(`${BASE}/${token}/angaben`)}
      />,
    );
  });

  app.post(
    `${BASE}/:token/buchen`,
    { config, schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { token } = request.params;
      const a = await heldAppointment(request, token);
      const { ctx } = pageOf(request, reply);
      if (a.status === "confirmed" || a.channel === "staff")
        return reply.redirect(ctx.href(stepOf(a, token)), 303);
      const result = await staffBookings.confirm(request.actor(), a, app.clock.now());
      if (!result.ok) return expiredPage(request, reply, a, 409);
      if (result.mail === "failed") {
        // The appointment is booked; staff read the code out. Neither the address nor the mailer's message is logged.
        const error = result.mailError;
        request.log.error(
          { subject: `appointment:${a.id}`, error: error instanceof Error ? error.name : "unknown" },
          "staff booking: confirmation mail not sent",
        );
      }
      return reply.redirect(ctx.href(`${BASE}/${token}/gebucht?mail=${result.mail}`), 303);
    },
  );

  app.get(`${BASE}/:token/buchen`, { config, schema: { params: TokenParams } }, async (request, reply) =>
    reply.redirect(pageOf(request, reply).ctx.href(`${BASE}/${request.params.token}/pruefen`), 303),
  );

  app.get(
    `${BASE}/:token/gebucht`,
    { config, schema: { params: TokenParams, querystring: BookedQuery } },
    async (request, reply) => {
      const { token } = request.params;
      const a = await heldAppointment(request, token);
      const page = pageOf(request, reply);
      if (a.status === "held") return reply.redirect(page.ctx.href(`${BASE}/${token}/pruefen`), 303);
      if (a.status !== "confirmed") throw new AppError("not-found");
      const day = await app.booking.today(a.startsAt);
      return sendPage(
        reply,
        <BookedPage
          page={page}
          appointment={a}
          words={await wordsFor(page, a)}
          mail={request.query.mail}
          anotherHref={page.ctx.href(BASE)}
          dayHref={flowHref(page.ctx, "/verwaltung/tag", { ort: a.location, datum: day })}
        />,
      );
    },
  );
}
