import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fileMeldebescheinigung } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

// The hostile-input suite knows no case's id, so it never gets past the id's schema; this one
// posts junk to every step of real cases, with the right revision, to reach the handlers.
const PATHS = [
  "zuweisen",
  "bearbeiten",
  "rueckfrage",
  "antwort",
  "genehmigen",
  "ablehnen",
  "gebuehr",
  "zahlung",
  "abschliessen",
];
const FIELDS = [
  "assigned",
  "assignee",
  "question",
  "answer",
  "approveNote",
  "approvePlaceOfBirth",
  "approveNationalities",
  "approveMaritalStatus",
  "approveMoveInDate",
  "approvePreviousAddresses",
  "rejectReason",
  "rejectNote",
  "feeAmount",
  "feeNote",
  "paymentMethod",
  "paymentAmount",
  "paymentDate",
  "paymentNote",
];
const JUNK = [
  "",
  " ",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\u202e\u200b",
  "-1",
  "0",
  "1e309",
  "NaN",
  "99999999999999999999",
  "2147483648",
  "9999999999",
  "12,50",
  "0,00",
  "1.234,56",
  "31.02.2027",
  "2027-01-11",
  "11.01.2027",
  "9999-12-31",
  "other",
  "duplicate",
  "cash",
  "transfer",
  "married",
  "deutsch, italienisch",
  "Heideweg 12, 35039 Marburg\nirgendwo",
  "Heideweg 12, , , 35039 Marburg",
  "<script>alert(1)</script>",
  "x".repeat(4001),
  "é".repeat(5000),
];

describeEachDatabase("online applications in the back office: hostile posts to real cases", (kind) => {
  let t: TestApp;
  let clerk: SignedIn;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
  });
  afterAll(() => t?.close());

  it("answers every step's junk without a server error, and every case still replays", {
    timeout: 600_000,
  }, async () => {
    const cases = [
      await fileMeldebescheinigung(t.app),
      await fileMeldebescheinigung(t.app),
      // an extended certificate: approving it reads the register data of every item
      await fileMeldebescheinigung(t.app, {
        kind: "extended",
        extendedData: [
          "place-of-birth",
          "nationalities",
          "marital-status",
          "move-in-date",
          "previous-addresses",
        ],
      }),
    ];
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...JUNK) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constant(String(clerk.staffId)) },
    );
    const request = fc.record({
      which: fc.nat({ max: cases.length - 1 }),
      path: fc.constantFrom(...PATHS),
      fields: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }),
      staleBy: fc.oneof(
        { weight: 5, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
      ),
    });
    const failures: string[] = [];
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const filed = cases[r.which];
        if (!filed) return true;
        const current = await t.app.cases.byId(filed.id);
        const revision = String(Math.max(1, (current?.revision ?? 1) + r.staleBy));
        const response = await postForm(t.app, clerk, `/verwaltung/vorgaenge/${filed.id}/${r.path}`, {
          ...r.fields,
          revision,
        });
        codes.set(response.statusCode, (codes.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500) failures.push(`${r.path} ${JSON.stringify(r.fields).slice(0, 300)}`);
        return response.statusCode < 500;
      }),
      { numRuns: kind === "pglite" ? 400 : 100, endOnFailure: true },
    );
    expect(failures).toEqual([]);
    // the junk reached the status machine: some steps were taken, some refused at a field or as stale
    expect(codes.get(303)).toBeGreaterThan(0);
    expect(codes.get(400)).toBeGreaterThan(0);
    expect(codes.get(409)).toBeGreaterThan(0);
    for (const filed of cases) {
      const record = await t.app.cases.byId(filed.id);
      expect(record?.timeline.length).toBeGreaterThanOrEqual(2);
      expect(
        (await t.app.inject({ url: `/verwaltung/vorgaenge/${filed.id}`, headers: { cookie: clerk.cookie } }))
          .statusCode,
      ).toBe(200);
    }
    const errors = lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
    expect(errors).toEqual([]);
    expect(lines.join("\n")).not.toContain("Mustermann");
  });
});
