import { afterAll, beforeAll, expect, it } from "vitest";
import { applicant } from "./helpers/applicant";
import { getAs } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

const BASE = "/antrag/briefwahl";
/** A Sunday election a few weeks after TEST_NOW (Monday 11 January 2027). */
const LANDTAG = {
  key: "landtag-2027",
  "name-de": "Wahl zum Hessischen Landtag",
  "name-en": "Election to the Hessian Landtag",
  "election-day": "2027-02-14",
  "applications-from": "2027-01-20",
};
const KOMMUNAL = {
  key: "kommunal-2027",
  "name-de": "Kommunalwahl 2027",
  "name-en": "Local election 2027",
  "election-day": "21.3.2027",
  "applications-from": "2027-01-18",
  "deadline-date": "2027-03-18",
  "deadline-time": "12.00",
};

describeEachDatabase("Briefwahl: elections configured by the administration", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(async () => {
    t.clock.set(TEST_NOW);
    await t?.close();
  });

  /** Signs the administrator in again (a session ends when the clock moves on by weeks). */
  const signInAgain = async () => {
    admin = await signInAs(t.app, t.database, ["administrator"]);
  };
  const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie: admin.cookie } });
  const offeredOnline = async (prefix = "") =>
    (await t.app.inject({ method: "GET", url: `${prefix}/leistungen/briefwahl` })).body.includes(
      `href="${prefix}${BASE}"`,
    );
  const electionRows = () => t.database.db.selectFrom("elections").selectAll().execute();

  /** A voter applying for themselves; returns the resident and the response of "send". */
  async function fileBriefwahl(start: Record<string, string> = {}) {
    const { r, started, filled } = await fillInBriefwahl(start);
    return { r, started, filed: filled ? await r.post(`${BASE}/absenden`) : undefined };
  }

  /** A voter answering every page up to "check your answers". */
  async function fillInBriefwahl(start: Record<string, string> = {}) {
    const r = applicant(t.app);
    const base = BASE;
    const started = await r.post(base, start, base);
    if (started.statusCode !== 303) return { r, started, filled: false };
    await r.follow(started);
    await r.answer(`${base}/seite/for-whom`, { forSelf: "yes" });
    await r.answer(`${base}/seite/voter`, {
      "voter.givenNames": "Erika",
      "voter.familyName": "Muster",
      "voter.dateOfBirth.day": "1",
      "voter.dateOfBirth.month": "3",
      "voter.dateOfBirth.year": "1950",
    });
    await r.answer(`${base}/seite/registered-address`, {
      "registeredAddress.street": "Barfüßerstraße",
      "registeredAddress.houseNumber": "7",
      "registeredAddress.postalCode": "35037",
      "registeredAddress.city": "Marburg",
    });
    await r.answer(`${base}/seite/delivery`, { delivery: "registered-address" });
    await r.answer(`${base}/seite/declaration`, { truthful: "yes" });
    const check = await r.answer(`${base}/kontakt`, { email: "erika@example.org" });
    expect(check.statusCode).toBe(200);
    const chosen = start.wahl === "kommunal-2027" ? "Kommunalwahl 2027" : "Wahl zum Hessischen Landtag";
    expect(check.body).toContain(`Dieser Antrag gilt für die ${chosen}.`);
    return { r, started, filled: true };
  }

  it("offers no Briefwahl while no election is configured", async () => {
    expect((await t.app.inject({ method: "GET", url: BASE })).statusCode).toBe(404);
    expect(await offeredOnline()).toBe(false);
    expect((await t.app.applications.offered()).has("briefwahl")).toBe(false);
    expect((await t.app.applications.offered()).has("meldebescheinigung")).toBe(true);
  });

  it("refuses an election with wrong input, with messages at the fields, and stores nothing", async () => {
    expect((await get("/verwaltung/wahlen")).body).toContain("Noch keine Wahl eingetragen.");
    const page = await postForm(t.app, admin, "/verwaltung/wahlen/neu", {
      key: "Landtag 2027",
      "name-de": "",
      "name-en": "x".repeat(201),
      "election-day": "2027-01-10",
      "applications-from": "2027-01-01",
      "deadline-date": "2027-01-12",
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain("Bitte prüfen Sie Ihre Eingaben");
    expect(page.body).toContain("„Schlüssel“ darf nur Kleinbuchstaben");
    expect(page.body).toContain("Bitte füllen Sie „Name (Deutsch)“ aus.");
    expect(page.body).toContain("„Name (Englisch)“ darf höchstens 200 Zeichen lang sein.");
    expect(page.body).toContain("„Wahltag“ muss in der Zukunft liegen.");
    expect(page.body).toContain("„Ende der Antragsfrist: Tag“ muss vor dem Wahltag liegen.");
    expect(page.body).toContain('href="#name-de"');
    const start = await postForm(t.app, admin, "/verwaltung/wahlen/neu", {
      ...LANDTAG,
      "applications-from": "2027-02-13",
    });
    expect(start.body).toContain("„Erster Antragstag“ darf nicht nach dem Ende der Antragsfrist liegen.");
    const en = await postForm(t.app, admin, "/en/verwaltung/wahlen/neu", { ...LANDTAG, "name-en": "" });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("Name (English)");
    expect(en.body).toContain("Election day"); // the form in English
    expect(await electionRows()).toHaveLength(0);
  });

  it("adds an election, deadline by default the Friday before at 18:00, audited; offered from its first day", async () => {
    const created = await postForm(t.app, admin, "/verwaltung/wahlen/neu", LANDTAG);
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe("/verwaltung/wahlen/landtag-2027?eingetragen=1");
    const [row] = await electionRows();
    expect(row?.deadline.toISOString()).toBe("2027-02-12T17:00:00.000Z");
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["subject"])
      .where("action", "=", "admin.election-added")
      .execute();
    expect(audit).toEqual([{ subject: "election:landtag-2027" }]);
    const page = await get(String(created.headers.location));
    expect(page.body).toContain("Die Wahl ist eingetragen.");
    expect(page.body).toContain("12. Februar 2027, 18:00");
    const again = await postForm(t.app, admin, "/verwaltung/wahlen/neu", LANDTAG);
    expect(again.body).toContain("Eine Wahl mit diesem Schlüssel gibt es schon.");

    // before the first day: not offered; at midnight of the first day in Marburg: offered
    expect(await offeredOnline()).toBe(false);
    t.clock.set("2027-01-19T22:59:59Z");
    expect((await t.app.inject({ method: "GET", url: BASE })).statusCode).toBe(404);
    t.clock.set("2027-01-19T23:00:00Z");
    expect(await offeredOnline()).toBe(true);
    const start = await t.app.inject({ method: "GET", url: BASE });
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain("Dieser Antrag gilt für die Wahl zum Hessischen Landtag.");
    expect(start.body).toContain("Online beantragen können Sie bis 12. Februar 2027 um 18:00.");
    await signInAgain();
    const list = await get("/verwaltung/wahlen");
    expect(list.body).toContain("Anträge möglich");
  });

  it("files a Briefwahl for the election; the resident's and the back office's case pages name it", async () => {
    t.clock.set("2027-01-25T09:00:00Z");
    const { r, filed } = await fileBriefwahl({ wahl: "landtag-2027" });
    expect(filed?.statusCode).toBe(303);
    const casePage = await r.follow(filed as NonNullable<typeof filed>);
    expect(casePage.body).toContain("Wahl zum Hessischen Landtag");
    const token =
      String(filed?.headers.location)
        .replace(/\?neu=1$/, "")
        .split("/")
        .at(-1) ?? "";
    const record = await t.app.cases.byTrackingToken(token);
    const [election] = await electionRows();
    expect(record?.electionId).toBe(election?.id);
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    const desk = await getAs(t.app, clerk, `/verwaltung/vorgaenge/${record?.id}`);
    expect(desk.statusCode).toBe(200);
    expect(desk.body).toContain("Wahl zum Hessischen Landtag");
  });

  it("lets the resident choose when two elections are open, and records the one chosen", async () => {
    await signInAgain();
    const created = await postForm(t.app, admin, "/verwaltung/wahlen/neu", KOMMUNAL);
    expect(created.statusCode).toBe(303);
    const start = await t.app.inject({ method: "GET", url: BASE });
    expect(start.body).toContain("Für welche Wahl beantragen Sie den Wahlschein?");
    expect(start.body).toContain("Kommunalwahl 2027 am 21. März 2027 (Antrag bis 18. März 2027 um 12:00)");
    const none = await fileBriefwahl();
    expect(none.started.statusCode).toBe(400);
    expect(none.started.body).toContain("Wählen Sie aus, für welche Wahl Sie den Wahlschein beantragen.");
    expect(none.started.body).toContain('href="#wahl"');
    const { r, filed } = await fileBriefwahl({ wahl: "kommunal-2027" });
    expect(filed?.statusCode).toBe(303);
    const casePage = await r.follow(filed as NonNullable<typeof filed>);
    expect(casePage.body).toContain("Kommunalwahl 2027");
    expect(casePage.body).not.toContain("Hessischen Landtag");
  });

  it("refuses to file after the deadline passed while the draft was open", async () => {
    t.clock.set("2027-02-12T16:59:00Z");
    const { r, filled } = await fillInBriefwahl({ wahl: "landtag-2027" });
    expect(filled).toBe(true);
    const before = await t.database.db.selectFrom("cases").select("id").execute();
    t.clock.set("2027-02-12T17:00:00Z");
    // the Kommunalwahl is still open, so the form is offered, but not for the Landtag any more
    expect(await offeredOnline()).toBe(true);
    const refused = await r.post(`${BASE}/absenden`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("Die Antragsfrist ist abgelaufen");
    expect(await t.database.db.selectFrom("cases").select("id").execute()).toHaveLength(before.length);
    const start = await t.app.inject({ method: "GET", url: BASE });
    expect(start.body).not.toContain("Hessischen Landtag");
  });

  it("stops offering the Briefwahl once the election is withdrawn; English pages", async () => {
    t.clock.set("2027-02-15T09:00:00Z");
    await signInAgain();
    expect(await offeredOnline("/en")).toBe(true);
    const en = await t.app.inject({ method: "GET", url: `/en${BASE}` });
    expect(en.body).toContain("This application is for the Local election 2027.");
    expect(en.body).toContain("You can apply online until 18 March 2027 at 12:00.");
    const list = await get("/en/verwaltung/wahlen");
    expect(list.body).toContain("Local election 2027");
    expect(list.body).toContain("deadline passed");
    const withdrawn = await postForm(t.app, admin, "/verwaltung/wahlen/kommunal-2027/status", {
      action: "withdraw",
    });
    expect(withdrawn.statusCode).toBe(303);
    expect((await get(String(withdrawn.headers.location))).body).toContain("Die Wahl ist zurückgezogen.");
    expect(await offeredOnline()).toBe(false);
    expect((await t.app.inject({ method: "GET", url: `/en${BASE}` })).statusCode).toBe(404);
  });

  it("keeps the election pages to administrators", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    expect((await getAs(t.app, clerk, "/verwaltung/wahlen")).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/verwaltung/wahlen" })).statusCode).toBe(303);
  });
});
