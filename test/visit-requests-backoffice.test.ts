import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, expect, it } from "vitest";
import { scheduledVisitsOn } from "../src/modules/visit-requests";
import { updateSchedule } from "../src/modules/visit-requests/desk-queries";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

const LIST = "/verwaltung/hausbesuche";

describeEachDatabase("visit requests in the back office", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let clerk: SignedIn;
  let helpPoint: SignedIn;
  let timeZone: string;
  let client = 0;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stadtbuero-visit-desk-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
    helpPoint = await signInAs(t.app, t.database, ["help-point"]);
    timeZone = await t.app.booking.timeZone();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => join(dataDir, "outbox");
  const today = () =>
    Temporal.Instant.from(t.clock.now().toISOString()).toZonedDateTimeISO(timeZone).toPlainDate();
  const row = (id: number) =>
    t.database.db.selectFrom("visit_requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const auditOf = (id: number) =>
    t.database.db
      .selectFrom("audit_log")
      .select(["action", "staff_id", "detail"])
      .where("subject", "=", `visit-request:${id}`)
      .orderBy("id")
      .execute();

  /** Sends the public form as a resident would; returns the new request's id and code. */
  async function submitRequest(
    options: { locale?: "de" | "en"; email?: string; name?: string } = {},
  ): Promise<{ id: number; code: string }> {
    const base = options.locale === "en" ? "/en/hausbesuch" : "/hausbesuch";
    const { cookie, token } = await formSession(t.app, base);
    const res = await t.app.inject({
      method: "POST",
      url: base,
      remoteAddress: `198.51.100.${++client}`,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams([
        ["_csrf", token],
        ["reason", "limited-mobility"],
        ["place", "private"],
        ["street", "Am Grün 12"],
        ["postalCode", "35037"],
        ["district", "cappel"],
        ["services", "personalausweis"],
        ["periods", "weekday-mornings"],
        ["name", options.name ?? "Karl Muster"],
        ["contactName", "Petra Muster"],
        ["phone", "06421 987654"],
        ["email", options.email ?? ""],
        ["consent", "yes"],
        ["website", ""],
      ]).toString(),
    });
    expect(res.statusCode).toBe(303);
    const code = /ref=(HB-\w{4})$/.exec(String(res.headers.location))?.[1] ?? "";
    const { id } = await t.database.db
      .selectFrom("visit_requests")
      .select("id")
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    return { id, code };
  }

  const get = (who: SignedIn | undefined, url: string) =>
    t.app.inject({ method: "GET", url, headers: who ? { cookie: who.cookie } : {} });
  const versionOn = (html: string) => /name="version" value="([^"]+)"/.exec(html)?.[1] ?? "";
  /** The version a person sees on the request's page (opening it is a read). */
  const versionSeen = async (who: SignedIn, id: number) => versionOn((await get(who, `${LIST}/${id}`)).body);

  /** The next visits of the mobile Stadtbüro at Cappel that have not begun, as the form offers them. */
  async function cappelVisits() {
    const from = today();
    const sessions = await t.app.booking.sessions({
      location: "mobil-cappel",
      from: from.toString(),
      to: from.add({ weeks: 8 }).subtract({ days: 1 }).toString(),
    });
    const now = Temporal.Instant.from(t.clock.now().toISOString());
    return sessions.filter((s) => Temporal.Instant.compare(Temporal.Instant.from(s.start), now) > 0);
  }

  /** A date 10 days ahead for home visits: in the future whatever the time of day. */
  const homeDay = () => today().add({ days: 10 });

  it("lists open requests, new ones oldest first, then scheduled ones by date, without names or phone numbers", async () => {
    const newer = await submitRequest({ name: "Otto Neuer" });
    const older = await submitRequest({ name: "Erna Älter" });
    const scheduled = await submitRequest({ name: "Gustav Geplant" });
    // Sent later but with an earlier receipt time: the list goes by receipt, not by id.
    await sql`update visit_requests set created_at = '2026-01-01T10:00:00Z' where id = ${older.id}`.execute(
      t.database.db,
    );
    const version = await versionSeen(clerk, scheduled.id);
    const res0 = await postForm(t.app, clerk, `${LIST}/${scheduled.id}/termin`, {
      version,
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "10:30",
      homeUntil: "11:30",
    });
    expect(res0.statusCode).toBe(303);

    const res = await get(helpPoint, LIST);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = res.body;
    const at = (code: string) => body.indexOf(`>${code}</a>`);
    expect(at(older.code)).toBeGreaterThan(-1);
    expect(at(older.code)).toBeLessThan(at(newer.code));
    expect(at(newer.code)).toBeLessThan(at(scheduled.code));
    expect(body).toContain("Neue Anfragen, älteste zuerst");
    expect(body).toContain("Geplante Besuche, nach Datum");
    expect(body).toContain("Eingeschränkt mobil");
    expect(body).toContain("Cappel");
    expect(body).toContain("Werktags vormittags");
    const { byKey } = await t.app.catalog.catalog();
    expect(body).toContain(byKey.get("personalausweis")?.name.de);
    for (const personal of ["Erna", "Otto", "Gustav", "Petra", "06421 987654", "Am Grün"]) {
      expect(body).not.toContain(personal);
    }

    const onlyScheduled = await get(helpPoint, `${LIST}?status=scheduled`);
    expect(onlyScheduled.body).toContain(`>${scheduled.code}</a>`);
    expect(onlyScheduled.body).not.toContain(`>${older.code}</a>`);
    const english = await get(helpPoint, `/en${LIST}?status=new`);
    expect(english.body).toContain("New requests, oldest first");
    expect(english.body).toContain("Limited mobility");
    expect(english.body).not.toContain(`>${scheduled.code}</a>`);

    const listed = await t.database.db
      .selectFrom("audit_log")
      .select(["detail", "staff_id"])
      .where("action", "=", "visit-request.list")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(listed).toMatchObject({ staff_id: helpPoint.staffId, detail: { filter: "new" } });
  });

  it("shows help-point staff the whole request and audits the read without personal data", async () => {
    const { id, code } = await submitRequest({ email: "petra@example.org" });
    const res = await get(helpPoint, `${LIST}/${id}`);
    expect(res.statusCode).toBe(200);
    for (const shown of [
      code,
      "Karl Muster",
      "Petra Muster",
      "06421 987654",
      "petra@example.org",
      "Am Grün 12",
    ]) {
      expect(res.body).toContain(shown);
    }
    expect(res.body).toContain('href="tel:06421987654"');
    expect(res.body).toContain("Termin planen");
    expect(res.body).toContain('<option value="mobil-cappel">Cappel</option>');
    expect(res.body).toContain("Besuche des mobilen Stadtbüros in den nächsten 8 Wochen");

    const audit = await auditOf(id);
    expect(audit).toEqual([
      { action: "visit-request.read", staff_id: helpPoint.staffId, detail: { status: "new" } },
    ]);
    expect(JSON.stringify(audit)).not.toContain("Muster");
  });

  it("refuses management (403), sends anonymous readers to the sign-in and anonymous posts away (401)", async () => {
    const { id } = await submitRequest();
    const management = await signInAs(t.app, t.database, ["management"]);
    expect((await get(management, LIST)).statusCode).toBe(403);
    expect((await get(management, `/en${LIST}/${id}`)).statusCode).toBe(403);
    const post = await postForm(t.app, management, `${LIST}/${id}/status`, {
      status: "cancelled",
      confirm: "yes",
    });
    expect(post.statusCode).toBe(403);

    const anonymous = await get(undefined, `${LIST}/${id}`);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/verwaltung\/anmelden\?weiter=/);
    const anonymousPost = await t.app.inject({
      method: "POST",
      url: `${LIST}/${id}/termin`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "kind=home-visit",
    });
    expect(anonymousPost.statusCode).toBe(401);

    const mobileTeam = await signInAs(t.app, t.database, ["mobile-team"]);
    expect((await get(mobileTeam, LIST)).statusCode).toBe(200);
    expect((await row(id)).status).toBe("new");
    expect((await auditOf(id)).map((a) => a.staff_id)).not.toContain(management.staffId);
  });

  it("schedules into a mobile visit and mails the date, time and place in the resident's language", async () => {
    const { id, code } = await submitRequest({ locale: "en", email: "carer@example.org" });
    const [visit] = await cappelVisits();
    if (!visit) throw new Error("the demo tenant has no upcoming visit at Cappel");
    const version = await versionSeen(clerk, id);
    expect(version).toBe("new");
    const res = await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      version,
      kind: "mobile-visit",
      stop: "mobil-cappel",
      visitDate: visit.date,
      note: "Bitte hinten klingeln",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${LIST}/${id}?hinweis=scheduled`);

    expect(await row(id)).toMatchObject({
      status: "scheduled",
      scheduled_kind: "mobile-visit",
      scheduled_location: "mobil-cappel",
      scheduled_at: new Date(visit.start),
      scheduled_note: "Bitte hinten klingeln",
      scheduled_by: clerk.staffId,
    });
    const audit = (await auditOf(id)).find((a) => a.action === "visit-request.schedule");
    expect(audit).toEqual({
      action: "visit-request.schedule",
      staff_id: clerk.staffId,
      detail: { kind: "mobile-visit", location: "mobil-cappel", at: visit.start, until: visit.end },
    });

    const mail = (await listOutbox(outbox())).find(
      (m) => m.subject === `Your home visit appointment (${code})`,
    );
    expect(mail?.to).toBe("carer@example.org");
    const message = await readOutboxMessage(outbox(), mail?.id ?? "");
    const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }).format(
      new Date(`${visit.date}T00:00:00Z`),
    );
    const from = Temporal.Instant.from(visit.start)
      .toZonedDateTimeISO(timeZone)
      .toPlainTime()
      .toString()
      .slice(0, 5);
    expect(message?.text).toContain(`we have scheduled the visit for your request ${code}`);
    const to = Temporal.Instant.from(visit.end)
      .toZonedDateTimeISO(timeZone)
      .toPlainTime()
      .toString()
      .slice(0, 5);
    expect(message?.text).toContain(`When: ${longDate}, between ${from} and ${to}`);
    expect(message?.text).toContain("Please come to the mobile Stadtbüro at this time");
    expect(message?.text).toContain(
      "Where: Mobile Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg (demo address, may differ from the real one)",
    );
    expect(message?.text).toContain("please call us: 069 90009 421 (a demo number that reaches no one)");
    expect(message?.headers).toMatchObject({ "Content-Language": "en" });
    for (const secret of ["Karl", "Petra", "Am Grün", "06421", "klingeln", "Eingeschränkt", "mobility"]) {
      expect(message?.text).not.toContain(secret);
    }

    const page = await get(clerk, String(res.headers.location));
    expect(page.body).toContain("Der Termin ist gespeichert. Die Bestätigung ist per E-Mail verschickt.");
    expect(page.body).toContain("Termin ändern");
    expect(page.body).toContain("Mobiles Stadtbüro Cappel");
    expect(page.body).toMatch(/value="mobile-visit"[^>]*checked/);
  });

  it("schedules a home visit at a time in the tenant's zone; without an e-mail address nothing is mailed", async () => {
    const { id } = await submitRequest();
    const mailsBefore = (await listOutbox(outbox())).length;
    const day = homeDay();
    const res = await postForm(t.app, helpPoint, `${LIST}/${id}/termin`, {
      version: await versionSeen(helpPoint, id),
      kind: "home-visit",
      homeDate: day.toString(),
      homeTime: "10:30",
      homeUntil: "11:30",
      stop: "ignored for a home visit",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${LIST}/${id}?hinweis=scheduled-no-mail`);
    const expected = day.toPlainDateTime({ hour: 10, minute: 30 }).toZonedDateTime(timeZone).toInstant();
    expect(await row(id)).toMatchObject({
      status: "scheduled",
      scheduled_kind: "home-visit",
      scheduled_location: null,
      scheduled_at: new Date(expected.epochMilliseconds),
      scheduled_note: null,
    });
    expect((await listOutbox(outbox())).length).toBe(mailsBefore);
    const page = await get(helpPoint, String(res.headers.location));
    expect(page.body).toContain("Die Person hat keine E-Mail-Adresse angegeben.");
    expect(page.body).toContain("10:30–11:30 Uhr");
  });

  it("reschedules a scheduled request and tells the resident the new appointment", async () => {
    const { id, code } = await submitRequest({ email: "neu@example.org" });
    const [first] = await cappelVisits();
    if (!first) throw new Error("no upcoming visit at Cappel");
    const scheduled = await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      version: await versionSeen(clerk, id),
      kind: "mobile-visit",
      stop: "mobil-cappel",
      visitDate: first.date,
    });
    expect(scheduled.statusCode).toBe(303);
    const version = await versionSeen(clerk, id);
    expect(version).toBe(`scheduled@${first.start}`);
    const res = await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      version,
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "14:00",
      homeUntil: "15:00",
    });
    expect(res.statusCode).toBe(303);
    expect(await row(id)).toMatchObject({
      status: "scheduled",
      scheduled_kind: "home-visit",
      scheduled_location: null,
    });
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      "visit-request.read",
      "visit-request.schedule",
      "visit-request.read",
      "visit-request.reschedule",
    ]);
    const mails = (await listOutbox(outbox())).filter(
      (m) => m.subject === `Ihr Termin für den Hausbesuch (${code})`,
    );
    expect(mails).toHaveLength(2);
    const texts = await Promise.all(mails.map((m) => readOutboxMessage(outbox(), m.id)));
    const changed = texts.find((m) => m?.text.includes("hat sich geändert"));
    expect(changed?.text).toContain("zwischen 14:00 und 15:00 Uhr");
    expect(changed?.text).toContain("Das Team des mobilen Stadtbüros kommt jetzt zu dieser Zeit zu Ihnen");
    expect(changed?.text).toContain("Wohin: zu Ihnen nach Hause, Am Grün 12, 35037 Marburg");
    expect(changed?.text).not.toContain("Mobiles Stadtbüro Cappel");
    expect(changed?.text).toContain("rufen Sie uns bitte an: 069 90009 421");
  });

  it("marks a scheduled request done only after asking, and audits it", async () => {
    const { id, code } = await submitRequest();
    await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      version: await versionSeen(clerk, id),
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "09:00",
      homeUntil: "10:00",
    });
    const version = await versionSeen(clerk, id);
    const question = await postForm(t.app, clerk, `${LIST}/${id}/status`, { version, status: "done" });
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain(`Hausbesuch ${code} als erledigt markieren?`);
    expect(question.body).toContain('name="confirm" value="yes"');
    expect(question.body).not.toContain("Karl Muster");
    expect((await row(id)).status).toBe("scheduled");

    const done = await postForm(t.app, clerk, `${LIST}/${id}/status`, {
      version,
      status: "done",
      confirm: "yes",
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${LIST}/${id}?hinweis=done`);
    expect((await row(id)).status).toBe("done");
    expect((await row(id)).scheduled_kind).toBe("home-visit");
    expect((await auditOf(id)).at(-1)).toEqual({
      action: "visit-request.complete",
      staff_id: clerk.staffId,
      detail: { from: "scheduled" },
    });
    const page = await get(clerk, String(done.headers.location));
    expect(page.body).toContain("Die Anfrage ist als erledigt markiert.");
    expect(page.body).toContain("Diese Anfrage ist abgeschlossen.");
    expect(page.body).not.toContain('name="kind"');
  });

  it("cancels a new request in English after asking; a new request cannot be marked done", async () => {
    const { id, code } = await submitRequest();
    const version = await versionSeen(helpPoint, id);
    const notDone = await postForm(t.app, helpPoint, `/en${LIST}/${id}/status`, {
      version,
      status: "done",
      confirm: "yes",
    });
    expect(notDone.statusCode).toBe(409);
    expect((await row(id)).status).toBe("new");

    const question = await postForm(t.app, helpPoint, `/en${LIST}/${id}/status`, {
      version,
      status: "cancelled",
    });
    expect(question.body).toContain(`Cancel home visit ${code}?`);
    const res = await postForm(t.app, helpPoint, `/en${LIST}/${id}/status`, {
      version,
      status: "cancelled",
      confirm: "yes",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en${LIST}/${id}?hinweis=cancelled`);
    expect((await row(id)).status).toBe("cancelled");
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "visit-request.cancel",
      detail: { from: "new" },
    });
    const page = await get(helpPoint, String(res.headers.location));
    expect(page.body).toContain("The request is cancelled.");
  });

  it("shows scheduling errors in German and English next to the fields, keeps the input and stores nothing", async () => {
    const { id } = await submitRequest({ email: "keine-post@example.org" });
    const mailsBefore = (await listOutbox(outbox())).length;
    const version = await versionSeen(clerk, id);
    const visits = await cappelVisits();
    const visitDays = new Set(visits.map((v) => v.date));
    let noVisit = today().add({ days: 1 });
    while (visitDays.has(noVisit.toString())) noVisit = noVisit.add({ days: 1 });
    const yesterday = today().subtract({ days: 1 }).toString();

    const cases: { form: Record<string, string>; field: string; de: string; en: string }[] = [
      {
        form: { kind: "home-visit", homeDate: yesterday, homeTime: "10:00", homeUntil: "11:00" },
        field: "homeDate",
        de: "Das Datum liegt in der Vergangenheit",
        en: "The date is in the past",
      },
      {
        form: { kind: "mobile-visit", stop: "mobil-nirgendwo", visitDate: visits[0]?.date ?? "" },
        field: "stop",
        de: "Wählen Sie eine Haltestelle aus der Liste",
        en: "Choose a stop from the list",
      },
      {
        form: { kind: "mobile-visit", stop: "mobil-cappel", visitDate: noVisit.toString() },
        field: "visitDate",
        de: "An diesem Tag besucht das mobile Stadtbüro die Haltestelle nicht",
        en: "The mobile Stadtbüro does not visit the stop on this day",
      },
      {
        form: {
          kind: "home-visit",
          homeDate: homeDay().toString(),
          homeTime: "11:00",
          homeUntil: "12:00",
          note: "x".repeat(501),
        },
        field: "note",
        de: "Die Notiz darf höchstens 500 Zeichen lang sein",
        en: "The note must be 500 characters or fewer",
      },
    ];
    for (const c of cases) {
      for (const [prefix, message, title] of [
        ["", c.de, "<title>Fehler: Hausbesuch"],
        ["/en", c.en, "<title>Error: Home visit"],
      ] as const) {
        const res = await postForm(t.app, clerk, `${prefix}${LIST}/${id}/termin`, { version, ...c.form });
        expect(res.statusCode, `${c.field} ${prefix}`).toBe(400);
        expect(res.body).toContain(title);
        expect(res.body).toContain('role="alert"');
        expect(res.body).toContain(`href="#${c.field}"`);
        expect(res.body).toContain(`id="${c.field}-error"`);
        expect(res.body).toContain(message);
        expect(res.body).toMatch(new RegExp(`value="${c.form.kind}"[^>]*checked`));
        for (const [name, value] of Object.entries(c.form)) {
          if (name === "note") expect(res.body).toContain(`${value}</textarea>`);
          // a select can only show its own choices
          else if (name !== "kind" && name !== "stop") expect(res.body).toContain(`value="${value}"`);
        }
      }
    }
    expect(await row(id)).toMatchObject({
      status: "new",
      scheduled_kind: null,
      scheduled_at: null,
      scheduled_note: null,
      scheduled_by: null,
    });
    const actions = (await auditOf(id)).map((a) => a.action);
    expect(actions.filter((a) => a !== "visit-request.read")).toEqual([]);
    expect((await listOutbox(outbox())).length).toBe(mailsBefore);
  });

  it("answers 409 and keeps the other person's change when the request changed meanwhile", async () => {
    const { id } = await submitRequest();
    const stale = await versionSeen(helpPoint, id);
    const colleague = await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      version: await versionSeen(clerk, id),
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "08:30",
      homeUntil: "09:30",
    });
    expect(colleague.statusCode).toBe(303);
    const before = await row(id);

    const late = await postForm(t.app, helpPoint, `${LIST}/${id}/termin`, {
      version: stale,
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "16:00",
      homeUntil: "17:00",
    });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain("Inzwischen geändert");
    expect(late.body).toContain(`href="${LIST}/${id}"`);
    const cancel = await postForm(t.app, helpPoint, `/en${LIST}/${id}/status`, {
      version: stale,
      status: "cancelled",
      confirm: "yes",
    });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.body).toContain("Changed in the meantime");
    expect(await row(id)).toEqual(before);
    const changes = (await auditOf(id)).filter((a) => a.action !== "visit-request.read");
    expect(changes).toEqual([
      expect.objectContaining({ action: "visit-request.schedule", staff_id: clerk.staffId }),
    ]);

    // The update itself names the version, so a change between check and write is caught as well.
    const raced = await updateSchedule(
      t.database.db,
      { tenantId: "marburg", id, expected: { status: "new", scheduledAt: null } },
      {
        kind: "home-visit",
        date: homeDay().toString(),
        at: "2030-01-01T10:00:00Z",
        end: "2030-01-01T11:00:00Z",
      },
      helpPoint.staffId,
    );
    expect(raced).toBe(false);
    expect(await row(id)).toEqual(before);
  });

  it("answers 404 for an unknown request and 400 for a change without the version seen", async () => {
    expect((await get(clerk, `${LIST}/99999`)).statusCode).toBe(404);
    expect((await get(clerk, `${LIST}/abc`)).statusCode).toBe(400);
    const unknown = await postForm(t.app, clerk, `${LIST}/99999/status`, {
      version: "new",
      status: "cancelled",
      confirm: "yes",
    });
    expect(unknown.statusCode).toBe(404);
    const { id } = await submitRequest();
    const noVersion = await postForm(t.app, clerk, `${LIST}/${id}/termin`, {
      kind: "home-visit",
      homeDate: homeDay().toString(),
      homeTime: "10:00",
      homeUntil: "11:00",
    });
    expect(noVersion.statusCode).toBe(400);
    // the language switch on a page answering a post leads to the request's page
    const switched = await get(clerk, `/en${LIST}/${id}/termin`);
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe(`/en${LIST}/${id}`);
    const badStatus = await postForm(t.app, clerk, `${LIST}/${id}/status`, { version: "new", status: "new" });
    expect(badStatus.statusCode).toBe(400);
    expect((await row(id)).status).toBe("new");
  });

  it("lists a day's scheduled visits for the day view, without names", async () => {
    const mobile = await submitRequest();
    const home = await submitRequest();
    const [visit] = await cappelVisits();
    if (!visit) throw new Error("no upcoming visit at Cappel");
    await postForm(t.app, clerk, `${LIST}/${mobile.id}/termin`, {
      version: await versionSeen(clerk, mobile.id),
      kind: "mobile-visit",
      stop: "mobil-cappel",
      visitDate: visit.date,
    });
    await postForm(t.app, clerk, `${LIST}/${home.id}/termin`, {
      version: await versionSeen(clerk, home.id),
      kind: "home-visit",
      homeDate: visit.date,
      homeTime: "23:30",
      homeUntil: "23:59",
    });

    const day = await scheduledVisitsOn(t.database, "marburg", { date: visit.date, timeZone });
    const ours = day.filter((v) => v.id === mobile.id || v.id === home.id);
    expect(ours).toEqual([
      {
        id: mobile.id,
        code: mobile.code,
        kind: "mobile-visit",
        location: "mobil-cappel",
        at: visit.start,
        district: "cappel",
        services: ["personalausweis"],
      },
      {
        id: home.id,
        code: home.code,
        kind: "home-visit",
        location: null,
        at: Temporal.PlainDate.from(visit.date)
          .toPlainDateTime({ hour: 23, minute: 30 })
          .toZonedDateTime(timeZone)
          .toInstant()
          .toString(),
        district: "cappel",
        services: ["personalausweis"],
      },
    ]);
    const atStop = await scheduledVisitsOn(t.database, "marburg", {
      date: visit.date,
      timeZone,
      location: "mobil-cappel",
    });
    expect(atStop.map((v) => v.id)).toContain(mobile.id);
    expect(atStop.map((v) => v.id)).not.toContain(home.id);
    const nextDay = Temporal.PlainDate.from(visit.date).add({ days: 1 }).toString();
    const after = await scheduledVisitsOn(t.database, "marburg", { date: nextDay, timeZone });
    expect(after.map((v) => v.id)).not.toContain(home.id);
    expect(JSON.stringify(day)).not.toContain("Muster");
    await expect(scheduledVisitsOn(t.database, "marburg", { date: "2026-02-30", timeZone })).rejects.toThrow(
      RangeError,
    );
  });
});
