import { get as httpGet, type IncomingMessage } from "node:http";
import argon2 from "argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { OFFER_LEAD_MINUTES } from "../src/modules/booking/domain/wish";
import { CallDisplays } from "../src/modules/queue";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describe("TRUST_PROXY", () => {
  it("names the proxies by address or counts them; `true` is refused", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,::1" }).trustProxy).toEqual([
      "10.0.0.5",
      "10.1.0.0/16",
      "::1",
    ]);
    for (const bad of ["true", "yes", "11", "10.0.0.300", "10.0.0.0/33", "proxy.example.org"]) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describeEachDatabase("a client behind proxies", (kind) => {
  /** The address the audit log records for a failed sign-in sent with these connection facts. */
  async function recordedAddress(t: TestApp, remoteAddress: string, forwardedFor: string) {
    const { cookie, token } = await formSession(t.app, "/verwaltung/anmelden");
    await t.app.inject({
      method: "POST",
      url: "/verwaltung/anmelden",
      remoteAddress,
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": forwardedFor,
      },
      payload: new URLSearchParams({
        _csrf: token,
        username: "proxied",
        password: "wrong password",
      }).toString(),
    });
    const row = await t.database.db
      .selectFrom("audit_log")
      .select("ip")
      .where("action", "=", "staff.sign-in-failed")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return row.ip;
  }
  async function withAccount(t: TestApp) {
    await t.app.staff.accounts.create(null, {
      username: "proxied",
      displayName: "Proxied",
      roles: ["clerk"],
      totpRequired: false,
    });
    await t.database.db
      .updateTable("staff_accounts")
      .set({ password_hash: await argon2.hash("a right password here") })
      .where("username", "=", "proxied")
      .execute();
  }

  it("believes X-Forwarded-For only from the configured proxies", async () => {
    const t = await createTestApp(kind, { TRUST_PROXY: "10.0.0.5" });
    try {
      await withAccount(t);
      // straight from a client: its own header is ignored
      expect(await recordedAddress(t, "203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
      // through the proxy: the address the proxy saw
      expect(await recordedAddress(t, "10.0.0.5", "198.51.100.1")).toBe("198.51.100.1");
      // a client that sends its own header through the proxy cannot choose its address
      expect(await recordedAddress(t, "10.0.0.5", "6.6.6.6, 198.51.100.2")).toBe("198.51.100.2");
    } finally {
      await t.close();
    }
  });

  it("believes as many hops as configured, and no more", async () => {
    const t = await createTestApp(kind, { TRUST_PROXY: "1" });
    try {
      await withAccount(t);
      expect(await recordedAddress(t, "127.0.0.1", "6.6.6.6, 198.51.100.3")).toBe("198.51.100.3");
    } finally {
      await t.close();
    }
  });

  it("cannot be sidestepped with a forged header: the limit counts the real address", async () => {
    const t = await createTestApp(kind, { TRUST_PROXY: "10.0.0.5" });
    try {
      const { cookie, token } = await formSession(t.app, "/verwaltung/anmelden");
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const res = await t.app.inject({
          method: "POST",
          url: "/verwaltung/anmelden",
          remoteAddress: "203.0.113.50",
          headers: {
            cookie,
            "content-type": "application/x-www-form-urlencoded",
            "x-forwarded-for": `198.51.100.${i + 10}`,
          },
          payload: new URLSearchParams({ _csrf: token, username: `n${i}`, password: "x" }).toString(),
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await t.close();
    }
  });
});

describeEachDatabase("call-display streams", (kind) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t?.close());

  const open = (path: string) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      httpGet(`${base}${path}`, resolve).on("error", reject);
    });

  it("holds a limited number of streams per address, and admits again when one closes", async () => {
    const streams: IncomingMessage[] = [];
    for (let i = 0; i < 20; i++) streams.push(await open("/anzeige/stadtbuero/ereignisse"));
    expect(streams.map((s) => s.statusCode)).toEqual(Array(20).fill(200));
    const refused = await open("/anzeige/stadtbuero/ereignisse");
    expect(refused.statusCode).toBe(429);
    expect(refused.headers["retry-after"]).toBe("60");
    refused.resume();
    // the health probe still answers
    const health = await open("/health");
    expect(health.statusCode).toBe(200);
    health.resume();
    const first = streams.shift() as IncomingMessage;
    const closed = new Promise((resolve) => first.once("close", resolve));
    first.destroy();
    await closed;
    await new Promise((r) => setTimeout(r, 50));
    const again = await open("/anzeige/stadtbuero/ereignisse");
    expect(again.statusCode).toBe(200);
    for (const s of [...streams, again]) s.destroy();
  });

  it("holds a limited number of streams in all", () => {
    const displays = new CallDisplays(t.database, "marburg", t.app.queue, t.app.log, {
      total: 3,
      perAddress: 2,
    });
    const releases = [displays.admit("a"), displays.admit("a"), displays.admit("b")];
    expect(releases.every((r) => r !== undefined)).toBe(true);
    expect(displays.admit("a")).toBeUndefined(); // the address is full
    expect(displays.admit("c")).toBeUndefined(); // the process is full
    releases[2]?.();
    releases[2]?.(); // a second release counts once
    expect(displays.admit("c")).toBeDefined();
    expect(displays.admit("d")).toBeUndefined();
  });
});

describeEachDatabase("waitlist offers", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it("end before the offered time starts, and an early time is not offered at all", async () => {
    const pages = bookingPages(t.app);
    const joined = await pages.post("/termin/warteliste?leistungen=personalausweis", "/termin/warteliste", {
      leistungen: "personalausweis",
      places: "stadtbuero",
      windows: "mo-morning",
      name: "Frueh Aufsteher",
      email: "frueh@example.org",
    });
    expect(joined.statusCode).toBe(303);
    // Monday 11 January 2027, 07:30 in Marburg: the day's times are free, the first at opening
    const now = new Date("2027-01-11T06:30:00Z");
    // confirmed from the mailed link (test/booking-waitlist.test.ts shows that step)
    await t.database.db
      .updateTable("waitlist_wishes")
      .set({ status: "waiting", confirmed_at: new Date(now.getTime() - 60_000) })
      .where("email", "=", "frueh@example.org")
      .execute();
    const offers = t.app.jobs.find((j) => j.name === "waitlist-offers");
    expect(await offers?.run(now)).toBe(1);
    const wish = await t.database.db
      .selectFrom("waitlist_wishes")
      .innerJoin("appointments", "appointments.id", "waitlist_wishes.offer_appointment_id")
      .select(["waitlist_wishes.offer_expires_at", "appointments.starts_at"])
      .where("waitlist_wishes.email", "=", "frueh@example.org")
      .executeTakeFirstOrThrow();
    const starts = new Date(wish.starts_at).getTime();
    const expires = new Date(wish.offer_expires_at as Date).getTime();
    expect(expires).toBeGreaterThan(now.getTime());
    expect(expires).toBeLessThanOrEqual(starts - OFFER_LEAD_MINUTES * 60_000);
    expect(starts).toBeGreaterThanOrEqual(now.getTime() + 90 * 60_000);
  });
});
