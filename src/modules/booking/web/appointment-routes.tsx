import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, FormField, LinkToken } from "../../../domain/text";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentService, AppointmentWords } from "../appointment-service";
import { parseContact } from "../domain/contact";
import { holdHasLapsed } from "../domain/hold";
import { HoldNote } from "./AppointmentNotices";
import { CheckStep, ContactStep, type ContactValues, DonePage, InvalidLinkPage } from "./AppointmentPages";
import { clockTime, flowOf, TokenParams } from "./flow-support";

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

/** What a hold already holds, as the contact form shows it. */
function storedValues(a: AppointmentView): ContactValues {
  return {
    name: a.name ?? "",
    email: a.email ?? "",
    phone: a.phone ?? "",
    needWheelchair: a.needs?.wheelchair ? "on" : undefined,
    needSignLanguage: a.needs?.signLanguage ? "on" : undefined,
    needOther: a.needs?.other ?? "",
  };
}

/**
 * From holding a slot to the confirmation. A hold that ran out leads to its own page
 * (`expired-hold-routes.tsx`), which offers new times and keeps what was entered.
 */
export async function appointmentRoutes(
  instance: FastifyInstance,
  opts: { appointments: AppointmentService; describe: (a: AppointmentView) => Promise<AppointmentWords> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { appointments, describe } = opts;

  const invalid = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(reply, <InvalidLinkPage flow={flowOf(pageContext(request))} />, 404);

  const lapsed = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.redirect(pageContext(request).href(`/termin/r/${token}/abgelaufen`), 303);

  /** "Wir halten diese Zeit für Sie bis 08:40 Uhr", in the tenant's zone. */
  async function holdNote(request: FastifyRequest, a: AppointmentView) {
    if (!a.holdExpiresAt) return undefined;
    const ctx = pageContext(request);
    const until = clockTime(ctx.locale, await app.booking.timeZone(), a.holdExpiresAt);
    return <HoldNote flow={flowOf(ctx)} until={until} lapsed={holdHasLapsed(a, app.clock.now())} />;
  }

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
        holdNote={await holdNote(request, a)}
      />,
      errors.length > 0 ? 400 : 200,
    );
  }

  app.get("/termin/r/:token/angaben", { schema: { params: TokenParams } }, async (request, reply) => {
    const a = await appointments.byHoldToken(request.params.token);
    if (a && holdHasLapsed(a, app.clock.now())) return lapsed(request, reply, request.params.token);
    if (a?.status !== "held") return invalid(request, reply);
    return contactStep(request, reply, a, storedValues(a), []);
  });

  app.post(
    "/termin/r/:token/angaben",
    { schema: { params: TokenParams, body: ContactBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const t = flowOf(ctx).t;
      const a = await appointments.byHoldToken(request.params.token);
      if (a?.status !== "held" && a?.status !== "expired") return invalid(request, reply);
      const { _csrf, website, ...values } = request.body;
      // A field people cannot see: only a bot fills it in. It gets no appointment, and no hint why.
      if (website)
        return contactStep(request, reply, a, values, [{ field: "name", message: t.contact.nameRequired }]);
      const parsed = parseContact(values);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({ field: p.field, message: t.contact[p.problem] }));
        return contactStep(request, reply, a, values, errors);
      }
      const now = app.clock.now();
      // Too late for this time: keep what was entered for the next one.
      if (holdHasLapsed(a, now)) {
        await appointments.keepLapsedContact(a, parsed.value, now);
        return lapsed(request, reply, request.params.token);
      }
      const saved = await appointments.saveContact(a, parsed.value, now);
      if (saved === "limit-reached") {
        return contactStep(request, reply, a, values, [
          { field: "email", message: t.contact.limitReached(app.booking.settings.maxActivePerEmail) },
        ]);
      }
      if (saved === "expired") {
        // The hold ran out between reading and writing.
        await appointments.keepLapsedContact(a, parsed.value, app.clock.now());
        return lapsed(request, reply, request.params.token);
      }
      return reply.redirect(ctx.href(`/termin/r/${request.params.token}/pruefen`), 303);
    },
  );

  app.get("/termin/r/:token/pruefen", { schema: { params: TokenParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const a = await appointments.byHoldToken(request.params.token);
    if (a && holdHasLapsed(a, app.clock.now())) return lapsed(request, reply, request.params.token);
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
        holdNote={await holdNote(request, a)}
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
      if (holdHasLapsed(a, app.clock.now())) return lapsed(request, reply, request.params.token);
      if (a.status === "held") {
        const manageToken = await appointments.confirm(a, app.clock.now());
        if (!manageToken) {
          // Not booked: the hold ran out meanwhile, or the contact is missing.
          const current = await appointments.byHoldToken(request.params.token);
          if (current && holdHasLapsed(current, app.clock.now()))
            return lapsed(request, reply, request.params.token);
          return reply.redirect(ctx.href(`/termin/r/${request.params.token}/angaben`), 303);
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
          calendarHref={ctx.href(`/termin/r/${request.params.token}/termin.ics`)}
        />,
      );
    },
  );
}
