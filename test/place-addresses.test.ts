import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, expect, it } from "vitest";
import { OpeningPlansFile } from "../src/modules/booking";
import { importTenantDirectory, TENANTS_DIR, TenantImportError } from "../src/modules/tenants";
import { listOutbox, readOutboxMessage, readOutboxRaw } from "../src/platform/mail";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const count = (text: string, part: string) => text.split(part).length - 1;
/** The text of a page without tags, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/&amp;/g, "&");

describeEachDatabase("places: addresses and opening hours", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "places-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => t.app.inject({ method: "GET", url });

  async function storedPlans() {
    const row = await t.database.db.selectFrom("opening_plans").select("data").executeTakeFirstOrThrow();
    return OpeningPlansFile.parse(row.data);
  }
  async function storePlans(file: OpeningPlansFile) {
    await t.database.db
      .updateTable("opening_plans")
      .set({ data: JSON.stringify(file) })
      .execute();
    t.app.booking.reload();
  }

  it("shows the Stadtbüro's address and its opening hours from the booking plan, each once", async () => {
    const res = await get("/orte/stadtbuero");
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(res.body).toMatch(
      /<address class="kern-body">Frauenbergstraße 31<br\/?>35039 Marburg<br\/?>Eingang am Franz-Tuczek-Weg<\/address>/,
    );
    expect(text).toContain("Das ist eine Demo-Anschrift. Sie kann von der echten abweichen.");
    expect(text).toContain("Zu diesen Zeiten vergeben wir Termine. Die Zeiten dieser Demo sind Beispiele.");
    // one heading, one list of hours, no "not published" next to them
    expect(count(res.body, ">Öffnungszeiten</h2>")).toBe(1);
    expect(count(res.body, '<dl class="sb-facts"><dt>Montag</dt>')).toBe(1);
    expect(text).not.toContain("veröffentlicht");
    expect(text).toContain("Montag 08:00 bis 12:00 Uhr Dienstag 08:00 bis 12:00 Uhr, 14:00 bis 18:00 Uhr");
    expect(text).toContain("Freitag 08:00 bis 12:00 Uhr");
    expect(text).not.toContain("Samstag");

    // the hours are the plan's: change the plan, and the page follows
    const before = await storedPlans();
    const changed = structuredClone(before);
    const plan = changed.plans.find((p) => p.key === "stadtbuero-2026");
    if (!plan) throw new Error("no Stadtbüro plan");
    plan.windows = [{ weekdays: ["mo", "we"], start: "07:30", end: "11:00" }];
    await storePlans(changed);
    const after = textOf((await get("/en/orte/stadtbuero")).body);
    expect(after).toContain("Monday 07:30 to 11:00 Wednesday 07:30 to 11:00");
    expect(after).not.toContain("Tuesday");
    expect(after).toContain("Frauenbergstraße 31 35039 Marburg Entrance on Franz-Tuczek-Weg");
    await storePlans(before);
  });

  it("shows a mobile stop's address, its days every other week and the next one, once", async () => {
    const res = await get("/orte/mobil-cappel");
    const text = textOf(res.body);
    expect(res.body).toMatch(/<address class="kern-body">Am Sportplatz 1<br\/?>35043 Marburg<\/address>/);
    expect(count(text, "Dienstag 09:00 bis 12:00 Uhr")).toBe(1);
    expect(text).toContain("Jede zweite Woche.");
    const today = await t.app.booking.today(t.clock.now());
    const next = (
      await t.app.booking.sessions({ location: "mobil-cappel", from: today, to: "2027-03-31" })
    )[0];
    expect(next).toBeDefined();
    const [y, m, d] = (next?.date ?? "").split("-").map(Number);
    const longDate = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)),
    );
    expect(text).toContain(`Nächster Tag: Dienstag, ${longDate}.`);
    expect(text).not.toContain("veröffentlicht");
  });

  it("says once that a place without a plan has no published hours", async () => {
    const text = textOf((await get("/orte/standesamt")).body);
    expect(count(text, "Öffnungszeiten sind hier noch nicht veröffentlicht.")).toBe(1);
    expect(text).toContain("Frauenbergstraße 31 35039 Marburg");
  });

  it("lists every place with its address", async () => {
    const text = textOf((await get("/orte")).body);
    expect(text).toContain("Frauenbergstraße 31, 35039 Marburg (Eingang am Franz-Tuczek-Weg; Demo-Anschrift");
    expect(text).toContain("Am Einkaufszentrum 1, 35039 Marburg (Demo-Anschrift");
  });

  it("names the address on the confirmation page, in the mail and as the calendar entry's LOCATION", async () => {
    const pages = bookingPages(t.app);
    const { check, done } = await pages.book("anna@example.org", "stadtbuero");
    const where = "Stadtbüro Marburg, Frauenbergstraße 31, 35039 Marburg (Eingang am Franz-Tuczek-Weg";
    expect(textOf(check.body)).toContain(where);
    expect(textOf(done.body)).toContain(where);

    const dir = join(dataDir, "outbox");
    const entry = (await listOutbox(dir)).find((e) => e.to === "anna@example.org");
    if (!entry) throw new Error("no confirmation mail");
    const mail = await readOutboxMessage(dir, entry.id);
    expect(mail?.text).toContain(`Wo: ${where}; Demo-Anschrift, kann von der echten abweichen)`);
    const raw = await readOutboxRaw(dir, entry.id);
    const parsed = await PostalMime.parse(raw ?? Buffer.alloc(0));
    const ics = parsed.attachments.find((a) => a.mimeType === "text/calendar");
    const content = typeof ics?.content === "string" ? ics.content : new TextDecoder().decode(ics?.content);
    const unfolded = content.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toMatch(/^LOCATION:Stadtbüro Marburg\\, Frauenbergstraße 31\\, 35039 Marburg \(/m);

    // in English, in the English words
    const en = await pages.book("ben@example.org", "mobil-cappel");
    expect(textOf(en.done.body)).toContain("Mobiles Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg");
  });

  it("keeps every place's address in the back office: none can be cleared, a changed one is no example any more", async () => {
    const admin = await signInAs(t.app, t.database, ["administrator"]);
    const before = await t.app.locations.getLocation("mobil-marbach");
    const cleared = await postForm(t.app, admin, "/verwaltung/orte/mobil-marbach", {
      "name-de": "Mobiles Stadtbüro Marbach",
      "name-en": "Mobile Stadtbüro Marbach",
      kind: "mobile-stop",
      street: "",
      "postal-code": "",
      city: "",
    });
    expect(cleared.statusCode).toBe(400);
    for (const label of ["Straße und Hausnummer", "Postleitzahl", "Ort"])
      expect(cleared.body).toContain(`Bitte füllen Sie „${label}“ aus.`);
    expect(cleared.body).toContain("Diese Anschrift ist ein Beispiel der Demo.");
    expect(await t.app.locations.getLocation("mobil-marbach")).toEqual(before);

    const real = await postForm(t.app, admin, "/verwaltung/orte/mobil-marbach", {
      "name-de": "Mobiles Stadtbüro Marbach",
      "name-en": "Mobile Stadtbüro Marbach",
      kind: "mobile-stop",
      street: "Emil-von-Behring-Straße 1",
      "postal-code": "35041",
      city: "Marburg",
    });
    expect(real.statusCode).toBe(303);
    const { location } = await t.app.locations.getLocation("mobil-marbach");
    expect(location.address).toEqual({
      street: "Emil-von-Behring-Straße 1",
      postalCode: "35041",
      city: "Marburg",
    });
    const text = textOf((await get("/orte/mobil-marbach")).body);
    expect(text).toContain("Emil-von-Behring-Straße 1 35041 Marburg");
    expect(text).not.toContain("Demo-Anschrift");
  });

  it("refuses to import a place without an address, and writes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tenant-"));
    try {
      await cp(join(TENANTS_DIR, "marburg"), dir, { recursive: true });
      const file = join(dir, "locations.json");
      const data = JSON.parse(await readFile(file, "utf8")) as {
        locations: { key: string; address: unknown }[];
      };
      const index = data.locations.findIndex((l) => l.key === "mobil-wehrda");
      const stop = data.locations[index];
      if (!stop) throw new Error("no Wehrda stop");
      stop.address = null;
      (data.locations[0] as { address: unknown }).address = {
        street: "Frauenbergstraße 31",
        city: "Marburg",
      };
      await writeFile(file, JSON.stringify(data));

      const error = await importTenantDirectory(t.database, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TenantImportError);
      const issues = (error as TenantImportError).issues.map((i) => [i.file, i.entry, i.field]);
      expect(issues).toEqual([
        ["locations.json", 'locations[0] "stadtbuero"', "address.postalCode"],
        ["locations.json", `locations[${index}] "mobil-wehrda"`, "address"],
      ]);
      // all or nothing: the stored places keep their addresses
      const { location } = await t.app.locations.getLocation("mobil-wehrda");
      expect(location.address.street).toBe("Am Gemeindezentrum 1");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
