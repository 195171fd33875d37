import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, TEST_NOW, type TestApp } from "./helpers/test-app";
import { JOIN_SUBJECT, OFFER_SUBJECT, waitlistSteps } from "./helpers/waitlist";

const HOUR = 3_600_000;
const LAPSE_SUBJECT = "Ihr Angebot von der Warteliste ist abgelaufen";

describeEachDatabase("the waitlist", (kind) => {
  let t: TestApp;
  let dataDir: string;
  let w: ReturnType<typeof waitlistSteps>;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "waitlist-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
    w = waitlistSteps(t, dataDir);
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("checks the form in the user's language and keeps the choices", async () => {
    const res = await w.pages.post(
      "/en/termin/warteliste?leistungen=personalausweis",
      "/en/termin/warteliste",
      {
        leistungen: "personalausweis",
        windows: "tu-morning",
        name: "X",
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Please choose at least one place.");
    expect(res.body).toContain("Please enter your name.");
    expect(res.body).toMatch(/value="tu-morning" checked/);
  });

  it("stores a new wish unconfirmed at the app's time, asks to check the mail, and confirms only by POST", async () => {
    t.clock.set("2027-01-11T09:17:00Z");
    const joined = await w.join("Bestaetige@Example.org");
    expect(joined.statusCode).toBe(303);
    expect(joined.headers.location).toBe("/termin/warteliste/danke");
    const thanks = await w.pages.get("/termin/warteliste/danke");
    expect(thanks.body).toContain("Bitte prüfen Sie Ihre E-Mails und bestätigen Sie");
    expect(thanks.body).toContain("Ohne Bestätigung löschen wir Ihre Angaben nach 48 Stunden.");
    const en = await w.pages.get("/en/termin/warteliste/danke");
    expect(en.body).toContain("Please check your e-mail and confirm");

    const stored = await w.wish("bestaetige@example.org");
    expect(stored.status).toBe("unconfirmed");
    expect(stored.confirmed_at).toBeNull();
    expect(new Date(stored.created_at).toISOString()).toBe("2027-01-11T09:17:00.000Z");
    const [path] = await w.links("bestaetige@example.org", JOIN_SUBJECT);
    expect(path).toMatch(/^\/termin\/warteliste\/[A-Za-z0-9_-]{32}$/);
    const mail = (await w.mails("bestaetige@example.org"))[0];
    expect(mail?.text).toContain("Mittwoch, 13. Januar 2027 um 10:17"); // 48 hours later, Berlin time

    // A mail scanner follows the link: the page asks, nothing changes.
    const page = await w.pages.get(path as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("noch nicht bestätigt");
    expect(page.body).toContain("Eintrag bestätigen");
    expect(page.headers["cache-control"]).toContain("no-store");
    expect((await w.pages.get(`${path}/bestaetigen`)).statusCode).toBe(404);
    expect((await w.wish("bestaetige@example.org")).status).toBe("unconfirmed");
    // A POST without the form's token is refused.
    const forged = await t.app.inject({ method: "POST", url: `${path}/bestaetigen`, payload: {} });
    expect(forged.statusCode).toBe(403);
    expect((await w.wish("bestaetige@example.org")).status).toBe("unconfirmed");

    t.clock.set("2027-01-11T10:02:00Z");
    const confirmed = await w.pages.post(path as string, `${path}/bestaetigen`, {});
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(`${path}?ok=bestaetigt`);
    const now = await w.wish("bestaetige@example.org");
    expect(now.status).toBe("waiting");
    expect(new Date(now.confirmed_at as Date).toISOString()).toBe("2027-01-11T10:02:00.000Z");
    expect((await w.pages.get(`${path}?ok=bestaetigt`)).body).toContain(
      "Danke, Ihr Eintrag ist bestätigt. Sie stehen jetzt auf der Warteliste.",
    );
    expect((await w.pages.get(`/en${path}?ok=bestaetigt`)).body).toContain(
      "Thank you, your entry is confirmed. You are now on the waiting list.",
    );
    t.clock.set(TEST_NOW);
  });

  it("offers a freed slot to the oldest confirmed wish, never to an unconfirmed one, hands it on when the offer lapses, and books on POST", async () => {
    const { slots, held } = await w.holdAllCappelTimes();
    expect(held).toHaveLength(slots);

    expect((await w.join("unbestaetigt@example.org", { windows: ["tu-morning"] })).statusCode).toBe(303);
    expect((await w.join("erste@example.org", { windows: ["tu-morning"] })).statusCode).toBe(303);
    expect((await w.join("zweite@example.org", { windows: ["tu-morning", "we-morning"] })).statusCode).toBe(
      303,
    );
    for (const email of ["erste@example.org", "zweite@example.org"]) await w.confirmAll(email);
    expect((await w.mails("erste@example.org")).map((m) => m?.subject)).toEqual([JOIN_SUBJECT]);
    expect(await w.runOffers()).toBe(0);

    // One time becomes free again (a hold ran out): the oldest wish is unconfirmed and is passed over.
    const freed = held[3] as number;
    await w.endHold(freed);
    expect(await w.runOffers()).toBe(1);
    expect((await w.wish("unbestaetigt@example.org")).status).toBe("unconfirmed");
    const first = await w.wish("erste@example.org");
    expect(first.status).toBe("offered");
    expect((await w.wish("zweite@example.org")).status).toBe("waiting");
    const startOf = async (id: number) =>
      new Date(
        (
          await t.database.db
            .selectFrom("appointments")
            .select("starts_at")
            .where("id", "=", id)
            .executeTakeFirstOrThrow()
        ).starts_at,
      ).getTime();
    expect(await startOf(first.offer_appointment_id as number)).toBe(await startOf(freed));

    const [offerPath] = await w.links("erste@example.org", OFFER_SUBJECT);
    const page = await w.pages.get(offerPath as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Termin verbindlich buchen");
    expect((await w.wish("erste@example.org")).status).toBe("offered"); // a GET answers nothing

    // The first wish does not answer in time: the slot goes to the next wish, and the first is told.
    await w.letOfferRunOut(first.id);
    expect(await w.runOffers()).toBe(1);
    expect((await w.wish("erste@example.org")).status).toBe("lapsed");
    const lapseMail = (await w.mails("erste@example.org")).find((m) => m?.subject === LAPSE_SUBJECT);
    expect(lapseMail?.text).toContain("Wenn zwei Angebote an Ihre E-Mail-Adresse ablaufen");
    const second = await w.wish("zweite@example.org");
    expect(second.status).toBe("offered");
    expect(await startOf(second.offer_appointment_id as number)).toBe(await startOf(freed));
    expect((await w.pages.get(offerPath as string)).statusCode).toBe(410);

    const [secondPath] = await w.links("zweite@example.org", OFFER_SUBJECT);
    const accepted = await w.pages.post(secondPath as string, `${secondPath}/annehmen`, {});
    expect(accepted.statusCode).toBe(303);
    expect(String(accepted.headers.location)).toMatch(/^\/termin\/verwalten\/[A-Za-z0-9_-]{32}\?ok=gebucht$/);
    expect((await w.wish("zweite@example.org")).status).toBe("booked");
    const booked = await t.database.db
      .selectFrom("appointments")
      .select("status")
      .where("id", "=", second.offer_appointment_id as number)
      .executeTakeFirstOrThrow();
    expect(booked.status).toBe("confirmed");
    expect(
      (await w.mails("zweite@example.org")).some((m) => m?.subject.startsWith("Terminbestätigung")),
    ).toBe(true);
  });

  it("makes no more offers to an address that let two offers lapse, and says so by mail and on the page", async () => {
    // Three wishes of one address, in three spellings, the second in English; then one of another.
    await w.join("lapse@example.org", { windows: ["tu-morning"] });
    await w.join("Lapse@Example.org", { windows: ["tu-morning"], locale: "en" });
    await w.join("LAPSE@example.org", { windows: ["tu-morning"] });
    await w.join("andere@example.org", { windows: ["tu-morning"] });
    for (const email of ["lapse@example.org", "andere@example.org"]) await w.confirmAll(email);
    const [one, two, three] = await w.wishes("lapse@example.org");
    expect([one?.status, two?.status, three?.status]).toEqual(["waiting", "waiting", "waiting"]);

    const plainHold = await t.database.db
      .selectFrom("appointments")
      .select("id")
      .where("location_key", "=", "mobil-cappel")
      .where("status", "=", "held")
      .where("name", "is", null)
      .where("hold_expires_at", ">", t.clock.now())
      .executeTakeFirstOrThrow();
    await w.endHold(plainHold.id);
    expect(await w.runOffers()).toBe(1);
    expect((await w.wish("lapse@example.org")).status).toBe("offered");

    await w.letOfferRunOut(one?.id as number);
    expect(await w.runOffers()).toBe(1);
    let mine = await w.wishes("lapse@example.org");
    expect(mine.map((x) => x.status)).toEqual(["lapsed", "offered", "waiting"]);
    const firstNotice = (await w.mails("lapse@example.org")).find((m) => m?.subject === LAPSE_SUBJECT);
    expect(firstNotice?.text).toContain(
      "Bitte beachten Sie: Wenn zwei Angebote an Ihre E-Mail-Adresse ablaufen",
    );

    // The second lapse: the third wish of the address is passed over; the other address gets the time.
    await w.letOfferRunOut(two?.id as number);
    expect(await w.runOffers()).toBe(1);
    mine = await w.wishes("lapse@example.org");
    expect(mine.map((x) => x.status)).toEqual(["lapsed", "lapsed", "waiting"]);
    expect((await w.wish("andere@example.org")).status).toBe("offered");
    const secondNotice = (await w.mails("lapse@example.org")).find(
      (m) => m?.subject === "Your offer from the waiting list has run out",
    );
    expect(secondNotice?.text).toContain(
      "This was already the second offer to your e-mail address that ran out",
    );
    expect(secondNotice?.text).toContain("receives no more offers from the waiting list");

    // The lapses are remembered by a hash of the address, never the address itself.
    const lapses = await t.database.db.selectFrom("waitlist_lapses").selectAll().execute();
    expect(JSON.stringify(lapses)).not.toMatch(/example\.org/i);
    const hashes = lapses
      .filter((l) => l.wish_id === one?.id || l.wish_id === two?.id)
      .map((l) => l.email_hash);
    expect(hashes).toHaveLength(2);
    expect(new Set(hashes).size).toBe(1);

    // The manage page of the third wish says why no offers come, in both languages.
    const links = await w.links("lapse@example.org", JOIN_SUBJECT);
    const pagesOfThree = await Promise.all(links.map((p) => w.pages.get(p)));
    const third = links[pagesOfThree.findIndex((p) => p.body.includes("wartet"))] as string;
    expect((await w.pages.get(third)).body).toContain("Zwei Angebote an Ihre E-Mail-Adresse sind abgelaufen");
    expect((await w.pages.get(`/en${third}`)).body).toContain(
      "Two offers to your e-mail address ran out without you booking the appointment.",
    );

    // A lapse counts for WAITLIST_LAPSE_DAYS (90): older ones are forgotten and offers resume.
    await t.database.db
      .updateTable("waitlist_lapses")
      .set({ lapsed_at: new Date(t.clock.now().getTime() - 91 * 24 * HOUR) })
      .execute();
    await w.letOfferRunOut((await w.wish("andere@example.org")).id);
    expect(await w.runOffers()).toBe(1);
    expect((await w.wishes("lapse@example.org")).map((x) => x.status)).toEqual([
      "lapsed",
      "lapsed",
      "offered",
    ]);
    const remembered = await t.database.db.selectFrom("waitlist_lapses").select("lapsed_at").execute();
    expect(remembered).toHaveLength(1); // only the other address's fresh lapse
  });

  it("allows a few active wishes per address, in any case, and says so next to the e-mail field", async () => {
    for (const email of ["viel@example.org", "Viel@Example.org", "VIEL@EXAMPLE.ORG"])
      expect((await w.join(email)).statusCode).toBe(303);
    await w.confirmAll("viel@example.org"); // confirmed or not, they count
    const refused = await w.join("viel@example.ORG", { name: "Viel Wuensche" });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(
      "Mit dieser E-Mail-Adresse gibt es schon 3 Einträge auf der Warteliste. Mehr sind nicht möglich",
    );
    expect(refused.body).toMatch(/href="#email"/); // the error summary links to the field
    expect(refused.body).toContain('value="viel@example.ORG"');
    expect(refused.body).toContain('value="Viel Wuensche"');
    expect(refused.body).toMatch(/value="fr-afternoon" checked/);
    const en = await w.join("VIEL@example.org", { locale: "en" });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain("This e-mail address already has 3 entries on the waiting list.");
    expect(await w.wishes("viel@example.org")).toHaveLength(3);
    expect(await w.mails("viel@example.org")).toHaveLength(3);

    // Leaving the list frees a place for a new wish.
    const [path] = await w.links("viel@example.org", JOIN_SUBJECT);
    expect((await w.pages.post(path as string, `${path}/austragen`, {})).statusCode).toBe(303);
    expect((await w.pages.get(`${path}?ok=ausgetragen`)).body).toContain(
      "Sie sind von der Warteliste ausgetragen.",
    );
    expect((await w.join("viel@example.org")).statusCode).toBe(303);
    expect(await w.wishes("viel@example.org")).toHaveLength(4);
  });

  it("deletes wishes not confirmed within 48 hours, and a late confirmation does not count", async () => {
    t.clock.set(TEST_NOW);
    await w.join("spaet@example.org");
    await w.join("nie@example.org");
    const [late] = await w.links("spaet@example.org", JOIN_SUBJECT);
    const [never] = await w.links("nie@example.org", JOIN_SUBJECT);

    t.clock.advance(48 * HOUR - 60_000);
    await w.runOffers();
    expect((await w.wish("nie@example.org")).status).toBe("unconfirmed");
    expect((await w.pages.get(never as string)).body).toContain("Eintrag bestätigen");

    // The page was opened in time, the button pressed 48 hours after joining: too late, even before the job ran.
    const { cookie, token } = await formSession(t.app, late as string);
    t.clock.advance(60_000);
    const tooLate = await t.app.inject({
      method: "POST",
      url: `${late}/bestaetigen`,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: token }).toString(),
    });
    expect(tooLate.statusCode).toBe(303);
    expect(tooLate.headers.location).toBe(late);
    expect((await w.wish("spaet@example.org")).status).toBe("unconfirmed");
    const gone = await w.pages.get(late as string);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain("Einträge, die nicht innerhalb von 48 Stunden bestätigt werden, löschen wir");

    await w.runOffers();
    expect(await w.wishes("spaet@example.org")).toEqual([]);
    expect(await w.wishes("nie@example.org")).toEqual([]);
    expect((await w.wish("bestaetige@example.org")).status).toBe("waiting"); // confirmed wishes stay
    t.clock.set(TEST_NOW);
  });
});
