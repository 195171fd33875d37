import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

const HOUR = 3_600_000;
const MINUTE = 60_000;

describeEachDatabase("reminders of appointments booked late", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "reminder-window-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir, REMINDER_HOURS: "24" });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const runReminders = (now: Date) =>
    t.app.jobs.find((j) => j.name === "appointment-reminders")?.run(now) as Promise<number>;
  const remindersOf = async (code: string) =>
    (await listOutbox(join(dataDir, "outbox"))).filter(
      (e) => e.subject === `Erinnerung an Ihren Termin ${code}`,
    );

  /** Books, at `now`, the first free time that starts within `from`–`to` hours after it. */
  async function bookAt(now: Date, email: string, fromHours: number, toHours: number) {
    const slot = (
      await t.app.booking.freeSlots({
        location: "stadtbuero",
        services: ["personalausweis"],
        durationMinutes: 15,
        now,
        channel: "public",
      })
    ).find((s) => {
      const ahead = new Date(s.start).getTime() - now.getTime();
      return ahead >= fromHours * HOUR && ahead < toHours * HOUR;
    });
    if (!slot) throw new Error(`no free time ${fromHours}–${toHours} hours after ${now.toISOString()}`);
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
    if (!held.ok) throw new Error("hold failed");
    const a = await t.app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("no hold");
    const contact = { name: "Rita Remind", email, needWheelchair: false, needSignLanguage: false };
    expect(await t.app.appointments.saveContact(a, contact, now)).toBe("saved");
    expect(await t.app.appointments.confirm({ ...a, ...contact }, now)).toBeDefined();
    return { code: a.code, startsAt: new Date(slot.start) };
  }

  it("sends no reminder for a time booked inside the reminder window", async () => {
    // Monday 18:00 in Marburg; Tuesday morning is less than 24 hours ahead.
    const now = new Date("2027-01-11T17:00:00Z");
    const late = await bookAt(now, "spaet-gebucht@example.org", 1, 24);
    // the job runs every minute: right after the confirmation, and up to the appointment
    for (const at of [0, 1, 2, 60].map((m) => new Date(now.getTime() + m * MINUTE))) await runReminders(at);
    await runReminders(new Date(late.startsAt.getTime() - MINUTE));
    expect(await remindersOf(late.code)).toHaveLength(0);
  });

  it("sends exactly one reminder for a time booked before the window, when it is due", async () => {
    const now = new Date("2027-01-11T07:00:00Z");
    const early = await bookAt(now, "frueh-gebucht@example.org", 48, 24 * 14);
    const due = new Date(early.startsAt.getTime() - 24 * HOUR);
    await runReminders(new Date(now.getTime() + MINUTE));
    await runReminders(new Date(due.getTime() - MINUTE));
    expect(await remindersOf(early.code)).toHaveLength(0);
    await runReminders(due);
    await runReminders(new Date(due.getTime() + MINUTE));
    await runReminders(new Date(early.startsAt.getTime() - MINUTE));
    expect(await remindersOf(early.code)).toHaveLength(1);
  });
});
