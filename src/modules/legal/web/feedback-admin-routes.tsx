import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, type BackOfficeContext, backOfficeContext } from "../../staff";
import { FeedbackStatus } from "../domain/feedback-inbox";
import type { FeedbackInbox } from "../feedback-inbox";
import type { FeedbackMessage } from "../feedback-queries";
import { type FeedbackAdminMessages, feedbackAdminDe } from "../messages/feedback-admin-de";
import { feedbackAdminEn } from "../messages/feedback-admin-en";
import { FeedbackDetailPage } from "./FeedbackDetailPage";
import { FeedbackListPage, type FeedbackRowView } from "./FeedbackListPage";

const MESSAGES: Record<Locale, FeedbackAdminMessages> = { de: feedbackAdminDe, en: feedbackAdminEn };

const ListQuery = z.object({
  // an unknown status in a hand-made link shows all reports rather than an error
  status: z.string().max(50).optional(),
  vor: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});
const Params = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const Saved = z.object({ gespeichert: z.string().max(5).optional() });
// Generous limits: the precise rule gives the message next to the field.
const StatusBody = z.object({
  _csrf: CsrfField,
  status: z.string().max(200).optional(),
});

/** The back office's inbox of accessibility reports (administrators): list, read, set status. */
export async function feedbackAdminRoutes(instance: FastifyInstance, { inbox }: { inbox: FeedbackInbox }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const admin = { access: ACCESS.admin };

  const dateTime = async (locale: Locale) => {
    const timeZone = (await app.tenant.profile()).timeZone;
    const format = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    });
    return (at: Date) => format.format(at);
  };

  app.get(
    "/verwaltung/rueckmeldungen",
    { config: admin, schema: { querystring: ListQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const status = FeedbackStatus.safeParse(request.query.status).data;
      const beforeId = request.query.vor;
      const [{ items, more }, format] = await Promise.all([
        inbox.list(request.actor(), { status, beforeId }),
        dateTime(ctx.locale),
      ]);
      const rows: FeedbackRowView[] = items.map((f) => ({
        id: f.id,
        received: { iso: f.receivedAt.toISOString(), label: format(f.receivedAt) },
        status: f.status,
        page: f.page,
        excerpt: f.excerpt,
        replyWanted: f.replyWanted,
      }));
      const olderFrom = more ? (rows.at(-1)?.id ?? null) : null;
      const page = (
        <FeedbackListPage
          ctx={ctx}
          t={MESSAGES[ctx.locale]}
          status={status}
          rows={rows}
          olderFrom={olderFrom}
          paged={beforeId !== undefined}
        />
      );
      return sendPage(reply, page);
    },
  );

  const renderDetail = async (
    ctx: BackOfficeContext,
    reply: FastifyReply,
    report: FeedbackMessage,
    form: { chosen: string | undefined; errors: FieldError[]; notice?: string },
    status = 200,
  ) => {
    const received = (await dateTime(ctx.locale))(report.receivedAt);
    const page = (
      <FeedbackDetailPage ctx={ctx} t={MESSAGES[ctx.locale]} report={report} received={received} {...form} />
    );
    return sendPage(reply, page, status);
  };

  app.get(
    "/verwaltung/rueckmeldungen/:id",
    { config: admin, schema: { params: Params, querystring: Saved } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const report = await inbox.read(request.actor(), request.params.id);
      const notice = request.query.gespeichert ? MESSAGES[ctx.locale].detail.saved : undefined;
      return renderDetail(ctx, reply, report, { chosen: report.status, errors: [], notice });
    },
  );

  app.post(
    "/verwaltung/rueckmeldungen/:id",
    { config: admin, schema: { params: Params, body: StatusBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const { id } = request.params;
      const status = FeedbackStatus.safeParse(request.body.status);
      if (!status.success) {
        // the page shows the report again, which is a read like any other
        const report = await inbox.read(request.actor(), id);
        const errors = [{ field: "status", message: MESSAGES[ctx.locale].detail.statusInvalid }];
        return renderDetail(ctx, reply, report, { chosen: request.body.status, errors }, 400);
      }
      await inbox.setStatus(request.actor(), id, status.data);
      return reply.redirect(ctx.href(`/verwaltung/rueckmeldungen/${id}?gespeichert=1`), 303);
    },
  );
}
