import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listOutbox, readOutboxMessage } from "../src/platform/mail";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("visit-request form", (kind) => {
  let t: TestApp;
  let dataDir: string;
  // The form allows 5 posts a minute per address; each test posts from its own address.
  let client = 0;
  const nextAddress = () => `192.0.2.${++client}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "stadtbuero-visits-"));
    t = await createTestApp(kind, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outbox = () => join(dataDir, "outbox");
  const stored = () => t.database.db.selectFrom("visit_requests").selectAll().orderBy("id").execute();
  const post = (url: string, cookie: string, form: [string, string][], remoteAddress = nextAddress()) =>
    t.app.inject({
      method: "POST",
      url,
      remoteAddress,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(form).toString(),
    });
  const careHomeVisit = (token: string): [string, string][] => [
    ["_csrf", token],
    ["reason", "care-home"],
    ["place", "care-home"],
    ["careHomeName", "Haus am Richtsberg"],
    ["services", "ausweispflicht-befreiung"],
    ["name", "Erna Beispiel"],
    ["phone", "06421 123456"],
    ["consent", "yes"],
    ["website", ""],
  ];

  it("shows the form in German with the mobile services grouped and the districts", async () => {
    const res = await t.app.inject({ method: "GET", url: "/hausbesuch" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("<title>Hausbesuch anfragen");
    expect(res.body).toContain('<legend class="kern-label">Ausweise und Pässe</legend>');
    expect(res.body).toContain('value="ausweispflicht-befreiung"');
    expect(res.body).toContain('<option value="cappel">Cappel</option>');
    expect(res.body).toContain('name="website"');
    // only services the mobile Stadtbüro offers
    const { services } = await t.app.catalog.catalog();
    for (const s of services.filter((s) => !s.channels.mobile || s.status !== "offered")) {
      expect(res.body).not.toContain(`value="${s.key}"`);
    }
  });

  it("stores a valid request, sends the confirmation mail and shows the reference", async () => {
    const before = (await stored()).length;
    const { cookie, token } = await formSession(t.app, "/hausbesuch");
    const res = await post("/hausbesuch", cookie, [
      ["_csrf", token],
      ["reason", "limited-mobility"],
      ["reasonNote", "Rollstuhl, Wohnung im Erdgeschoss"],
      ["place", "private"],
      ["careHomeName", "not stored for a private home"],
      ["street", "Am Grün 12"],
      ["postalCode", "35037"],
      ["district", "cappel"],
      ["services", "personalausweis"],
      ["services", "meldebescheinigung"],
      ["periods", "weekday-mornings"],
      ["periodNote", "nicht mittwochs"],
      ["name", "Karl Muster"],
      ["contactName", "Petra Muster"],
      ["phone", "+49 6421 123-456"],
      ["email", "petra@example.org"],
      ["consent", "yes"],
      ["website", ""],
    ]);
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    const code = /^\/hausbesuch\/danke\?ref=(HB-[A-Z0-9]{4})$/.exec(location)?.[1];
    expect(code).toBeDefined();

    const rows = await stored();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      tenant_id: "marburg",
      code,
      status: "new",
      locale: "de",
      reason: "limited-mobility",
      reason_note: "Rollstuhl, Wohnung im Erdgeschoss",
      place_kind: "private",
      care_home_name: null,
      street: "Am Grün 12",
      postal_code: "35037",
      district_key: "cappel",
      services: ["personalausweis", "meldebescheinigung"],
      preferred_periods: ["weekday-mornings"],
      period_note: "nicht mittwochs",
      visitee_name: "Karl Muster",
      contact_name: "Petra Muster",
      phone: "+49 6421 123-456",
      email: "petra@example.org",
    });
    expect(rows.at(-1)?.consent_at).toBeInstanceOf(Date);
    expect(rows.at(-1)?.created_at).toBeInstanceOf(Date);

    const mails = await listOutbox(outbox());
    const mail = mails.find((m) => m.subject.includes(code ?? "none"));
    expect(mail).toMatchObject({
      to: "petra@example.org",
      subject: `Ihre Anfrage für einen Hausbesuch (${code})`,
    });
    const message = await readOutboxMessage(outbox(), mail?.id ?? "");
    expect(message?.text).toContain(`Ihre Vorgangsnummer: ${code}`);
    expect(message?.text).toContain("Wir rufen unter der angegebenen Telefonnummer an");
    expect(message?.headers).toMatchObject({ "Content-Language": "de" });
    // the mail names no personal data beyond the address it goes to
    expect(message?.text).not.toContain("Karl Muster");
    expect(message?.text).not.toContain("Am Grün");

    const thanks = await t.app.inject({ method: "GET", url: location });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain("Anfrage gesendet");
    expect(thanks.body).toContain(`<strong>${code}</strong>`);
    expect(thanks.body).not.toContain("Karl Muster");
  });

  it("sends the mail in English from the English form", async () => {
    const { cookie, token } = await formSession(t.app, "/en/hausbesuch");
    const res = await post("/en/hausbesuch", cookie, [
      ...careHomeVisit(token),
      ["email", "carer@example.org"],
    ]);
    expect(res.statusCode).toBe(303);
    const code = /ref=(HB-\w{4})$/.exec(String(res.headers.location))?.[1];
    expect(res.headers.location).toBe(`/en/hausbesuch/danke?ref=${code}`);
    const mail = (await listOutbox(outbox())).find((m) => m.to === "carer@example.org");
    expect(mail?.subject).toBe(`Your request for a home visit (${code})`);
    const message = await readOutboxMessage(outbox(), mail?.id ?? "");
    expect(message?.text).toContain(`Your reference number: ${code}`);
    expect((await stored()).at(-1)).toMatchObject({
      code,
      locale: "en",
      place_kind: "care-home",
      street: null,
    });
  });

  it("shows errors in English next to the fields, keeps the input and stores nothing", async () => {
    const before = (await stored()).length;
    const mailsBefore = (await listOutbox(outbox())).length;
    const { cookie, token } = await formSession(t.app, "/en/hausbesuch");
    const res = await post("/en/hausbesuch", cookie, [
      ["_csrf", token],
      ["reasonNote", "Wheelchair"],
      ["place", "private"],
      ["street", "Am Grün 12"],
      ["postalCode", "3503"],
      ["services", "personalausweis"],
      ["periods", "weekday-afternoons"],
      ["name", "Karl Muster"],
      ["phone", "call me"],
      ["email", "nope"],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("<title>Error: Request a home visit");
    expect(res.body).toContain('role="alert"');
    for (const field of ["reason", "postalCode", "phone", "email", "consent"]) {
      expect(res.body).toContain(`href="#${field}"`);
      expect(res.body).toContain(`id="${field}-error"`);
    }
    expect(res.body).toContain("Choose why the person cannot come to the Stadtbüro");
    expect(res.body).toContain("Enter the postcode as 5 digits, for example 35037");
    expect(res.body).toContain("Enter the phone number with digits, spaces, + / or - only");
    expect(res.body).toContain("Enter an e-mail address like name@example.com");
    expect(res.body).toContain("Confirm that we may use the information for the home visit");
    // the summary lists the problems in form order
    const order = ["#reason", "#postalCode", "#phone", "#email", "#consent"].map((h) =>
      res.body.indexOf(`href="${h}"`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // the input is kept
    expect(res.body).toContain("Wheelchair</textarea>");
    expect(res.body).toMatch(/value="private"[^>]*checked/);
    expect(res.body).toContain('value="Am Grün 12"');
    expect(res.body).toContain('value="3503"');
    expect(res.body).toMatch(/value="personalausweis"[^>]*checked/);
    expect(res.body).toMatch(/value="weekday-afternoons"[^>]*checked/);
    expect(res.body).toContain('value="call me"');
    expect(res.body).toContain('value="nope"');
    expect(res.body).toMatch(/id="phone"[^>]*aria-invalid="true"/);
    expect((await stored()).length).toBe(before);
    expect((await listOutbox(outbox())).length).toBe(mailsBefore);
  });

  it("requires the care home's name for a care home and the address for a private home", async () => {
    const before = (await stored()).length;
    const { cookie, token } = await formSession(t.app, "/hausbesuch");
    const withoutName = careHomeVisit(token).filter(([k]) => k !== "careHomeName");
    const careHome = await post("/hausbesuch", cookie, withoutName);
    expect(careHome.statusCode).toBe(400);
    expect(careHome.body).toContain('href="#careHomeName"');
    expect(careHome.body).toContain("Geben Sie den Namen des Pflegeheims oder der Einrichtung an");
    expect(careHome.body).not.toContain('href="#street"');
    expect(careHome.body).not.toContain('href="#postalCode"');

    const privateHome = await post(
      "/hausbesuch",
      cookie,
      withoutName.map(([k, v]) => [k, k === "place" ? "private" : v]),
    );
    expect(privateHome.statusCode).toBe(400);
    expect(privateHome.body).not.toContain('href="#careHomeName"');
    expect(privateHome.body).toContain('href="#street"');
    expect(privateHome.body).toContain("Geben Sie Straße und Hausnummer an");
    expect(privateHome.body).toContain('href="#postalCode"');
    expect(privateHome.body).toContain("Geben Sie die Postleitzahl an");
    expect((await stored()).length).toBe(before);
  });

  it("stores no e-mail and sends no mail when none is given", async () => {
    const mailsBefore = (await listOutbox(outbox())).length;
    const { cookie, token } = await formSession(t.app, "/hausbesuch");
    const res = await post("/hausbesuch", cookie, careHomeVisit(token));
    expect(res.statusCode).toBe(303);
    const code = /ref=(HB-\w{4})$/.exec(String(res.headers.location))?.[1];
    expect((await stored()).at(-1)).toMatchObject({
      code,
      email: null,
      care_home_name: "Haus am Richtsberg",
    });
    expect((await listOutbox(outbox())).length).toBe(mailsBefore);
  });

  it("refuses a post without a valid CSRF token and stores nothing", async () => {
    const before = (await stored()).length;
    const { cookie } = await formSession(t.app, "/hausbesuch");
    const forged = await post("/hausbesuch", cookie, careHomeVisit("forged"));
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain("Formular abgelaufen");
    const noCookie = await post("/hausbesuch", "", careHomeVisit("forged"));
    expect(noCookie.statusCode).toBe(403);
    expect((await stored()).length).toBe(before);
  });

  it("answers a filled honeypot like a success, but stores and sends nothing", async () => {
    const before = (await stored()).length;
    const mailsBefore = (await listOutbox(outbox())).length;
    const { cookie, token } = await formSession(t.app, "/hausbesuch");
    const form = careHomeVisit(token).map(([k, v]): [string, string] => [
      k,
      k === "website" ? "http://spam" : v,
    ]);
    const res = await post("/hausbesuch", cookie, [...form, ["email", "bot@example.org"]]);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/hausbesuch\/danke\?ref=HB-\w{4}$/);
    expect((await stored()).length).toBe(before);
    expect((await listOutbox(outbox())).length).toBe(mailsBefore);
  });

  it("limits posts to 5 a minute per address", async () => {
    const { cookie, token } = await formSession(t.app, "/hausbesuch");
    const address = nextAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await post("/hausbesuch", cookie, [["_csrf", token]], address)).statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("shows the thanks page without a reference when the link's is malformed", async () => {
    const res = await t.app.inject({ method: "GET", url: "/en/hausbesuch/danke?ref=<script>" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Request sent");
    expect(res.body).not.toContain("<script>");
    expect(res.body).not.toContain("Your reference number");
  });
});
