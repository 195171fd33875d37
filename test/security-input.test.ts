import { connect } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { signInAs } from "./helpers/staff";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

/** The probe's findings on bad input (issue "Security and bad input", points 5, 6, 7 and 9). */
describeEachDatabase("bad input gets an answer, never a server error", (kind) => {
  let t: TestApp;
  const lines: string[] = [];
  let pages: ReturnType<typeof bookingPages>;
  beforeAll(async () => {
    t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
    pages = bookingPages(t.app);
  });
  afterAll(() => t?.close());

  const count = async (
    table: "appointments" | "accessibility_feedback" | "visit_requests" | "waitlist_wishes",
  ) =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("answers a day that is not a real date with 400 on the time, hold and reschedule pages", async () => {
    const { day, zeitUrl, times } = await pages.freeTimes("stadtbuero");
    const { manage } = await pages.book("tage@example.org");
    for (const tag of ["x", "2026-13-01", "20261203", "2026-02-31", "9999-12-31", "2026-02-29"]) {
      const url = `/termin/zeit?leistungen=personalausweis&ort=stadtbuero&tag=${tag}`;
      expect((await pages.get(url)).statusCode, url).toBe(400);
      const held = await pages.post(zeitUrl, "/termin/halten", {
        leistungen: "personalausweis",
        ort: "stadtbuero",
        tag,
        zeit: times[0] as string,
      });
      expect(held.statusCode, `hold ${tag}`).toBe(400);
      expect((await pages.get(`${manage}/verschieben?tag=${tag}`)).statusCode, `move ${tag}`).toBe(400);
      const moved = await pages.post(`${manage}/verschieben?tag=${day}`, `${manage}/verschieben`, {
        tag,
        zeit: times[1] as string,
      });
      expect(moved.statusCode, `move post ${tag}`).toBe(400);
    }
    // 29 February exists in a leap year
    expect(
      (await pages.get(`/termin/zeit?leistungen=personalausweis&ort=stadtbuero&tag=2028-02-29`)).statusCode,
    ).toBe(200);
  });

  it("refuses a hold without a place, with an unknown place or with services that do not exist, and stores nothing", async () => {
    const { day, zeitUrl, times } = await pages.freeTimes("stadtbuero");
    const before = await count("appointments");
    const hold = (form: Record<string, string | string[]>) =>
      pages.post(zeitUrl, "/termin/halten", { tag: day, zeit: times[0] as string, ...form });
    expect((await hold({ leistungen: "personalausweis", ort: "" })).statusCode).toBe(400);
    expect((await hold({ leistungen: "personalausweis", ort: "nirgendwo" })).statusCode).toBe(400);
    const forged = await hold({
      leistungen: ["meldebescheinigung", "<svg onload=alert(1)>"],
      ort: "stadtbuero",
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).not.toContain("<svg onload");
    expect((await hold({ leistungen: "x\r\nBcc: x", ort: "stadtbuero" })).statusCode).toBe(400);
    expect(await count("appointments")).toBe(before);
    // an office that takes no appointments
    expect((await hold({ leistungen: "personalausweis", ort: "ordnungsamt" })).statusCode).toBe(400);
    expect(await count("appointments")).toBe(before);
  });

  const NUL = "Erika\u0000Muster";

  it("answers control characters in the booking contact with a message next to the field", async () => {
    const { base } = await pages.hold();
    const valid = {
      name: "Erika Muster",
      email: "erika@example.org",
      phone: "06421 1234",
      needOther: "Begleitung",
    };
    for (const field of ["name", "needOther"] as const) {
      for (const locale of ["", "/en"]) {
        const res = await pages.post(`${locale}${base}/angaben`, `${locale}${base}/angaben`, {
          ...valid,
          [field]: field === "needOther" ? "Bitte\u000bBegleitung" : NUL,
        });
        expect(res.statusCode, field).toBe(400);
        expect(res.body).toContain(`id="${field}-error"`);
        expect(res.body).toContain(locale ? "invisible control characters" : "unsichtbare Steuerzeichen");
        expect(res.headers["cache-control"]).toBe("no-store");
      }
    }
    for (const [field, value] of [
      ["email", "erika\u0000@example.org"],
      ["phone", "06421\u00001234"],
    ] as const) {
      const res = await pages.post(`${base}/angaben`, `${base}/angaben`, { ...valid, [field]: value });
      expect(res.statusCode, field).toBe(400);
      expect(res.body).toContain(`id="${field}-error"`);
    }
    const row = await t.database.db
      .selectFrom("appointments")
      .select(["name", "email"])
      .where("status", "=", "held")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(row.name).toBeNull();
  });

  it("answers control characters in the feedback form with a message next to the field, and stores nothing", async () => {
    const before = await count("accessibility_feedback");
    for (const [field, value] of [
      ["message", "Kontrast\u0000zu schwach"],
      ["email", "leser\u0000@example.org"],
      ["page", "/leistungen\u0000"],
    ] as const) {
      const res = await pages.post("/barrierefreiheit", "/barrierefreiheit", {
        message: "Kontrast zu schwach",
        email: "leser@example.org",
        page: "/leistungen",
        [field]: value,
      });
      expect(res.statusCode, field).toBe(400);
      expect(res.body, field).toContain(`id="${field}-error"`);
    }
    expect(await count("accessibility_feedback")).toBe(before);
  });

  it("answers control characters in a visit request with a message next to each field, and stores nothing", async () => {
    const before = await count("visit_requests");
    const valid: Record<string, string> = {
      reason: "limited-mobility",
      reasonNote: "Rollstuhl",
      place: "private",
      street: "Am Grün 12",
      postalCode: "35037",
      services: "personalausweis",
      periods: "weekday-mornings",
      periodNote: "nicht mittwochs",
      name: "Karl Muster",
      contactName: "Petra Muster",
      phone: "+49 6421 123-456",
      email: "petra@example.org",
      consent: "yes",
    };
    for (const field of [
      "reasonNote",
      "street",
      "periodNote",
      "name",
      "contactName",
      "phone",
      "email",
      "postalCode",
    ]) {
      const res = await pages.post("/hausbesuch", "/hausbesuch", {
        ...valid,
        [field]: `${valid[field]}\u0000`,
      });
      expect(res.statusCode, field).toBe(400);
      expect(res.body, field).toContain(`id="${field}-error"`);
    }
    const careHome = await pages.post("/hausbesuch", "/hausbesuch", {
      ...valid,
      place: "care-home",
      careHomeName: "Haus\u0000Sonne",
    });
    expect(careHome.statusCode).toBe(400);
    expect(careHome.body).toContain('id="careHomeName-error"');
    expect(await count("visit_requests")).toBe(before);
  });

  it("accepts on the waitlist only places that exist and names without control characters", async () => {
    const before = await count("waitlist_wishes");
    const wish = (form: Record<string, string | string[]>) =>
      pages.post("/termin/warteliste?leistungen=personalausweis", "/termin/warteliste", {
        leistungen: "personalausweis",
        windows: "tu-morning",
        name: "Warte Person",
        email: "warte@example.org",
        ...form,
      });
    for (const places of ["nirgendwo", "mobil-cappel\r\nBcc: x", "mobil-cappel\u0000", ["stadtbuero", "x"]]) {
      const res = await wish({ places });
      expect(res.statusCode, JSON.stringify(places)).toBe(400);
      expect(res.body).toContain("Bitte wählen Sie nur Orte aus der Liste.");
    }
    const named = await wish({ places: "stadtbuero", name: NUL });
    expect(named.statusCode).toBe(400);
    expect(named.body).toContain('id="name-error"');
    expect(await count("waitlist_wishes")).toBe(before);
    expect((await wish({ places: "stadtbuero" })).statusCode).toBe(303);
    const stored = await t.database.db.selectFrom("waitlist_wishes").select("locations").execute();
    expect(stored.map((w) => w.locations)).toEqual([["stadtbuero"]]);
  });

  it("answers an impossible date on the tour plan's cancel page with 400", async () => {
    const admin = await signInAs(t.app, t.database, ["administrator"]);
    for (const datum of ["2026-02-31", "2026-13-01", "x", "20261203"]) {
      const res = await t.app.inject({
        method: "GET",
        url: `/verwaltung/tourenplan/absagen?ort=mobil-cappel&datum=${datum}`,
        headers: { cookie: admin.cookie },
      });
      expect(res.statusCode, datum).toBe(400);
    }
  });

  it("never links to another site from a path that starts like one", async () => {
    for (const url of ["/en//evil.example/x", "//evil.example/x", "/en/\\evil.example", "/\\evil.example"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBeLessThan(500);
      const hrefs = [...res.body.matchAll(/href="([^"]*)"/g)].map((m) => m[1] as string);
      for (const href of hrefs) {
        expect(href, `${url} → ${href}`).not.toMatch(/^(\/\/|\/\\|\\)/);
        expect(new URL(href, "https://stadt.example/").host, `${url} → ${href}`).toBe("stadt.example");
      }
    }
  });

  it("keeps pages with a resident's entries out of every cache, and lets public pages be cached", async () => {
    const b = await pages.book("cache@example.org");
    const { base } = await pages.hold();
    const failed = await pages.post(`${base}/angaben`, `${base}/angaben`, { name: "", email: "x" });
    for (const [name, res] of [
      ["contact", await pages.get(`${base}/angaben`)],
      ["check", b.check],
      ["confirmation", b.done],
      ["manage", await pages.get(b.manage)],
      ["cancel", await pages.get(`${b.manage}/absagen`)],
      [
        "echoed errors",
        await pages.post("/barrierefreiheit", "/barrierefreiheit", { message: "", email: "x@" }),
      ],
      ["echoed contact", failed],
    ] as const) {
      expect(res.headers["cache-control"], name).toBe("no-store");
    }
    // what holds nothing personal may be cached where a route says so (the open API)
    expect((await pages.get("/api/v1/services")).headers["cache-control"]).toMatch(/^public/);
  });

  it("logs no error when a client breaks off a chunked body on a rate-limited route", async () => {
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = new URL(address);
    const { cookie, token } = await formSession(t.app, "/barrierefreiheit");
    const before = lines.length;
    for (const path of ["/termin/halten", "/verwaltung/anmelden", "/barrierefreiheit"]) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookie}\r\n` +
              "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n" +
              `20\r\n_csrf=${encodeURIComponent(token).slice(0, 26)}`,
          );
          setTimeout(() => socket.destroy(), 50);
        });
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
      // a broken encoding in the middle of the body as well
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n` +
              "Content-Type: application/x-www-form-urlencoded\r\n" +
              "Transfer-Encoding: chunked\r\n\r\nZZ\r\nxyz\r\n0\r\n\r\n",
          );
          setTimeout(() => socket.destroy(), 200);
        });
        socket.on("close", () => resolve());
        socket.on("error", () => resolve());
      });
    }
    await new Promise((r) => setTimeout(r, 300));
    const errors = lines.slice(before).filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
    expect(errors).toEqual([]);
  });
});
