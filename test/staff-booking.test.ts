import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROLES } from "../src/modules/staff";
import { messagesFor } from "../src/platform/i18n/i18n";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

// TEST_NOW is Monday 11 January 2027, 08:30 in Marburg. Online booking opens tomorrow; the
// Stadtbüro has four counters for everyone (schalter-1 to -4) and one kept for staff (schalter-5).
const TOMORROW = "2027-01-12";
const SERVICE = "personalausweis";
const BASE = "/verwaltung/termine/neu";
const times = (body: string) =>
  [...body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1] as string);
const tokenOf = (location: unknown) =>
  /\/termine\/neu\/([A-Za-z0-9_-]{32})\//.exec(String(location))?.[1] ?? "";

describeEachDatabase("staff book appointments for callers and people at the desk", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let clerk: SignedIn;
  let colleague: SignedIn;
  let mobileTeam: SignedIn;
  let minutes: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "staff-booking-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
    colleague = await signInAs(t.app, t.database, ["clerk"]);
    mobileTeam = await signInAs(t.app, t.database, ["mobile-team"]);
    minutes = (await t.app.catalog.catalog()).byKey.get(SERVICE)?.counterMinutes ?? 15;
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const as = (who: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: who.cookie } });
  const publicTimes = async (day: string) =>
    times((await t.app.inject({ url: `/termin/zeit?leistungen=${SERVICE}&ort=stadtbuero&tag=${day}` })).body);
  const staffTimesUrl = (day: string, place = "stadtbuero") =>
    `${BASE}/zeit?ort=${place}&leistungen=${SERVICE}&tag=${day}`;
  const outbox = async () => {
    const dir = join(dataDir, "outbox");
    return Promise.all((await listOutbox(dir)).map((e) => readOutboxMessage(dir, e.id)));
  };
  const row = (code: string) =>
    t.database.db.selectFrom("appointments").selectAll().where("code", "=", code).executeTakeFirstOrThrow();

  /** Residents book the four public counters at `start` online, so only staff capacity is left. */
  async function fillPublicCounters(start: string) {
    const now = t.clock.now();
    for (const n of [1, 2, 3, 4]) {
      const held = await t.app.appointments.hold({
        services: [SERVICE],
        location: "stadtbuero",
        counter: `schalter-${n}`,
        start,
        durationMinutes: minutes,
        locale: "de",
        clientHash: null,
        now,
      });
      if (!held.ok) throw new Error(`counter ${n} not free at ${start}`);
      const view = await t.app.appointments.byHoldToken(held.holdToken);
      if (!view) throw new Error("hold not found");
      const contact = { name: `Online ${n}`, email: `online${n}@example.org` };
      await t.app.appointments.saveContact(
        view,
        { ...contact, needWheelchair: false, needSignLanguage: false },
        now,
      );
      await t.app.appointments.confirm({ ...view, ...contact }, now);
    }
  }

  /** A clerk's way through the pages: hold a time, enter the details, check, book. */
  async function book(who: SignedIn, day: string, zeit: string, details: Record<string, string>) {
    const held = await postForm(t.app, who, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: day,
      zeit,
    });
    expect(held.statusCode).toBe(303);
    const token = tokenOf(held.headers.location);
    const saved = await postForm(t.app, who, `${BASE}/${token}/angaben`, details);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${BASE}/${token}/pruefen`);
    expect((await as(who, `${BASE}/${token}/pruefen`)).statusCode).toBe(200);
    const booked = await postForm(t.app, who, `${BASE}/${token}/buchen`);
    expect(booked.statusCode).toBe(303);
    const done = await as(who, String(booked.headers.location));
    expect(done.statusCode).toBe(200);
    const code = /data-booking-code[^>]*>([A-Z0-9]{4}-[A-Z0-9]{4})</.exec(done.body)?.[1] ?? "";
    return { token, booked, done, code };
  }

  it("books a caller into the staff-only capacity that the public pages do not offer", async () => {
    const nine = `${TOMORROW}T08:00:00Z`;
    await fillPublicCounters(nine);
    expect(await publicTimes(TOMORROW)).not.toContain(`${nine}|schalter-1`);
    expect((await publicTimes(TOMORROW)).some((v) => v.startsWith(`${nine}|`))).toBe(false);
    const staffPage = await as(clerk, staffTimesUrl(TOMORROW));
    expect(staffPage.statusCode).toBe(200);
    expect(staffPage.headers["cache-control"]).toBe("no-store");
    expect(times(staffPage.body)).toContain(`${nine}|schalter-5`);

    const { booked, done, code } = await book(clerk, TOMORROW, `${nine}|schalter-5`, {
      name: "Paula Anruferin",
      kanal: "phone",
      email: "paula@example.org",
      phone: "06421 123456",
      sprache: "en",
      informiert: "yes",
    });
    expect(String(booked.headers.location)).toMatch(/\/gebucht\?mail=sent$/);
    expect(done.body).toContain("Der Termin ist gebucht");
    expect(done.body).toContain("Dienstag, 12. Januar 2027, 09:00 bis");
    expect(done.body).toContain("Die Bestätigung ist an paula@example.org verschickt.");
    const stored = await row(code);
    expect(stored).toMatchObject({
      status: "confirmed",
      channel: "phone",
      counter_key: "schalter-5",
      locale: "en",
    });
    expect(stored.manage_token_hash).not.toBeNull();

    // the confirmation mail goes out as for an online booking, in the language chosen
    const mail = (await outbox()).find((m) => m?.subject === `Appointment confirmation ${code}`);
    expect(mail?.to).toContain("paula@example.org");
    expect(mail?.text).toContain("/en/termin/verwalten/");

    // the time is gone for everyone now
    expect(times((await as(clerk, staffTimesUrl(TOMORROW))).body).some((v) => v.startsWith(`${nine}|`))).toBe(
      false,
    );

    // the day view shows the appointment and its channel
    const day = await as(clerk, `/verwaltung/tag?ort=stadtbuero&datum=${TOMORROW}`);
    expect(day.body).toContain(code);
    expect(day.body).toContain("telefonisch gebucht");

    // the audit log knows who booked which appointment, by ids and codes only
    const audit = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "appointment.book")
      .where("subject", "=", `appointment:${stored.id}`)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staff_id: clerk.staffId, staff_username: clerk.username });
    expect(audit[0]?.detail).toMatchObject({ code, location: "stadtbuero", channel: "phone" });
    const written = JSON.stringify(audit);
    for (const personal of ["Paula", "Anruferin", "paula@example.org", "06421"])
      expect(written).not.toContain(personal);
  });

  it("keeps the channel of a phone booking that the caller moves through the mail's link", async () => {
    const ten = `${TOMORROW}T09:00:00Z`;
    const { code } = await book(clerk, TOMORROW, `${ten}|schalter-5`, {
      name: "Rita Rückruf",
      kanal: "phone",
      email: "rita@example.org",
      sprache: "de",
      informiert: "yes",
    });
    const mail = (await outbox()).find((m) => m?.subject.includes(code));
    const manageToken = /\/termin\/verwalten\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    const booked = await t.app.appointments.byManageToken(manageToken);
    if (!booked) throw new Error("the mail's link does not find the booking");
    const target = { start: `${TOMORROW}T10:00:00Z`, counter: "schalter-1", durationMinutes: minutes };
    expect(await t.app.appointments.reschedule(booked, manageToken, target, t.clock.now())).toBe("moved");
    const rows = await t.database.db
      .selectFrom("appointments")
      .select(["status", "channel", "starts_at"])
      .where("code", "=", code)
      .orderBy("id")
      .execute();
    expect(rows.map((r) => [r.status, r.channel])).toEqual([
      ["cancelled", "phone"],
      ["confirmed", "phone"],
    ]);
  });

  it("books a person at the counter for later today without an e-mail address; no mail goes out", async () => {
    const today = "2027-01-11";
    expect(await publicTimes(today)).toEqual([]);
    const offered = times((await as(clerk, staffTimesUrl(today))).body);
    // from now on only: 08:30 is the first time left today
    expect(offered[0]).toBe(`${today}T07:30:00Z|schalter-5`);
    const { booked, done, code } = await book(clerk, today, offered[0] as string, {
      name: "Otto Schalter",
      kanal: "counter",
      email: "",
      sprache: "de",
      needWheelchair: "on",
      informiert: "yes",
    });
    expect(String(booked.headers.location)).toMatch(/\/gebucht\?mail=none$/);
    expect(done.body).toContain("Ohne E-Mail-Adresse geht keine Bestätigung hinaus.");
    expect(await row(code)).toMatchObject({ channel: "counter", email: null, manage_token_hash: null });
    expect((await outbox()).some((m) => m?.subject.includes(code))).toBe(false);
    const day = await as(clerk, `/verwaltung/tag?ort=stadtbuero&datum=${today}`);
    expect(day.body).toContain(code);
    expect(day.body).toContain("am Schalter gebucht");
    expect(day.body).toContain("Rollstuhl");
  });

  it("keeps what was entered and names each problem next to its field, in German and English", async () => {
    const [zeit] = times((await as(clerk, staffTimesUrl(TOMORROW))).body);
    const held = await postForm(t.app, clerk, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: TOMORROW,
      zeit: zeit as string,
    });
    const token = tokenOf(held.headers.location);
    const wrong = { name: "", email: "kein-at", phone: "abc", needOther: "Begleitung" };
    const de = await postForm(t.app, clerk, `${BASE}/${token}/angaben`, wrong);
    expect(de.statusCode).toBe(400);
    expect(de.body).toContain("<title>Fehler: Angaben zur Person");
    for (const message of [
      "Bitte geben Sie den Vor- und Nachnamen der Person ein.",
      "Bitte wählen Sie, wie die Person den Termin vereinbart.",
      "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein, oder lassen Sie das Feld leer.",
      "Bitte wählen Sie die Sprache der Bestätigung.",
      "Bitte weisen Sie die Person auf den Datenschutz hin und bestätigen Sie das hier.",
    ])
      expect(de.body).toContain(message);
    expect(de.body).toContain('href="#kanal"');
    expect(de.body).toContain('id="email-error"');
    expect(de.body).toContain('value="kein-at"');
    expect(de.body).toContain('value="Begleitung"');
    const en = await postForm(t.app, clerk, `/en${BASE}/${token}/angaben`, wrong);
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("first and last name.");
    expect(en.body).toContain("Please choose how the person is making the appointment.");

    const first = await as(clerk, `${BASE}/zeit?ort=stadtbuero&tag=2027-01-10`);
    expect(first.statusCode).toBe(400);
    expect(first.body).toContain("Bitte wählen Sie mindestens ein Anliegen.");
    expect(first.body).toContain("Dieser Tag ist vorbei.");
    const missingTime = await postForm(t.app, clerk, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: TOMORROW,
    });
    expect(missingTime.statusCode).toBe(400);
    expect(missingTime.body).toContain("Bitte wählen Sie eine Uhrzeit.");
  });

  it("lets a hold run out like an online one, and then offers the time again", async () => {
    const url = staffTimesUrl(TOMORROW);
    const zeit = times((await as(clerk, url)).body).at(-1) as string;
    const held = await postForm(t.app, clerk, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: TOMORROW,
      zeit,
    });
    const token = tokenOf(held.headers.location);
    expect(times((await as(clerk, url)).body)).not.toContain(zeit);
    t.clock.advance((t.app.booking.settings.holdMinutes + 1) * 60_000);
    try {
      const late = await postForm(t.app, clerk, `${BASE}/${token}/angaben`, {
        name: "Spät Dran",
        kanal: "phone",
        sprache: "de",
        informiert: "yes",
      });
      expect(late.statusCode).toBe(409);
      expect(late.body).toContain("Die Reservierung ist abgelaufen");
      expect(times((await as(clerk, url)).body)).toContain(zeit);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it("gives exactly one of two clerks the last unit; the other is told plainly and sees the times again", async () => {
    const half = `${TOMORROW}T08:30:00Z`;
    await fillPublicCounters(half);
    const zeit = `${half}|schalter-5`;
    expect(times((await as(clerk, staffTimesUrl(TOMORROW))).body)).toContain(zeit);
    const before = await t.database.db.selectFrom("appointments").select("id").execute();
    const form = { ort: "stadtbuero", leistungen: SERVICE, tag: TOMORROW, zeit };
    const results = await Promise.all([
      postForm(t.app, clerk, `${BASE}/halten`, form),
      postForm(t.app, colleague, `${BASE}/halten`, form),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    const lost = results.find((r) => r.statusCode === 409);
    expect(lost?.body).toContain("Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.");
    expect(times(lost?.body ?? "").length).toBeGreaterThan(0);
    expect(times(lost?.body ?? "")).not.toContain(zeit);
    const after = await t.database.db.selectFrom("appointments").select("id").execute();
    expect(after.length - before.length).toBe(1);
    const units = await t.database.db
      .selectFrom("slot_units")
      .select(["taken", "capacity"])
      .where("counter_key", "=", "schalter-5")
      .where("starts_at", "=", new Date(half))
      .execute();
    expect(units).toEqual([{ taken: 1, capacity: 1 }]);
  });

  it("books only at the places the staff member works at", async () => {
    const page = await as(mobileTeam, BASE);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="mobil-cappel"');
    expect(page.body).not.toContain('value="stadtbuero"');
    const elsewhere = await as(mobileTeam, staffTimesUrl(TOMORROW));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.body).toContain("Bitte wählen Sie einen Ihrer Orte.");

    const [zeit] = times((await as(clerk, staffTimesUrl(TOMORROW))).body);
    const count = async () => (await t.database.db.selectFrom("appointments").select("id").execute()).length;
    const before = await count();
    const hold = await postForm(t.app, mobileTeam, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: TOMORROW,
      zeit: zeit as string,
    });
    expect(hold.statusCode).toBe(400);
    expect(await count()).toBe(before);

    // a clerk's hold does not open for someone of another place
    const held = await postForm(t.app, clerk, `${BASE}/halten`, {
      ort: "stadtbuero",
      leistungen: SERVICE,
      tag: TOMORROW,
      zeit: zeit as string,
    });
    const token = tokenOf(held.headers.location);
    const foreign = await as(mobileTeam, `${BASE}/${token}/angaben`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).not.toContain("Personalausweis");
    const save = await postForm(t.app, mobileTeam, `${BASE}/${token}/angaben`, {
      name: "Fremd Zugriff",
      kanal: "phone",
      sprache: "de",
      informiert: "yes",
    });
    expect(save.statusCode).toBe(403);
    expect(
      (
        await t.database.db
          .selectFrom("appointments")
          .select("name")
          .where("name", "=", "Fremd Zugriff")
          .execute()
      ).length,
    ).toBe(0);
  });

  it("shows roles without access the no-access page, and sends the signed-out to the sign-in", async () => {
    const forbidden = messagesFor("de").errors.forbidden.title;
    for (const role of ROLES.filter((r) => r !== "clerk" && r !== "mobile-team")) {
      const who = await signInAs(t.app, t.database, [role]);
      for (const url of [BASE, staffTimesUrl(TOMORROW)]) {
        const res = await as(who, url);
        expect(res.statusCode, `${role} ${url}`).toBe(403);
        expect(res.body).toContain(forbidden);
      }
      const post = await postForm(t.app, who, `${BASE}/halten`, {
        ort: "stadtbuero",
        leistungen: SERVICE,
        tag: TOMORROW,
      });
      expect(post.statusCode).toBe(403);
      expect((await as(who, "/verwaltung")).body).not.toContain(`href="${BASE}"`);
    }
    expect((await as(clerk, "/verwaltung")).body).toContain(`href="${BASE}"`);
    const anonymous = await t.app.inject({ url: BASE });
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toContain("/verwaltung/anmelden?weiter=");
  });

  it("speaks English below /en", async () => {
    const page = await as(clerk, `/en${BASE}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Book an appointment");
    expect(page.body).toContain("Show free times");
    const timesPage = await as(clerk, `/en${staffTimesUrl(TOMORROW)}`);
    expect(timesPage.body).toContain("Free times on Tuesday, 12 January 2027");
  });
});
