import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import type { Database } from "../../../platform/db/database";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { VISIT_REQUEST_MESSAGES } from "../messages";
import { REFERENCE_CODE } from "../reference-code";
import { loadVisitChoices, submitVisitRequest } from "../service";
import { EMPTY_VALUES, type VisitRequestFormValues, VisitRequestPage } from "./VisitRequestPage";
import { VisitThanksPage } from "./VisitThanksPage";

// Generous limits: the domain rules give the precise messages next to the fields.
const text = z.string().max(5000).optional();
const list = z.union([z.string().max(200), z.array(z.string().max(200)).max(100)]).optional();
const VisitRequestBody = z.object({
  _csrf: CsrfField,
  reason: text,
  reasonNote: text,
  place: text,
  careHomeName: text,
  street: text,
  postalCode: text,
  district: text,
  services: list,
  periods: list,
  periodNote: text,
  name: text,
  contactName: text,
  phone: text,
  email: text,
  consent: text,
  website: text,
});
type VisitRequestBody = z.infer<typeof VisitRequestBody>;

const ThanksQuery = z.object({ ref: z.string().max(50).optional() });

const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The submitted values to show again; the honeypot and the token are never echoed. */
function echo(body: VisitRequestBody): VisitRequestFormValues {
  const { _csrf, website, services, periods, consent, ...texts } = body;
  return { ...texts, services: asList(services), periods: asList(periods), consent: consent === "yes" };
}

/** `/hausbesuch`: the request form, its submission and the thanks page, for one locale prefix. */
export async function visitRequestPages(
  instance: FastifyInstance,
  { database, tenantId }: { database: Database; tenantId: string },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const choices = () => loadVisitChoices(app.catalog, app.locations);

  // The form carries a CSRF token and, after a failed submit, personal data: never cached.
  app.addHook("onSend", async (_request, reply) => {
    reply.header("cache-control", "no-store");
  });

  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: VisitRequestFormValues,
    errors: FieldError[],
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const form = { csrfToken: reply.generateCsrf(), values, errors, choices: await choices() };
    return sendPage(
      reply,
      <VisitRequestPage ctx={ctx} t={VISIT_REQUEST_MESSAGES[ctx.locale]} form={form} />,
      status,
    );
  };

  app.get("/hausbesuch", async (request, reply) => renderForm(request, reply, EMPTY_VALUES, []));

  app.post(
    "/hausbesuch",
    {
      schema: { body: VisitRequestBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 5, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const t = VISIT_REQUEST_MESSAGES[ctx.locale];
      const result = await submitVisitRequest(
        { database, tenantId, mailer: app.mailer },
        {
          locale: ctx.locale,
          form: request.body,
          choices: await choices(),
          siteName: ctx.m.layout.siteName(ctx.site.tenantName),
          now: app.clock.now(),
        },
      );
      if (!result.ok) {
        const errors = result.problems.map((p) => ({ field: p.field, message: t.problems[p.problem] }));
        return renderForm(request, reply, echo(request.body), errors, 400);
      }
      if (result.mail.status === "failed") {
        // The request is stored and staff will call; the address stays out of the log.
        request.log.error(
          { code: result.code, err: result.mail.error },
          "visit request: confirmation mail not sent",
        );
      }
      return reply.redirect(ctx.href(`/hausbesuch/danke?ref=${result.code}`), 303);
    },
  );

  app.get("/hausbesuch/danke", { schema: { querystring: ThanksQuery } }, async (request, reply) => {
    const ctx = pageContext(request);
    const ref = request.query.ref;
    const code = ref !== undefined && REFERENCE_CODE.test(ref) ? ref : undefined;
    return sendPage(reply, <VisitThanksPage ctx={ctx} t={VISIT_REQUEST_MESSAGES[ctx.locale]} code={code} />);
  });
}
