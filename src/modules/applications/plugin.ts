import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import { instantToCivil } from "../../domain/zoned-time";
import type { Sealer } from "../../platform/crypto/sealer";
import type { Database } from "../../platform/db/database";
import { messagesFor } from "../../platform/i18n/i18n";
import { caseDeskRoutes } from "./backoffice/case-desk-routes";
import { caseMails } from "./case-mails";
import { Cases } from "./cases";
import { CaseDocuments } from "./documents/document-service";
import { issueDocuments } from "./documents/issue-documents";
import { verifyPages } from "./documents/web/verify-pages";
import { caseFeeFrom, createFormRegistry, type FileRef, type FormDefinition, isCaseOpen } from "./domain";
import { Drafts } from "./drafts";
import { Elections } from "./elections";
import { ALL_FORMS } from "./forms";
import { FORM_MESSAGES } from "./messages";
import { removeExpiredApplications } from "./retention";
import { usedFormVersions } from "./storage/case-queries";
import { largestFileLimit, UploadStore } from "./uploads";
import { caseRoutes } from "./web/case-routes";
import { formEndRoutes } from "./web/form-end-routes";
import { formPageRoutes } from "./web/form-routes";
import type { FormRouteDeps } from "./web/form-support";
import { formStartRoutes } from "./web/start-routes";
import { uploadRoutes } from "./web/upload-routes";

/** The fingerprint of a form version: SHA-256 of its canonical JSON, hex. */
export function formFingerprint(canonicalJson: string): string {
  return createHash("sha256").update(canonicalJson, "utf8").digest("hex");
}

/**
 * Forms for an election: offered only while an election the administration configured is open
 * for applications; the resident chooses the election at the start, and the draft and the
 * case record it.
 */
export const ELECTION_FORMS: ReadonlySet<string> = new Set(["briefwahl"]);

export interface ApplicationsOptions {
  database: Database;
  tenantId: string;
  config: Pick<Config, "publicUrl" | "applications">;
  sealer: Sealer;
  /** replaces the built-in forms (tests) */
  forms?: readonly FormDefinition[];
}

/**
 * Online applications: `app.forms` (every form version, checked at start: a wrong definition,
 * or a version cases use whose definition changed, stops the application with a message), the
 * residents' form pages (`/antrag/<service>/…`), their drafts and cases (`app.cases`), the
 * case page (`/vorgang/<secret>`) and the mails about a case; the back office's case
 * processing (`/verwaltung/vorgaenge`, guarded by staff). Reads the catalogue, and at request
 * time booking (time zone), locations, mail and the tenant.
 */
