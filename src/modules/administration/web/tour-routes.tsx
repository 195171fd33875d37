import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { IsoDate, isIsoDate, Slug } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import type { FormValues, Problem } from "../domain/form-values";
import { VISIT_FIELDS } from "../domain/visit-form";
import type { TourAdmin } from "../tour-admin";
import { fullDate, stopLabel } from "./admin-text";
import { CancelVisitPage } from "./CancelVisitPage";
import { tourFieldLabel } from "./field-labels";
import { ADMIN_MESSAGES, fieldErrors, formBody, formValuesOf, hrefFor, redirectGets } from "./form-support";
import { TourPlanPage } from "./TourPlanPage";

const TourQuery = z.object({
  ort: Slug.optional(),
  datum: IsoDate.optional(),
  eingetragen: z.string().max(5).optional(),
  benachrichtigt: z.coerce.number().int().min(0).max(100000).optional(),
  hausbesuche: z.coerce.number().int().min(0).max(100000).optional(),
});
const CancelQuery = z.object({ ort: Slug.optional(), datum: IsoDate.optional() });
const VisitBody = formBody(VISIT_FIELDS);
const CancelBody = formBody(["ort", "datum", "reason-de", "reason-en"]);

/** `/verwaltung/tourenplan`: the mobile Stadtbüro's stops, visits, one-off visits and cancellations. */
export async function tourRoutes(instance: FastifyInstance, { admin }: { admin: TourAdmin }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.admin };

  const renderTour = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: FormValues; problems: Problem[] },
    notice?: { stop: string; date: string; notified?: number; reopened?: number },
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const plan = await admin.tourPlan(app.clock.now());
    const problems = form?.problems ?? [];
    let text: string | undefined;
    const stop = notice && plan.stops.find((s) => s.stop.location.key === notice.stop)?.stop;
    if (notice && stop) {
      const [label, date] = [stopLabel(stop, ctx.locale), fullDate(ctx.locale, notice.date)];
      text =
        notice.notified === undefined
          ? t.tour.visitAddedNotice(label, date)
          : t.tour.visitCancelledNotice(label, date, notice.notified);
      if (notice.reopened) text += ` ${t.tour.homeVisitsReopenedNotice(notice.reopened)}`;
    }
    const view = {
      ...plan,
      values: form?.values ?? {},
      errors: fieldErrors(t, ctx.locale, problems, (f) => tourFieldLabel(t, f)),
      notice: text,
    };
    return sendPage(reply, <TourPlanPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  app.get(
    "/verwaltung/tourenplan",
    { config, schema: { querystring: TourQuery } },
    async (request, reply) => {
      const { ort, datum, eingetragen, benachrichtigt, hausbesuche } = request.query;
      const notice =
        ort && datum && (eingetragen || benachrichtigt !== undefined)
          ? { stop: ort, date: datum, notified: benachrichtigt, reopened: hausbesuche }
          : undefined;
      return renderTour(request, reply, undefined, notice);
    },
  );

  redirectGets(app, config, ["/verwaltung/tourenplan/besuche"], () => "/verwaltung/tourenplan");

  app.post(
    "/verwaltung/tourenplan/besuche",
    { config, schema: { body: VisitBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const values = formValuesOf(request.body);
      const result = await admin.addVisit(request.actor(), values, app.clock.now());
      if (!result.ok) return renderTour(request, reply, { values, problems: result.problems });
      const { stop, date } = result.value;
      return reply.redirect(
        hrefFor(request, `/verwaltung/tourenplan?ort=${stop}&datum=${date}&eingetragen=1`),
        303,
      );
    },
  );

  const renderCancel = async (
    request: FastifyRequest,
    reply: FastifyReply,
    location: string,
    date: string,
    form?: { values: FormValues; problems: Problem[] },
  ) => {
    const visit = await admin.visitToCancel(location, date, app.clock.now());
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const problems = form?.problems ?? [];
    const view = {
      ...visit,
      values: form?.values ?? {},
      errors: fieldErrors(t, ctx.locale, problems, (f) => tourFieldLabel(t, f)),
    };
    return sendPage(reply, <CancelVisitPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  app.get(
    "/verwaltung/tourenplan/absagen",
    { config, schema: { querystring: CancelQuery } },
    async (request, reply) => {
      const { ort, datum } = request.query;
      // without a visit (the language switch after a failed submit): back to the tour plan
      if (!ort || !datum) return reply.redirect(hrefFor(request, "/verwaltung/tourenplan"), 303);
      return renderCancel(request, reply, ort, datum);
    },
  );

  app.post(
    "/verwaltung/tourenplan/absagen",
    { config, schema: { body: CancelBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { ort, datum } = request.body;
      if (!ort || !datum || !Slug.safeParse(ort).success || !isIsoDate(datum))
        throw new AppError("bad-request");
      const values = formValuesOf(request.body);
      const result = await admin.cancelVisit(request.actor(), ort, datum, values, app.clock.now());
      if (!result.ok) return renderCancel(request, reply, ort, datum, { values, problems: result.problems });
      const { notified, reopened } = result.value;
      const query = `ort=${ort}&datum=${datum}&benachrichtigt=${notified}${reopened > 0 ? `&hausbesuche=${reopened}` : ""}`;
      return reply.redirect(hrefFor(request, `/verwaltung/tourenplan?${query}`), 303);
    },
  );
}
