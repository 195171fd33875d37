import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendPage } from "../../../platform/views/render";
import type { OpeningPlan } from "../../booking";
import type { LocationEntry } from "../../locations";
import { ACCESS, backOfficeContext } from "../../staff";
import type { ChangeResult } from "../admin-context";
import { capacityField } from "../domain/counter-form";
import type { FormValues, Problem } from "../domain/form-values";
import { placeFormValues } from "../domain/place-form";
import type { PlaceAdmin } from "../place-admin";
import { placeFieldLabel } from "./field-labels";
import {
  ADMIN_MESSAGES,
  fieldErrors,
  formBody,
  formValuesOf,
  hrefFor,
  KeyedFormBody,
  localeOf,
  redirectGets,
} from "./form-support";
import { PlaceEditPage } from "./PlaceEditPage";
import { PlacesPage } from "./PlacesPage";

const KeyParams = z.object({ key: z.string().max(100) });
const PlanParams = z.object({ key: z.string().max(100), plan: z.string().max(100) });
const Slugish = z
  .string()
  .max(60)
  .regex(/^[a-z0-9-]*$/);
const NoticeQuery = z.object({
  gespeichert: z.string().max(5).optional(),
  zurueckgezogen: z.string().max(5).optional(),
  wiederhergestellt: z.string().max(5).optional(),
  hinzugefuegt: Slugish.optional(),
  entfernt: Slugish.optional(),
});
const PlaceBody = formBody(["name-de", "name-en", "kind", "street", "postal-code", "city"]);
const StatusBody = formBody(["action"]);
const RemoveBody = formBody(["counter"]);

/** The form's values of a place and its plans' counters, as stored. */
function storedValues(entry: LocationEntry, plans: OpeningPlan[]): Record<string, string> {
  const values: Record<string, string> = placeFormValues(entry.location);
  for (const plan of plans)
    for (const c of plan.counters) {
      values[capacityField(plan.key, c.key, "public")] = String(c.publicCapacity);
      values[capacityField(plan.key, c.key, "staff")] = String(c.staffCapacity);
    }
  return values;
}

/** `/verwaltung/orte`: places with their kind, address and counters; withdraw and restore. */
export async function placeRoutes(instance: FastifyInstance, { admin }: { admin: PlaceAdmin }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.admin };

  app.get("/verwaltung/orte", { config }, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const view = await admin.listPlaces();
    return sendPage(reply, <PlacesPage ctx={ctx} t={ADMIN_MESSAGES[ctx.locale]} view={view} />);
  });

  /** The place page; after a failed POST with the posted values over the stored ones. */
  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    form?: { values?: FormValues; problems: Problem[] },
    notice?: string,
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const { entry, plans } = await admin.getPlace(key);
    const problems = form?.problems ?? [];
    const view = {
      entry,
      plans,
      values: { ...storedValues(entry, plans), ...form?.values },
      errors: fieldErrors(t, ctx.locale, problems, (f) => placeFieldLabel(t, f)),
      notice,
    };
    return sendPage(reply, <PlaceEditPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  /** Redirects to the place page with a notice, or shows it again with the problems. */
  const answer = (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    result: ChangeResult<unknown>,
    values: FormValues | undefined,
    notice: string,
  ) =>
    result.ok
      ? reply.redirect(hrefFor(request, `/verwaltung/orte/${key}?${notice}`), 303)
      : renderEdit(request, reply, key, { values, problems: result.problems });

  app.get(
    "/verwaltung/orte/:key",
    { config, schema: { params: KeyParams, querystring: NoticeQuery } },
    async (request, reply) => {
      const t = ADMIN_MESSAGES[localeOf(request)];
      const q = request.query;
      const notice = q.gespeichert
        ? t.common.saved
        : q.zurueckgezogen
          ? t.places.withdrawnNotice
          : q.wiederhergestellt
            ? t.places.restoredNotice
            : q.hinzugefuegt
              ? t.places.counterAddedNotice(q.hinzugefuegt)
              : q.entfernt
                ? t.places.counterRemovedNotice(q.entfernt)
                : undefined;
      return renderEdit(request, reply, request.params.key, undefined, notice);
    },
  );

  app.post(
    "/verwaltung/orte/:key",
    { config, schema: { params: KeyParams, body: PlaceBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.updatePlace(request.actor(), key, values);
      return answer(request, reply, key, result, values, "gespeichert=1");
    },
  );

  redirectGets(
    app,
    config,
    [
      "/verwaltung/orte/:key/status",
      "/verwaltung/orte/:key/schalter/:plan",
      "/verwaltung/orte/:key/schalter/:plan/neu",
      "/verwaltung/orte/:key/schalter/:plan/entfernen",
    ],
    (key) => `/verwaltung/orte/${key}`,
  );

  app.post(
    "/verwaltung/orte/:key/status",
    { config, schema: { params: KeyParams, body: StatusBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const action = request.body.action;
      if (action !== "withdraw" && action !== "restore") {
        await admin.getPlace(key); // an unknown place is a 404 before a bad action is a 400
        return renderEdit(request, reply, key, { problems: [{ field: "status", code: "choose" }] });
      }
      const withdraw = action === "withdraw";
      const result = await admin.setPlaceWithdrawn(request.actor(), key, withdraw, app.clock.now());
      return answer(
        request,
        reply,
        key,
        result,
        undefined,
        withdraw ? "zurueckgezogen=1" : "wiederhergestellt=1",
      );
    },
  );

  app.post(
    "/verwaltung/orte/:key/schalter/:plan",
    { config, schema: { params: PlanParams, body: KeyedFormBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key, plan } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.updateCapacities(request.actor(), key, plan, values, app.clock.now());
      return answer(request, reply, key, result, values, "gespeichert=1");
    },
  );

  app.post(
    "/verwaltung/orte/:key/schalter/:plan/neu",
    { config, schema: { params: PlanParams, body: KeyedFormBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key, plan } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.addCounter(request.actor(), key, plan, values, app.clock.now());
      const added = String(values[`new__${plan}__key`] ?? "").trim();
      return answer(request, reply, key, result, values, `hinzugefuegt=${encodeURIComponent(added)}`);
    },
  );

  app.post(
    "/verwaltung/orte/:key/schalter/:plan/entfernen",
    { config, schema: { params: PlanParams, body: RemoveBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key, plan } = request.params;
      const counter = request.body.counter ?? "";
      const result = await admin.removeCounter(request.actor(), key, plan, counter, app.clock.now());
      return answer(request, reply, key, result, undefined, `entfernt=${encodeURIComponent(counter)}`);
    },
  );
}
