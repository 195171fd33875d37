import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { OpeningPlansFile } from "../src/modules/booking";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.parse(TEST_NOW) + offset * DAY_MS).toISOString().slice(0, 10);

describeEachDatabase("administration: the mobile Stadtbüro's tour plan", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "tour-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, cookie = admin.cookie) =>
    t.app.inject({ method: "GET", url, headers: { cookie } });

  async function stored() {
    const row = await t.database.db.selectFrom("opening_plans").select("data").executeTakeFirstOrThrow();
    return OpeningPlansFile.parse(row.data);
  }

  async function audits(action: string) {
    return t.database.db
      .selectFrom("audit_log")
      .select(["subject", "detail"])
      .where("action", "=", action)
      .execute();
  }

  const freeSlots = (location: string) =>
    t.app.booking.freeSlots({
      location,
      services: ["personalausweis"],
      durationMinutes: 15,
      now: t.clock.now(),
      channel: "public",
    });

  async function book(location: string, date: string, pick: number, email: string, locale: "de" | "en") {
    const now = t.clock.now();
    const slot = (await freeSlots(location)).filter((s) => s.date === date)[pick];
    if (!slot) throw new Error(`no slot ${pick} at ${location} on ${date}`);
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location,
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale,
      clientHash: null,
      now,
    });
    if (!held.ok) throw new Error("hold failed");
    const a = await t.app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("missing");
    await t.app.appointments.saveContact(
      a,
      { name: "Tour Person", email, needWheelchair: false, needSignLanguage: false },
      now,
    );
    await t.app.appointments.confirm((await t.app.appointments.byHoldToken(held.holdToken)) ?? a, now);
    return a.code;
  }

  /** The next regular visit of a stop that can still be booked. */
  async function nextVisitDate(location: string): Promise<string> {
    const date = (await freeSlots(location))[0]?.date;
    if (!date) throw new Error(`no bookable visit at ${location}`);
    return date;
  }

  it("lists the stops with their schedules and the next eight weeks' visits with their bookings", async () => {
    const date = await nextVisitDate("mobil-richtsberg");
    await book("mobil-richtsberg", date, 0, "richtsberg@example.org", "de");
    const de = await get("/verwaltung/tourenplan");
    expect(de.statusCode).toBe(200);
    expect(de.body).toContain("Tourenplan des mobilen Stadtbüros");
    expect(de.body).toContain('href="/verwaltung/oeffnungszeiten/mobil-cappel-2026"');
    expect(de.body).toContain("alle 2 Wochen, Di 09:00–12:00");
    const link = `/verwaltung/tourenplan/absagen?ort=mobil-richtsberg&amp;datum=${date}`;
    const row = de.body.slice(de.body.lastIndexOf("<tr", de.body.indexOf(link)), de.body.indexOf(link));
    expect(row).toContain("Richtsberg");
    expect(row).toMatch(/kern-table__cell--numeric">1<\/td>/);
    const en = await get("/en/verwaltung/tourenplan");
    expect(en.body).toContain("Visits of the next eight weeks");
    expect(en.body).toContain("every 2 weeks, Tue 09:00–12:00");
  });

  it("adds a one-off visit that residents can book at once", async () => {
    const saturday = [...Array(28).keys()].map((i) => day(i + 3)).find((d) => new Date(d).getUTCDay() === 6);
    if (!saturday) throw new Error("no Saturday");
    const res = await postForm(t.app, admin, "/verwaltung/tourenplan/besuche", {
      "visit-stop": "mobil-elnhausen",
      "visit-date": saturday,
      "visit-start": "10:00",
      "visit-end": "12:00",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `/verwaltung/tourenplan?ort=mobil-elnhausen&datum=${saturday}&eingetragen=1`,
    );
    const page = await get(res.headers.location as string);
    expect(page.body).toContain("Der Besuch in Elnhausen am");
    expect(page.body).toContain("ist eingetragen.");
    const link = `absagen?ort=mobil-elnhausen&amp;datum=${saturday}`;
    const row = page.body.slice(
      page.body.lastIndexOf("<tr", page.body.indexOf(link)),
      page.body.indexOf(link),
    );
    expect(row).toContain("einmalig");
    expect(row).toContain("10:00–12:00");

    const plan = (await stored()).plans.find((p) => p.key === `mobil-elnhausen-${saturday}`);
    expect(plan).toMatchObject({
      location: "mobil-elnhausen",
      validFrom: saturday,
      validTo: saturday,
      windows: [{ weekdays: ["sa"], start: "10:00", end: "12:00" }],
      counters: [{ key: "mobil", publicCapacity: 1, staffCapacity: 0 }],
    });
    expect((await freeSlots("mobil-elnhausen")).some((s) => s.date === saturday)).toBe(true);
    const feed = await get("/mobiles-stadtbuero/mobil-elnhausen.ics", "");
    expect(feed.body).toContain(`UID:mobil-elnhausen-${saturday}-${saturday}@marburg.stadtbuero`);
    expect((await audits("admin.visit-added"))[0]).toEqual({
      subject: `location:mobil-elnhausen/${saturday}`,
      detail: { plan: `mobil-elnhausen-${saturday}` },
    });
  });

  it("refuses visits that clash, fall on a closed day or are in the past, and stores nothing", async () => {
    const before = await stored();
    const cappel = await nextVisitDate("mobil-cappel");
    const post = (fields: Record<string, string>, prefix = "") =>
      postForm(t.app, admin, `${prefix}/verwaltung/tourenplan/besuche`, {
        "visit-stop": "mobil-cappel",
        "visit-date": cappel,
        "visit-start": "10:00",
        "visit-end": "11:00",
        ...fields,
      });
    const same = await post({});
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain("am selben Ort und Schalter");
    const elsewhere = await post({ "visit-stop": "mobil-schroeck" });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.body).toContain(
      "ist das mobile Stadtbüro zur selben Zeit schon in Mobiles Stadtbüro Cappel.",
    );
    const holiday = await post({ "visit-date": "2026-12-25" }, "/en");
    const past = await post({ "visit-date": day(-3) }, "/en");
    const closed = await post({ "visit-date": "2026-12-28", "visit-stop": "mobil-marbach" });
    if (day(0) <= "2026-12-25") {
      expect(holiday.body).toContain("there would be no visit that day");
      expect(closed.body).toContain("An diesem Tag fände kein Besuch statt");
    }
    expect(past.body).toContain("“Date” is in the past.");
    const times = await post({
      "visit-date": day(30),
      "visit-start": "12:00",
      "visit-end": "11:00",
      "visit-stop": "x",
    });
    expect(times.body).toContain("Bitte wählen Sie bei „Haltestelle“ eine der Möglichkeiten.");
    const order = await post({
      "visit-date": day(40),
      "visit-stop": "mobil-marbach",
      "visit-start": "12:00",
      "visit-end": "11:00",
    });
    expect(order.statusCode).toBe(400);
    expect(order.body).toContain("„Ende“ muss nach dem Beginn liegen.");
    expect(order.body).toContain('value="12:00"');
    expect(await stored()).toEqual(before);
  });

  it("cancels a visit after asking for the reason, and everyone booked gets a mail", async () => {
    const date = await nextVisitDate("mobil-cappel");
    const first = await book("mobil-cappel", date, 0, "one@example.org", "en");
    const second = await book("mobil-cappel", date, 1, "two@example.org", "de");
    const confirm = await get(`/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${date}`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain("Für diesen Besuch sind 2 Termine gebucht.");
    expect(confirm.body).toContain("Das lässt sich nicht rückgängig machen.");

    const missing = await postForm(t.app, admin, "/verwaltung/tourenplan/absagen", {
      ort: "mobil-cappel",
      datum: date,
      "reason-de": "Das Fahrzeug ist in der Werkstatt.",
      "reason-en": "",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("Bitte füllen Sie „Grund (Englisch)“ aus.");
    expect(missing.body).toContain('value="Das Fahrzeug ist in der Werkstatt."');
    const live = () =>
      t.database.db
        .selectFrom("appointments")
        .select(["code", "status"])
        .where("code", "in", [first, second])
        .where("status", "=", "confirmed")
        .execute();
    expect(await live()).toHaveLength(2);

    const done = await postForm(t.app, admin, "/verwaltung/tourenplan/absagen", {
      ort: "mobil-cappel",
      datum: date,
      "reason-de": "Das Fahrzeug ist in der Werkstatt.",
      "reason-en": "The vehicle is being repaired.",
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(
      `/verwaltung/tourenplan?ort=mobil-cappel&datum=${date}&benachrichtigt=2`,
    );
    const page = await get(done.headers.location as string);
    expect(page.body).toContain("ist abgesagt. 2 Personen mit Termin wurden per E-Mail benachrichtigt.");
    expect(await live()).toEqual([]);
    expect((await freeSlots("mobil-cappel")).some((s) => s.date === date)).toBe(false);

    const outbox = join(dataDir, "outbox");
    const entries = await listOutbox(outbox);
    const en = entries.find((e) => e.subject.startsWith("The mobile Stadtbüro cannot come"));
    const de = entries.filter((e) => !e.subject.startsWith("The mobile Stadtbüro cannot come"));
    expect(en).toBeDefined();
    expect((await readOutboxMessage(outbox, en?.id as string))?.text).toContain(
      "The vehicle is being repaired.",
    );
    const texts = await Promise.all(de.map((e) => readOutboxMessage(outbox, e.id)));
    expect(texts.some((m) => m?.text.includes("Das Fahrzeug ist in der Werkstatt."))).toBe(true);

    expect((await audits("admin.visit-cancelled"))[0]).toEqual({
      subject: `location:mobil-cappel/${date}`,
      detail: { cancelled: 2, notified: 2, reopened: 0 },
    });
    // the day is closed now: there is nothing left to cancel
    expect((await get(`/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${date}`)).statusCode).toBe(404);
  });

  it("answers 404 for places that are no stop or days without a visit", async () => {
    expect((await get(`/verwaltung/tourenplan/absagen?ort=stadtbuero&datum=${day(7)}`)).statusCode).toBe(404);
    expect((await get("/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=2026-12-25")).statusCode).toBe(
      404,
    );
    // a past visit cannot be cancelled any more (its appointments have happened)
    const past = (await t.app.booking.sessions({ location: "mobil-cappel", from: day(-30), to: day(-1) }))[0];
    if (past)
      expect(
        (await get(`/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${past.date}`)).statusCode,
      ).toBe(404);
    // the language switch of a failed submit leads back to the tour plan
    const bare = await get("/en/verwaltung/tourenplan/absagen");
    expect(bare.statusCode).toBe(303);
    expect(bare.headers.location).toBe("/en/verwaltung/tourenplan");
    expect((await get("/verwaltung/tourenplan/besuche")).headers.location).toBe("/verwaltung/tourenplan");
    const post = await postForm(t.app, admin, "/verwaltung/tourenplan/absagen", {
      ort: "mobil-cappel",
      datum: "2026-12-25",
      "reason-de": "x",
      "reason-en": "x",
    });
    expect(post.statusCode).toBe(404);
  });
});
