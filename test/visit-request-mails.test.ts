import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";
import { scheduleVisit, submitVisitRequest, upcomingVisits } from "./helpers/visit-requests";

describeEachDatabase("the mail that confirms a scheduled visit", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let clerk: SignedIn;
  let timeZone: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stadtbuero-visit-mails-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
    timeZone = await t.app.booking.timeZone();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => join(dataDir, "outbox");
  /** The scheduling mails sent to `to` (not the confirmation of the request itself). */
  const scheduling = async (to: string) =>
    (await listOutbox(outbox())).filter(
      (e) => e.to === to && /^(Ihr Termin für den Hausbesuch|Your home visit appointment)/.test(e.subject),
    );
  /** The one scheduling mail sent to `to`. */
  async function mailTo(to: string) {
    const entries = await scheduling(to);
    expect(entries).toHaveLength(1);
    const message = await readOutboxMessage(outbox(), entries[0]?.id ?? "");
    if (!message) throw new Error(`no mail to ${to}`);
    return message;
  }
  const day = (offset: number) =>
    Temporal.Instant.fromEpochMilliseconds(t.clock.now().getTime())
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .add({ days: offset });
  const fullDate = (locale: string, date: Temporal.PlainDate | string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
      new Date(`${date.toString()}T00:00:00Z`),
    );
  const civil = (instant: string) =>
    Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainTime().toString().slice(0, 5);

  it("tells a care-home resident in English that the team comes to their care home, when, and whom to call", async () => {
    const { id, code } = await submitVisitRequest(t.app, t.database, {
      locale: "en",
      email: "care@example.org",
      careHome: "Haus Sonnenhof",
    });
    const date = day(9);
    await scheduleVisit(t.app, clerk, id, {
      kind: "home-visit",
      homeDate: date.toString(),
      homeTime: "10:00",
      homeUntil: "11:00",
    });
    const mail = await mailTo("care@example.org");
    expect(mail.subject).toBe(`Your home visit appointment (${code})`);
    expect(mail.text).toContain("The team of the mobile Stadtbüro comes to you:");
    expect(mail.text).toContain(`When: ${fullDate("en-GB", date)}, between 10:00 and 11:00`);
    expect(mail.text).toContain("Where to: your care home, Haus Sonnenhof");
    expect(mail.text).toContain(
      `If the appointment does not suit you, please call us: 069 90009 421 (a demo number that reaches no one). Please give your reference number ${code}.`,
    );
    // never the stop: the person cannot come
    expect(mail.text).not.toMatch(/Mobile Stadtbüro (Cappel|Schröck|Wehrda)|Am Sportplatz/);
    expect(mail.text).not.toContain("Karl");
  });

  it("tells a resident in German that the team comes to their home, at its address", async () => {
    const { id, code } = await submitVisitRequest(t.app, t.database, { email: "zuhause@example.org" });
    const date = day(12);
    await scheduleVisit(t.app, clerk, id, {
      kind: "home-visit",
      homeDate: date.toString(),
      homeTime: "14:15",
      homeUntil: "15:45",
    });
    const mail = await mailTo("zuhause@example.org");
    expect(mail.subject).toBe(`Ihr Termin für den Hausbesuch (${code})`);
    expect(mail.text).toContain(
      `wir haben den Hausbesuch zu Ihrer Anfrage ${code} geplant. Das Team des mobilen Stadtbüros kommt zu Ihnen:`,
    );
    expect(mail.text).toContain(`Wann: ${fullDate("de-DE", date)}, zwischen 14:15 und 15:45 Uhr`);
    expect(mail.text).toContain("Wohin: zu Ihnen nach Hause, Am Grün 12, 35037 Marburg");
    expect(mail.text).toContain(
      `Wenn der Termin nicht passt, rufen Sie uns bitte an: 069 90009 421 (Demo-Nummer, unter der niemand erreichbar ist). Nennen Sie dabei Ihre Vorgangsnummer ${code}.`,
    );
    expect(mail.text).not.toContain("Wo: ");
  });

  it("names the stop with its address in a mobile-visit mail, in German and in English", async () => {
    const [visit] = await upcomingVisits(t.app, "mobil-cappel");
    if (!visit) throw new Error("no upcoming visit at Cappel");
    const window = [civil(visit.start), civil(visit.end)];
    for (const [locale, email] of [
      ["de", "haltestelle@example.org"],
      ["en", "stop@example.org"],
    ] as const) {
      const { id } = await submitVisitRequest(t.app, t.database, { locale, email });
      await scheduleVisit(t.app, clerk, id, {
        kind: "mobile-visit",
        stop: "mobil-cappel",
        visitDate: visit.date,
      });
      const mail = await mailTo(email);
      if (locale === "de") {
        expect(mail.text).toContain("Bitte kommen Sie zu dieser Zeit zum mobilen Stadtbüro:");
        expect(mail.text).toContain(
          `Wann: ${fullDate("de-DE", visit.date)}, zwischen ${window[0]} und ${window[1]} Uhr`,
        );
        expect(mail.text).toContain(
          "Wo: Mobiles Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg (Demo-Anschrift, kann von der echten abweichen)",
        );
        expect(mail.text).toContain("rufen Sie uns bitte an: 069 90009 421");
        expect(mail.text).not.toContain("kommt zu Ihnen");
      } else {
        expect(mail.text).toContain("Please come to the mobile Stadtbüro at this time:");
        expect(mail.text).toContain(
          `When: ${fullDate("en-GB", visit.date)}, between ${window[0]} and ${window[1]}`,
        );
        expect(mail.text).toContain(
          "Where: Mobile Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg (demo address",
        );
        expect(mail.text).not.toContain("comes to you");
      }
      expect(mail.text).not.toContain("Am Grün 12");
    }
  });

  it("asks staff for the end of a home visit's window, in their language, and stores nothing without it", async () => {
    const { id } = await submitVisitRequest(t.app, t.database, { email: "fenster@example.org" });
    const page = await t.app.inject({
      method: "GET",
      url: `/en/verwaltung/hausbesuche/${id}`,
      headers: { cookie: clerk.cookie },
    });
    expect(page.body).toContain("Until (time)");
    await expect(
      scheduleVisit(t.app, clerk, id, { kind: "home-visit", homeDate: day(5).toString(), homeTime: "10:00" }),
    ).rejects.toThrow(/Geben Sie an, bis wann das Team spätestens kommt/);
    const row = await t.database.db
      .selectFrom("visit_requests")
      .select(["status", "scheduled_until"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "new", scheduled_until: null });
    expect(await scheduling("fenster@example.org")).toEqual([]);
  });
});