export const applicationsPlugin = fp(
  async (app: FastifyInstance, opts: ApplicationsOptions) => {
    const { database, tenantId, sealer, config } = opts;
    const forms = createFormRegistry(opts.forms ?? ALL_FORMS, formFingerprint);
    for (const used of await usedFormVersions(database.db)) {
      const form = forms.find(used.serviceKey, used.version);
      if (form && form.fingerprint !== used.fingerprint)
        throw new Error(
          `form "${used.serviceKey}" version ${used.version} was changed after cases were filed with it; add a new version instead`,
        );
    }
    app.decorate("forms", forms);
    const retention = {
      days: config.applications.caseRetentionDays,
      byService: config.applications.caseRetentionByService,
    };
    const timeZone = () => app.booking.timeZone();
    const today = async (now: Date) => instantToCivil(now.toISOString(), await timeZone()).date;
    const elections = new Elections({ database, tenantId, timeZone });
    app.decorate("elections", elections);
    const serviceOf = async (key: string) => (await app.catalog.catalog()).byKey.get(key);
    /** The office that handles a service's cases: one that names the service, else the Stadtbüro. */
    const responsiblePlace = async (serviceKey: string): Promise<string | null> => {
      const { locations } = await app.locations.directory();
      const office = locations.find(
        (l) => l.kind === "office" && Array.isArray(l.services) && l.services.includes(serviceKey),
      );
      return (office ?? locations.find((l) => l.kind === "stadtbuero"))?.key ?? null;
    };
    const drafts = new Drafts({
      database,
      tenantId,
      sealer,
      forms,
      retentionDays: config.applications.draftRetentionDays,
    });
    const uploads = new UploadStore({ database, tenantId, sealer });
    app.jobs.push({
      name: "applications-retention",
      everySeconds: 3600,
      run: (now) => removeExpiredApplications({ database, tenantId, drafts, retention }, now),
    });
    const cases = new Cases({
      database,
      tenantId,
      sealer,
      forms,
      moveUploads: async (tx, move) => {
        await uploads.moveToCase(tx, move);
      },
    });
    cases.listen(
      caseMails({
        mailer: { send: (m) => app.mailer.send(m) },
        publicUrl: config.publicUrl,
        siteName: async (locale) => {
          const profile = await app.tenant.profile();
          return messagesFor(locale).layout.siteName(profile.shortName ?? profile.name);
        },
        serviceName: async (key) => (await serviceOf(key))?.name,
        onFailure: (record, error) =>
          app.log.error(
            { subject: `case:${record.id}`, error: error instanceof Error ? error.name : "unknown" },
            "case: mail not sent",
          ),
      }),
    );
    app.decorate("cases", cases);
    app.decorate("applications", {
      retention: () => ({ draftDays: config.applications.draftRetentionDays, ...retention }),
      offered: async () => {
        const electionOpen = (await elections.open(app.clock.now())).length > 0;
        return new Set(
          forms
            .list()
            .map((f) => f.definition.serviceKey)
            .filter((key) => electionOpen || !ELECTION_FORMS.has(key)),
        );
      },
      caseAwaitingVisit: async (trackingToken) => {
        const record = await cases.byTrackingToken(trackingToken);
        return record && isCaseOpen(record.state.status) && record.form.definition.inPerson
          ? { id: record.id, serviceKey: record.state.serviceKey }
          : undefined;
      },
      caseReference: (caseId) => cases.referenceOf(caseId),
    });
    const documents = new CaseDocuments({ database, tenantId, sealer, publicUrl: config.publicUrl });
    app.decorate("caseDocuments", documents);
    cases.listen(
      issueDocuments({
        documents,
        database,
        profile: () => app.tenant.profile(),
        office: async () => (await app.locations.directory()).locations.find((l) => l.kind === "stadtbuero"),
        timeZone,
        serviceName: async (key) => (await serviceOf(key))?.name.de ?? key,
        now: () => app.clock.now(),
        onFailure: (record, kind, error) =>
          app.log.error(
            {
              subject: `case:${record.id}`,
              document: kind,
              error: error instanceof Error ? error.name : "unknown",
            },
            "case: document not issued",
          ),
      }),
    );

    const formDeps: FormRouteDeps = {
      drafts,
      today,
      timeZone,
      elections: {
        forService: (key) => ELECTION_FORMS.has(key),
        open: (now) => elections.open(now),
        byId: (id) => elections.byId(id),
      },
      service: async (key, on) => {
        const service = await serviceOf(key);
        return service ? { name: service.name, fee: caseFeeFrom(service.fee, on) } : undefined;
      },
      filesOf: async (draft, page) => {
        const files: Record<string, FileRef[]> = {};
        for (const q of page.questions)
          if (q.kind === "file") files[q.id] = await uploads.listForDraft(draft.id, q.id);
        return files;
      },
      retentionDays: config.applications.draftRetentionDays,
      secureCookies: config.publicUrl.startsWith("https:"),
    };
    const endDeps = {
      ...formDeps,
      file: async (draft: Parameters<Drafts["discard"]>[0], on: string) => {
        const service = await serviceOf(draft.form.definition.serviceKey);
        if (!draft.contact) throw new Error("a draft is filed only with its contact");
        if (ELECTION_FORMS.has(draft.form.definition.serviceKey)) {
          const open = await elections.open(app.clock.now());
          if (!open.some((e) => e.id === draft.electionId)) return { closed: true as const };
        }
        const filed = await cases.file({
          draft,
          contact: draft.contact,
          channel: "online",
          assistedBy: null,
          actor: { kind: "resident" },
          fee: service ? caseFeeFrom(service.fee, on) : { kind: "unknown" },
          placeKey: await responsiblePlace(draft.form.definition.serviceKey),
          today: on,
          now: app.clock.now(),
        });
        return { closed: false as const, trackingToken: filed.trackingToken };
      },
      sendResumeLink: async (draft: Parameters<Drafts["discard"]>[0], email: string, resumeToken: string) => {
        const t = FORM_MESSAGES[draft.locale];
        const profile = await app.tenant.profile();
        const site = messagesFor(draft.locale).layout.siteName(profile.shortName ?? profile.name);
        const prefix = draft.locale === "en" ? "/en" : "";
        const link = `${config.publicUrl}${prefix}/antrag/fortsetzen/${resumeToken}`;
        await app.mailer.send({
          to: email,
          subject: t.mail.resumeSubject(site),
          text: t.mail.resumeBody(link, config.applications.draftRetentionDays),
          headers: { "Content-Language": draft.locale, "Auto-Submitted": "auto-generated" },
        });
      },
    };
    const caseDeps = {
      cases,
      documents,
      profile: () => app.tenant.profile(),
      uploads,
      timeZone,
      serviceName: async (key: string) => (await serviceOf(key))?.name,
      electionName: async (id: string | null) => (id ? (await elections.byId(id))?.name : undefined),
      // booking and places are read at request time (booking registers after this module)
      visits: async (caseId: string) => {
        const [visits, { byKey }] = await Promise.all([
          app.appointments.visitsOfCase(caseId, app.clock.now()),
          app.locations.directory(),
        ]);
        return visits.map((v) => ({ ...v, placeName: byKey.get(v.location)?.name }));
      },
    };
    for (const prefix of ["", "/en"]) {
      await app.register(
        async (scope) => {
          scope.addHook("onSend", async (_request, reply) => {
            reply.header("cache-control", "no-store");
          });
          await formStartRoutes(scope, formDeps);
          await formPageRoutes(scope, formDeps);
          await formEndRoutes(scope, endDeps);
          // multipart only where files are received
          await scope.register(async (files) =>
            uploadRoutes(files, {
              ...formDeps,
              uploads,
              maxBytes: largestFileLimit(forms.list().map((f) => f.definition)),
            }),
          );
        },
        { prefix },
      );
      await app.register(async (scope) => caseRoutes(scope, caseDeps), { prefix });
      await app.register(verifyPages, { documents, prefix });
    }
    // case processing in the back office (`/verwaltung/vorgaenge`): its routes need the staff guard
    for (const prefix of ["", "/en"])
      await app.register(caseDeskRoutes, { prefix, cases, database, tenantId, uploads });
  },
  { name: "applications", dependencies: ["catalog", "locations", "staff"] },
);
