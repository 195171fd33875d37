import { afterAll, beforeAll, expect, it } from "vitest";
import { OpeningPlansFile } from "../src/modules/booking";
import { Location } from "../src/modules/locations";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("administration: places and counters", (kind) => {
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

  async function place(key: string) {
    const row = await t.database.db
      .selectFrom("locations")
      .select(["data", "kind", "withdrawn_at"])
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    return { location: Location.parse(row.data), kind: row.kind, withdrawn: row.withdrawn_at !== null };
  }

  async function plans() {
    const row = await t.database.db.selectFrom("opening_plans").select("data").executeTakeFirstOrThrow();
    return OpeningPlansFile.parse(row.data);
  }

  async function plan(key: string) {
    const found = (await plans()).plans.find((p) => p.key === key);
    if (!found) throw new Error(`no plan ${key}`);
    return found;
  }

  async function audits(action: string) {
    return t.database.db
      .selectFrom("audit_log")
      .select(["subject", "detail", "staff_username"])
      .where("action", "=", action)
      .execute();
  }

  const capacities = (
    planKey: string,
    counters: { key: string; publicCapacity: number; staffCapacity: number }[],
  ) =>
    Object.fromEntries(
      counters.flatMap((c) => [
        [`cap__${planKey}__${c.key}__public`, String(c.publicCapacity)],
        [`cap__${planKey}__${c.key}__staff`, String(c.staffCapacity)],
      ]),
    );

  it("lists the places with kind, address and counters, in both languages", async () => {
    const de = await get("/verwaltung/orte");
    expect(de.statusCode).toBe(200);
    expect(de.body).toContain(
      '<caption class="kern-title kern-title--small sb-table__caption">Alle Orte</caption>',
    );
    expect(de.body).toContain('href="/verwaltung/orte/stadtbuero"');
    expect(de.body).toContain("5 Schalter");
    expect(de.body).toContain("Haltestelle des mobilen Stadtbüros");
    const en = await get("/en/verwaltung/orte/stadtbuero");
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain("Counters of opening plan stadtbuero-2026");
    expect(en.body).toContain(
      'name="cap__stadtbuero-2026__schalter-5__staff" type="text" value="1" inputmode="numeric"',
    );
  });

  it("renames a place and changes its address; the citizen page shows it at once", async () => {
    expect((await get("/orte/ordnungsamt", "")).body).toContain("Ordnungsamt");
    const res = await postForm(t.app, admin, "/verwaltung/orte/ordnungsamt", {
      "name-de": "Ordnungsamt (Gewerbe)",
      "name-en": "Public Order Office (trade)",
      kind: "office",
      street: "Schubertstraße 8b",
      "postal-code": "35043",
      city: "Marburg",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/verwaltung/orte/ordnungsamt?gespeichert=1");
    expect((await get("/verwaltung/orte/ordnungsamt?gespeichert=1")).body).toContain("Gespeichert.");
    const stored = await place("ordnungsamt");
    expect(stored.location.name.de).toBe("Ordnungsamt (Gewerbe)");
    expect(stored.location.address).toEqual({
      street: "Schubertstraße 8b",
      postalCode: "35043",
      city: "Marburg",
    });
    const citizen = await get("/orte/ordnungsamt", "");
    expect(citizen.body).toContain("Ordnungsamt (Gewerbe)");
    expect(citizen.body).toContain("35043");
    expect((await get("/en/orte/ordnungsamt", "")).body).toContain("Public Order Office (trade)");
    const [entry] = await audits("admin.location-updated");
    expect(entry).toMatchObject({ subject: "location:ordnungsamt", staff_username: admin.username });
    expect(entry?.detail).toEqual({ kind: "office", address: true });
  });

  it("rejects an invalid place with messages at the fields and stores nothing", async () => {
    const before = await place("standesamt");
    const de = await postForm(t.app, admin, "/verwaltung/orte/standesamt", {
      "name-de": "",
      "name-en": "Register office",
      kind: "castle",
      street: "",
      "postal-code": "3503",
      city: "Marburg",
    });
    expect(de.statusCode).toBe(400);
    expect(de.body).toContain("Bitte füllen Sie „Name (Deutsch)“ aus.");
    expect(de.body).toContain('href="#kind"');
    expect(de.body).toContain("Bitte füllen Sie „Straße und Hausnummer“ aus.");
    expect(de.body).toContain("„Postleitzahl“ hat fünf Ziffern");
    expect(de.body).toContain('value="3503"');
    const en = await postForm(t.app, admin, "/en/verwaltung/orte/standesamt", {
      "name-de": "Standesamt",
      "name-en": "Register office",
      kind: "office",
      street: "Frauenbergstraße 31",
      "postal-code": "35037",
      city: "M",
    });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("“Town” must be at least 2 characters long.");
    expect(await place("standesamt")).toEqual(before);
  });

  it("changes the capacities of a plan's counters, and future units follow", async () => {
    // a booked appointment creates its slot units with the plan's capacity at that time
    const now = t.clock.now();
    const [slot] = await t.app.booking.freeSlots({
      location: "stadtbuero",
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    if (!slot) throw new Error("no free slot");
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location: "stadtbuero",
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale: "de",
      clientHash: null,
      now,
    });
    expect(held.ok).toBe(true);
    const unit = () =>
      t.database.db
        .selectFrom("slot_units")
        .select(["capacity", "taken"])
        .where("location_key", "=", "stadtbuero")
        .where("counter_key", "=", slot.counter)
        .where("starts_at", "=", new Date(slot.start))
        .executeTakeFirstOrThrow();
    expect(await unit()).toEqual({ capacity: 1, taken: 1 });

    const counters = (await plan("stadtbuero-2026")).counters.map((c) =>
      c.key === slot.counter ? { ...c, publicCapacity: 2, staffCapacity: 1 } : c,
    );
    const res = await postForm(
      t.app,
      admin,
      "/verwaltung/orte/stadtbuero/schalter/stadtbuero-2026",
      capacities("stadtbuero-2026", counters),
    );
    expect(res.statusCode).toBe(303);
    expect((await plan("stadtbuero-2026")).counters).toEqual(counters);
    expect(await unit()).toEqual({ capacity: 3, taken: 1 });
    const sessions = await t.app.booking.sessions({ location: "stadtbuero", from: slot.date, to: slot.date });
    expect(sessions[0]?.counters.find((c) => c.key === slot.counter)?.publicCapacity).toBe(2);
    const [entry] = await audits("admin.counters-updated");
    expect(entry).toMatchObject({ subject: "plan:stadtbuero-2026" });
  });

  it("rejects capacities that are not whole numbers from 0 to 20 and stores nothing", async () => {
    const before = await plan("stadtbuero-2026");
    const fields = {
      ...capacities("stadtbuero-2026", before.counters),
      "cap__stadtbuero-2026__schalter-1__public": "viele",
      "cap__stadtbuero-2026__schalter-2__staff": "99",
    };
    const res = await postForm(t.app, admin, "/verwaltung/orte/stadtbuero/schalter/stadtbuero-2026", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Bitte geben Sie bei „schalter-1: online buchbar“ eine ganze Zahl ein.");
    expect(res.body).toContain("„schalter-2: nur für Mitarbeitende“ muss zwischen 0 und 20 liegen.");
    expect(res.body).toContain('value="viele"');
    expect(await plan("stadtbuero-2026")).toEqual(before);
  });

  it("adds a counter, refuses a duplicate or malformed key, and removes it again", async () => {
    const url = "/verwaltung/orte/stadtbuero/schalter/stadtbuero-2026";
    const added = await postForm(t.app, admin, `${url}/neu`, {
      "new__stadtbuero-2026__key": "schalter-6",
      "new__stadtbuero-2026__public": "1",
      "new__stadtbuero-2026__staff": "0",
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe("/verwaltung/orte/stadtbuero?hinzugefuegt=schalter-6");
    expect((await get(added.headers.location as string)).body).toContain(
      "Der Schalter schalter-6 ist hinzugefügt.",
    );
    expect((await plan("stadtbuero-2026")).counters.map((c) => c.key)).toContain("schalter-6");
    const day = await t.app.booking.sessions({
      location: "stadtbuero",
      from: "2027-01-05",
      to: "2027-01-05",
    });
    expect(day[0]?.counters.map((c) => c.key)).toContain("schalter-6");

    const before = await plan("stadtbuero-2026");
    const duplicate = await postForm(t.app, admin, `/en${url}/neu`, {
      "new__stadtbuero-2026__key": "schalter-1",
      "new__stadtbuero-2026__public": "1",
      "new__stadtbuero-2026__staff": "0",
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain("this plan already has a counter with this key");
    const malformed = await postForm(t.app, admin, `${url}/neu`, {
      "new__stadtbuero-2026__key": "Schalter 7",
      "new__stadtbuero-2026__public": "",
      "new__stadtbuero-2026__staff": "0",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain("darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten");
    expect(malformed.body).toContain("Bitte füllen Sie „Plätze online buchbar“ aus.");
    expect(await plan("stadtbuero-2026")).toEqual(before);

    const removed = await postForm(t.app, admin, `${url}/entfernen`, { counter: "schalter-6" });
    expect(removed.headers.location).toBe("/verwaltung/orte/stadtbuero?entfernt=schalter-6");
    expect((await plan("stadtbuero-2026")).counters.map((c) => c.key)).not.toContain("schalter-6");
    expect(await audits("admin.counter-added")).toHaveLength(1);
    expect((await audits("admin.counter-removed"))[0]?.detail).toEqual({
      location: "stadtbuero",
      counter: "schalter-6",
    });
  });

  it("keeps the last counter of a plan", async () => {
    const res = await postForm(
      t.app,
      admin,
      "/verwaltung/orte/mobil-cappel/schalter/mobil-cappel-2026/entfernen",
      {
        counter: "mobil",
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Ein Öffnungsplan braucht mindestens einen Schalter.");
    // the error summary's link leads to the plan's counters table, which takes the focus
    expect(res.body).toContain('href="#remove__mobil-cappel-2026"');
    expect(res.body).toContain('<table class="kern-table" id="remove__mobil-cappel-2026" tabindex="-1">');
    expect((await plan("mobil-cappel-2026")).counters).toHaveLength(1);
    const unknown = await postForm(
      t.app,
      admin,
      "/verwaltung/orte/stadtbuero/schalter/mobil-cappel-2026/entfernen",
      {
        counter: "mobil",
      },
    );
    expect(unknown.statusCode).toBe(404);
    const back = await get("/en/verwaltung/orte/mobil-cappel/schalter/mobil-cappel-2026/entfernen");
    expect(back.headers.location).toBe("/en/verwaltung/orte/mobil-cappel");
  });

  it("withdraws only a place without current plans, and restores it", async () => {
    const refused = await postForm(t.app, admin, "/verwaltung/orte/mobil-wehrda/status", {
      action: "withdraw",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Für diesen Ort gelten noch Öffnungspläne.");
    expect((await place("mobil-wehrda")).withdrawn).toBe(false);

    const done = await postForm(t.app, admin, "/verwaltung/orte/erwin-piscator-haus/status", {
      action: "withdraw",
    });
    expect(done.headers.location).toBe("/verwaltung/orte/erwin-piscator-haus?zurueckgezogen=1");
    expect((await get("/orte/erwin-piscator-haus", "")).statusCode).toBe(404);
    const list = await get("/verwaltung/orte");
    const row = list.body.slice(list.body.indexOf("/verwaltung/orte/erwin-piscator-haus"));
    expect(row.slice(0, row.indexOf("</tr>"))).toContain("zurückgezogen");
    await postForm(t.app, admin, "/verwaltung/orte/erwin-piscator-haus/status", { action: "restore" });
    expect((await get("/orte/erwin-piscator-haus", "")).statusCode).toBe(200);
    expect(await audits("admin.location-withdrawn")).toHaveLength(1);
    expect(await audits("admin.location-restored")).toHaveLength(1);
  });
});
