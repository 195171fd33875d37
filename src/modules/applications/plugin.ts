import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { createFormRegistry, type FormDefinition } from "./domain";
import { ALL_FORMS } from "./forms";

/** The fingerprint of a form version: SHA-256 of its canonical JSON, hex. */
export function formFingerprint(canonicalJson: string): string {
  return createHash("sha256").update(canonicalJson, "utf8").digest("hex");
}

/**
 * Online applications. For now it decorates `app.forms` with every form version, checked
 * when the application starts: a wrong definition stops it with a message naming form, page
 * and question. `forms` replaces the built-in list (tests).
 */
export const applicationsPlugin = fp(
  async (app: FastifyInstance, opts: { forms?: readonly FormDefinition[] }) => {
    app.decorate("forms", createFormRegistry(opts.forms ?? ALL_FORMS, formFingerprint));
  },
  { name: "applications", dependencies: [] },
);
