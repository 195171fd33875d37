import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { calendarOf, icsValue, outboxMails } from "./helpers/mails";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("mails and calendar files about changes of an appointment", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "change-mails-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const mailsAbout = async (code: string) =>
    (await outboxMails(dataDir)).filter((m) => m.subject?.includes(code));
  const line = (text: string | undefined, label: string) =>
    new RegExp(`^${label}: (.+)$`, "m").exec(text ?? "")?.[1];

  /** Books through the pages and moves the appointment to another time of the first free day. */
  async function bookAndMove(email: string) {
    const pages = bookingPages(t.app);
    const b = await pages.book(email);
    const code = /sb-code-inline">([A-Z0-9-]+)/.exec(b.done.body)?.[1] as string;
    const choose = await pages.get(`${b.manage}/verschieben`);
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(choose.body)?.[1] as string;
    const times = await pages.get(`${b.manage}/verschieben?tag=${day}`);
    const values = [...times.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1]);
    const target = values[values.length - 1] as string;
    const moved = await pages.post(`${b.manage}/verschieben?tag=${day}`, `${b.manage}/verschieben`, {
      zeit: target,
      tag: day,
    });
    expect(moved.statusCode).toBe(303);
    return { ...b, code, target, pages };
  }

  it("mails a move with the old and the new time, and a calendar entry of the same UID that replaces the booked one", async () => {
    const { code, target, manage, pages } = await bookAndMove("verschoben@example.org");
    const mails = await mailsAbout(code);
    const confirmation = mails.filter((m) => m.subject === `Terminbestätigung ${code}`);
    const moved = mails.filter((m) => m.subject === `Termin verschoben: ${code}`);
    // one confirmation (the booking), one "moved" mail, and no second confirmation
    expect(confirmation).toHaveLength(1);
    expect(moved).toHaveLength(1);

    const oldWhen = line(confirmation[0]?.text, "Wann") as string;
    const newWhen = line(moved[0]?.text, "Neue Zeit") as string;
    expect(oldWhen).toMatch(/^\w+, \d+\. \w+ \d{4}, \d\d:\d\d bis \d\d:\d\d Uhr$/);
    expect(line(moved[0]?.text, "Bisherige Zeit")).toBe(`${oldWhen} – diese Zeit gilt nicht mehr.`);
    expect(newWhen).not.toBe(oldWhen);
    // the manage page shows the new time the mail names
    expect((await pages.get(manage)).body).toContain(`<dd>${newWhen}</dd>`);
    expect(moved[0]?.text).toContain(`http://localhost:3000${manage}`);

    const booked = calendarOf(confirmation[0] as never);
    const replaced = calendarOf(moved[0] as never);
    expect(icsValue(replaced, "UID")).toBe(icsValue(booked, "UID"));
    expect(icsValue(replaced, "UID")).toContain(code);
    expect(Number(icsValue(replaced, "SEQUENCE"))).toBeGreaterThan(Number(icsValue(booked, "SEQUENCE")));
    expect(icsValue(replaced, "METHOD")).toBe("PUBLISH");
    const start = target.split("|")[0] as string;
    expect(icsValue(replaced, "DTSTART")).toBe(start.replace(/[-:]/g, "").replace(/\.\d+/, ""));
    expect(icsValue(booked, "DTSTART")).not.toBe(icsValue(replaced, "DTSTART"));
    // the moved entry still says where: the place with its street address
    expect(icsValue(replaced, "LOCATION")).toMatch(
      /^Stadtbüro Marburg\\, Frauenbergstraße 31\\, 35039 Marburg/,
    );
  });

  it("mails a cancellation with a calendar cancellation of the same entry", async () => {
    const { code, target, manage, pages } = await bookAndMove("abgesagt@example.org");
    const cancelled = await pages.post(`${manage}/absagen`, `${manage}/absagen`, {});
    expect(cancelled.statusCode).toBe(303);
    const mails = await mailsAbout(code);
    const moved = calendarOf(mails.find((m) => m.subject === `Termin verschoben: ${code}`) as never);
    const cancelMails = mails.filter((m) => m.subject === `Termin abgesagt: ${code}`);
    expect(cancelMails).toHaveLength(1);
    const cancel = calendarOf(cancelMails[0] as never);
    expect(cancelMails[0]?.attachments[0]?.mimeType).toBe("text/calendar");
    expect(icsValue(cancel, "METHOD")).toBe("CANCEL");
    expect(icsValue(cancel, "STATUS")).toBe("CANCELLED");
    expect(icsValue(cancel, "UID")).toBe(icsValue(moved, "UID"));
    expect(Number(icsValue(cancel, "SEQUENCE"))).toBeGreaterThan(Number(icsValue(moved, "SEQUENCE")));
    // the entry it cancels: the time the appointment was moved to
    expect(icsValue(cancel, "DTSTART")).toBe((target.split("|")[0] as string).replace(/[-:]/g, ""));
    expect(icsValue(cancel, "ORGANIZER")).toMatch(/^mailto:noreply@stadtbuero\.invalid$/i);
    expect(icsValue(cancel, "ATTENDEE")).toMatch(/^mailto:abgesagt@example\.org$/i);
    expect(icsValue(cancel, "LOCATION")).toMatch(
      /^Stadtbüro Marburg\\, Frauenbergstraße 31\\, 35039 Marburg/,
    );
  });

  it("takes the appointment out of the calendar when the mobile Stadtbüro cancels its visit", async () => {
    const pages = bookingPages(t.app);
    const b = await pages.book("besuch-faellt-aus@example.org", "mobil-cappel");
    const code = /sb-code-inline">([A-Z0-9-]+)/.exec(b.done.body)?.[1] as string;
    const row = await t.database.db
      .selectFrom("appointments")
      .select("starts_at")
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    const date = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(
      new Date(row.starts_at),
    );
    const reason = { de: "Fahrzeug in der Werkstatt", en: "Vehicle in the workshop" };
    expect(
      await t.app.visits.cancel({ location: "mobil-cappel", date, reason, now: t.clock.now() }),
    ).toContain(code);
    const mails = await mailsAbout(code);
    const booked = calendarOf(mails.find((m) => m.subject === `Terminbestätigung ${code}`) as never);
    const cancel = calendarOf(
      mails.find((m) => m.subject?.startsWith("Das mobile Stadtbüro kommt nicht")) as never,
    );
    expect(icsValue(cancel, "METHOD")).toBe("CANCEL");
    expect(icsValue(cancel, "STATUS")).toBe("CANCELLED");
    expect(icsValue(cancel, "UID")).toBe(icsValue(booked, "UID"));
    expect(Number(icsValue(cancel, "SEQUENCE"))).toBeGreaterThan(Number(icsValue(booked, "SEQUENCE")));
  });

  it("writes the move in the resident's language", async () => {
    const now = t.clock.now();
    const slots = await t.app.booking.freeSlots({
      location: "stadtbuero",
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    const [first, second] = slots.slice(-2);
    if (!first || !second) throw new Error("no free slots");
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location: "stadtbuero",
      counter: first.counter,
      start: first.start,
      durationMinutes: 15,
      locale: "en",
      clientHash: null,
      now,
    });
    if (!held.ok) throw new Error("hold failed");
    const a = await t.app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("no hold");
    const contact = {
      name: "Ann Smith",
      email: "ann@example.org",
      needWheelchair: false,
      needSignLanguage: false,
    };
    expect(await t.app.appointments.saveContact(a, contact, now)).toBe("saved");
    const token = await t.app.appointments.confirm({ ...a, ...contact }, now);
    const booked = await t.app.appointments.byManageToken(token as string);
    expect(
      await t.app.appointments.reschedule(
        booked as NonNullable<typeof booked>,
        token as string,
        { start: second.start, counter: second.counter, durationMinutes: 15 },
        now,
      ),
    ).toBe("moved");
    const [mail] = (await mailsAbout(a.code)).filter((m) => m.subject === `Appointment moved: ${a.code}`);
    expect(mail?.text).toMatch(/^New time: .+ to .+$/m);
    expect(mail?.text).toMatch(/^Previous time: .+ – this time is no longer valid\.$/m);
  });

  it("offers the calendar file on the confirmation and the manage page, only with the page's own link", async () => {
    const pages = bookingPages(t.app);
    const b = await pages.book("kalender@example.org");
    const code = /sb-code-inline">([A-Z0-9-]+)/.exec(b.done.body)?.[1] as string;
    const fromDone = /href="(\/termin\/r\/[A-Za-z0-9_-]{32}\/termin\.ics)"/.exec(b.done.body)?.[1] as string;
    expect(fromDone).toBe(`${b.base}/termin.ics`);
    const manage = await pages.get(b.manage);
    expect(manage.body).toContain(`href="${b.manage}/termin.ics"`);

    for (const url of [fromDone, `${b.manage}/termin.ics`]) {
      const file = await pages.get(url);
      expect(file.statusCode, url).toBe(200);
      expect(file.headers["content-type"]).toBe("text/calendar; charset=utf-8");
      expect(file.headers["cache-control"]).toBe("no-store");
      expect(file.headers["content-disposition"]).toBe(`attachment; filename="termin-${code}.ics"`);
      expect(icsValue(file.body, "UID")).toBe(`${code}@stadtbuero`);
      expect(icsValue(file.body, "METHOD")).toBe("PUBLISH");
    }
    const wrong = "x".repeat(32);
    expect((await pages.get(`/termin/verwalten/${wrong}/termin.ics`)).statusCode).toBe(404);
    expect((await pages.get(`/termin/r/${wrong}/termin.ics`)).statusCode).toBe(404);
    // the two links do not stand in for each other
    const manageToken = b.manage.split("/").pop() as string;
    expect((await pages.get(`/termin/r/${manageToken}/termin.ics`)).statusCode).toBe(404);

    // a cancelled appointment has no calendar entry to offer
    await pages.post(`${b.manage}/absagen`, `${b.manage}/absagen`, {});
    expect((await pages.get(`${b.manage}/termin.ics`)).statusCode).toBe(404);
    expect((await pages.get(b.manage)).body).not.toContain("termin.ics");
  });
});
