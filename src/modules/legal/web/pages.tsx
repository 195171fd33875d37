import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import type { Database } from "../../../platform/db/database";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { CONFIRM_WISH_HOURS } from "../../booking";
import { type LegalMessages, legalDe } from "../messages/de";
import { legalEn } from "../messages/en";
import { submitFeedback } from "../service";
import { AccessibilityPage, type FeedbackFormView, FeedbackThanksPage } from "./AccessibilityPage";
import { EasyLanguagePage } from "./EasyLanguagePage";
import { ImprintPage } from "./ImprintPage";
import { PrivacyPage } from "./PrivacyPage";

const LEGAL: Record<Locale, LegalMessages> = { de: legalDe, en: legalEn };

// Generous limits: the domain rules give the precise messages next to the fields.
const FeedbackBody = z.object({
  _csrf: CsrfField,
  message: z.string().max(20000).optional(),
  email: z.string().max(2000).optional(),
  page: z.string().max(2000).optional(),
});
const FeedbackQuery = z.object({ seite: z.string().max(500).optional() });

/** Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit with its feedback form. */
export async function legalPages(
  instance: FastifyInstance,
  { database, tenantId }: { database: Database; tenantId: string },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get("/impressum", async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <ImprintPage ctx={ctx} t={LEGAL[ctx.locale]} profile={await app.tenant.profile()} />,
    );
  });

  /** The retention of online applications, with each offered service's period by name. */
  const applicationRetention = async (locale: "de" | "en") => {
    const { draftDays, days, byService } = app.applications.retention();
    const { byKey } = await app.catalog.catalog();
    const services = [...(await app.applications.offered())]
      .map((key) => ({ name: byKey.get(key)?.name[locale] ?? key, days: byService[key] ?? days }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    return { draftDays, days, services };
  };

  app.get("/datenschutz", async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <PrivacyPage
        ctx={ctx}
        t={LEGAL[ctx.locale]}
        profile={await app.tenant.profile()}
        retentionDays={app.booking.settings.retentionDays}
        waitlist={{ confirmHours: CONFIRM_WISH_HOURS, lapseDays: app.booking.settings.waitlistLapseDays }}
        applications={await applicationRetention(ctx.locale)}
      />,
    );
  });

  const renderStatement = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: Omit<FeedbackFormView, "csrfToken">,
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const view = { ...form, csrfToken: reply.generateCsrf() };
    const page = (
      <AccessibilityPage ctx={ctx} t={LEGAL[ctx.locale]} profile={await app.tenant.profile()} form={view} />
    );
    return sendPage(reply, page, status);
  };

  app.get("/barrierefreiheit", { schema: { querystring: FeedbackQuery } }, async (request, reply) =>
    renderStatement(request, reply, { values: { page: request.query.seite }, errors: [] }),
  );

  app.post(
    "/barrierefreiheit",
    {
      schema: { body: FeedbackBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const { _csrf, ...values } = request.body;
      const result = await submitFeedback(database, tenantId, ctx.locale, values);
      if (!result.ok) {
        const errors: FieldError[] = result.problems.map((p) => ({
          field: p.field,
          message: ctx.m.feedback[p.problem],
        }));
        return renderStatement(request, reply, { values, errors }, 400);
      }
      return reply.redirect(ctx.href("/barrierefreiheit/danke"), 303);
    },
  );

  app.get("/barrierefreiheit/danke", async (request, reply) =>
    sendPage(reply, <FeedbackThanksPage ctx={pageContext(request)} />),
  );
}

export async function easyLanguagePage(instance: FastifyInstance) {
  instance.get("/leichte-sprache", async (request, reply) =>
    sendPage(reply, <EasyLanguagePage ctx={pageContext(request)} t={legalDe} />),
  );
}
