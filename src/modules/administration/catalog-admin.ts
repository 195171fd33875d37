import type { Actor } from "../../platform/audit/audit";
import { recordAudit } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import {
  findServiceEntry,
  listCatalogEntries,
  Service,
  type ServiceEntry,
  setServiceWithdrawn,
  updateService,
} from "../catalog";
import type { AdminContext, ChangeResult } from "./admin-context";
import { type FormValues, firstPerField, problemsOfIssues } from "./domain/form-values";
import { placeServiceIssue, SERVICE_FIELDS, serviceFromForm } from "./domain/service-form";

/** Services of the catalogue: list, edit, withdraw and restore. */
export class CatalogAdmin {
  constructor(private readonly ctx: AdminContext) {}

  listServices() {
    return listCatalogEntries(this.ctx.db, this.ctx.tenantId);
  }

  /** @throws AppError not-found */
  async getService(key: string): Promise<ServiceEntry> {
    const entry = await findServiceEntry(this.ctx.db, this.ctx.tenantId, key);
    if (!entry) throw new AppError("not-found", { key });
    return entry;
  }

  /** @throws AppError not-found */
  updateService(actor: Actor, key: string, values: FormValues): Promise<ChangeResult> {
    return this.ctx.change(async (trx) => {
      const entry = await findServiceEntry(trx, this.ctx.tenantId, key, true);
      if (!entry) throw new AppError("not-found", { key });
      const { candidate, problems, itemRows } = serviceFromForm(entry.service, values);
      const parsed = Service.safeParse(candidate);
      const all = firstPerField(
        [
          ...problems,
          ...(parsed.success
            ? []
            : problemsOfIssues(parsed.error.issues, (p) => placeServiceIssue(p, itemRows), "name-de")),
        ],
        SERVICE_FIELDS,
      );
      if (!parsed.success || all.length > 0) return { ok: false, problems: all };
      await updateService(trx, this.ctx.tenantId, parsed.data);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: "admin.service-updated",
        subject: `service:${key}`,
        detail: {
          fee: parsed.data.fee.kind,
          counterMinutes: parsed.data.counterMinutes,
          stadtbuero: parsed.data.channels.stadtbuero,
          mobile: parsed.data.channels.mobile,
        },
      });
      return { ok: true, value: undefined };
    });
  }

  /** @throws AppError not-found */
  setServiceWithdrawn(actor: Actor, key: string, withdraw: boolean): Promise<ChangeResult> {
    return this.ctx.change(async (trx) => {
      const entry = await findServiceEntry(trx, this.ctx.tenantId, key, true);
      if (!entry) throw new AppError("not-found", { key });
      if (entry.withdrawn === withdraw) return { ok: true, value: undefined };
      if (!withdraw) {
        if (entry.groupWithdrawn)
          return { ok: false, problems: [{ field: "status", code: "group-withdrawn" }] };
        const rank = entry.service.popularity;
        const { services } = await listCatalogEntries(trx, this.ctx.tenantId);
        const holder = services.find((s) => !s.withdrawn && rank !== null && s.service.popularity === rank);
        if (holder)
          return {
            ok: false,
            problems: [{ field: "status", code: "rank-taken", other: holder.service.key }],
          };
      }
      await setServiceWithdrawn(trx, this.ctx.tenantId, key, withdraw);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: withdraw ? "admin.service-withdrawn" : "admin.service-restored",
        subject: `service:${key}`,
      });
      return { ok: true, value: undefined };
    });
  }
}
