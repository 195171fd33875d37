import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("retention of personal data", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { RETENTION_DAYS: "7" });
  });
  afterAll(() => t?.close());

  async function book(pick: number, email: string) {
    const now = t.clock.now();
    const slot = (
      await t.app.booking.freeSlots({
        location: "stadtbuero",
        services: ["personalausweis"],
        durationMinutes: 15,
        now,
        channel: "public",
      })
    )[pick];
    if (!slot) throw new Error("no slot");
    const held = await t.app.appointments.hold({
      services: ["personalausweis"],
      location: "stadtbuero",
      counter: slot.counter,
      start: slot.start,
      durationMinutes: 15,
      locale: "de",
      clientHash: "abc",
      now,
    });
    if (!held.ok) throw new Error("hold failed");
    const a = await t.app.appointments.byHoldToken(held.holdToken);
    if (!a) throw new Error("missing");
    await t.app.appointments.saveContact(
      a,
      { name: "Paula Privat", email, phone: "06421 1", needWheelchair: true, needSignLanguage: false },
      now,
    );
    await t.app.appointments.confirm((await t.app.appointments.byHoldToken(held.holdToken)) ?? a, now);
    return a.id;
  }

  it("clears the personal data of appointments some days after they ended, and keeps the rest", async () => {
    const old = await book(0, "alt@example.org");
    const recent = await book(1, "neu@example.org");
    const day = 86_400_000;
    const shift = (id: number, daysAgo: number) =>
      t.database.db
        .updateTable("appointments")
        .set({
          starts_at: new Date(t.clock.now().getTime() - daysAgo * day - 900_000),
          ends_at: new Date(t.clock.now().getTime() - daysAgo * day),
        })
        .where("id", "=", id)
        .execute();
    await shift(old, 8);
    await shift(recent, 6);
    await t.database.db
      .insertInto("waitlist_wishes")
      .values([
        {
          tenant_id: "marburg",
          locale: "de",
          name: "Ende",
          email: "ende@example.org",
          services: "[]",
          locations: "[]",
          windows: "[]",
          manage_token_hash: "a".repeat(64),
          status: "lapsed",
          created_at: new Date(t.clock.now().getTime() - 10 * day),
          confirmed_at: new Date(t.clock.now().getTime() - 10 * day),
        },
        {
          tenant_id: "marburg",
          locale: "de",
          name: "Wartet",
          email: "wartet@example.org",
          services: "[]",
          locations: "[]",
          windows: "[]",
          manage_token_hash: "b".repeat(64),
          status: "waiting",
          created_at: new Date(t.clock.now().getTime() - 10 * day),
          confirmed_at: new Date(t.clock.now().getTime() - 10 * day),
        },
      ])
      .execute();

    const job = t.app.jobs.find((j) => j.name === "personal-data-retention");
    expect(await job?.run(t.clock.now())).toEqual({ appointments: 1, wishes: 1 });

    const rows = await t.database.db
      .selectFrom("appointments")
      .selectAll()
      .where("id", "in", [old, recent])
      .orderBy("id")
      .execute();
    expect(rows[0]).toMatchObject({
      name: null,
      email: null,
      phone: null,
      needs: null,
      manage_token_hash: null,
      client_hash: null,
      status: "confirmed",
      location_key: "stadtbuero",
    });
    expect(rows[0]?.anonymised_at).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({ name: "Paula Privat", email: "neu@example.org", anonymised_at: null });
    const wishes = await t.database.db.selectFrom("waitlist_wishes").select("email").execute();
    expect(wishes.map((w) => w.email)).toEqual(["wartet@example.org"]);
    // running again changes nothing
    expect(await job?.run(t.clock.now())).toEqual({ appointments: 0, wishes: 0 });
  });

  it("tells residents on the privacy page how long appointment data is kept", async () => {
    const de = await t.app.inject({ method: "GET", url: "/datenschutz" });
    expect(de.body).toContain("7 Tage nach dem Termin löschen wir diese Angaben");
    const en = await t.app.inject({ method: "GET", url: "/en/datenschutz" });
    expect(en.body).toContain("7 days after the appointment we delete these details");
  });
});
