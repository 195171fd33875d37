import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { toCsv } from "../../../domain/csv";
import type { Locale } from "../../../domain/locale";
import type { AuditDetail, AuditRow } from "../../../platform/audit/audit";
import { formatInteger } from "../../../platform/i18n/i18n";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, type BackOfficeContext, backOfficeContext } from "../../staff";
import { localDateTime, parseFilter, todayIn } from "../domain/audit-filter";
import { type AuditLogMessages, auditLogDe } from "../messages/de";
import { auditLogEn } from "../messages/en";
import { type AuditLogService, MAX_EXPORT } from "../service";
import { type AuditEntryView, AuditLogPage, type AuditLogView } from "./AuditLogPage";

const MESSAGES: Record<Locale, AuditLogMessages> = { de: auditLogDe, en: auditLogEn };

// Generous limits: the filter's own rules give the precise messages next to the fields.
const text = z.string().max(200).optional();
const FilterQuery = z.object({ von: text, bis: text, benutzer: text, aktion: text });
const PageQuery = FilterQuery.extend({ vor: z.coerce.number().int().min(1).optional() });

const detailText = (detail: AuditDetail | null) =>
  detail && Object.keys(detail).length > 0
    ? Object.entries(detail)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(", ")
    : null;

/** The audit log viewer and its CSV export (administrators). */
export async function auditLogRoutes(instance: FastifyInstance, { service }: { service: AuditLogService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const admin = { access: ACCESS.admin };
  const timeZone = async () => (await app.tenant.profile()).timeZone;

  const render = (
    ctx: BackOfficeContext,
    reply: FastifyReply,
    view: AuditLogView,
    errors: FieldError[],
    status = 200,
  ) =>
    sendPage(reply, <AuditLogPage ctx={ctx} t={MESSAGES[ctx.locale]} view={view} errors={errors} />, status);

  /** The filter as typed, and the query string that repeats it. */
  const choiceOf = (query: z.infer<typeof FilterQuery>) => {
    const values = {
      von: query.von ?? "",
      bis: query.bis ?? "",
      benutzer: query.benutzer ?? "",
      aktion: query.aktion ?? "",
    };
    const choice = new URLSearchParams(Object.entries(values).filter(([, v]) => v.trim() !== "")).toString();
    return { values, choice };
  };

  app.get(
    "/verwaltung/protokoll",
    { config: admin, schema: { querystring: PageQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = MESSAGES[ctx.locale];
      const zone = await timeZone();
      const { values, choice } = choiceOf(request.query);
      const base = { values, choice, entries: [], olderFrom: null, paged: false, timeZone: zone };
      const parsed = parseFilter(request.query);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({ field: p.field, message: t.problems[p.problem] }));
        return render(ctx, reply, base, errors, 400);
      }
      const beforeId = request.query.vor;
      const { entries, more } = await service.page(request.actor(), parsed.filter, zone, beforeId);
      const format = new Intl.DateTimeFormat(ctx.locale === "de" ? "de-DE" : "en-GB", {
        dateStyle: "medium",
        timeStyle: "medium",
        timeZone: zone,
      });
      const rows: AuditEntryView[] = entries.map((e) => ({
        id: e.id,
        iso: e.at.toISOString(),
        when: format.format(e.at),
        who: e.username,
        action: e.action,
        subject: e.subject,
        detail: detailText(e.detail),
        ip: e.ip,
      }));
      const olderFrom = more ? (rows.at(-1)?.id ?? null) : null;
      return render(ctx, reply, { ...base, entries: rows, olderFrom, paged: beforeId !== undefined }, []);
    },
  );

  app.get(
    "/verwaltung/protokoll.csv",
    { config: admin, schema: { querystring: FilterQuery } },
    async (request, reply) => {
      const ctx = backOfficeContext(request, reply);
      const t = MESSAGES[ctx.locale];
      const zone = await timeZone();
      const { values, choice } = choiceOf(request.query);
      const base = { values, choice, entries: [], olderFrom: null, paged: false, timeZone: zone };
      const parsed = parseFilter(request.query);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({ field: p.field, message: t.problems[p.problem] }));
        return render(ctx, reply, base, errors, 400);
      }
      const result = await service.export(request.actor(), parsed.filter, zone);
      if (!result.ok) {
        const message = t.problems.tooMany(formatInteger(ctx.locale, MAX_EXPORT));
        return render(ctx, reply, base, [{ field: "von", message }], 400);
      }
      const c = t.csv;
      const header = [c.id, c.when(zone), c.who, c.what, c.subject, c.detail, c.from];
      const line = (e: AuditRow) => [
        String(e.id),
        localDateTime(e.at, zone),
        e.username ?? "",
        e.action,
        e.subject ?? "",
        detailText(e.detail) ?? "",
        e.ip ?? "",
      ];
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${c.fileName(todayIn(zone, app.clock.now()))}"`)
        .send(toCsv(header, result.entries.map(line)));
    },
  );
}
