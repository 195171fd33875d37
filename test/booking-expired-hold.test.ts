import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, expect, it } from "vitest";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

const MINUTE = 60_000;

describeEachDatabase("a hold that runs out", (kind) => {
  let t: TestApp;
  let dataDir: string;
  // a fresh app per test: each one moves the clock
  beforeEach(async () => {
    await t?.close();
    dataDir ??= await mkdtemp(join(tmpdir(), "expired-hold-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir, BOOKING_HOLD_MINUTES: "10" });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const radios = (body: string) =>
    [...body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1] as string);
  const labels = (body: string) =>
    [...body.matchAll(/<label class="kern-label" for="zeit[^"]*">([^<]+)<\/label>/g)].map(
      (m) => m[1] as string,
    );

  it("says on the details and check pages until when the time is held, in the city's time", async () => {
    const pages = bookingPages(t.app);
    const { base } = await pages.hold();
    // TEST_NOW is 08:30 in Marburg; the hold lasts ten minutes.
    expect(new Date(TEST_NOW).getTime()).toBe(t.clock.now().getTime());
    const details = await pages.get(`${base}/angaben`);
    expect(details.body).toContain("Wir halten diese Zeit für Sie bis 08:40 Uhr.");
    await pages.post(`${base}/angaben`, `${base}/angaben`, {
      name: "Erika Muster",
      email: "erika@example.org",
    });
    const check = await pages.get(`${base}/pruefen`);
    expect(check.statusCode).toBe(200);
    expect(check.body).toContain("Wir halten diese Zeit für Sie bis 08:40 Uhr.");
    expect(check.body).toContain("Termin verbindlich buchen");

    const en = await bookingPages(t.app).get(`/en${base}/pruefen`);
    expect(en.body).toContain("We are holding this time for you until 08:40.");
  });

  it("leads from the check page after the hold to a page that says so, offers the day's times and keeps the entries", async () => {
    const pages = bookingPages(t.app);
    const { base, day, zeitUrl } = await pages.hold();
    const entered = {
      name: "Erika Muster",
      email: "erika.muster@example.org",
      phone: "06421 1234",
      needWheelchair: "on",
      needOther: "Bitte langsam sprechen",
    };
    expect((await pages.post(`${base}/angaben`, `${base}/angaben`, entered)).statusCode).toBe(303);
    const checkBefore = await pages.get(`${base}/pruefen`);

    t.clock.advance(11 * MINUTE);

    // The check page no longer offers to book; the booking button of a page still open leads on too.
    const check = await pages.get(`${base}/pruefen`);
    expect(check.statusCode).toBe(303);
    expect(check.headers.location).toBe(`${base}/abgelaufen`);
    expect(checkBefore.body).toContain(`action="${base}/buchen"`);
    const book = await pages.post(zeitUrl, `${base}/buchen`, {});
    expect(book.statusCode).toBe(303);
    expect(book.headers.location).toBe(`${base}/abgelaufen`);

    const lapsed = await pages.get(`${base}/abgelaufen`);
    expect(lapsed.statusCode).toBe(410);
    expect(lapsed.body).toContain('<h1 class="kern-heading-large">Die Reservierung ist abgelaufen</h1>');
    expect(lapsed.body).toContain("Ihre Angaben haben wir behalten");
    expect(lapsed.body).not.toContain("Bitte geben Sie Ihren Namen ein.");
    expect(lapsed.body).not.toContain("Termin verbindlich buchen");
    // the free times of the same day, at the same place
    const offered = radios(lapsed.body);
    expect(offered.length).toBeGreaterThan(0);
    const dayWords = /legend[^>]*>Freie Zeiten am ([^<]+)</.exec(lapsed.body)?.[1] as string;
    expect(dayWords).toMatch(/^\p{L}+, \d+\. \p{L}+ \d{4}$/u);
    for (const label of labels(lapsed.body)) expect(label.startsWith(dayWords)).toBe(true);
    for (const zeit of offered) {
      const start = new Date(zeit.split("|")[0] as string);
      const civil = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(start);
      expect(civil).toBe(day);
    }
    expect(lapsed.body).toContain("Stadtbüro Marburg");
    expect(lapsed.body).toContain(`action="${base}/neue-zeit"`);

    // A new time leads straight to the check, with everything entered before.
    const chosen = offered[1] as string;
    const again = await pages.post(`${base}/abgelaufen`, `${base}/neue-zeit`, { zeit: chosen, tag: day });
    expect(again.statusCode).toBe(303);
    const next = String(again.headers.location);
    expect(next).toMatch(/^\/termin\/r\/[A-Za-z0-9_-]{32}\/pruefen$/);
    expect(next).not.toBe(`${base}/pruefen`);
    const newCheck = await pages.get(next);
    expect(newCheck.statusCode).toBe(200);
    for (const value of [
      "Erika Muster",
      "erika.muster@example.org",
      "06421 1234",
      "Zugang mit Rollstuhl",
      "Bitte langsam sprechen",
    ])
      expect(newCheck.body).toContain(value);
    expect(newCheck.body).toContain("Wir halten diese Zeit für Sie bis 08:51 Uhr.");
    // changing the details starts from what was entered, needs included
    const details = await pages.get(next.replace(/pruefen$/, "angaben"));
    expect(details.body).toMatch(/id="needWheelchair" name="needWheelchair" checked/);
    expect(details.body).toContain('value="Bitte langsam sprechen"');

    const confirmed = await pages.post(next, next.replace(/pruefen$/, "buchen"), {});
    expect(confirmed.statusCode).toBe(303);
    expect((await pages.get(String(confirmed.headers.location))).body).toContain("Ihr Termin ist gebucht");
    const rows = await t.database.db
      .selectFrom("appointments")
      .select(["status", "starts_at", "needs", "phone"])
      .where("email", "=", entered.email)
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.status)).toEqual(["expired", "confirmed"]);
    expect(new Date(rows[1]?.starts_at as Date).toISOString().replace(".000", "")).toBe(chosen.split("|")[0]);
    expect(rows[1]?.needs).toEqual({
      wheelchair: true,
      signLanguage: false,
      other: "Bitte langsam sprechen",
    });
  });

  it("keeps what is entered on the details page after the hold ran out, and offers the same time again", async () => {
    const pages = bookingPages(t.app);
    const heldTime = (await pages.freeTimes("stadtbuero")).times[0];
    const { base, day, zeitUrl } = await pages.hold();
    t.clock.advance(10 * MINUTE);
    expect((await pages.get(`${base}/angaben`)).headers.location).toBe(`${base}/abgelaufen`);

    // Invalid entries are still shown next to the fields first …
    const bad = await pages.post(zeitUrl, `${base}/angaben`, { name: "", email: "nope" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Bitte geben Sie Ihren Namen ein.");
    expect(bad.body).toContain("Diese Zeit war bis 08:40 Uhr für Sie reserviert.");
    // … valid ones are kept for the new time.
    const late = await pages.post(zeitUrl, `${base}/angaben`, {
      name: "Max Spät",
      email: "max.spaet@example.org",
      needSignLanguage: "on",
    });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toBe(`${base}/abgelaufen`);
    const lapsed = await pages.get(`${base}/abgelaufen`);
    expect(lapsed.statusCode).toBe(410);
    const offered = radios(lapsed.body);
    // nobody took the time meanwhile: it is free again and offered first
    expect(offered[0]).toBe(heldTime);
    const again = await pages.post(`${base}/abgelaufen`, `${base}/neue-zeit`, {
      zeit: heldTime as string,
      tag: day,
    });
    const check = await pages.get(String(again.headers.location));
    expect(check.body).toContain("Max Spät");
    expect(check.body).toContain("Gebärdensprachdolmetschung");
  });

  it("goes on to the details when nothing was entered, and asks for a time when none was chosen", async () => {
    const pages = bookingPages(t.app);
    const { base, day, zeitUrl } = await pages.hold();
    t.clock.advance(15 * MINUTE);
    const none = await pages.post(zeitUrl, `${base}/neue-zeit`, { tag: day });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain("Bitte wählen Sie eine Uhrzeit.");
    const zeit = radios(none.body)[0] as string;
    const again = await pages.post(zeitUrl, `${base}/neue-zeit`, { zeit, tag: day });
    expect(String(again.headers.location)).toMatch(/^\/termin\/r\/[A-Za-z0-9_-]{32}\/angaben$/);
    // a hold that has not run out has no such page
    const fresh = String(again.headers.location).replace(/\/angaben$/, "");
    expect((await pages.get(`${fresh}/abgelaufen`)).headers.location).toBe(`${fresh}/angaben`);
  });

  it("offers other days, keeping the entries, when the day has no free time left", async () => {
    const pages = bookingPages(t.app);
    const { base } = await pages.hold();
    t.clock.advance(11 * MINUTE);
    // 17 January 2027 is a Sunday: the Stadtbüro is closed.
    const sunday = await pages.get(`${base}/abgelaufen?tag=2027-01-17`);
    expect(sunday.statusCode).toBe(410);
    expect(sunday.body).toContain(
      '<h2 class="kern-heading-medium">Am Sonntag, 17. Januar 2027 ist geschlossen</h2>',
    );
    expect(sunday.body).toContain("An diesem Tag gibt es hier laut Öffnungsplan keine Sprechzeiten.");
    expect(sunday.body).not.toContain('name="zeit"');
    const links = [...sunday.body.matchAll(/<li><a class="kern-link" href="([^"]*abgelaufen[^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(links[0]).toBe(`${base}/abgelaufen?tag=2027-01-18`);
  });

  it("speaks English on English pages", async () => {
    const pages = bookingPages(t.app);
    const { base } = await pages.hold();
    t.clock.advance(11 * MINUTE);
    const lapsed = await pages.get(`/en${base}/abgelaufen`);
    expect(lapsed.statusCode).toBe(410);
    expect(lapsed.body).toContain("The reservation has expired");
    expect(lapsed.body).toContain("We have kept what you entered");
    expect(lapsed.body).toContain(`action="/en${base}/neue-zeit"`);
  });
});
