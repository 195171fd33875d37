import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { AppointmentService } from "../src/modules/booking/appointment-service";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("changes of an appointment that lose a race", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let service: AppointmentService;
  let original: { reschedule: AppointmentService["reschedule"]; cancel: AppointmentService["cancel"] };
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "races-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    service = t.app.appointments;
    original = { reschedule: service.reschedule.bind(service), cancel: service.cancel.bind(service) };
  });
  afterEach(() => {
    service.reschedule = original.reschedule;
    service.cancel = original.cancel;
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A booked appointment and two other free times of a day to move it to. */
  async function booked(email: string, prefix = "") {
    const pages = bookingPages(t.app);
    const b = await pages.book(email);
    const code = /sb-code-inline">([A-Z0-9-]+)/.exec(b.done.body)?.[1] as string;
    const manage = `${prefix}${b.manage}`;
    const choose = await pages.get(`${manage}/verschieben`);
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(choose.body)?.[1] as string;
    const page = `${manage}/verschieben?tag=${day}`;
    const times = [...(await pages.get(page)).body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)];
    const [one, two] = times.map((m) => m[1] as string).slice(-2);
    if (!one || !two) throw new Error("not enough free times");
    const move = (zeit: string) => pages.post(page, `${manage}/verschieben`, { zeit, tag: day });
    return { pages, code, manage, page, day, one, two, move };
  }

  const rows = (code: string) =>
    t.database.db
      .selectFrom("appointments")
      .select(["status", "starts_at", "counter_key"])
      .where("code", "=", code)
      .orderBy("id")
      .execute();
  const at = (zeit: string) => new Date(zeit.split("|")[0] as string).getTime();

  /** Every unit counts exactly the claims not yet given back: nothing leaked, nothing lost. */
  async function expectUnitsConsistent() {
    const drift = await sql<{ n: number }>`
      select count(*)::int as n from slot_units s
      where s.taken <> (
        select count(*) from appointment_units au join appointments a on a.id = au.appointment_id
        where au.tenant_id = s.tenant_id and au.location_key = s.location_key
          and au.counter_key = s.counter_key and au.starts_at = s.starts_at
          and a.units_released_at is null
      )`.execute(t.database.db);
    expect(drift.rows[0]?.n).toBe(0);
  }

  it("answers a move that lost against another tab with a page that says so, and changes nothing", async () => {
    const b = await booked("zweites-fenster@example.org");
    // Another tab moves the appointment after this request has read it, before it writes.
    service.reschedule = async (appointment, token, target, now) => {
      service.reschedule = original.reschedule;
      const other = {
        ...target,
        start: b.one.split("|")[0] as string,
        counter: b.one.split("|")[1] as string,
      };
      expect(await original.reschedule(appointment, token, other, now)).toBe("moved");
      return original.reschedule(appointment, token, target, now);
    };
    const lost = await b.move(b.two);
    expect(lost.statusCode).toBe(409);
    expect(lost.body).toContain('<h1 class="kern-heading-large">Ihr Termin wurde inzwischen geändert</h1>');
    expect(lost.body).toContain("Ihre letzte Änderung haben wir deshalb nicht ausgeführt.");
    expect(lost.body).toContain(`href="${b.manage}"`);
    expect(lost.body).toContain("Ihren Termin ansehen");

    // One live appointment, at the time the other tab chose; the lost time is free again.
    const after = await rows(b.code);
    expect(after.map((r) => r.status)).toEqual(["cancelled", "confirmed"]);
    expect(new Date(after[1]?.starts_at as Date).getTime()).toBe(at(b.one));
    await expectUnitsConsistent();
    expect((await b.pages.get(b.page)).body).toContain(`value="${b.two}"`);
    // The link leads to the appointment as it is now.
    expect((await b.pages.get(b.manage)).statusCode).toBe(200);
  });

  it("says the same in English", async () => {
    const b = await booked("second-tab@example.org", "/en");
    service.reschedule = async (appointment, token, target, now) => {
      service.reschedule = original.reschedule;
      await original.cancel(appointment, now);
      return original.reschedule(appointment, token, target, now);
    };
    const lost = await b.move(b.two);
    expect(lost.statusCode).toBe(409);
    expect(lost.body).toContain("Your appointment has changed in the meantime");
    expect(lost.body).toContain("Look at your appointment");
    expect(lost.body).toContain(`href="${b.manage}"`);
    expect((await rows(b.code)).map((r) => r.status)).toEqual(["cancelled"]);
    await expectUnitsConsistent();
  });

  it("runs two moves sent at once without a server error, leaving one appointment at one time", async () => {
    const b = await booked("doppelklick@example.org");
    const answers = await Promise.all([b.move(b.one), b.move(b.two)]);
    for (const a of answers) expect([303, 409]).toContain(a.statusCode);
    expect(answers.some((a) => a.statusCode === 303)).toBe(true);
    const live = (await rows(b.code)).filter((r) => r.status === "confirmed");
    expect(live).toHaveLength(1);
    expect([at(b.one), at(b.two)]).toContain(new Date(live[0]?.starts_at as Date).getTime());
    await expectUnitsConsistent();
  });

  it("does not report a cancellation that lost against a move as done", async () => {
    const b = await booked("absage-zu-spaet@example.org");
    service.cancel = async (appointment, now) => {
      service.cancel = original.cancel;
      const [start, counter] = b.one.split("|") as [string, string];
      const token = b.manage.split("/").pop() as string;
      await original.reschedule(appointment, token, { start, counter, durationMinutes: 15 }, now);
      return original.cancel(appointment, now);
    };
    const lost = await b.pages.post(`${b.manage}/absagen`, `${b.manage}/absagen`, {});
    expect(lost.statusCode).toBe(409);
    expect(lost.body).toContain("Ihr Termin wurde inzwischen geändert");
    expect((await rows(b.code)).map((r) => r.status)).toEqual(["cancelled", "confirmed"]);

    // A second click on "cancel" after the first one went through is no race: it shows the result.
    const again = await b.pages.post(`${b.manage}/absagen`, `${b.manage}/absagen`, {});
    expect(again.statusCode).toBe(303);
    // (the form's token from another page: a cancelled appointment has no form any more)
    const formPage = `/termin/zeit?leistungen=personalausweis&ort=stadtbuero&tag=${b.day}`;
    const twice = await b.pages.post(formPage, `${b.manage}/absagen`, {});
    expect(twice.statusCode).toBe(303);
    expect(String(twice.headers.location)).toContain("?ok=abgesagt");
    await expectUnitsConsistent();
  });
});
