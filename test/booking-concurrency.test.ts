import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { takeUnits } from "../src/modules/booking/capacity-queries";
import { holdAppointment } from "../src/modules/booking/hold-appointment";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import type { Database } from "../src/platform/db/database";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";

const NOW = new Date("2026-12-01T08:00:00Z");

function request(startsAt: Date, units: number, capacity: number) {
  return {
    tenantId: "marburg",
    location: "mobil-cappel",
    counter: "mobil",
    startsAt,
    endsAt: new Date(startsAt.getTime() + units * 15 * 60_000),
    services: ["personalausweis"],
    units: Array.from({ length: units }, (_, i) => ({
      location: "mobil-cappel",
      counter: "mobil",
      startsAt: new Date(startsAt.getTime() + i * 15 * 60_000),
      capacity,
    })),
    channel: "public" as const,
    holdMinutes: 10,
    locale: "de" as const,
    clientHash: null,
    now: NOW,
  };
}

describeEachDatabase("booking under concurrency", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase(kind));
    await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
  });
  afterAll(() => drop());

  const claims = async (startsAt: Date) =>
    database.db
      .selectFrom("slot_units")
      .select(["taken", "capacity"])
      .where("starts_at", "=", startsAt)
      .execute();

  it("lets exactly the capacity of 200 simultaneous bookings for one slot succeed", async () => {
    const start = new Date("2026-12-08T08:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 200 }, () => holdAppointment(database, request(start, 1, 1))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === "slot-taken")).toBe(true);
    expect(await claims(start)).toEqual([{ taken: 1, capacity: 1 }]);
  });

  it("never overbooks overlapping multi-unit appointments, and never deadlocks", async () => {
    // 30-, 45- and 60-minute appointments starting at shifted times compete for units of capacity 2.
    const base = new Date("2026-12-08T09:00:00Z").getTime();
    const attempts = Array.from({ length: 150 }, (_, i) =>
      holdAppointment(database, request(new Date(base + (i % 4) * 15 * 60_000), 2 + (i % 3), 2)),
    );
    const results = await Promise.all(attempts);
    expect(results.some((r) => r.ok)).toBe(true);
    const units = await database.db
      .selectFrom("slot_units")
      .select(["starts_at", "taken", "capacity"])
      .where("starts_at", ">=", new Date(base))
      .execute();
    for (const u of units) expect(u.taken).toBeLessThanOrEqual(u.capacity);
    // The counters agree with the appointments that hold them.
    const held = await database.db
      .selectFrom("appointment_units")
      .select(["starts_at", (eb) => eb.fn.countAll<number>().as("n")])
      .where("starts_at", ">=", new Date(base))
      .groupBy("starts_at")
      .execute();
    for (const h of held) {
      const unit = units.find((u) => new Date(u.starts_at).getTime() === new Date(h.starts_at).getTime());
      expect(Number(h.n)).toBe(unit?.taken);
    }
  });

  it("refuses by constraint what the application would wrongly allow", async () => {
    const start = new Date("2026-12-08T08:00:00Z");
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx.updateTable("slot_units").set({ taken: 2 }).where("starts_at", "=", start).execute();
      }),
    ).rejects.toThrow(/slot_units_within_capacity/);
    // and takeUnits on a full unit changes nothing
    const ok = await database.db
      .transaction()
      .execute((trx) =>
        takeUnits(trx, "marburg", [{ location: "mobil-cappel", counter: "mobil", startsAt: start }]),
      );
    expect(ok).toBe(false);
  });

  it("gives a hold's place back once it has run out", async () => {
    const start = new Date("2026-12-08T11:00:00Z");
    expect((await holdAppointment(database, request(start, 1, 1))).ok).toBe(true);
    expect((await holdAppointment(database, request(start, 1, 1))).ok).toBe(false);
    const later = { ...request(start, 1, 1), now: new Date(NOW.getTime() + 11 * 60_000) };
    expect((await holdAppointment(database, later)).ok).toBe(true);
    expect(await claims(start)).toEqual([{ taken: 1, capacity: 1 }]);
  });
});
