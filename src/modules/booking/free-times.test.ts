import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "../../../test/helpers/databases";
import { createTestApp, formSession, type TestApp } from "../../../test/helpers/test-app";
import { bumpCatalogRevision } from "../../platform/db/revision-cache";
import { addClosure } from "./plan-queries";
import { BookingService } from "./service";

/*
 * Free times: sessions are expanded once per plans file (`SessionMemo`), claims are read live.
 * `other` is a second instance on the same database (its plans' revision read on every call),
 * `t.app` the one that serves the pages.
 */
describeEachDatabase("free times: what is kept, what is read live", (kind) => {
  let t: TestApp;
  let other: BookingService;
  beforeAll(async () => {
    t = await createTestApp(kind, { BOOKING_MAX_HOLDS_PER_HOUR: "1000" });
    other = new BookingService(t.database, t.app.booking.tenantId, t.app.booking.settings, 0);
  });
  afterAll(() => t?.close());

  const input = () => ({
    location: "mobil-cappel",
    services: ["personalausweis"],
    durationMinutes: 15,
    now: t.clock.now(),
    channel: "public" as const,
  });
  const day = async () => (await other.freeSlots(input()))[0]?.date as string;

  /** Posts "hold this time" for `slot` at `place` from `remoteAddress`, with a fresh form session. */
  const postHold = async (
    place: string,
    slot: { date: string; start: string; counter: string },
    remoteAddress: string,
  ) => {
    const url = `/termin/zeit?leistungen=personalausweis&ort=${place}&tag=${slot.date}`;
    const { cookie, token } = await formSession(t.app, url);
    return t.app.inject({
      method: "POST",
      url: "/termin/halten",
      remoteAddress,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        _csrf: token,
        leistungen: "personalausweis",
        ort: place,
        tag: slot.date,
        zeit: `${slot.start}|${slot.counter}`,
      }).toString(),
    });
  };

  it("keeps the expanded sessions while the plans stay as they are", async () => {
    const d = await day();
    const a = await other.sessions({ location: "mobil-cappel", from: d, to: d });
    const b = await other.sessions({ location: "mobil-cappel", from: d, to: d });
    expect(a).toHaveLength(1);
    expect(b[0]).toBe(a[0]);
  });

  it("shows a hold and its expiry at once: claims are never kept", async () => {
    const free = await other.freeSlots(input());
    const slot = free[0];
    if (!slot) throw new Error("no free time");
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location: slot.location,
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale: "de",
      clientHash: null,
      now: t.clock.now(),
    });
    expect(held.ok).toBe(true);
    expect((await other.freeSlots(input())).map((s) => s.start)).not.toContain(slot.start);
    // The hold runs out: free again before any write releases it.
    const later = new Date(t.clock.now().getTime() + (t.app.booking.settings.holdMinutes + 1) * 60_000);
    expect((await other.freeSlots({ ...input(), now: later })).map((s) => s.start)).toContain(slot.start);
  });

  it("follows a closure made by another instance (the revision rose) and not before", async () => {
    const d = await day();
    const before = await other.sessions({ location: "mobil-cappel", from: d, to: d });
    // written as another instance would, without telling this one's caches
    await t.database.db.transaction().execute(async (trx) => {
      await addClosure(
        trx,
        "marburg",
        { location: "mobil-cappel", from: d, to: d, reason: { de: "Zu", en: "Closed" } },
        t.clock.now(),
      );
      await bumpCatalogRevision(trx, "marburg");
    });
    expect(await other.sessions({ location: "mobil-cappel", from: d, to: d })).toEqual([]);
    expect((await other.freeSlots(input())).some((s) => s.date === d)).toBe(false);
    expect(before).toHaveLength(1);
    // the app's own instance reads the revision at most once a second; `reload` is what an
    // administrator's change in the same process calls
    t.app.booking.reload();
    expect((await t.app.booking.freeSlots(input())).some((s) => s.date === d)).toBe(false);
  });

  it("refuses a time taken meanwhile without a transaction, and never offers it again", async () => {
    const free = await t.app.booking.freeSlots(input());
    const slot = free[0];
    if (!slot) throw new Error("no free time");
    const url = `/termin/zeit?leistungen=personalausweis&ort=mobil-cappel&tag=${slot.date}`;
    const page = await t.app.inject({ method: "GET", url });
    const zeit = `${slot.start}|${slot.counter}`;
    expect(page.body).toContain(`value="${zeit}"`);
    const post = (remoteAddress: string) => postHold("mobil-cappel", slot, remoteAddress);
    expect((await post("198.51.100.1")).statusCode).toBe(303);
    const hold = vi.spyOn(t.app.appointments, "hold");
    const refused = await post("198.51.100.2");
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("Diese Zeit wurde gerade vergeben");
    expect(refused.body).not.toContain(`value="${zeit}"`);
    expect(refused.body).toMatch(/name="zeit" type="radio" value="[^"]+"/);
    // the free times read for the post refused it: the hold's transactions never ran
    expect(hold).not.toHaveBeenCalled();
    hold.mockRestore();
  });

  it("refuses a time taken at the chosen counter without a transaction, offering its start at a counter still free", async () => {
    // The Stadtbüro has several counters: a start taken at one is still free at another.
    const at = { ...input(), location: "stadtbuero" };
    const slot = (await t.app.booking.freeSlots(at))[0];
    if (!slot) throw new Error("no free time");
    const zeit = `${slot.start}|${slot.counter}`;
    const post = (remoteAddress: string) => postHold("stadtbuero", slot, remoteAddress);
    expect((await post("198.51.100.3")).statusCode).toBe(303);
    const other = (await t.app.booking.freeSlots(at)).find((s) => s.start === slot.start);
    expect(other?.counter).toBeDefined();
    expect(other?.counter).not.toBe(slot.counter);
    const hold = vi.spyOn(t.app.appointments, "hold");
    const refused = await post("198.51.100.4");
    expect(refused.statusCode).toBe(409);
    expect(refused.body).not.toContain(`value="${zeit}"`);
    expect(refused.body).toContain(`value="${slot.start}|${other?.counter}"`);
    expect(hold).not.toHaveBeenCalled();
    hold.mockRestore();
  });
});
