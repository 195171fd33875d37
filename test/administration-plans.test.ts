import { afterAll, beforeAll, expect, it } from "vitest";
import { planFormValues } from "../src/modules/administration/domain/plan-form";
import { OpeningPlansFile } from "../src/modules/booking";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("administration: opening plans and closures", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, cookie = admin.cookie) =>
    t.app.inject({ method: "GET", url, headers: { cookie } });

  async function stored() {
    const row = await t.database.db.selectFrom("opening_plans").select("data").executeTakeFirstOrThrow();
    return OpeningPlansFile.parse(row.data);
  }

  async function plan(key: string) {
    const found = (await stored()).plans.find((p) => p.key === key);
    if (!found) throw new Error(`no plan ${key}`);
    return found;
  }

  async function formOf(key: string, changes: Record<string, string | string[]>) {
    return { ...planFormValues(await plan(key)), ...changes };
  }

  async function audits(action: string) {
    return t.database.db
      .selectFrom("audit_log")
      .select(["subject", "detail"])
      .where("action", "=", action)
      .execute();
  }

  const bookableDates = async (location: string) =>
    new Set(
      (
        await t.app.booking.freeSlots({
          location,
          services: ["personalausweis"],
          durationMinutes: 15,
          now: t.clock.now(),
          channel: "public",
        })
      ).map((s) => s.date),
    );

  it("shows each place's plans, the closures and that appointments keep their times", async () => {
    const de = await get("/verwaltung/oeffnungszeiten");
    expect(de.statusCode).toBe(200);
    expect(de.body).toContain("Gebuchte Termine behalten ihre Zeiten");
    expect(de.body).toContain('href="/verwaltung/oeffnungszeiten/stadtbuero-2026"');
    expect(de.body).toContain("Mo, Di, Mi, Do, Fr 08:00–12:00; Di, Do 14:00–18:00");
    expect(de.body).toContain("Zwischen den Jahren geschlossen");
    const en = await get("/en/verwaltung/oeffnungszeiten/stadtbuero-2026");
    expect(en.body).toContain("Booked appointments keep their times");
    expect(en.body).toContain('name="window-1-start" type="time" value="14:00"');
  });

  it("changes a plan's windows; the bookable times follow at once", async () => {
    const fields = await formOf("mobil-wehrda-2026", { "window-0-start": "10:00", "window-0-end": "11:30" });
    const res = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/mobil-wehrda-2026", fields);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/verwaltung/oeffnungszeiten/mobil-wehrda-2026?gespeichert=1");
    expect((await plan("mobil-wehrda-2026")).windows).toEqual([
      { weekdays: ["th"], start: "10:00", end: "11:30" },
    ]);
    const sessions = await t.app.booking.sessions({
      location: "mobil-wehrda",
      from: "2027-01-01",
      to: "2027-01-31",
    });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => s.start.endsWith("T09:00:00Z") && s.end.endsWith("T10:30:00Z"))).toBe(true);
    expect((await audits("admin.plan-updated"))[0]).toMatchObject({ subject: "plan:mobil-wehrda-2026" });
  });

  it("shows the schema's problems at the fields and stores nothing", async () => {
    const before = await stored();
    const de = await postForm(
      t.app,
      admin,
      "/verwaltung/oeffnungszeiten/stadtbuero-2026",
      await formOf("stadtbuero-2026", {
        "valid-to": "2025-12-31",
        "every-weeks": "9",
        "window-1-start": "11:00",
        "window-1-end": "10:00",
        "window-2-days": ["mo"],
        "window-2-start": "09:00",
        "window-2-end": "10:00",
        "window-3-days": [],
        "window-3-start": "07:00",
        "window-3-end": "7.30",
        "min-days": "10",
        "max-days": "5",
        "slot-minutes": "3",
      }),
    );
    expect(de.statusCode).toBe(400);
    const body = de.body;
    expect(body).toContain("„Gültig bis“ darf nicht vor dem Anfangsdatum liegen.");
    expect(body).toContain("„Alle wie viele Wochen“ muss zwischen 1 und 8 liegen.");
    expect(body).toContain("„Zeitfenster 2: Ende“ muss nach dem Beginn liegen.");
    expect(body).toContain("„Zeitfenster 3: Beginn“: Das Zeitfenster überschneidet sich");
    expect(body).toContain("Bitte wählen Sie bei „Zeitfenster 4: Wochentage“ mindestens einen Wochentag.");
    expect(body).toContain("„Spätestens buchbar, Tage vorher“ darf nicht kleiner sein");
    expect(body).toContain("„Länge eines Zeitabschnitts in Minuten“ muss zwischen 5 und 120 liegen.");
    expect(body).toContain('href="#window-3-days"');
    expect(body).toContain('value="7.30"');
    const en = await postForm(
      t.app,
      admin,
      "/en/verwaltung/oeffnungszeiten/stadtbuero-2026",
      await formOf("stadtbuero-2026", {
        "window-0-days": [],
        "window-0-start": "",
        "window-0-end": "",
        "window-1-days": [],
        "window-1-start": "",
        "window-1-end": "",
        recurrence: "daily",
      }),
    );
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("Please enter at least one opening window.");
    expect(en.body).toContain("Please choose one of the options for “Rhythm”.");
    expect(await stored()).toEqual(before);
  });

  it("adds a plan only where it does not clash with another on the same counters", async () => {
    const before = await stored();
    const clash = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/neu", {
      ...planFormValues(await plan("stadtbuero-2026")),
      location: "stadtbuero",
      "valid-from": "2027-03-01",
      "valid-to": "",
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.body).toContain(
      "überschneidet sich diese Zeit mit dem Plan stadtbuero-2026 am selben Ort und Schalter",
    );
    expect(await stored()).toEqual(before);

    // end the current plan, then the new one fits
    await postForm(
      t.app,
      admin,
      "/verwaltung/oeffnungszeiten/stadtbuero-2026",
      await formOf("stadtbuero-2026", { "valid-to": "2027-02-28" }),
    );
    const page = await get("/verwaltung/oeffnungszeiten/neu?ort=stadtbuero");
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Neuer Öffnungsplan: Stadtbüro Marburg");
    const created = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/neu", {
      ...planFormValues(await plan("stadtbuero-2026")),
      location: "stadtbuero",
      "valid-from": "01.03.2027",
      "valid-to": "",
      "window-1-days": ["th"],
    });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe("/verwaltung/oeffnungszeiten/stadtbuero-2027-03-01?angelegt=1");
    const added = await plan("stadtbuero-2027-03-01");
    expect(added.validFrom).toBe("2027-03-01");
    expect(added.counters).toEqual((await plan("stadtbuero-2026")).counters);
    const tuesday = await t.app.booking.sessions({
      location: "stadtbuero",
      from: "2027-03-09",
      to: "2027-03-09",
    });
    expect(tuesday.map((s) => s.planKey)).toEqual(["stadtbuero-2027-03-01"]);
    expect((await audits("admin.plan-created"))[0]).toMatchObject({ subject: "plan:stadtbuero-2027-03-01" });

    expect((await get("/verwaltung/oeffnungszeiten/neu")).headers.location).toBe(
      "/verwaltung/oeffnungszeiten",
    );
    expect((await get("/en/verwaltung/oeffnungszeiten/schliesstage")).headers.location).toBe(
      "/en/verwaltung/oeffnungszeiten",
    );
    expect((await get("/verwaltung/oeffnungszeiten/neu?ort=gibt-es-nicht")).statusCode).toBe(404);
    expect((await get("/verwaltung/oeffnungszeiten/gibt-es-nicht")).statusCode).toBe(404);
  });

  it("adds a closure that removes the day from the bookable times, and removes it again", async () => {
    const [date] = [...(await bookableDates("mobil-cappel"))];
    if (!date) throw new Error("no bookable day");
    const res = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/schliesstage", {
      "closure-location": "mobil-cappel",
      "closure-from": date,
      "closure-to": date,
      "closure-reason-de": "Straßenfest",
      "closure-reason-en": "Street party",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/verwaltung/oeffnungszeiten?schliesstag=0");
    expect((await get(res.headers.location as string)).body).toContain("Der Schließtag ist eingetragen.");
    expect((await bookableDates("mobil-cappel")).has(date)).toBe(false);
    const closures = (await stored()).closures;
    const index = closures.findIndex((c) => c.reason.de === "Straßenfest");
    expect(closures[index]).toEqual({
      location: "mobil-cappel",
      from: date,
      to: date,
      reason: { de: "Straßenfest", en: "Street party" },
    });
    expect((await audits("admin.closure-added"))[0]).toEqual({
      subject: "location:mobil-cappel",
      detail: { from: date, to: date },
    });

    const stale = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/schliesstage/entfernen", {
      index: String(index),
      fingerprint: `mobil-cappel/${date}/2099-01-01`,
    });
    expect(stale.statusCode).toBe(409);
    const noIndex = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/schliesstage/entfernen", {});
    expect(noIndex.statusCode).toBe(400);
    const removed = await postForm(t.app, admin, "/en/verwaltung/oeffnungszeiten/schliesstage/entfernen", {
      index: String(index),
      fingerprint: `mobil-cappel/${date}/${date}`,
    });
    expect(removed.headers.location).toBe("/en/verwaltung/oeffnungszeiten?entfernt=1");
    expect((await bookableDates("mobil-cappel")).has(date)).toBe(true);
    expect(await audits("admin.closure-removed")).toHaveLength(1);
  });

  it("says how many booked appointments a closure leaves standing", async () => {
    const now = t.clock.now();
    const [slot] = await t.app.booking.freeSlots({
      location: "mobil-marbach",
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    if (!slot) throw new Error("no slot");
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location: "mobil-marbach",
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale: "de",
      clientHash: null,
      now,
    });
    if (!held.ok) throw new Error("hold failed");
    const a = await t.app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("missing");
    await t.app.appointments.saveContact(
      a,
      { name: "Erika Muster", email: "erika@example.org", needWheelchair: false, needSignLanguage: false },
      now,
    );
    await t.app.appointments.confirm((await t.app.appointments.byHoldToken(held.holdToken)) ?? a, now);
    const res = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/schliesstage", {
      "closure-location": "all",
      "closure-from": slot.date,
      "closure-to": slot.date,
      "closure-reason-de": "Betriebsversammlung",
      "closure-reason-en": "Staff meeting",
    });
    expect(res.headers.location).toBe("/verwaltung/oeffnungszeiten?schliesstag=1");
    const page = await get(res.headers.location as string);
    expect(page.body).toContain("ist 1 Termin gebucht; sie bleiben bestehen");
    const row = await t.database.db
      .selectFrom("appointments")
      .select("status")
      .where("code", "=", a.code)
      .executeTakeFirst();
    expect(row?.status).toBe("confirmed");
  });

  it("rejects an invalid closure in either language and stores nothing", async () => {
    const before = await stored();
    const de = await postForm(t.app, admin, "/verwaltung/oeffnungszeiten/schliesstage", {
      "closure-location": "",
      "closure-from": "2027-05-10",
      "closure-to": "2027-05-01",
      "closure-reason-de": "Umzug",
      "closure-reason-en": "",
    });
    expect(de.statusCode).toBe(400);
    expect(de.body).toContain("Bitte wählen Sie bei „Ort“ eine der Möglichkeiten.");
    expect(de.body).toContain("„Geschlossen bis einschließlich“ darf nicht vor dem Anfangsdatum liegen.");
    expect(de.body).toContain("Bitte füllen Sie „Grund (Englisch)“ aus.");
    expect(de.body).toContain('value="Umzug"');
    const en = await postForm(t.app, admin, "/en/verwaltung/oeffnungszeiten/schliesstage", {
      "closure-location": "stadtbuero",
      "closure-from": "31.02.2027",
      "closure-to": "",
      "closure-reason-de": "x",
      "closure-reason-en": "x",
    });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("Please enter a date for “Closed from”");
    expect(en.body).toContain("Please enter a date for “Closed until (inclusive)”");
    expect(await stored()).toEqual(before);
  });
});
