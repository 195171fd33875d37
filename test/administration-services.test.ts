import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceFormValues } from "../src/modules/administration/domain/service-form";
import { Service } from "../src/modules/catalog";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("administration: services", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string, cookie = admin.cookie) =>
    t.app.inject({ method: "GET", url, headers: { cookie } });

  async function stored(key: string) {
    const row = await t.database.db
      .selectFrom("services")
      .select(["data", "withdrawn_at"])
      .where("key", "=", key)
      .executeTakeFirstOrThrow();
    return { service: Service.parse(row.data), withdrawn: row.withdrawn_at !== null };
  }

  async function audits(action: string, subject: string) {
    return t.database.db
      .selectFrom("audit_log")
      .select(["action", "subject", "detail", "staff_username"])
      .where("action", "=", action)
      .where("subject", "=", subject)
      .execute();
  }

  /** The form as the edit page fills it, with some fields changed. */
  async function formOf(key: string, changes: Record<string, string | string[]>) {
    const { service } = await stored(key);
    return { ...serviceFormValues(service), ...changes };
  }

  it("lists the services by group with links to their edit pages, in both languages", async () => {
    const de = await get("/verwaltung/leistungen");
    expect(de.statusCode).toBe(200);
    expect(de.body).toContain('<h1 class="kern-heading-large">Leistungen</h1>');
    expect(de.body).toContain('href="/verwaltung/leistungen/personalausweis"');
    expect(de.body).toContain("Ausweise und Pässe");
    const en = await get("/en/verwaltung/leistungen");
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('href="/en/verwaltung/leistungen/personalausweis"');
    expect(en.body).toContain("Apply for an ID card");
  });

  it("renames a service, changes its minutes and fee, and the citizen page shows it at once", async () => {
    // the citizen page is read (and cached) before the change
    expect((await get("/leistungen/reisepass", "")).body).not.toContain("Reisepass neu beantragen");
    const fields = await formOf("reisepass", {
      "name-de": "Reisepass neu beantragen",
      "name-en": "Apply for a new passport",
      "counter-minutes": "25",
      channels: ["stadtbuero"],
      "fee-kind": "amounts",
      "fee-0-kind": "",
      "fee-0-amount": "70,00",
      "fee-0-condition-de": "ab 24 Jahren",
      "fee-0-condition-en": "aged 24 or over",
    });
    const saved = await postForm(t.app, admin, "/verwaltung/leistungen/reisepass", fields);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe("/verwaltung/leistungen/reisepass?gespeichert=1");
    const page = await get("/verwaltung/leistungen/reisepass?gespeichert=1");
    expect(page.body).toContain("Gespeichert.");
    expect(page.body).toContain('value="Reisepass neu beantragen"');

    const { service } = await stored("reisepass");
    expect(service.name).toEqual({ de: "Reisepass neu beantragen", en: "Apply for a new passport" });
    expect(service.counterMinutes).toBe(25);
    expect(service.channels.mobile).toBe(false);
    expect(service.fee.kind === "amounts" && service.fee.items[0]?.amountCents).toBe(7000);

    const citizen = await get("/leistungen/reisepass", "");
    expect(citizen.body).toContain("Reisepass neu beantragen");
    expect(citizen.body).toContain("etwa 25 Minuten am Schalter");
    expect(citizen.body).toContain("70,00\u00a0€");
    expect((await get("/en/leistungen/reisepass", "")).body).toContain("Apply for a new passport");
    const search = await get(`/suche?q=${encodeURIComponent("Reisepass neu")}`, "");
    expect(search.body).toContain("Reisepass neu beantragen");

    const [entry] = await audits("admin.service-updated", "service:reisepass");
    expect(entry?.staff_username).toBe(admin.username);
    expect(entry?.detail).toMatchObject({
      fee: "amounts",
      counterMinutes: 25,
      stadtbuero: true,
      mobile: false,
    });
  });

  it("makes a service free of charge with a note in both languages", async () => {
    const fields = await formOf("meldebescheinigung", {
      "fee-kind": "free",
      "fee-note-de": "Für Behörden immer kostenlos.",
      "fee-note-en": "Always free for authorities.",
    });
    expect(
      (await postForm(t.app, admin, "/en/verwaltung/leistungen/meldebescheinigung", fields)).headers.location,
    ).toBe("/en/verwaltung/leistungen/meldebescheinigung?gespeichert=1");
    const citizen = await get("/en/leistungen/meldebescheinigung", "");
    expect(citizen.body).toContain("Free of charge");
    expect(citizen.body).toContain("Always free for authorities.");
  });

  it("rejects invalid input with a summary and messages at the fields, keeps the values and stores nothing", async () => {
    const before = await stored("personalausweis");
    const fields = await formOf("personalausweis", {
      "name-de": "",
      "counter-minutes": "999",
      "fee-kind": "amounts",
      "fee-1-amount": "zwölf",
      "fee-note-de": "Nur deutsch",
      "fee-note-en": "",
    });
    const res = await postForm(t.app, admin, "/verwaltung/leistungen/personalausweis", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("sb-error-summary");
    expect(res.body).toContain("<title>Fehler: Leistung bearbeiten");
    expect(res.body).toContain('href="#name-de"');
    expect(res.body).toContain("Bitte füllen Sie „Name (Deutsch)“ aus.");
    expect(res.body).toContain('id="name-de-error"');
    expect(res.body).toContain("„Dauer am Schalter in Minuten“ muss zwischen 1 und 480 liegen.");
    expect(res.body).toContain('href="#fee-1-amount"');
    expect(res.body).toContain("Betrag 2: Betrag in Euro");
    expect(res.body).toContain('value="zwölf"');
    expect(res.body).toContain('href="#fee-note-en"');
    expect(await stored("personalausweis")).toEqual(before);
    expect(await audits("admin.service-updated", "service:personalausweis")).toEqual([]);
  });

  it("refuses to make a discontinued service bookable, with the message at the field", async () => {
    const before = await stored("kinderreisepass");
    const fields = await formOf("kinderreisepass", { channels: ["stadtbuero"] });
    const res = await postForm(t.app, admin, "/verwaltung/leistungen/kinderreisepass", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#channels"');
    expect(res.body).toContain('id="channels-error"');
    expect(await stored("kinderreisepass")).toEqual(before);
  });

  it("answers in English on the English page", async () => {
    const fields = await formOf("personalausweis", {
      "name-en": "",
      "fee-kind": "amounts",
      "fee-0-amount": "",
    });
    const res = await postForm(t.app, admin, "/en/verwaltung/leistungen/personalausweis", fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Please fill in “Name (English)”.");
    expect(res.body).toContain("Please fill in “Amount 1: Amount in euro”.");
    // an amounts fee without any amount
    const none = await postForm(t.app, admin, "/en/verwaltung/leistungen/personalausweis", {
      ...(await formOf("personalausweis", {})),
      "fee-kind": "amounts",
      "fee-0-amount": "",
      "fee-0-condition-de": "",
      "fee-0-condition-en": "",
      "fee-1-amount": "",
      "fee-1-condition-de": "",
      "fee-1-condition-en": "",
      "fee-2-amount": "",
      "fee-2-condition-de": "",
      "fee-2-condition-en": "",
    });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain("Please enter at least one amount");
  });

  it("withdraws a service from the citizen pages and restores it", async () => {
    const withdrawn = await postForm(t.app, admin, "/verwaltung/leistungen/fundsache-abgeben/status", {
      action: "withdraw",
    });
    expect(withdrawn.statusCode).toBe(303);
    expect(withdrawn.headers.location).toBe("/verwaltung/leistungen/fundsache-abgeben?zurueckgezogen=1");
    expect((await get("/leistungen/fundsache-abgeben", "")).statusCode).toBe(404);
    expect((await get("/leistungen", "")).body).not.toContain('href="/leistungen/fundsache-abgeben"');
    const list = await get("/verwaltung/leistungen");
    const row = list.body.slice(list.body.indexOf("/verwaltung/leistungen/fundsache-abgeben"));
    expect(row.slice(0, row.indexOf("</tr>"))).toContain("zurückgezogen");
    const page = await get("/verwaltung/leistungen/fundsache-abgeben?zurueckgezogen=1");
    expect(page.body).toContain("Die Leistung ist zurückgezogen.");
    expect(page.body).toContain("Leistung wiederherstellen");

    const restored = await postForm(t.app, admin, "/en/verwaltung/leistungen/fundsache-abgeben/status", {
      action: "restore",
    });
    expect(restored.headers.location).toBe("/en/verwaltung/leistungen/fundsache-abgeben?wiederhergestellt=1");
    expect((await get("/leistungen/fundsache-abgeben", "")).statusCode).toBe(200);
    expect(await audits("admin.service-withdrawn", "service:fundsache-abgeben")).toHaveLength(1);
    expect(await audits("admin.service-restored", "service:fundsache-abgeben")).toHaveLength(1);
  });

  it("answers 404 for an unknown service and 400 for an unknown status action", async () => {
    expect((await get("/verwaltung/leistungen/gibt-es-nicht")).statusCode).toBe(404);
    const post = await postForm(t.app, admin, "/verwaltung/leistungen/gibt-es-nicht", { "name-de": "x" });
    expect(post.statusCode).toBe(404);
    const bad = await postForm(t.app, admin, "/verwaltung/leistungen/personalausweis/status", {
      action: "delete",
    });
    expect(bad.statusCode).toBe(400);
  });

  it("is for administrators only", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk", "management"]);
    expect((await get("/verwaltung/leistungen", clerk.cookie)).statusCode).toBe(403);
    const post = await postForm(t.app, clerk, "/verwaltung/leistungen/personalausweis", { "name-de": "x" });
    expect(post.statusCode).toBe(403);
    const anonymous = await get("/verwaltung/leistungen/personalausweis", "");
    expect(anonymous.statusCode).toBe(303);
    expect((await stored("personalausweis")).service.name.de).toBe("Personalausweis beantragen");
  });
});

describe("the service form's values", () => {
  it("round-trip a stored service unchanged", async () => {
    const { serviceFromForm } = await import("../src/modules/administration/domain/service-form");
    const { readFileSync } = await import("node:fs");
    const file = JSON.parse(
      readFileSync(new URL("../tenants/marburg/services.json", import.meta.url), "utf8"),
    );
    for (const raw of file.services) {
      const service = Service.parse(raw);
      const { candidate, problems } = serviceFromForm(service, serviceFormValues(service));
      expect(problems, service.key).toEqual([]);
      expect(Service.parse(candidate), service.key).toEqual(service);
    }
  });
});
