import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("booking an appointment", (kind) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "booking-"));
    t = await createTestApp(kind, {
      DATA_DIR: dataDir,
      BOOKING_MAX_PER_EMAIL: "2",
      BOOKING_RELEASE_DELAY_MINUTES: "30",
    });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => t.app.inject({ method: "GET", url });
  const post = async (pageUrl: string, url: string, form: Record<string, string>) => {
    const { cookie, token } = await formSession(t.app, pageUrl);
    return t.app.inject({
      method: "POST",
      url,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: token, ...form }).toString(),
    });
  };
  const outbox = async () => {
    const dir = join(dataDir, "outbox");
    return Promise.all((await listOutbox(dir)).map((e) => readOutboxMessage(dir, e.id)));
  };
  const appointment = (code: string) =>
    t.database.db.selectFrom("appointments").selectAll().where("code", "=", code).orderBy("id").execute();

  /** The first free day and its times at a place, as the pages offer them. */
  async function freeTimes(place: string, prefix = "") {
    const days = await get(`${prefix}/termin/tag?leistungen=personalausweis&ort=${place}`);
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(days.body)?.[1] as string;
    const zeitUrl = `${prefix}/termin/zeit?leistungen=personalausweis&ort=${place}&tag=${day}`;
    const times = await get(zeitUrl);
    return {
      day,
      zeitUrl,
      times: [...times.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1] as string),
      body: times.body,
    };
  }

  async function hold(place: string, zeit: string, day: string, zeitUrl: string, prefix = "") {
    return post(zeitUrl, `${prefix}/termin/halten`, {
      leistungen: "personalausweis",
      ort: place,
      tag: day,
      zeit,
    });
  }

  async function book(place: string, email: string, pick = 0) {
    const { day, zeitUrl, times } = await freeTimes(place);
    const held = await hold(place, times[pick] as string, day, zeitUrl);
    expect(held.statusCode).toBe(303);
    const base = String(held.headers.location).replace(/\/angaben$/, "");
    const contact = await post(`${base}/angaben`, `${base}/angaben`, { name: "Erika Muster", email });
    const confirmed = await post(`${base}/pruefen`, `${base}/buchen`, {});
    const done = await get(String(confirmed.headers.location));
    const code = /sb-code-inline">([A-Z0-9-]+)/.exec(done.body)?.[1] as string;
    const manage = /href="(\/termin\/verwalten\/[A-Za-z0-9_-]{32})"/.exec(done.body)?.[1] as string;
    return { contact, confirmed, done, code, manage, zeit: times[pick] as string, day, zeitUrl };
  }

  it("says when a chosen service can be done online, here or elsewhere, before asking for a place", async () => {
    const page = await get("/termin/ort?leistungen=meldebescheinigung&leistungen=fuehrungszeugnis");
    expect(page.body).toContain('href="/antrag/meldebescheinigung"');
    expect(page.body).toContain('href="https://www.fuehrungszeugnis.bund.de"');
    expect(page.body).toContain("trotzdem=1");
    const en = await get("/en/termin/ort?leistungen=meldebescheinigung");
    expect(en.body).toContain('href="/en/antrag/meldebescheinigung"');
    // a service without any online way goes straight to the places
    expect((await get("/termin/ort?leistungen=personalausweis")).body).not.toContain("/antrag/");
  });

  it("books at the Cappel stop: every step, a confirmation mail with a calendar file and a manage link", async () => {
    const start = await get("/termin?leistung=personalausweis");
    expect(start.body).toContain('value="personalausweis" checked');
    const place = await get("/termin/ort?leistungen=personalausweis&stadtteil=cappel");
    expect(place.body).toContain("Mobiles Stadtbüro Cappel");
    expect(place.body.indexOf('value="mobil-cappel"')).toBeLessThan(place.body.indexOf('value="stadtbuero"'));
    const { times, body } = await freeTimes("mobil-cappel");
    // every time control names the full date and time, not just "09:15"
    expect(body).toMatch(
      /<label class="kern-label" for="zeit[^"]*">\w+, \d+\. \w+ \d{4}, \d\d:\d\d bis \d\d:\d\d Uhr<\/label>/,
    );
    expect(times.length).toBeGreaterThan(0);

    const b = await book("mobil-cappel", "erika@example.org");
    expect(b.contact.statusCode).toBe(303);
    expect(b.confirmed.statusCode).toBe(303);
    expect(b.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(b.done.body).toContain("Im mobilen Stadtbüro können Sie nur mit Karte bezahlen.");
    const [row] = await appointment(b.code);
    expect(row?.status).toBe("confirmed");
    expect(row?.manage_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.manage).not.toContain(row?.manage_token_hash);

    const mails = (await outbox()).filter((m) => m?.subject === `Terminbestätigung ${b.code}`);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`http://localhost:3000${b.manage}`);
    expect(mails[0]?.attachments.map((a) => a.filename)).toEqual([`termin-${b.code}.ics`]);

    const manage = await get(b.manage);
    expect(manage.statusCode).toBe(200);
    expect(manage.body).toContain(b.code);
  });

  it("never cancels on GET; cancels on POST and frees the time only after the release delay", async () => {
    const b = await book("mobil-cappel", "gustav@example.org");
    const ask = await get(`${b.manage}/absagen`);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain("Termin wirklich absagen?");
    expect((await appointment(b.code))[0]?.status).toBe("confirmed");

    const cancelled = await post(`${b.manage}/absagen`, `${b.manage}/absagen`, {});
    expect(cancelled.statusCode).toBe(303);
    expect((await appointment(b.code))[0]?.status).toBe("cancelled");
    expect((await get(String(cancelled.headers.location))).body).toContain("Ihr Termin ist abgesagt.");
    expect((await outbox()).some((m) => m?.subject === `Termin abgesagt: ${b.code}`)).toBe(true);

    // Against appointment trading: the cancelled time is not offered again at once …
    const now = await freeTimes("mobil-cappel");
    expect(now.day === b.day && now.times.includes(b.zeit)).toBe(false);
    // … but once the delay is over.
    await t.database.db
      .updateTable("appointments")
      .set({ release_at: new Date(t.clock.now().getTime() - 1000) })
      .where("code", "=", b.code)
      .execute();
    const later = await get(b.zeitUrl);
    expect(later.body).toContain(`value="${b.zeit}"`);
  });

  it("reschedules to another time, keeping code and manage link, and frees the old time after the delay", async () => {
    const b = await book("stadtbuero", "hans@example.org");
    const choose = await get(`${b.manage}/verschieben`);
    expect(choose.statusCode).toBe(200);
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(choose.body)?.[1] as string;
    const times = await get(`${b.manage}/verschieben?tag=${day}`);
    const target = [...times.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)]
      .map((m) => m[1])
      .find((z) => z !== b.zeit) as string;
    const moved = await post(`${b.manage}/verschieben?tag=${day}`, `${b.manage}/verschieben`, {
      zeit: target,
      tag: day,
    });
    expect(moved.statusCode).toBe(303);
    expect((await get(String(moved.headers.location))).body).toContain("Ihr Termin ist verschoben.");
    const rows = await appointment(b.code);
    expect(rows.map((r) => r.status)).toEqual(["cancelled", "confirmed"]);
    expect(new Date(rows[1]?.starts_at as Date).toISOString().replace(".000", "")).toBe(target.split("|")[0]);
    expect((await get(b.manage)).body).toContain(b.code);
  });

  it("answers a lost race with 409, a clear message and the times still free", async () => {
    const { day, zeitUrl, times } = await freeTimes("mobil-cappel");
    const first = await hold("mobil-cappel", times[0] as string, day, zeitUrl);
    expect(first.statusCode).toBe(303);
    const second = await hold("mobil-cappel", times[0] as string, day, zeitUrl);
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain("Diese Zeit wurde gerade vergeben");
    expect(second.body).not.toContain(`value="${times[0]}"`);
    expect(second.body).toContain(`value="${times[1]}"`);
  });

  it("lets a hold run out: the details lead to a page that says so, and the time is free again", async () => {
    const { day, zeitUrl, times } = await freeTimes("mobil-cappel");
    const zeit = times[0] as string;
    const held = await hold("mobil-cappel", zeit, day, zeitUrl);
    const base = String(held.headers.location).replace(/\/angaben$/, "");
    await t.database.db
      .updateTable("appointments")
      .set({ hold_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("status", "=", "held")
      .execute();
    // The details page itself now leads to the page about the lapsed hold, so the form's
    // token comes from the times page (one CSRF cookie serves every form).
    const late = await post(zeitUrl, `${base}/angaben`, {
      name: "Zu Spät",
      email: "spaet@example.org",
    });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toBe(`${base}/abgelaufen`);
    const page = await get(`${base}/abgelaufen`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain("Die Reservierung ist abgelaufen");
    expect((await get(zeitUrl)).body).toContain(`value="${zeit}"`);
  });

  it("checks the details in the user's language and limits appointments per e-mail address", async () => {
    const { day, zeitUrl, times } = await freeTimes("stadtbuero", "/en");
    const held = await hold("stadtbuero", times[0] as string, day, zeitUrl, "/en");
    const base = String(held.headers.location).replace(/\/angaben$/, "");
    expect(base.startsWith("/en/termin/r/")).toBe(true);
    const bad = await post(`${base}/angaben`, `${base}/angaben`, {
      name: "",
      email: "nope",
      phone: "call me",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Please enter your name.");
    expect(bad.body).toContain("Enter an e-mail address like name@example.com.");
    expect(bad.body).toContain('value="call me"');

    await book("stadtbuero", "viel@example.org", 1);
    await book("stadtbuero", "viel@example.org", 2);
    const third = await post(`${base}/angaben`, `${base}/angaben`, {
      name: "Viel Bucher",
      email: "viel@example.org",
    });
    expect(third.statusCode).toBe(400);
    expect(third.body).toContain("2 appointments are already booked with this e-mail address.");
  });

  it("shows an invalid manage link as such", async () => {
    const res = await get(`/termin/verwalten/${"x".repeat(32)}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Dieser Link ist nicht gültig.");
  });

  it("asks for a time when none was chosen, next to the times", async () => {
    const { day, zeitUrl } = await freeTimes("stadtbuero");
    const res = await post(zeitUrl, "/termin/halten", {
      leistungen: "personalausweis",
      ort: "stadtbuero",
      tag: day,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("<title>Fehler: Um welche Uhrzeit?");
    expect(res.body).toContain('id="zeit-error"');
    expect(res.body).toContain("Bitte wählen Sie eine Uhrzeit.");
  });

  it("limits reservations per client address and refuses what a bot puts in the hidden field", async () => {
    const limited = await createTestApp(kind, { DATA_DIR: dataDir, BOOKING_MAX_HOLDS_PER_HOUR: "2" });
    try {
      const inject = (
        method: "GET" | "POST",
        url: string,
        headers: Record<string, string> = {},
        payload?: string,
      ) => limited.app.inject({ method, url, headers, payload });
      const days = await inject("GET", "/termin/tag?leistungen=personalausweis&ort=stadtbuero");
      const day = /tag=(\d{4}-\d\d-\d\d)/.exec(days.body)?.[1] as string;
      const zeitUrl = `/termin/zeit?leistungen=personalausweis&ort=stadtbuero&tag=${day}`;
      const times = [
        ...(await inject("GET", zeitUrl)).body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g),
      ].map((m) => m[1] as string);
      const statuses: number[] = [];
      let holdUrl = "";
      for (const zeit of times.slice(0, 3)) {
        const { cookie, token } = await formSession(limited.app, zeitUrl);
        const body = new URLSearchParams({
          _csrf: token,
          leistungen: "personalausweis",
          ort: "stadtbuero",
          tag: day,
          zeit,
        });
        const res = await inject(
          "POST",
          "/termin/halten",
          { cookie, "content-type": "application/x-www-form-urlencoded" },
          body.toString(),
        );
        statuses.push(res.statusCode);
        if (res.statusCode === 303) holdUrl = String(res.headers.location);
        if (res.statusCode === 429)
          expect(res.body).toContain("in der letzten Stunde schon viele Zeiten reserviert");
      }
      expect(statuses).toEqual([303, 303, 429]);

      const { cookie, token } = await formSession(limited.app, holdUrl);
      const bot = new URLSearchParams({
        _csrf: token,
        name: "Bot",
        email: "bot@example.org",
        website: "http://spam.example",
      });
      const res = await inject(
        "POST",
        holdUrl,
        { cookie, "content-type": "application/x-www-form-urlencoded" },
        bot.toString(),
      );
      expect(res.statusCode).toBe(400);
      const stored = await limited.database.db
        .selectFrom("appointments")
        .select("email")
        .where("email", "=", "bot@example.org")
        .execute();
      expect(stored).toEqual([]);
    } finally {
      await limited.close();
    }
  });

  it("carries a place chosen on a stop's page through the services step", async () => {
    const services = await get("/termin?ort=mobil-cappel");
    expect(services.body).toContain('<input type="hidden" name="ort" value="mobil-cappel"/>');
    const place = await get("/termin/ort?leistungen=personalausweis&ort=mobil-cappel&trotzdem=1");
    expect(place.body).toMatch(/value="mobil-cappel" checked/);
  });
});
