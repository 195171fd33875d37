import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_FORMS, type FormDefinition } from "../src/modules/applications";
import { validateSubmission } from "../src/modules/applications/domain";
import { applicant } from "./helpers/applicant";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

/** The names a page's inputs post (composite questions post their parts). */
function fieldNames(form: FormDefinition, pageId: string): string[] {
  const page = form.pages.find((p) => p.id === pageId);
  const names: string[] = [];
  for (const q of page?.questions ?? []) {
    names.push(q.id);
    if (q.kind === "address")
      for (const part of ["street", "houseNumber", "addition", "postalCode", "city"])
        names.push(`${q.id}.${part}`);
    if (q.kind === "date") for (const part of ["day", "month", "year"]) names.push(`${q.id}.${part}`);
    if (q.kind === "person") {
      for (const part of ["familyName", "givenNames", "birthName", "doctoralDegree"])
        names.push(`${q.id}.${part}`);
      for (const part of ["day", "month", "year"]) names.push(`${q.id}.dateOfBirth.${part}`);
    }
  }
  return names;
}

const value = fc.oneof(
  fc.constantFrom("yes", "no", "on", "", " ", "1", "13", "2027", "35037", "0", "-1", "1e9", "ja"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("\u0000", "<script>", "Ä".repeat(300), "a\nb", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"),
);

const FORMS = ALL_FORMS.filter((f) => f.serviceKey !== "briefwahl");

describeEachDatabase("random bodies on every form page", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("never answers 5xx, never stores answers a draft could not read back, never files a half case", async () => {
    const residents = new Map<string, ReturnType<typeof applicant>>();
    for (const form of FORMS) {
      const r = applicant(t.app);
      await r.follow(await r.post(`/antrag/${form.serviceKey}`, {}, `/antrag/${form.serviceKey}`));
      residents.set(form.serviceKey, r);
    }
    const casesBefore = await sql<{ n: string }>`select count(*) as n from cases`.execute(t.database.db);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMS),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.boolean(),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(value, fc.array(value, { maxLength: 4 })), {
          maxKeys: 4,
        }),
        fc.array(fc.tuple(fc.nat(), fc.oneof(value, fc.array(value, { maxLength: 3 }))), { maxLength: 12 }),
        async (form, pageIndex, item, change, junk, picks) => {
          const r = residents.get(form.serviceKey);
          if (!r) throw new Error("no resident");
          const page = form.pages[pageIndex % form.pages.length];
          if (!page) return;
          const names = fieldNames(form, page.id);
          const body: Record<string, string | string[]> = { ...junk };
          for (const [i, v] of picks) if (names.length > 0) body[names[i % names.length] as string] = v;
          const url =
            page.kind === "group"
              ? `/antrag/${form.serviceKey}/seite/${page.id}/eintrag/${item + 1}`
              : `/antrag/${form.serviceKey}/seite/${page.id}${change ? "?aendern=1" : ""}`;
          await r.get(url);
          const posted = await r.post(url, body);
          expect(posted.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
          // what was stored reads back as a valid draft: the check page opens it
          const check = await r.get(`/antrag/${form.serviceKey}/zusammenfassung`);
          expect(check.statusCode, `${url} ${JSON.stringify(body)}`).toBe(200);
          const filed = await r.post(`/antrag/${form.serviceKey}/absenden`);
          expect(filed.statusCode).toBeLessThan(500);
          if (String(filed.headers.location ?? "").includes("/vorgang/")) {
            // a complete application was filed: start the next one
            await r.follow(await r.post(`/antrag/${form.serviceKey}`, {}, `/antrag/${form.serviceKey}`));
          }
        },
      ),
      { numRuns: 150 },
    );
    // every case that was filed holds a complete, valid submission
    const rows = await sql<{ id: string }>`select id from cases`.execute(t.database.db);
    for (const { id } of rows.rows) {
      const record = await t.app.cases.byId(id);
      expect(record && validateSubmission(record.form.definition, record.answers, "2027-01-11").ok).toBe(
        true,
      );
    }
    expect(rows.rows.length).toBeGreaterThanOrEqual(Number(casesBefore.rows[0]?.n ?? 0));
  });
});
