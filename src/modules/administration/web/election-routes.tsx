import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { instantToCivil } from "../../../domain/zoned-time";
import { formatDate } from "../../../platform/i18n/i18n";
import { sendPage } from "../../../platform/views/render";
import type { Election } from "../../applications";
import { isOpenForApplications } from "../../applications/domain/index";
import { ACCESS, backOfficeContext } from "../../staff";
import { electionFormValues } from "../domain/election-form";
import type { FormValues, Problem } from "../domain/form-values";
import type { ElectionAdmin } from "../election-admin";
import { ElectionEditPage } from "./ElectionEditPage";
import { type ElectionRow, ElectionsPage } from "./ElectionsPage";
import { electionFieldLabel } from "./field-labels";
import {
  ADMIN_MESSAGES,
  fieldErrors,
  formBody,
  formValuesOf,
  hrefFor,
  localeOf,
  redirectGets,
} from "./form-support";

const KeyParams = z.object({ key: z.string().max(100) });
const NoticeQuery = z.object({
  eingetragen: z.string().max(5).optional(),
  gespeichert: z.string().max(5).optional(),
  zurueckgezogen: z.string().max(5).optional(),
  wiederhergestellt: z.string().max(5).optional(),
});
const ElectionBody = formBody([
  "key",
  "name-de",
  "name-en",
  "election-day",
  "applications-from",
  "deadline-date",
  "deadline-time",
]);
const StatusBody = formBody(["action"]);

/** `/verwaltung/wahlen`: the elections a Wahlschein is applied for online; add, change, withdraw, restore. */
export async function electionRoutes(instance: FastifyInstance, { admin }: { admin: ElectionAdmin }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.admin };

  const deadlineOf = (election: Election, timeZone: string) =>
    instantToCivil(election.deadline.toISOString(), timeZone);
  const deadlineText = (locale: Locale, election: Election, timeZone: string) => {
    const { date, time } = deadlineOf(election, timeZone);
    return `${formatDate(locale, date)}, ${time}`;
  };

  app.get("/verwaltung/wahlen", { config }, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const [elections, timeZone] = await Promise.all([admin.list(), admin.timeZone()]);
    const now = app.clock.now();
    const rows: ElectionRow[] = elections.map((e) => ({
      key: e.key,
      name: e.name[ctx.locale],
      electionDay: formatDate(ctx.locale, e.electionDay),
      period: t.elections.period(
        formatDate(ctx.locale, e.applicationsFrom),
        deadlineText(ctx.locale, e, timeZone),
      ),
      state: e.withdrawn
        ? "withdrawn"
        : isOpenForApplications(e, now, timeZone)
          ? "open"
          : now < e.deadline
            ? "upcoming"
            : "closed",
    }));
    return sendPage(reply, <ElectionsPage ctx={ctx} t={t} view={{ rows }} />);
  });

  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    key: string | undefined,
    form?: { values?: FormValues; problems: Problem[] },
    notice?: string,
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = ADMIN_MESSAGES[ctx.locale];
    const stored = key === undefined ? undefined : await admin.get(key);
    const timeZone = await admin.timeZone();
    const problems = form?.problems ?? [];
    const view = {
      election: stored && {
        key: stored.key,
        name: stored.name[ctx.locale],
        withdrawn: stored.withdrawn,
        deadline: deadlineText(ctx.locale, stored, timeZone),
      },
      values: form?.values ?? (stored ? electionFormValues(stored, deadlineOf(stored, timeZone)) : {}),
      errors: fieldErrors(t, ctx.locale, problems, (f) => electionFieldLabel(t, f)),
      notice,
    };
    return sendPage(reply, <ElectionEditPage ctx={ctx} t={t} view={view} />, problems.length > 0 ? 400 : 200);
  };

  app.get("/verwaltung/wahlen/neu", { config }, async (request, reply) =>
    renderEdit(request, reply, undefined),
  );

  app.post(
    "/verwaltung/wahlen/neu",
    { config, schema: { body: ElectionBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const values = formValuesOf(request.body);
      const result = await admin.create(request.actor(), values, app.clock.now());
      if (!result.ok) return renderEdit(request, reply, undefined, { values, problems: result.problems });
      return reply.redirect(hrefFor(request, `/verwaltung/wahlen/${result.value.key}?eingetragen=1`), 303);
    },
  );

  app.get(
    "/verwaltung/wahlen/:key",
    { config, schema: { params: KeyParams, querystring: NoticeQuery } },
    async (request, reply) => {
      const t = ADMIN_MESSAGES[localeOf(request)];
      const q = request.query;
      const notice = q.eingetragen
        ? t.elections.created
        : q.gespeichert
          ? t.common.saved
          : q.zurueckgezogen
            ? t.elections.withdrawnNotice
            : q.wiederhergestellt
              ? t.elections.restoredNotice
              : undefined;
      return renderEdit(request, reply, request.params.key, undefined, notice);
    },
  );

  app.post(
    "/verwaltung/wahlen/:key",
    { config, schema: { params: KeyParams, body: ElectionBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const values = formValuesOf(request.body);
      const result = await admin.update(request.actor(), key, values, app.clock.now());
      if (!result.ok) return renderEdit(request, reply, key, { values, problems: result.problems });
      return reply.redirect(hrefFor(request, `/verwaltung/wahlen/${key}?gespeichert=1`), 303);
    },
  );

  redirectGets(app, config, ["/verwaltung/wahlen/:key/status"], (key) => `/verwaltung/wahlen/${key}`);

  app.post(
    "/verwaltung/wahlen/:key/status",
    { config, schema: { params: KeyParams, body: StatusBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { key } = request.params;
      const action = request.body.action;
      if (action !== "withdraw" && action !== "restore") {
        await admin.get(key); // an unknown election is a 404 before a bad action is a 400
        return renderEdit(request, reply, key, { problems: [{ field: "status", code: "choose" }] });
      }
      const result = await admin.setWithdrawn(request.actor(), key, action === "withdraw", app.clock.now());
      if (!result.ok) return renderEdit(request, reply, key, { problems: result.problems });
      const flag = action === "withdraw" ? "zurueckgezogen" : "wiederhergestellt";
      return reply.redirect(hrefFor(request, `/verwaltung/wahlen/${key}?${flag}=1`), 303);
    },
  );
}
