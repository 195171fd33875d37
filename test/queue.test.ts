import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../src/platform/audit/audit";
import { insertConfirmedAppointment } from "./helpers/appointments";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("queue", (kind) => {
  let t: TestApp;
  const actors: Actor[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (let i = 1; i <= 6; i++) {
      const { id } = await t.app.staff.accounts.create(null, {
        username: `clerk-${i}`,
        displayName: `Clerk ${i}`,
        roles: ["clerk"],
        totpRequired: false,
      });
      actors.push({ staffId: id, username: `clerk-${i}`, ip: "192.0.2.1" });
    }
  });
  afterAll(async () => t?.close());

  const walkIn = (location: string, services = ["personalausweis"], urgent = false) =>
    t.app.queue.issueWalkIn(
      actors[0] as Actor,
      { location, services, urgent, requestKey: Math.random().toString(36).slice(2) },
      t.clock.now(),
    );

  it("numbers walk-ins and check-ins in their own series, and a double submit gives one ticket", async () => {
    const a = await walkIn("standesamt");
    const b = await walkIn("standesamt");
    expect([a.number, b.number]).toEqual(["W-001", "W-002"]);
    const again = await t.app.queue.issueWalkIn(
      actors[0] as Actor,
      { location: "standesamt", services: ["reisepass"], urgent: false, requestKey: "same-key-123" },
      t.clock.now(),
    );
    const twice = await t.app.queue.issueWalkIn(
      actors[0] as Actor,
      { location: "standesamt", services: ["reisepass"], urgent: false, requestKey: "same-key-123" },
      t.clock.now(),
    );
    expect(twice.id).toBe(again.id);
    const appointment = await insertConfirmedAppointment(t.database, {
      location: "standesamt",
      startsAt: new Date(t.clock.now().getTime() + 5 * 60_000),
    });
    const checkedIn = await t.app.queue.checkIn(actors[0] as Actor, appointment.id, t.clock.now(), "all");
    expect(checkedIn.number).toBe("T-001");
    expect((await t.app.queue.checkIn(actors[0] as Actor, appointment.id, t.clock.now(), "all")).id).toBe(
      checkedIn.id,
    );
  });

  it("calls each person exactly once when many clerks press “call next” at the same time", async () => {
    const location = "stadtbuero";
    const issued = [];
    for (let i = 0; i < 24; i++) issued.push(await walkIn(location));
    const calledBy = new Map<number, number[]>();
    await Promise.all(
      actors.map(async (actor, i) => {
        const counter = `schalter-${i + 1}`;
        for (;;) {
          const result = await t.app.queue.callNext(actor, { location, counter }, t.clock.now());
          if (result.kind === "empty") return;
          expect(result.kind).toBe("called");
          if (result.kind !== "called") return;
          calledBy.set(result.ticket.id, [...(calledBy.get(result.ticket.id) ?? []), actor.staffId]);
          await t.app.queue.act(
            actor,
            "start",
            { ticketId: result.ticket.id, counter },
            t.clock.now(),
            "all",
          );
          await t.app.queue.act(
            actor,
            "finish",
            { ticketId: result.ticket.id, counter },
            t.clock.now(),
            "all",
          );
        }
      }),
    );
    expect([...calledBy.keys()].sort((a, b) => a - b)).toEqual(issued.map((x) => x.id));
    for (const clerks of calledBy.values()) expect(clerks).toHaveLength(1);
    const rows = await t.database.db
      .selectFrom("queue_tickets")
      .select(["status", "call_count"])
      .where("location_key", "=", location)
      .execute();
    expect(rows.every((r) => r.status === "done" && r.call_count === 1)).toBe(true);
  });

  it("never gives a counter a second person while one is called there", async () => {
    const location = "ordnungsamt";
    await walkIn(location);
    await walkIn(location);
    const counter = "platz-1";
    const results = await Promise.all(
      [0, 1, 2].map(() => t.app.queue.callNext(actors[1] as Actor, { location, counter }, t.clock.now())),
    );
    expect(results.filter((r) => r.kind === "called")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "busy")).toHaveLength(2);
  });

  it("calls a due appointment before earlier walk-ins, and urgent cases first", async () => {
    const location = "mobil-cappel";
    const w = await walkIn(location);
    const a = await insertConfirmedAppointment(t.database, {
      location,
      startsAt: new Date(t.clock.now().getTime() - 60_000),
    });
    const checked = await t.app.queue.checkIn(actors[0] as Actor, a.id, t.clock.now(), "all");
    const urgent = await walkIn(location, ["reisepass"], true);
    const order: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await t.app.queue.callNext(
        actors[2] as Actor,
        { location, counter: "platz-1" },
        t.clock.now(),
      );
      if (r.kind !== "called") throw new Error(r.kind);
      order.push(r.ticket.id);
      await t.app.queue.act(
        actors[2] as Actor,
        "missed",
        { ticketId: r.ticket.id, counter: "platz-1" },
        t.clock.now(),
        "all",
      );
    }
    expect(order).toEqual([urgent.id, checked.id, w.id]);
  });

  it("lets a missed person be put back in the queue and called again", async () => {
    const location = "mobil-marbach";
    const ticket = await walkIn(location);
    const first = await t.app.queue.callNext(
      actors[3] as Actor,
      { location, counter: "platz-1" },
      t.clock.now(),
    );
    expect(first.kind).toBe("called");
    await t.app.queue.act(
      actors[3] as Actor,
      "missed",
      { ticketId: ticket.id, counter: "platz-1" },
      t.clock.now(),
      "all",
    );
    await expect(
      t.app.queue.act(
        actors[3] as Actor,
        "recall",
        { ticketId: ticket.id, counter: "platz-1" },
        t.clock.now(),
        "all",
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    await t.app.queue.act(
      actors[3] as Actor,
      "requeue",
      { ticketId: ticket.id, counter: "platz-1" },
      t.clock.now(),
      "all",
    );
    const again = await t.app.queue.callNext(
      actors[3] as Actor,
      { location, counter: "platz-1" },
      new Date(t.clock.now().getTime() + 60_000),
    );
    expect(again.kind === "called" && again.ticket.id).toBe(ticket.id);
    // the waiting time ends at the first call; the display orders by the latest one
    if (first.kind !== "called" || again.kind !== "called") throw new Error("not called");
    expect(again.ticket.calledAt).toEqual(first.ticket.calledAt);
    expect(again.ticket.callCount).toBe(2);
  });

  it("estimates waits from the measured service times, not from the planned ones", async () => {
    const location = "auslaenderbehoerde";
    const actor = actors[5] as Actor;
    const now = t.clock.now();
    // Three passports that really took 37 minutes each (the catalogue plans 15).
    for (let i = 0; i < 3; i++) {
      const ticket = await walkIn(location, ["reisepass"]);
      await t.app.queue.callNext(actor, { location, counter: "platz-1" }, now);
      await t.app.queue.act(actor, "start", { ticketId: ticket.id, counter: "platz-1" }, now, "all");
      const finished = new Date(now.getTime() + 37 * 60_000);
      await t.app.queue.act(actor, "finish", { ticketId: ticket.id, counter: "platz-1" }, finished, "all");
    }
    const first = await walkIn(location, ["reisepass"]);
    const second = await walkIn(location, ["reisepass"]);
    const waits = await t.app.queue.waiting(location, await t.app.queue.dateOf(now), now);
    expect(waits.map((w) => [w.ticket.id, w.position, Math.round(w.waitMinutes)])).toEqual([
      [first.id, 1, 0],
      [second.id, 2, 37],
    ]);
  });

  it("opens a position page only for its own ticket", async () => {
    const mine = await walkIn("mobil-schroeck");
    const other = await walkIn("mobil-schroeck");
    const token = t.app.queue.positionToken(mine);
    const page = await t.app.inject({ url: `/wartenummer/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(mine.number);
    expect(page.body).not.toContain(other.number);
    expect(page.body).not.toContain("Erika");
    const forged = await t.app.inject({
      url: `/wartenummer/${token.slice(0, 31)}${token.endsWith("x") ? "y" : "x"}`,
    });
    expect(forged.statusCode).toBe(404);
    const english = await t.app.inject({ url: `/en/wartenummer/${t.app.queue.positionToken(other)}` });
    expect(english.body).toContain("1 person is waiting before you.");
  });

  it("pushes a call to an open display through Server-Sent Events", async () => {
    const location = "mobil-wehrda";
    await walkIn(location);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const port = (t.app.server.address() as AddressInfo).port;
    const events: string[] = [];
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: `/anzeige/${location}/ereignisse` }, (res) => {
        expect(res.headers["content-type"]).toContain("text/event-stream");
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          buffer += chunk;
          const parts = buffer.split("\n\n");
          buffer = parts.pop() ?? "";
          for (const part of parts) {
            const data = /^data: (.*)$/m.exec(part)?.[1];
            if (!data) continue;
            events.push(data);
            if (events.length === 1) {
              // the display is open and has its first state: now a clerk calls
              void t.app.queue.callNext(actors[4] as Actor, { location, counter: "platz-1" }, t.clock.now());
            } else if (data.includes("W-001")) {
              req.destroy();
              resolve(data);
            }
          }
        });
      });
      req.on("error", reject);
      req.end();
    });
    const data = JSON.parse(await received) as { calls: { number: string; counter: string }[] };
    expect(events[0]).toBe('{"calls":[]}');
    expect(data.calls[0]).toMatchObject({ number: "W-001", counter: "platz-1" });
    expect(JSON.stringify(data)).not.toMatch(/Mustermann|@/);
  });
});

describeEachDatabase("counter pages", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it("takes a clerk from checking in to finishing, and the display shows the call", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    const appointment = await insertConfirmedAppointment(t.database, {
      startsAt: new Date(t.clock.now().getTime() + 60_000),
    });
    const day = await t.app.inject({
      url: "/verwaltung/tag?ort=stadtbuero",
      headers: { cookie: clerk.cookie },
    });
    expect(day.statusCode).toBe(200);
    expect(day.body).toContain(appointment.code);
    expect(day.body).toContain("Erika Mustermann");
    const checkIn = await postForm(t.app, clerk, "/verwaltung/tag/einchecken", {
      appointment: String(appointment.id),
    });
    expect(checkIn.statusCode).toBe(303);
    expect(checkIn.headers.location).toContain("eingecheckt=T-001");

    const pick = await postForm(t.app, clerk, "/verwaltung/schalter/arbeitsplatz", {
      place: "stadtbuero/schalter-2",
    });
    expect(pick.statusCode).toBe(303);
    const call = await postForm(t.app, clerk, "/verwaltung/schalter/aufrufen");
    expect(call.headers.location).toBe("/verwaltung/schalter?meldung=called&nummer=T-001");
    const display = await t.app.inject({ url: "/anzeige/stadtbuero" });
    expect(display.body).toContain("T-001");
    expect(display.body).toContain("Schalter 2");
    expect(display.body).not.toContain("Mustermann");
    expect(display.body).toContain('http-equiv="refresh"');
    // the earlier calls: a table with a caption, whose rows the display's script rewrites ([data-earlier] tbody)
    expect(display.body).toMatch(
      /<section aria-labelledby="earlier-title" data-earlier="true">.*<table class="kern-table sb-display__table"><caption class="kern-sr-only">.*<tbody/s,
    );

    const counter = await t.app.inject({ url: "/verwaltung/schalter", headers: { cookie: clerk.cookie } });
    const ticketId = /name="ticket" value="(\d+)"/.exec(counter.body)?.[1] ?? "";
    expect(
      (await postForm(t.app, clerk, "/verwaltung/schalter/beginnen", { ticket: ticketId })).statusCode,
    ).toBe(303);
    const noServices = await postForm(t.app, clerk, "/verwaltung/schalter/abschliessen", {
      ticket: ticketId,
    });
    expect(noServices.statusCode).toBe(400);
    expect(noServices.body).toContain("mindestens ein erledigtes Anliegen");
    const finish = await postForm(t.app, clerk, "/verwaltung/schalter/abschliessen", {
      ticket: ticketId,
      services: ["personalausweis", "reisepass"],
    });
    expect(finish.headers.location).toBe("/verwaltung/schalter?meldung=finished&nummer=T-001");
    const row = await t.database.db.selectFrom("queue_tickets").selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe("done");
    expect(row.services_done).toEqual(["personalausweis", "reisepass"]);
    const audit = await t.database.db.selectFrom("audit_log").select("action").execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["day-view.read", "appointment.check-in", "ticket.call", "ticket.finish"]),
    );
  });

  it("shows today's home visits and stop visits in the day view of a mobile stop, without names", async () => {
    const team = await signInAs(t.app, t.database, ["mobile-team"], {
      places: ["mobil-richtsberg", "stadtbuero"],
    });
    const today = await t.app.queue.dateOf(t.clock.now());
    const at = new Date((await t.app.queue.dayBounds(today)).from.getTime() + 12 * 3_600_000);
    await t.database.db
      .insertInto("visit_requests")
      .values({
        tenant_id: "marburg",
        code: "HB-7K3Q",
        status: "scheduled",
        locale: "de",
        reason: "care-home",
        place_kind: "care-home",
        care_home_name: "Haus am Richtsberg",
        services: JSON.stringify(["personalausweis"]),
        preferred_periods: "[]",
        visitee_name: "Hilde Heimbewohnerin",
        phone: "06421 000000",
        consent_at: t.clock.now(),
        scheduled_kind: "home-visit",
        scheduled_at: at,
      })
      .execute();
    const day = await t.app.inject({
      url: `/verwaltung/tag?ort=mobil-richtsberg&datum=${today}`,
      headers: { cookie: team.cookie },
    });
    expect(day.statusCode).toBe(200);
    expect(day.body).toContain("HB-7K3Q");
    expect(day.body).toContain("Hausbesuch");
    expect(day.body).not.toContain("Hilde");
    const stadtbuero = await t.app.inject({
      url: "/verwaltung/tag?ort=stadtbuero",
      headers: { cookie: team.cookie },
    });
    expect(stadtbuero.body).not.toContain("HB-7K3Q");
  });

  it("refuses a day that does not exist, next to the field, in the user's language", async () => {
    const clerk = await signInAs(t.app, t.database, ["mobile-team"]);
    const german = await t.app.inject({
      url: "/verwaltung/tag?datum=2026-02-31",
      headers: { cookie: clerk.cookie },
    });
    expect(german.statusCode).toBe(400);
    expect(german.body).toContain('id="datum-error"');
    expect(german.body).toContain("Bitte geben Sie einen Tag");
    const english = await t.app.inject({
      url: "/en/verwaltung/tag?ort=nirgendwo",
      headers: { cookie: clerk.cookie },
    });
    expect(english.statusCode).toBe(400);
    expect(english.body).toContain("Please choose a place from the list.");
  });

  it("issues a walk-in ticket with a printable QR code and validates the form", async () => {
    // a help point issues tickets for the Stadtbüro's queue
    const helper = await signInAs(t.app, t.database, ["help-point"], { places: ["stadtbuero"] });
    const empty = await postForm(t.app, helper, "/verwaltung/wartemarken/neu", {
      location: "stadtbuero",
      requestKey: "abcdefgh12",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("mindestens ein Anliegen");
    const english = await postForm(t.app, helper, "/en/verwaltung/wartemarken/neu", {
      location: "nowhere",
      services: "personalausweis",
    });
    expect(english.statusCode).toBe(400);
    expect(english.body).toContain("Please choose a place from the list.");
    const issued = await postForm(t.app, helper, "/verwaltung/wartemarken/neu", {
      location: "stadtbuero",
      services: ["meldebescheinigung"],
      requestKey: "abcdefgh12",
    });
    expect(issued.statusCode).toBe(303);
    const print = await t.app.inject({
      url: `${issued.headers.location}/druck`,
      headers: { cookie: helper.cookie },
    });
    expect(print.statusCode).toBe(200);
    expect(print.body).toMatch(/W-00\d/);
    expect(print.body).toContain('src="data:image/png;base64,');
    expect(print.body).toMatch(/\/wartenummer\/[A-Za-z0-9_-]{32}/);
  });
});

describe("call display without a location", () => {
  it("is a 404 for an unknown place", async () => {
    const t = await createTestApp("pglite");
    expect((await t.app.inject({ url: "/anzeige/nirgendwo" })).statusCode).toBe(404);
    await t.close();
  });
});
