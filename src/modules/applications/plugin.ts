import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Sealer } from "../../platform/crypto/sealer";
import type { Database } from "../../platform/db/database";
import { CaseDocuments } from "./documents/document-service";
import { verifyPages } from "./documents/web/verify-pages";
import { createFormRegistry, type FormDefinition } from "./domain";
import { ALL_FORMS } from "./forms";

/** The fingerprint of a form version: SHA-256 of its canonical JSON, hex. */
export function formFingerprint(canonicalJson: string): string {
  return createHash("sha256").update(canonicalJson, "utf8").digest("hex");
}

/** What the issued documents need: the database, the sealer of their files, the site's address. */
export interface ApplicationDocumentsOptions {
  database: Database;
  tenantId: string;
  sealer: Sealer;
  /** the site's public address, printed in the verification link of every document */
  publicUrl: string;
}

/**
 * Online applications. It decorates `app.forms` with every form version, checked when the
 * application starts: a wrong definition stops it with a message naming form, page and
 * question. `forms` replaces the built-in list (tests). With `documents`, it serves the public
 * verification page of issued documents (`/pruefen`, `/en/pruefen`; needs the tenants plugin).
 */
export const applicationsPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { forms?: readonly FormDefinition[]; documents?: ApplicationDocumentsOptions },
  ) => {
    app.decorate("forms", createFormRegistry(opts.forms ?? ALL_FORMS, formFingerprint));
    if (opts.documents) {
      const documents = new CaseDocuments(opts.documents);
      for (const prefix of ["", "/en"]) await app.register(verifyPages, { documents, prefix });
    }
  },
  { name: "applications", dependencies: [] },
);
