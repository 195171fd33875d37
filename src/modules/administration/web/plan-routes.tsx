import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import type { FormValues, Problem } from "../domain/form-values";
import { CLOSURE_FIELDS, newPlanValues, planFormValues, WINDOW_ROWS, windowField } from "../domain/plan-form";
import type { PlanAdmin } from "../plan-admin";
import { planFieldLabel } from "./field-labels";
import {
  ADMIN_MESSAGES,
  fieldErrors,
  formBody,
  formValuesOf,
  hrefFor,
  localeOf,
  redirectGets,
} from "./form-support";
import { PlanEditPage } from "./PlanEditPage";
import { PlansPage } from "./PlansPage";

const KeyParams = z.object({ key: z.string().max(100) });
const OverviewQuery = z.object({
  schliesstag: z.coerce.number().int().min(0).max(100000).optional(),
  entfernt: z.string().max(5).optional(),
});
const PlanQuery = z.object({
  gespeichert: z.string().max(5).optional(),
  angelegt: z.string().max(5).optional(),
});
const NewPlanQuery = z.object({ ort: z.string().max(100).optional() });
const WINDOW_TEXTS = Array.from({ length: WINDOW_ROWS }, (_, row) => [
  windowField(row, "start"),
  windowField(row, "end"),
]).flat();
const WINDOW_LISTS = Array.from({ length: WINDOW_ROWS }, (_, row) => windowField(row, "days"));
const PLAN_TEXTS = [
  "valid-from",
  "valid-to",
  "recurrence",
  "every-weeks",
  "nth",
  "slot-minutes",
  "min-days",
  "max-days",
  ...WINDOW_TEXTS,
];
const PlanBody = formBody(PLAN_TEXTS, WINDOW_LISTS);
const NewPlanBody = formBody([...PLAN_TEXTS, "location"], WINDOW_LISTS);
const ClosureBody = formBody(CLOSURE_FIELDS);
const RemoveClosureBody = formBody(["index", "fingerprint"]);

/** `/verwaltung/oeffnungszeiten`: opening plans per place (edit, add) and closures (add, remove). */
export async function planRoutes(instance: FastifyInstance, { admin }: { admin: PlanAdmin }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.admin };

  const renderOverview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form?: { values: FormValues; problems: Problem[] },
    notice?: string,
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const { file, places } = await admin.plansOverview();
    const problems = form?.problems ?? [];
    const view = {
      file,
      places,
      values: form?.values ?? {},
      errors: fieldErrors(t, ctx.locale, problems, (f) => planFieldLabel(t, f)),
      notice,
    };
    return sendPage(reply, <PlansPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  app.get(
    "/verwaltung/oeffnungszeiten",
    { config, schema: { querystring: OverviewQuery } },
    async (request, reply) => {
      const t = ADMIN_MESSAGES[localeOf(request)];
      const { schliesstag, entfernt } = request.query;
      const notice =
        schliesstag !== undefined
          ? t.plans.closureAddedNotice(schliesstag)
          : entfernt
            ? t.plans.closureRemovedNotice
            : undefined;
      return renderOverview(request, reply, undefined, notice);
    },
  );

  redirectGets(
    app,
    config,
    ["/verwaltung/oeffnungszeiten/schliesstage", "/verwaltung/oeffnungszeiten/schliesstage/entfernen"],
    () => "/verwaltung/oeffnungszeiten",
  );

  app.post(
    "/verwaltung/oeffnungszeiten/schliesstage",
    { config, schema: { body: ClosureBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const values = formValuesOf(request.body);
      const result = await admin.addClosure(request.actor(), values, app.clock.now());
      if (!result.ok) return renderOverview(request, reply, { values, problems: result.problems });
      return reply.redirect(hrefFor(request, `/verwaltung/oeffnungszeiten?schliesstag=${result.value}`), 303);
    },
  );

  app.post(
    "/verwaltung/oeffnungszeiten/schliesstage/entfernen",
    { config, schema: { body: RemoveClosureBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const raw = request.body.index ?? "";
      if (!/^\d{1,5}$/.test(raw)) throw new AppError("bad-request", { index: raw.slice(0, 10) });
      const index = Number(raw);
      await admin.removeClosure(request.actor(), index, request.body.fingerprint ?? "", app.clock.now());
      return reply.redirect(hrefFor(request, "/verwaltung/oeffnungszeiten?entfernt=1"), 303);
    },
  );

  const renderPlan = async (
    request: FastifyRequest,
    reply: FastifyReply,
    page: { planKey?: string; location?: string },
    form?: { values: FormValues; problems: Problem[] },
    notice?: string,
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const problems = form?.problems ?? [];
    const errors = fieldErrors(t, ctx.locale, problems, (f) => planFieldLabel(t, f));
    const status = problems.length > 0 ? 400 : 200;
    if (page.planKey) {
      const { plan, place } = await admin.getPlan(page.planKey);
      const values = form?.values ?? planFormValues(plan);
      const view = { plan, place: place.location, values, errors, notice };
      return sendPage(reply, <PlanEditPage ctx={ctx} t={t} view={view} />, status);
    }
    const { place, latest, today } = await admin.newPlanBasis(page.location ?? "", app.clock.now());
    const view = { place, values: form?.values ?? newPlanValues(latest, today), errors };
    return sendPage(reply, <PlanEditPage ctx={ctx} t={t} view={view} />, status);
  };

  app.get(
    "/verwaltung/oeffnungszeiten/neu",
    { config, schema: { querystring: NewPlanQuery } },
    async (request, reply) => {
      // without a place (the language switch after a failed submit): back to the overview
      if (!request.query.ort) return reply.redirect(hrefFor(request, "/verwaltung/oeffnungszeiten"), 303);
      return renderPlan(request, reply, { location: request.query.ort });
    },
  );

  app.post(
    "/verwaltung/oeffnungszeiten/neu",
    { config, schema: { body: NewPlanBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const location = request.body.location ?? "";
      if (!location) throw new AppError("bad-request", { location: null });
      const values = formValuesOf(request.body);
      const result = await admin.createPlan(request.actor(), location, values, app.clock.now());
      if (!result.ok) return renderPlan(request, reply, { location }, { values, problems: result.problems });
      return reply.redirect(
        hrefFor(request, `/verwaltung/oeffnungszeiten/${String(result.value)}?angelegt=1`),
        303,
      );
    },
  );

  app.get(
    "/verwaltung/oeffnungszeiten/:key",
    { config, schema: { params: KeyParams, querystring: PlanQuery } },
    async (request, reply) => {
      const t = ADMIN_MESSAGES[localeOf(request)];
      const notice = request.query.gespeichert
        ? t.common.saved
        : request.query.angelegt
          ? t.plans.createdNotice
          : undefined;
      return renderPlan(request, reply, { planKey: request.params.key }, undefined, notice);
    },
  );

  app.post(
    "/verwaltung/oeffnungszeiten/:key",
    { config, schema: { params: KeyParams, body: PlanBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.updatePlan(request.actor(), key, values, app.clock.now());
      if (!result.ok)
        return renderPlan(request, reply, { planKey: key }, { values, problems: result.problems });
      return reply.redirect(hrefFor(request, `/verwaltung/oeffnungszeiten/${key}?gespeichert=1`), 303);
    },
  );
}
