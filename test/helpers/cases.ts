import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { applicant } from "./applicant";
import type { SignedIn } from "./staff";

const BASE = "/antrag/meldebescheinigung";

/** What a resident filed: their browser, the case's tracking secret, id and reference. */
export interface FiledTestCase {
  resident: ReturnType<typeof applicant>;
  token: string;
  id: string;
  reference: string;
}

/**
 * A resident without JavaScript applies for a Meldebescheinigung for "Erika Mustermann"
 * (`erika@example.org`, phone `06421 12345`) through the residents' pages and files it.
 */
export async function fileMeldebescheinigung(app: FastifyInstance): Promise<FiledTestCase> {
  const r = applicant(app);
  await r.get(BASE);
  await r.follow(await r.post(BASE));
  await r.answer(`${BASE}/seite/for-whom`, { forSelf: "yes" });
  await r.answer(`${BASE}/seite/person`, {
    "person.givenNames": "Erika",
    "person.familyName": "Mustermann",
    "person.dateOfBirth.day": "12",
    "person.dateOfBirth.month": "8",
    "person.dateOfBirth.year": "1964",
  });
  await r.answer(`${BASE}/seite/main-address`, {
    "mainAddress.street": "Markt",
    "mainAddress.houseNumber": "1",
    "mainAddress.postalCode": "35037",
    "mainAddress.city": "Marburg",
  });
  await r.answer(`${BASE}/seite/certificate-kind`, { certificateKind: "simple" });
  await r.answer(`${BASE}/seite/purpose`, {});
  await r.answer(`${BASE}/seite/declaration`, { truthful: "yes" });
  const check = await r.answer(`${BASE}/kontakt`, { email: "erika@example.org", phone: "06421 12345" });
  expect(check.body).toContain("Prüfen Sie Ihre Angaben");
  const filed = await r.post(`${BASE}/absenden`);
  expect(filed.statusCode).toBe(303);
  const token =
    String(filed.headers.location)
      .replace(/\?neu=1$/, "")
      .split("/")
      .at(-1) ?? "";
  const record = await app.cases.byTrackingToken(token);
  if (!record) throw new Error("the case was not filed");
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
