import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext } from "../../staff";
import { DESK_MESSAGES, type DeskMessages } from "../desk-messages";
import { versionOf } from "../desk-queries";
import { LIST_FILTERS, type VisitRequestDesk } from "../desk-service";
import { CLOSING_STATUSES, mayChangeStatus, versionToken } from "../domain/visit-status";
import { ChangedMeanwhilePage, CloseConfirmPage } from "./CloseConfirmPage";
import type { DeskNames } from "./desk-format";
import { type ScheduleFormValues, scheduleFormValues } from "./ScheduleForm";
import { VisitRequestDetailPage } from "./VisitRequestDetailPage";
import { VisitRequestListPage } from "./VisitRequestListPage";

const NOTICES = ["scheduled", "scheduled-no-mail", "scheduled-mail-failed", "done", "cancelled"] as const;
type Notice = (typeof NOTICES)[number];

const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
// An unknown filter or notice in a hand-edited link shows the default rather than an error.
const ListQuery = z.object({ status: z.enum(LIST_FILTERS).optional().catch(undefined) });
const DetailQuery = z.object({ hinweis: z.enum(NOTICES).optional().catch(undefined) });
// Generous limits: the domain rules give the precise messages next to the fields.
const text = z.string().max(5000).optional();
const ScheduleBody = z.object({
  _csrf: CsrfField,
  version: text,
  kind: text,
  stop: text,
  visitDate: text,
  homeDate: text,
  homeTime: text,
  homeUntil: text,
  note: text,
});
const StatusBody = z.object({ _csrf: CsrfField, version: text, status: text, confirm: text });

/** Routes whose path starts with `/verwaltung/hausbesuche`, for one locale prefix. */
export async function deskRoutes(instance: FastifyInstance, { desk }: { desk: VisitRequestDesk }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { access: ACCESS.visitRequests };

  const namesIn = async (locale: Locale): Promise<DeskNames> => {
    const [catalog, dir] = await Promise.all([app.catalog.catalog(), app.locations.directory()]);
    return {
      service: (key) => catalog.byKey.get(key)?.name[locale] ?? key,
      district: (key) => (key ? (dir.districtByKey.get(key)?.name ?? key) : undefined),
      stop: (key) => dir.byKey.get(key)?.name[locale] ?? key,
    };
  };

  const renderDetail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    options: { values?: ScheduleFormValues; errors?: FieldError[]; notice?: Notice; status?: number } = {},
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = DESK_MESSAGES[ctx.locale];
    const record = await desk.open(request.actor(), id);
    const timeZone = await desk.timeZone();
    const version = versionToken(versionOf(record));
    const form = mayChangeStatus(record.status, "scheduled")
      ? {
          action: ctx.href(`/verwaltung/hausbesuche/${id}/termin`),
          version,
          rescheduling: record.status === "scheduled",
          hasEmail: record.email !== null,
          stops: await desk.stops(),
          timeZone,
          values: options.values ?? scheduleFormValues(record.schedule, record.scheduleNote, timeZone),
          errors: options.errors ?? [],
        }
      : undefined;
    const scheduledBy = record.scheduledBy
      ? (await app.staff.accounts.find(record.scheduledBy))?.displayName
      : undefined;
    const view = {
      request: record,
      names: await namesIn(ctx.locale),
      timeZone,
      scheduledBy,
      version,
      form,
      notice: options.notice ? t.notices[options.notice] : undefined,
    };
    return sendPage(reply, <VisitRequestDetailPage ctx={ctx} t={t} view={view} />, options.status);
  };

  /** Runs a change; when the request changed meanwhile, says so (409) with a link to its current state. */
  const unlessChanged = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    change: (t: DeskMessages) => Promise<FastifyReply>,
  ) => {
    const t = DESK_MESSAGES[pageContext(request).locale];
    try {
      return await change(t);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "conflict") throw error;
      const ctx = backOfficeContext(request, reply);
      return sendPage(reply, <ChangedMeanwhilePage ctx={ctx} t={t} id={id} />, 409);
    }
  };

  app.get(
    "/verwaltung/hausbesuche",
    { config, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const filter = request.query.status ?? "open";
      const groups = await desk.list(request.actor(), filter);
      const view = { filter, groups, names: await namesIn(ctx.locale), timeZone: await desk.timeZone() };
      return sendPage(reply, <VisitRequestListPage ctx={ctx} t={DESK_MESSAGES[ctx.locale]} view={view} />);
    },
  );

  app.get(
    "/verwaltung/hausbesuche/:id",
    { config, schema: { params: IdParams, querystring: DetailQuery } },
    async (request, reply) =>
      renderDetail(request, reply, request.params.id, { notice: request.query.hinweis }),
  );

  // The forms post to paths of their own; opening one (the language switch on a page answering
  // a post, a reload) leads to the request's page instead of a 404.
  for (const action of ["termin", "status"]) {
    app.get(
      `/verwaltung/hausbesuche/:id/${action}`,
      { config, schema: { params: IdParams } },
      async (request, reply) =>
        reply.redirect(pageContext(request).href(`/verwaltung/hausbesuche/${request.params.id}`), 303),
    );
  }

  app.post(
    "/verwaltung/hausbesuche/:id/termin",
    { config, schema: { params: IdParams, body: ScheduleBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { id } = request.params;
      const { _csrf, version, ...form } = request.body;
      return unlessChanged(request, reply, id, async (t) => {
        const result = await desk.schedule(request.actor(), id, { form, version });
        if (!result.ok) {
          const errors = result.problems.map((p) => ({ field: p.field, message: t.problems[p.problem] }));
          return renderDetail(request, reply, id, { values: form, errors, status: 400 });
        }
        if (result.mail.status === "failed") {
          // The schedule is saved; staff are told to phone. Neither the address nor the mailer's message is logged.
          const { error } = result.mail;
          request.log.error(
            { subject: `visit-request:${id}`, error: error instanceof Error ? error.name : "unknown" },
            "visit request: scheduling mail not sent",
          );
        }
        const notice: Notice =
          result.mail.status === "sent"
            ? "scheduled"
            : result.mail.status === "none"
              ? "scheduled-no-mail"
              : "scheduled-mail-failed";
        return reply.redirect(
          pageContext(request).href(`/verwaltung/hausbesuche/${id}?hinweis=${notice}`),
          303,
        );
      });
    },
  );

  app.post(
    "/verwaltung/hausbesuche/:id/status",
    { config, schema: { params: IdParams, body: StatusBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { id } = request.params;
      const { version, confirm } = request.body;
      const to = CLOSING_STATUSES.find((s) => s === request.body.status);
      if (!to) throw new AppError("bad-request");
      return unlessChanged(request, reply, id, async (t) => {
        if (confirm !== "yes") {
          // Ask first; the question carries the version the person saw, so a change meanwhile still shows.
          const { code } = await desk.checkChange(id, version, to);
          const ctx = backOfficeContext(request, reply);
          return sendPage(
            reply,
            <CloseConfirmPage ctx={ctx} t={t} id={id} code={code} to={to} version={version ?? ""} />,
          );
        }
        await desk.close(request.actor(), id, { to, version });
        return reply.redirect(pageContext(request).href(`/verwaltung/hausbesuche/${id}?hinweis=${to}`), 303);
      });
    },
  );
}
