import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("cancelling a mobile visit", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "visits-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function bookAt(location: string, email: string, pick: number) {
    const app = t.app;
    const now = t.clock.now();
    const slots = await app.booking.freeSlots({
      location,
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    const slot = slots[pick];
    if (!slot) throw new Error("no slot");
    const held = await app.appointments.hold({
      services: ["personalausweis"],
      location,
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale: "en",
      clientHash: null,
      now,
    });
    if (!held.ok) throw new Error("hold failed");
    const a = await app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("missing");
    await app.appointments.saveContact(
      a,
      { name: "Visit Person", email, needWheelchair: false, needSignLanguage: false },
      now,
    );
    await app.appointments.confirm((await app.appointments.byHoldToken(held.holdToken)) ?? a, now);
    return { code: a.code, date: slot.date };
  }

  it("closes the day, cancels everyone booked and writes to them with the nearest alternatives", async () => {
    const first = await bookAt("mobil-cappel", "one@example.org", 0);
    const second = await bookAt("mobil-cappel", "two@example.org", 1);
    const codes = await t.app.visits.cancel({
      location: "mobil-cappel",
      date: first.date,
      reason: { de: "Das Fahrzeug ist in der Werkstatt.", en: "The vehicle is being repaired." },
      now: t.clock.now(),
    });
    expect(codes.sort()).toEqual([first.code, second.code].sort());
    const rows = await t.database.db
      .selectFrom("appointments")
      .select(["code", "status"])
      .where("code", "in", codes)
      .execute();
    expect(rows.every((r) => r.status === "cancelled")).toBe(true);

    // The day is gone from the plan: no sessions, no bookable times.
    expect(
      await t.app.booking.sessions({ location: "mobil-cappel", from: first.date, to: first.date }),
    ).toEqual([]);
    const free = await t.app.booking.freeSlots({
      location: "mobil-cappel",
      services: ["personalausweis"],
      durationMinutes: 15,
      now: t.clock.now(),
      channel: "public",
    });
    expect(free.some((s) => s.date === first.date)).toBe(false);

    const dir = join(dataDir, "outbox");
    const notices = (await listOutbox(dir)).filter((e) =>
      e.subject.startsWith("The mobile Stadtbüro cannot come"),
    );
    expect(notices).toHaveLength(2);
    const mail = await readOutboxMessage(dir, notices[0]?.id as string);
    expect(mail?.text).toContain("The vehicle is being repaired.");
    expect(mail?.text).toContain("These times are still free:");
    // the same stop's next visit comes first, then other places
    const lines = (mail?.text ?? "").split("\n").filter((l) => l.startsWith("- "));
    expect(lines[0]).toMatch(/^- \w+, \d+ \w+ \d{4}, \d\d:\d\d to \d\d:\d\d, Mobile Stadtbüro Cappel$/);
    expect(
      lines.some((l) =>
        /Mobile Stadtbüro (Schröck|Marbach|Wehrda|Richtsberg|Elnhausen)|Stadtbüro Marburg/.test(l),
      ),
    ).toBe(true);
    expect(mail?.text).toContain("http://localhost:3000/en/termin");
  });

  it("refuses a day without a visit", async () => {
    await expect(
      t.app.visits.cancel({
        location: "mobil-cappel",
        date: "2026-12-25",
        reason: { de: "x", en: "x" },
        now: t.clock.now(),
      }),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});
