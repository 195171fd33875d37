import { afterAll, beforeAll, expect, it } from "vitest";
import { insertConfirmedAppointment } from "./helpers/appointments";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("checking in on another day", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a check-in on another day than the appointment's with its own code and message", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000);
    const appointment = await insertConfirmedAppointment(t.database, { startsAt: tomorrow });
    const res = await postForm(t.app, clerk, "/verwaltung/tag/einchecken", {
      appointment: String(appointment.id),
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("Einchecken geht nur am Tag des Termins.");
  });
});
