import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import type { Database } from "../src/platform/db/database";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";

describeEachDatabase("appointment reminders", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  let dataDir: string;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase(kind));
    await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
    dataDir = await mkdtemp(join(tmpdir(), "reminders-"));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** An instance of the platform on the shared database, as after a (re)start. */
  async function start(): Promise<FastifyInstance> {
    const config = loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATA_DIR: dataDir,
      REMINDER_HOURS: "24",
    });
    const app = await buildApp({ config, database });
    await app.ready();
    apps.push(app);
    return app;
  }
  const runReminders = (app: FastifyInstance, now: Date) =>
    app.jobs.find((j) => j.name === "appointment-reminders")?.run(now) as Promise<number>;
  const reminders = async () =>
    (await listOutbox(join(dataDir, "outbox"))).filter((e) => e.subject.startsWith("Erinnerung"));

  it("sends each due reminder exactly once, across restarts and parallel instances", async () => {
    const first = await start();
    // The test's own instant (a Monday, 08:00 in Marburg) and a time two days later: far
    // outside the reminder window when booked, whatever day the suite runs on.
    const now = new Date("2027-01-11T07:00:00Z");
    const slot = (
      await first.booking.freeSlots({
        location: "stadtbuero",
        services: ["personalausweis"],
        durationMinutes: 15,
        now,
        channel: "public",
      })
    ).find((s) => new Date(s.start).getTime() >= now.getTime() + 48 * 3_600_000);
    if (!slot) throw new Error("no free slot");
    const held = await first.appointments.hold({
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
    const appointment = await first.appointments.byHoldToken(held.holdToken);
    if (!appointment) throw new Error("not found");
    expect(
      await first.appointments.saveContact(
        appointment,
        { name: "Rita Remind", email: "rita@example.org", needWheelchair: false, needSignLanguage: false },
        now,
      ),
    ).toBe("saved");
    const withContact = await first.appointments.byHoldToken(held.holdToken);
    expect(await first.appointments.confirm(withContact as typeof appointment, now)).toBeDefined();

    // Not due yet: nothing goes out.
    expect(await runReminders(first, now)).toBe(0);
    const due = new Date(new Date(slot.start).getTime() - 23 * 3_600_000);

    // Two instances race for the same reminder; then one "restarts" and runs again.
    const second = await start();
    const counts = await Promise.all([runReminders(first, due), runReminders(second, due)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    await first.close();
    const restarted = await start();
    expect(await runReminders(restarted, new Date(due.getTime() + 60_000))).toBe(0);

    const sent = await reminders();
    expect(sent).toHaveLength(1);
    const mail = await readOutboxMessage(join(dataDir, "outbox"), sent[0]?.id as string);
    const link = /http:\/\/localhost:3000(\/termin\/verwalten\/[A-Za-z0-9_-]{32})/.exec(
      mail?.text ?? "",
    )?.[1];
    expect(link).toBeDefined();
    const page = await restarted.inject({ method: "GET", url: link as string });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(appointment.code);
  });
});
