import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";
import { scheduleVisit, submitVisitRequest, upcomingVisits } from "./helpers/visit-requests";

describeEachDatabase("cancelling a tour visit: the home visit requests scheduled into it", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let admin: SignedIn;
  let clerk: SignedIn;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stadtbuero-tour-cancel-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    admin = await signInAs(t.app, t.database, ["administrator"]);
    clerk = await signInAs(t.app, t.database, ["clerk"]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => join(dataDir, "outbox");
  const get = (who: SignedIn, url: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie: who.cookie } });
  const row = (id: number) =>
    t.database.db.selectFrom("visit_requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const cancelledMails = async () =>
    Promise.all(
      (await listOutbox(outbox()))
        .filter((e) => /^(Ihr Termin fällt aus|Your appointment is cancelled) \(HB-/.test(e.subject))
        .map(async (e) => ({
          to: e.to,
          subject: e.subject,
          text: (await readOutboxMessage(outbox(), e.id))?.text,
        })),
    );

  it("counts them on the cancel page, sets them back to new with a note, writes to each in their language, and audits it", async () => {
    const [visit, later] = await upcomingVisits(t.app, "mobil-cappel");
    if (!visit || !later) throw new Error("the demo tenant has no two upcoming visits at Cappel");
    const timeZone = await t.app.booking.timeZone();

    // three scheduled into the visit: German and English with e-mail, one without
    const german = await submitVisitRequest(t.app, t.database, {
      email: "oma@example.org",
      name: "Erna Geheim",
    });
    const english = await submitVisitRequest(t.app, t.database, { locale: "en", email: "carer@example.org" });
    const phoneOnly = await submitVisitRequest(t.app, t.database, { careHome: "Haus Sonnenhof" });
    for (const r of [german, english, phoneOnly])
      await scheduleVisit(t.app, clerk, r.id, {
        kind: "mobile-visit",
        stop: "mobil-cappel",
        visitDate: visit.date,
        note: "Rollstuhl, bitte Rampe",
      });
    // not affected: a home visit of its own on that day, and a request for the next visit
    const ownTime = await submitVisitRequest(t.app, t.database, { email: "eigen@example.org" });
    await scheduleVisit(t.app, clerk, ownTime.id, {
      kind: "home-visit",
      homeDate: visit.date,
      homeTime: "13:00",
      homeUntil: "14:00",
    });
    const nextVisit = await submitVisitRequest(t.app, t.database, { email: "spaeter@example.org" });
    await scheduleVisit(t.app, clerk, nextVisit.id, {
      kind: "mobile-visit",
      stop: "mobil-cappel",
      visitDate: later.date,
    });

    const ask = await get(admin, `/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${visit.date}`);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain("In diesen Besuch sind 3 Anfragen für einen Hausbesuch eingeplant.");
    expect(ask.body).toContain(
      "Mit der Absage werden sie wieder auf „Neu“ gesetzt und müssen neu geplant werden.",
    );
    for (const personal of ["Erna", "Karl", "Sonnenhof", "Am Grün", "06421", "oma@example.org", "HB-"])
      expect(ask.body).not.toContain(personal);
    const askEn = await get(admin, `/en/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${visit.date}`);
    expect(askEn.body).toContain("3 home visit requests are scheduled into this visit.");

    const done = await postForm(t.app, admin, "/verwaltung/tourenplan/absagen", {
      ort: "mobil-cappel",
      datum: visit.date,
      "reason-de": "Das Fahrzeug ist in der Werkstatt.",
      "reason-en": "The vehicle is being repaired.",
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(
      `/verwaltung/tourenplan?ort=mobil-cappel&datum=${visit.date}&benachrichtigt=0&hausbesuche=3`,
    );
    const notice = await get(admin, String(done.headers.location));
    expect(notice.body).toContain(
      "3 Anfragen für einen Hausbesuch sind wieder „Neu“ und müssen neu geplant werden.",
    );

    // back to new, the schedule gone, the cancelled visit and its reason kept as a note
    const now = t.clock.now();
    for (const r of [german, english, phoneOnly]) {
      expect(await row(r.id)).toMatchObject({
        status: "new",
        scheduled_kind: null,
        scheduled_location: null,
        scheduled_at: null,
        scheduled_until: null,
        scheduled_note: "Rollstuhl, bitte Rampe",
        reopened_at: now,
        reopened_stop: "mobil-cappel",
        reopened_visit_at: new Date(visit.start),
        reopened_reason_de: "Das Fahrzeug ist in der Werkstatt.",
        reopened_reason_en: "The vehicle is being repaired.",
      });
    }
    expect(await row(ownTime.id)).toMatchObject({
      status: "scheduled",
      scheduled_kind: "home-visit",
      reopened_at: null,
    });
    expect(await row(nextVisit.id)).toMatchObject({
      status: "scheduled",
      scheduled_at: new Date(later.start),
    });

    // staff see why, in their language, and schedule it again from there
    const page = await get(clerk, `/verwaltung/hausbesuche/${german.id}`);
    expect(page.body).toContain("Besuchstag abgesagt");
    expect(page.body).toContain("Grund: Das Fahrzeug ist in der Werkstatt.");
    expect(page.body).toContain("Termin planen");
    expect(page.body).toContain(">Rollstuhl, bitte Rampe</textarea>");
    const pageEn = await get(clerk, `/en/verwaltung/hausbesuche/${german.id}`);
    expect(pageEn.body).toContain("Reason: The vehicle is being repaired.");
    const list = await get(clerk, "/verwaltung/hausbesuche?status=new");
    const day = new Intl.DateTimeFormat("de-DE", {
      weekday: "short",
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${visit.date}T00:00:00Z`));
    expect(list.body).toContain(`Besuchstag ${day} abgesagt`);

    // a mail to each who gave an address, in their language, naming the reason and the number to call
    const mails = await cancelledMails();
    expect(mails.map((m) => m.to).sort()).toEqual(["carer@example.org", "oma@example.org"]);
    const de = mails.find((m) => m.to === "oma@example.org");
    expect(de?.subject).toBe(`Ihr Termin fällt aus (${german.code})`);
    const date = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
        new Date(`${visit.date}T00:00:00Z`),
      );
    const time = (instant: string) =>
      Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainTime().toString().slice(0, 5);
    expect(de?.text).toContain(
      `leider muss das mobile Stadtbüro seinen Besuch am ${date("de-DE")} absagen. Grund: Das Fahrzeug ist in der Werkstatt.`,
    );
    expect(de?.text).toContain(
      `zwischen ${time(visit.start)} und ${time(visit.end)} Uhr, Mobiles Stadtbüro Cappel, Am Sportplatz 1`,
    );
    expect(de?.text).toContain("Wir rufen Sie an und vereinbaren einen neuen Termin.");
    expect(de?.text).toContain("Sie können uns auch selbst anrufen: 069 90009 421");
    expect(de?.text).not.toContain("Erna");
    const en = mails.find((m) => m.to === "carer@example.org");
    expect(en?.subject).toBe(`Your appointment is cancelled (${english.code})`);
    expect(en?.text).toContain(`its visit on ${date("en-GB")}. Reason: The vehicle is being repaired.`);
    expect(en?.text).toContain("we will call you to arrange a new appointment");

    // audited: each request by who cancelled, without personal data; the cancellation with its count
    const audits = await t.database.db
      .selectFrom("audit_log")
      .select(["subject", "staff_id", "detail"])
      .where("action", "=", "visit-request.reopen")
      .orderBy("id")
      .execute();
    expect(audits).toEqual(
      [german, english, phoneOnly].map((r) => ({
        subject: `visit-request:${r.id}`,
        staff_id: admin.staffId,
        detail: {
          cause: "visit-cancelled",
          location: "mobil-cappel",
          date: visit.date,
          mail: r !== phoneOnly,
        },
      })),
    );
    const cancelled = await t.database.db
      .selectFrom("audit_log")
      .select("detail")
      .where("action", "=", "admin.visit-cancelled")
      .executeTakeFirstOrThrow();
    expect(cancelled.detail).toEqual({ cancelled: 0, notified: 0, reopened: 3 });

    // scheduling it again clears the note
    const [next] = (await upcomingVisits(t.app, "mobil-cappel")).filter((v) => v.date !== visit.date);
    await scheduleVisit(t.app, clerk, german.id, {
      kind: "mobile-visit",
      stop: "mobil-cappel",
      visitDate: next?.date ?? "",
    });
    expect(await row(german.id)).toMatchObject({
      status: "scheduled",
      reopened_at: null,
      reopened_reason_de: null,
    });
  });

  it("says so on the cancel page when no request is scheduled into the visit", async () => {
    const visits = await upcomingVisits(t.app, "mobil-wehrda");
    const visit = visits[0];
    if (!visit) throw new Error("no upcoming visit at Wehrda");
    const ask = await get(admin, `/verwaltung/tourenplan/absagen?ort=mobil-wehrda&datum=${visit.date}`);
    expect(ask.body).toContain("In diesen Besuch ist keine Anfrage für einen Hausbesuch eingeplant.");
  });
});
