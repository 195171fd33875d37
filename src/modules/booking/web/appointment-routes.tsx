import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, FormField, IsoDate, LinkToken } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentService, AppointmentWords } from "../appointment-service";
import { parseContact } from "../domain/contact";
import { SlotDoesNotFitError } from "../domain/slots";
import {
  CancelConfirmPage,
  CheckStep,
  ContactStep,
  type ContactValues,
  DonePage,
  InvalidLinkPage,
  ManagePage,
} from "./AppointmentPages";
import {
  dayLabel,
  durationOf,
  flowHref,
  flowOf,
  parseTimeChoice,
  type TimeProblem,
  TokenParams,
  timeChoices,
} from "./flow-support";
import { DayStep, TimeStep } from "./TimePages";

const ContactBody = z.object({
  _csrf: CsrfField,
  name: FormField(1000),
  email: FormField(1000),
  phone: FormField(1000),
  needWheelchair: FormField(10),
  needSignLanguage: FormField(10),
  needOther: FormField(2000),
  website: FormField(2000),
});
const CsrfBody = z.object({ _csrf: CsrfField });
const MoveBody = z.object({ _csrf: CsrfField, zeit: FormField(100), tag: IsoDate.optional() });
const DayQuery = z.object({ tag: IsoDate.optional() });

/** From holding a slot to the confirmation, and the resident's own page to reschedule or cancel. */
export async function appointmentRoutes(
  instance: FastifyInstance,
  opts: { appointments: AppointmentService; describe: (a: AppointmentView) => Promise<AppointmentWords> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { appointments, describe } = opts;

  const invalid = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(reply, <InvalidLinkPage flow={flowOf(pageContext(request))} />, 404);

  async function contactStep(
    request: FastifyRequest,
    reply: FastifyReply,
    a: AppointmentView,
    values: ContactValues,
    errors: FieldError[],
  ) {
    const ctx = pageContext(request);
    const action = ctx.href(`/termin/r/${(request.params as { token: string }).token}/angaben`);
    return sendPage(
      reply,
      <ContactStep
        flow={flowOf(ctx)}
        action={action}
        csrfToken={reply.generateCsrf()}
        values={values}
        errors={errors}
        words={await describe(a)}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  app.get("/termin/r/:token/angaben", { schema: { params: TokenParams } }, async (request, reply) => {
    const a = await appointments.byHoldToken(request.params.token);
    if (a?.status !== "held") return invalid(request, reply);
    return contactStep(
      request,
      reply,
      a,
      { name: a.name ?? "", email: a.email ?? "", phone: a.phone ?? "" },
      [],
    );
  });

  app.post(
    "/termin/r/:token/angaben",
    { schema: { params: TokenParams, body: ContactBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const t = flowOf(ctx).t;
      const a = await appointments.byHoldToken(request.params.token);
      if (a?.status !== "held") return invalid(request, reply);
      const { _csrf, website, ...values } = request.body;
      // A field people cannot see: only a bot fills it in. It gets no appointment, and no hint why.
      if (website)
        return contactStep(request, reply, a, values, [{ field: "name", message: t.contact.nameRequired }]);
      const parsed = parseContact(values);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({ field: p.field, message: t.contact[p.problem] }));
        return contactStep(request, reply, a, values, errors);
      }
      const saved = await appointments.saveContact(a, parsed.value, app.clock.now());
      if (saved === "limit-reached") {
        return contactStep(request, reply, a, values, [
          { field: "email", message: t.contact.limitReached(app.booking.settings.maxActivePerEmail) },
        ]);
      }
      if (saved === "expired") {
        return contactStep(request, reply, a, values, [{ field: "name", message: t.contact.holdExpired }]);
      }
      return reply.redirect(ctx.href(`/termin/r/${request.params.token}/pruefen`), 303);
    },
  );

  app.get("/termin/r/:token/pruefen", { schema: { params: TokenParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const a = await appointments.byHoldToken(request.params.token);
    if (a?.status !== "held" || !a.email) return invalid(request, reply);
    const base = `/termin/r/${request.params.token}`;
    return sendPage(
      reply,
      <CheckStep
        flow={flowOf(ctx)}
        appointment={a}
        words={await describe(a)}
        action={ctx.href(`${base}/buchen`)}
        changeContact={ctx.href(`${base}/angaben`)}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/termin/r/:token/buchen",
    { schema: { params: TokenParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const a = await appointments.byHoldToken(request.params.token);
      if (!a) return invalid(request, reply);
      if (a.status === "held") {
        const manageToken = await appointments.confirm(a, app.clock.now());
        if (!manageToken) {
          const t = flowOf(ctx).t;
          return contactStep(request, reply, a, { name: a.name ?? "", email: a.email ?? "" }, [
            { field: "name", message: t.contact.holdExpired },
          ]);
        }
        return reply.redirect(ctx.href(`/termin/r/${request.params.token}/fertig?m=${manageToken}`), 303);
      }
      return reply.redirect(ctx.href(`/termin/r/${request.params.token}/fertig`), 303);
    },
  );

  app.get(
    "/termin/r/:token/fertig",
    {
      schema: {
        params: TokenParams,
        querystring: z.object({
          m: LinkToken.optional(),
        }),
      },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const a = await appointments.byHoldToken(request.params.token);
      if (a?.status !== "confirmed") return invalid(request, reply);
      const dir = await app.locations.directory();
      const manageHref = request.query.m ? ctx.href(`/termin/verwalten/${request.query.m}`) : undefined;
      return sendPage(
        reply,
        <DonePage
          flow={flowOf(ctx)}
          appointment={a}
          words={await describe(a)}
          manageHref={manageHref}
          mobile={dir.byKey.get(a.location)?.kind === "mobile-stop"}
        />,
      );
    },
  );

  // --- the resident's own page, from the link in the mail -------------------------------

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
      const a = await appointments.byManageToken(request.params.token);
      if (!a) return invalid(request, reply);
      await appointments.cancel(a, app.clock.now());
      return reply.redirect(ctx.href(`/termin/verwalten/${request.params.token}?ok=abgesagt`), 303);
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
        back={ctx.href(`${base}/verschieben`)}
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
    { schema: { params: TokenParams, body: MoveBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const a = await appointments.byManageToken(request.params.token);
      if (a?.status !== "confirmed") return invalid(request, reply);
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
          if (error instanceof SlotDoesNotFitError || error instanceof AppError) return "slot-taken" as const;
          throw error;
        });
      if (outcome === "slot-taken")
        return movePage(request, reply, request.params.token, request.body.tag, "taken");
      return reply.redirect(ctx.href(`/termin/verwalten/${request.params.token}?ok=verschoben`), 303);
    },
  );
}
