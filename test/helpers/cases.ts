import type { FastifyInstance } from "fastify";
import { type applicant, fileMeldebescheinigung as fileThroughPages } from "./applicant";
import type { SignedIn } from "./staff";

/** What a resident filed: their browser, the case's tracking secret, id and reference. */
export interface FiledTestCase {
  resident: ReturnType<typeof applicant>;
  token: string;
  id: string;
  reference: string;
}

/**
 * A resident without JavaScript applies for a Meldebescheinigung for "Erika Mustermann"
 * (`erika@example.org`, phone `06421 12345`) through the residents' pages and files it
 * (the simple certificate unless `options` choose the extended one).
 */
export async function fileMeldebescheinigung(
  app: FastifyInstance,
  options: { kind?: "simple" | "extended"; extendedData?: string[] } = {},
): Promise<FiledTestCase> {
  const { r, token, record } = await fileThroughPages(app, { phone: "06421 12345", ...options });
  return { resident: r, token, id: record.id, reference: record.reference };
}

/** A GET as a signed-in person. */
export function getAs(app: FastifyInstance, who: SignedIn, url: string) {
  return app.inject({ method: "GET", url, headers: { cookie: who.cookie } });
}

/** The revision a case's page carries in its forms (what the person saw). */
export function revisionOn(page: string): string {
  const revision = /name="revision" value="(\d+)"/.exec(page)?.[1];
  if (!revision) throw new Error("no revision on the page");
  return revision;
}
