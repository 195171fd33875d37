import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("the waitlist", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "waitlist-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const post = async (pageUrl: string, url: string, form: Record<string, string | string[]>) => {
    const { cookie, token } = await formSession(t.app, pageUrl);
    const body = new URLSearchParams({ _csrf: token });
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return t.app.inject({
      method: "POST",
      url,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    });
  };
  const mails = async (to: string) => {
    const dir = join(dataDir, "outbox");
    const all = await Promise.all((await listOutbox(dir)).map((e) => readOutboxMessage(dir, e.id)));
    return all.filter((m) => m?.to.includes(to));
  };
  const wish = (email: string) =>
    t.database.db
      .selectFrom("waitlist_wishes")
      .selectAll()
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
  const offers = () =>
    t.app.jobs.find((j) => j.name === "waitlist-offers")?.run(t.clock.now()) as Promise<number>;
  const join_ = (email: string, windows: string[]) =>
    post("/termin/warteliste?leistungen=personalausweis&ort=mobil-cappel", "/termin/warteliste", {
      leistungen: "personalausweis",
      places: "mobil-cappel",
      windows,
      name: "Warte Person",
      email,
    });

  it("checks the form in the user's language and keeps the choices", async () => {
    const res = await post("/en/termin/warteliste?leistungen=personalausweis", "/en/termin/warteliste", {
      leistungen: "personalausweis",
      windows: "tu-morning",
      name: "X",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Please choose at least one place.");
    expect(res.body).toContain("Please enter your name.");
    expect(res.body).toMatch(/value="tu-morning" checked/);
  });

  it("offers a freed slot to the oldest matching wish, hands it on when the offer lapses, and books on POST", async () => {
    // Every Cappel time is taken.
    const now = t.clock.now();
    const slots = await t.app.booking.freeSlots({
      location: "mobil-cappel",
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    const holds: number[] = [];
    for (const s of slots) {
      const held = await t.app.appointments.hold({
        services: ["personalausweis"],
        location: "mobil-cappel",
        counter: s.counter,
        start: s.start,
        durationMinutes: 15,
        locale: "de",
        clientHash: null,
        now,
      });
      if (held.ok) holds.push(held.id);
    }
    expect(holds).toHaveLength(slots.length);

    expect((await join_("erste@example.org", ["tu-morning"])).statusCode).toBe(303);
    expect((await join_("zweite@example.org", ["tu-morning", "we-morning"])).statusCode).toBe(303);
    expect((await join_("freitag@example.org", ["fr-afternoon"])).statusCode).toBe(303);
    expect((await mails("erste@example.org")).map((m) => m?.subject)).toEqual([
      "Sie stehen auf der Warteliste",
    ]);
    expect(await offers()).toBe(0);

    // One time becomes free again (a hold ran out).
    const freed = holds[3] as number;
    await t.database.db
      .updateTable("appointments")
      .set({ hold_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("id", "=", freed)
      .execute();
    expect(await offers()).toBe(1);
    const first = await wish("erste@example.org");
    expect(first.status).toBe("offered");
    expect((await wish("zweite@example.org")).status).toBe("waiting");
    expect((await wish("freitag@example.org")).status).toBe("waiting");
    const offered = await t.database.db
      .selectFrom("appointments")
      .selectAll()
      .where("id", "=", first.offer_appointment_id as number)
      .executeTakeFirstOrThrow();
    const freedRow = await t.database.db
      .selectFrom("appointments")
      .selectAll()
      .where("id", "=", freed)
      .executeTakeFirstOrThrow();
    expect(new Date(offered.starts_at).getTime()).toBe(new Date(freedRow.starts_at).getTime());

    const offerMail = (await mails("erste@example.org")).find(
      (m) => m?.subject === "Ein Termin ist für Sie frei geworden",
    );
    const offerPath = /http:\/\/localhost:3000(\/termin\/angebot\/[A-Za-z0-9_-]{32})/.exec(
      offerMail?.text ?? "",
    )?.[1] as string;
    const page = await t.app.inject({ method: "GET", url: offerPath });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Termin verbindlich buchen");
    expect((await wish("erste@example.org")).status).toBe("offered"); // a GET answers nothing

    // The first wish does not answer in time: the slot goes to the next wish.
    await t.database.db
      .updateTable("waitlist_wishes")
      .set({ offer_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("id", "=", first.id)
      .execute();
    await t.database.db
      .updateTable("appointments")
      .set({ hold_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("id", "=", offered.id)
      .execute();
    expect(await offers()).toBe(1);
    expect((await wish("erste@example.org")).status).toBe("lapsed");
    const second = await wish("zweite@example.org");
    expect(second.status).toBe("offered");
    const secondOffer = await t.database.db
      .selectFrom("appointments")
      .selectAll()
      .where("id", "=", second.offer_appointment_id as number)
      .executeTakeFirstOrThrow();
    expect(new Date(secondOffer.starts_at).getTime()).toBe(new Date(freedRow.starts_at).getTime());
    expect((await t.app.inject({ method: "GET", url: offerPath })).statusCode).toBe(410);

    const secondMail = (await mails("zweite@example.org")).find(
      (m) => m?.subject === "Ein Termin ist für Sie frei geworden",
    );
    const secondPath = /http:\/\/localhost:3000(\/termin\/angebot\/[A-Za-z0-9_-]{32})/.exec(
      secondMail?.text ?? "",
    )?.[1] as string;
    const accepted = await post(secondPath, `${secondPath}/annehmen`, {});
    expect(accepted.statusCode).toBe(303);
    expect(String(accepted.headers.location)).toMatch(/^\/termin\/verwalten\/[A-Za-z0-9_-]{32}\?ok=gebucht$/);
    expect((await wish("zweite@example.org")).status).toBe("booked");
    expect(
      (
        await t.database.db
          .selectFrom("appointments")
          .select("status")
          .where("id", "=", secondOffer.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("confirmed");
    expect((await mails("zweite@example.org")).some((m) => m?.subject.startsWith("Terminbestätigung"))).toBe(
      true,
    );
  });

  it("lets a resident leave the list by POST from the link in the mail", async () => {
    const mail = (await mails("freitag@example.org"))[0];
    const path = /http:\/\/localhost:3000(\/termin\/warteliste\/[A-Za-z0-9_-]{32})/.exec(
      mail?.text ?? "",
    )?.[1] as string;
    expect((await t.app.inject({ method: "GET", url: path })).body).toContain("wartet");
    const res = await post(path, `${path}/austragen`, {});
    expect(res.statusCode).toBe(303);
    expect((await wish("freitag@example.org")).status).toBe("withdrawn");
  });
});
