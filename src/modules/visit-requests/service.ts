import type { Locale, LocalizedText } from "../../domain/locale";
import type { Database } from "../../platform/db/database";
import type { Mailer } from "../../platform/mail";
import type { CatalogService } from "../catalog";
import type { LocationService } from "../locations";
import {
  HONEYPOT_FIELD,
  isHoneypotFilled,
  parseVisitRequest,
  type VisitRequestOptions,
  type VisitRequestParse,
} from "./domain/visit-request";
import { VISIT_REQUEST_MESSAGES } from "./messages";
import { insertVisitRequest } from "./queries";
import { newReferenceCode } from "./reference-code";

/** What the form offers: the services the mobile Stadtbüro offers, by group, and the districts. */
export interface VisitChoices {
  groups: { key: string; name: LocalizedText; services: { key: string; name: LocalizedText }[] }[];
  districts: { key: string; name: string }[];
}

/** The offered services with the mobile channel, grouped in catalogue order; groups without one are left out. */
export async function loadVisitChoices(
  catalog: CatalogService,
  locations: LocationService,
): Promise<VisitChoices> {
  const [{ groups, services }, { districts }] = await Promise.all([catalog.catalog(), locations.directory()]);
  const visitable = services.filter((s) => s.channels.mobile && s.status === "offered");
  return {
    groups: groups
      .map((g) => ({
        key: g.key,
        name: g.name,
        services: visitable.filter((s) => s.group === g.key).map((s) => ({ key: s.key, name: s.name })),
      }))
      .filter((g) => g.services.length > 0),
    districts: districts.map((d) => ({ key: d.key, name: d.name })),
  };
}

export function optionsOf(choices: VisitChoices): VisitRequestOptions {
  return {
    serviceKeys: new Set(choices.groups.flatMap((g) => g.services.map((s) => s.key))),
    districtKeys: new Set(choices.districts.map((d) => d.key)),
  };
}

export interface VisitRequestDeps {
  database: Database;
  tenantId: string;
  mailer: Mailer;
}

export type SubmitVisitRequestResult =
  | Extract<VisitRequestParse, { ok: false }>
  | {
      ok: true;
      code: string;
      /** false for a bot caught by the honeypot: it is answered like anyone else */
      stored: boolean;
      /** the confirmation mail: not asked for, sent, or failed (the request is stored anyway) */
      mail: { status: "none" } | { status: "sent" } | { status: "failed"; error: unknown };
    };

const CODE_ATTEMPTS = 10;

/**
 * Validates and stores a visit request, then sends the confirmation mail when an e-mail
 * address was given. A mail that cannot be sent does not undo the request: staff call anyway.
 * @throws Error when no free reference code was found after several attempts
 */
export async function submitVisitRequest(
  deps: VisitRequestDeps,
  request: {
    locale: Locale;
    form: Record<string, unknown>;
    choices: VisitChoices;
    siteName: string;
    now: Date;
  },
): Promise<SubmitVisitRequestResult> {
  const { locale, form } = request;
  if (isHoneypotFilled(form[HONEYPOT_FIELD])) {
    return { ok: true, code: newReferenceCode(), stored: false, mail: { status: "none" } };
  }
  const parsed = parseVisitRequest(form, optionsOf(request.choices));
  if (!parsed.ok) return parsed;
  const input = parsed.value;

  let code: string | undefined;
  for (let attempt = 0; attempt < CODE_ATTEMPTS && !code; attempt++) {
    const candidate = newReferenceCode();
    const id = await insertVisitRequest(deps.database.db, {
      tenantId: deps.tenantId,
      code: candidate,
      locale,
      consentAt: request.now,
      input,
    });
    if (id !== undefined) code = candidate;
  }
  if (!code) throw new Error(`no free visit-request code after ${CODE_ATTEMPTS} attempts`);

  if (!input.email) return { ok: true, code, stored: true, mail: { status: "none" } };
  const t = VISIT_REQUEST_MESSAGES[locale].mail;
  try {
    await deps.mailer.send({
      to: input.email,
      subject: t.subject(code),
      text: t.text(code, request.siteName),
      headers: { "Content-Language": locale, "Auto-Submitted": "auto-generated" },
    });
    return { ok: true, code, stored: true, mail: { status: "sent" } };
  } catch (error) {
    return { ok: true, code, stored: true, mail: { status: "failed", error } };
  }
}
