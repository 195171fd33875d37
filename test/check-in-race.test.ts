import { afterAll, beforeAll, expect, it } from "vitest";
import { insertConfirmedAppointment } from "./helpers/appointments";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("checking in one appointment twice at once", (kind) => {
  let t: TestApp;
  let clerks: SignedIn[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    clerks = [
      await signInAs(t.app, t.database, ["clerk"], { places: ["stadtbuero"] }),
      await signInAs(t.app, t.database, ["clerk"], { places: ["stadtbuero"] }),
    ];
  });
  afterAll(async () => t?.close());

  const checkIn = (clerk: SignedIn, id: number) =>
    postForm(t.app, clerk, "/verwaltung/tag/einchecken", { appointment: String(id) });

  it("gives both clerks the one ticket, with no gap in the numbers", async () => {
    const first = await insertConfirmedAppointment(t.database, {
      startsAt: new Date(t.clock.now().getTime() + 10 * 60_000),
    });
    const [one, two] = clerks as [SignedIn, SignedIn];
    // eight at once straight into the service (as close together as requests can come) …
    const actor = { staffId: one.staffId, username: "clerk", ip: "192.0.2.7" };
    const tickets8 = await Promise.all(
      Array.from({ length: 8 }, () => t.app.queue.checkIn(actor, first.id, t.clock.now(), "all")),
    );
    expect(new Set(tickets8.map((x) => x.number))).toEqual(new Set(["T-001"]));
    // … and through the day view by two clerks
    const answers = await Promise.all([one, two, one, two].map((c) => checkIn(c, first.id)));
    expect(answers.map((a) => a.statusCode)).toEqual([303, 303, 303, 303]);
    expect(new Set(answers.map((a) => a.headers.location))).toEqual(
      new Set(["/verwaltung/tag?ort=stadtbuero&datum=2027-01-11&eingecheckt=T-001#termine"]),
    );
    const date = await t.app.queue.dateOf(t.clock.now());
    const tickets = await t.app.queue.tickets("stadtbuero", date);
    expect(tickets.filter((x) => x.appointmentId === first.id)).toHaveLength(1);

    // the next appointment's ticket follows without a gap
    const second = await insertConfirmedAppointment(t.database, {
      startsAt: new Date(t.clock.now().getTime() + 25 * 60_000),
    });
    const next = await checkIn(clerks[1] as SignedIn, second.id);
    expect(next.headers.location).toContain("eingecheckt=T-002");
  });
});
