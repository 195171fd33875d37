import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "../src/platform/audit/audit";
import { insertConfirmedAppointment } from "./helpers/appointments";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

/** Staff see the places they work at; administrators all (issue "Security and bad input", point 12). */
describeEachDatabase("places of work", (kind) => {
  let t: TestApp;
  let mobile: SignedIn;
  let admin: SignedIn;
  let appointment: { id: number; code: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    mobile = await signInAs(t.app, t.database, ["mobile-team"], { places: ["mobil-cappel", "mobil-wehrda"] });
    admin = await signInAs(t.app, t.database, ["administrator", "clerk"]);
    appointment = await insertConfirmedAppointment(t.database, {
      location: "stadtbuero",
      startsAt: new Date(t.clock.now().getTime() + 10 * 60_000),
      name: "Renate Residentin",
    });
  });
  afterAll(() => t?.close());

  const get = (who: SignedIn, url: string) =>
    t.app.inject({ method: "GET", url, headers: { cookie: who.cookie } });

  it("keeps the mobile team out of the Stadtbüro's day, and its residents' names", async () => {
    const day = await get(mobile, "/verwaltung/tag?ort=stadtbuero");
    expect(day.statusCode).toBe(400);
    expect(day.body).not.toContain("Renate Residentin");
    expect(day.body).not.toContain('value="stadtbuero"');
    expect(day.body).toContain('value="mobil-cappel"');
    const own = await get(mobile, "/verwaltung/tag");
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain("Renate Residentin");

    const adminDay = await get(admin, "/verwaltung/tag?ort=stadtbuero");
    expect(adminDay.statusCode).toBe(200);
    expect(adminDay.body).toContain("Renate Residentin");
  });

  it("refuses check-in, counters, walk-in tickets and ticket pages of places one does not work at", async () => {
    const checkIn = await postForm(t.app, mobile, "/verwaltung/tag/einchecken", {
      appointment: String(appointment.id),
    });
    expect(checkIn.statusCode).toBe(403);
    const counter = await postForm(t.app, mobile, "/verwaltung/schalter/arbeitsplatz", {
      place: "stadtbuero/schalter-1",
    });
    expect(counter.statusCode).toBe(400);
    const pick = await get(mobile, "/verwaltung/schalter/arbeitsplatz");
    expect(pick.body).not.toContain('value="stadtbuero/');
    const walkIn = await postForm(t.app, mobile, "/verwaltung/wartemarken/neu", {
      location: "stadtbuero",
      services: "personalausweis",
      requestKey: "scope-test-123",
    });
    expect(walkIn.statusCode).toBe(400);

    const actor: Actor = { staffId: admin.staffId, username: admin.username, ip: "127.0.0.1" };
    const ticket = await t.app.queue.issueWalkIn(
      actor,
      { location: "stadtbuero", services: ["personalausweis"], urgent: false, requestKey: "scope-test-456" },
      t.clock.now(),
    );
    expect((await get(mobile, `/verwaltung/wartemarken/${ticket.id}`)).statusCode).toBe(403);
    expect((await get(mobile, `/verwaltung/wartemarken/${ticket.id}/druck`)).statusCode).toBe(403);
    expect((await get(admin, `/verwaltung/wartemarken/${ticket.id}`)).statusCode).toBe(200);
    const requeue = await postForm(t.app, mobile, "/verwaltung/schalter/wieder-einreihen", {
      ticket: String(ticket.id),
      back: "day",
    });
    expect(requeue.statusCode).toBe(403);
    // nothing changed
    const stored = await t.database.db
      .selectFrom("queue_tickets")
      .select("id")
      .where("appointment_id", "=", appointment.id)
      .execute();
    expect(stored).toEqual([]);
  });

  it("lets administrators assign places, and asks for one for the roles that work at places", async () => {
    const missing = await postForm(t.app, admin, "/verwaltung/konten/neu", {
      username: "new.clerk",
      displayName: "New Clerk",
      roles: "clerk",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="places-error"');
    const unknown = await postForm(t.app, admin, "/verwaltung/konten/neu", {
      username: "new.clerk",
      displayName: "New Clerk",
      roles: "clerk",
      places: ["stadtbuero", "nowhere"],
    });
    expect(unknown.statusCode).toBe(400);
    const created = await postForm(t.app, admin, "/verwaltung/konten/neu", {
      username: "new.clerk",
      displayName: "New Clerk",
      roles: "clerk",
      places: ["stadtbuero", "standesamt"],
    });
    expect(created.statusCode).toBe(200);
    const row = await t.database.db
      .selectFrom("staff_accounts")
      .select("id")
      .where("username", "=", "new.clerk")
      .executeTakeFirstOrThrow();
    const account = await t.app.staff.accounts.find(row.id);
    expect(account?.places).toEqual(["stadtbuero", "standesamt"]);
    const edit = await get(admin, `/verwaltung/konten/${row.id}`);
    expect(edit.body).toMatch(/value="stadtbuero"[^>]*checked/);
    expect(edit.body).not.toMatch(/value="mobil-cappel"[^>]*checked/);
  });
});
