import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import type { CatalogAdmin } from "../catalog-admin";
import type { FormValues, Problem } from "../domain/form-values";
import { FEE_ROWS, feeField, serviceFormValues } from "../domain/service-form";
import { serviceFieldLabel } from "./field-labels";
import {
  ADMIN_MESSAGES,
  fieldErrors,
  formBody,
  formValuesOf,
  hrefFor,
  localeOf,
  redirectGets,
} from "./form-support";
import { ServiceEditPage } from "./ServiceEditPage";
import { ServicesPage } from "./ServicesPage";

const KeyParams = z.object({ key: z.string().max(100) });
const NoticeQuery = z.object({
  gespeichert: z.string().max(5).optional(),
  zurueckgezogen: z.string().max(5).optional(),
  wiederhergestellt: z.string().max(5).optional(),
});
const ROW_FIELDS = Array.from({ length: FEE_ROWS }, (_, row) =>
  (["kind", "amount", "condition-de", "condition-en"] as const).map((part) => feeField(row, part)),
).flat();
const ServiceBody = formBody(
  [
    "name-de",
    "name-en",
    "summary-de",
    "summary-en",
    "counter-minutes",
    "fee-kind",
    "fee-valid-from",
    "fee-note-de",
    "fee-note-en",
    ...ROW_FIELDS,
  ],
  ["channels"],
);
const StatusBody = formBody(["action"]);

/** `/verwaltung/leistungen`: the catalogue's services, an edit page each, withdraw and restore. */
export async function serviceRoutes(instance: FastifyInstance, { admin }: { admin: CatalogAdmin }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.admin };

  app.get("/verwaltung/leistungen", { config }, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const { groups, services } = await admin.listServices();
    const view = {
      groups: groups.map((entry) => ({
        entry,
        services: services.filter((s) => s.service.group === entry.group.key),
      })),
    };
    return sendPage(reply, <ServicesPage ctx={ctx} t={ADMIN_MESSAGES[ctx.locale]} view={view} />);
  });

  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string,
    form?: { values?: FormValues; problems: Problem[] },
    notice?: string,
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const entry = await admin.getService(key);
    const problems = form?.problems ?? [];
    const view = {
      entry,
      values: form?.values ?? serviceFormValues(entry.service),
      errors: fieldErrors(t, ctx.locale, problems, (f) => serviceFieldLabel(t, f)),
      notice,
    };
    return sendPage(reply, <ServiceEditPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  app.get(
    "/verwaltung/leistungen/:key",
    { config, schema: { params: KeyParams, querystring: NoticeQuery } },
    async (request, reply) => {
      const t = ADMIN_MESSAGES[localeOf(request)];
      const s = t.services;
      const q = request.query;
      const notice = q.gespeichert
        ? t.common.saved
        : q.zurueckgezogen
          ? s.withdrawnNotice
          : q.wiederhergestellt
            ? s.restoredNotice
            : undefined;
      return renderEdit(request, reply, request.params.key, undefined, notice);
    },
  );

  app.post(
    "/verwaltung/leistungen/:key",
    { config, schema: { params: KeyParams, body: ServiceBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.updateService(request.actor(), key, values);
      if (!result.ok) return renderEdit(request, reply, key, { values, problems: result.problems });
      return reply.redirect(hrefFor(request, `/verwaltung/leistungen/${key}?gespeichert=1`), 303);
    },
  );

  redirectGets(app, config, ["/verwaltung/leistungen/:key/status"], (key) => `/verwaltung/leistungen/${key}`);

  app.post(
    "/verwaltung/leistungen/:key/status",
    { config, schema: { params: KeyParams, body: StatusBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const action = request.body.action;
      if (action !== "withdraw" && action !== "restore") {
        await admin.getService(key); // an unknown service is a 404 before a bad action is a 400
        return renderEdit(request, reply, key, { problems: [{ field: "status", code: "choose" }] });
      }
      const result = await admin.setServiceWithdrawn(request.actor(), key, action === "withdraw");
      if (!result.ok) return renderEdit(request, reply, key, { problems: result.problems });
      const flag = action === "withdraw" ? "zurueckgezogen" : "wiederhergestellt";
      return reply.redirect(hrefFor(request, `/verwaltung/leistungen/${key}?${flag}=1`), 303);
    },
  );
}
