import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageContext } from "../../../../platform/views/page-context";
import { sendPage } from "../../../../platform/views/render";
import {
  DOCUMENT_KIND_LABELS,
  formatIsoDate,
  formatVerificationCode,
  parseVerificationCode,
} from "../../domain";
import { type CaseDocuments, VERIFY_PATH } from "../document-service";
import { verifyDe } from "../messages/verify-de";
import { verifyEn } from "../messages/verify-en";
import { VerifyPage, type VerifyView } from "./VerifyPage";

const MESSAGES = { de: verifyDe, en: verifyEn } as const;

// Generous: the page says what is wrong with a code of any length, up to what no one types.
const VerifyQuery = z.object({ code: z.string().max(200).optional() });

/**
 * Checks per address and minute: plenty for people checking papers, nothing for guessing codes
 * (2⁶⁰ of them, and a guess with a wrong check character is refused before the database).
 */
export const VERIFY_RATE_LIMIT = { max: 30, timeWindow: "1 minute" } as const;

/**
 * `/pruefen`: the public page that verifies an issued document by its code, for one locale
 * prefix. GET only, since checking changes nothing; the answer names the document's kind and
 * day of issue and never its content.
 */
export async function verifyPages(
  instance: FastifyInstance,
  { documents }: { documents: Pick<CaseDocuments, "verify"> },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  // A code in the address is what someone holds in their hand: no cache keeps the answer.
  app.addHook("onSend", async (_request, reply) => {
    reply.header("cache-control", "no-store");
  });

  app.get(
    VERIFY_PATH,
    { schema: { querystring: VerifyQuery }, config: { rateLimit: VERIFY_RATE_LIMIT } },
    async (request, reply) => {
      const ctx = pageContext(request);
      const t = MESSAGES[ctx.locale];
      const typed = request.query.code;
      const page = (view: VerifyView, status = 200) =>
        sendPage(reply, <VerifyPage ctx={ctx} t={t} view={view} />, status);
      if (typed === undefined) return page({ state: "form" });
      const invalid = (message: string) =>
        page({ state: "invalid", typed, error: { field: "code", message } }, 400);
      if (typed.trim() === "") return invalid(t.problems.empty);
      const parsed = parseVerificationCode(typed);
      if (!parsed.ok) return invalid(t.problems[parsed.problem]);
      const { timeZone } = await app.tenant.profile();
      const found = await documents.verify(parsed.code, timeZone);
      const code = formatVerificationCode(parsed.code);
      if (found.status === "valid" || found.status === "revoked") {
        const result = {
          status: found.status,
          kind: DOCUMENT_KIND_LABELS[found.kind][ctx.locale],
          issuedOn: formatIsoDate(ctx.locale, found.issuedOn),
        };
        return page({ state: "result", code, result });
      }
      // `malformed` cannot come back for a code parsed above
      return page({ state: "result", code, result: { status: "unknown" } });
    },
  );
}
