import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("citizen pages", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  const get = (url: string) => t.app.inject({ method: "GET", url });

  describe.each([
    ["/", "de", "Bürgerservice der Stadt"],
    ["/en", "en", "Citizen services of the city"],
    ["/leistungen", "de", "Leistungen A–Z"],
    ["/en/leistungen", "en", "Services A–Z"],
    ["/suche", "de", "Suche"],
    ["/suche?q=Perso", "de", "Suchergebnisse für „Perso“"],
    ["/en/suche?q=passport", "en", "Search results for “passport”"],
    ["/leistungen/personalausweis", "de", "Personalausweis"],
    ["/en/leistungen/reisepass", "en", "Apply for a passport"],
    ["/orte", "de", "Orte und mobiles Stadtbüro"],
    ["/orte/stadtbuero", "de", "Stadtbüro"],
    ["/en/orte/mobil-cappel", "en", "Cappel"],
    ["/impressum", "de", "Impressum"],
    ["/en/impressum", "en", "Legal notice"],
    ["/datenschutz", "de", "Datenschutzerklärung"],
    ["/en/datenschutz", "en", "Privacy notice"],
    ["/barrierefreiheit", "de", "Erklärung zur Barrierefreiheit"],
    ["/en/barrierefreiheit", "en", "Accessibility statement"],
    ["/barrierefreiheit/danke", "de", "Vielen Dank"],
    ["/leichte-sprache", "de", "Leichte Sprache"],
    ["/api/docs", "de", "Offene Schnittstelle (API)"],
    ["/en/api/docs", "en", "Open interface (API)"],
  ])("%s", (url, lang, heading) => {
    it("renders an accessible page skeleton in its language", async () => {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/html");
      expect(res.body).toMatch(/^<!doctype html><html lang="/);
      expect(res.body).toContain(`<html lang="${lang}"`);
      expect(res.body).toMatch(/<title>[^<]+ – Stadtbüro Marburg<\/title>/);
      expect(res.body).toContain('href="#main"');
      expect(res.body).toContain('<main id="main"');
      expect(res.body).toMatch(/<h1[^>]*>/);
      expect(res.body).toContain(heading);
      expect(res.body).not.toMatch(/<script/);
    });
  });

  it("links every page to the same page in the other language", async () => {
    const de = await get("/leistungen/reisepass");
    expect(de.body).toContain('href="/en/leistungen/reisepass" hreflang="en"');
    const en = await get("/en/leistungen/reisepass");
    expect(en.body).toContain('href="/leistungen/reisepass" hreflang="de"');
    const search = await get("/en/suche?q=Pass");
    expect(search.body).toContain('href="/suche?q=Pass"');
  });

  it("shows a service's documents, fee and channels, and is honest about unknown fees", async () => {
    const id = await get("/leistungen/personalausweis");
    expect(id.body).toContain("Was brauche ich?");
    expect(id.body).toContain("46,00\u00a0€");
    expect(id.body).toContain("27,60\u00a0€");
    expect(id.body).toContain("Im mobilen Stadtbüro");
    // an unknown fee is said once: by the service's own note where it has one (naming whom to ask) …
    const cert = await get("/leistungen/meldebescheinigung");
    expect(cert.body).toContain("Die Gebühr für die Bescheinigung auf Papier ist hier noch nicht hinterlegt");
    expect(cert.body).not.toContain("Die Gebühr nennen wir hier nicht");
    const en = await get("/en/leistungen/meldebescheinigung");
    expect(en.body).toContain("The fee for a paper certificate is not recorded here yet");
    expect(en.body).not.toContain("We do not state the fee here");
  });

  it("says that a discontinued service is no longer issued", async () => {
    const res = await get("/leistungen/kinderreisepass");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("Diese Leistung gibt es nicht mehr");
  });

  it("finds services by everyday words and shows a message for no results", async () => {
    const perso = await get("/suche?q=Perso");
    expect(perso.body).toMatch(/Leistung(en)? gefunden/);
    expect(perso.body.indexOf("/leistungen/personalausweis")).toBeGreaterThan(0);
    const none = await get("/suche?q=xqzt");
    expect(none.body).toContain("Zu „xqzt“ haben wir keine Leistung gefunden.");
  });

  it("rejects an over-long search with a message next to the field, not an error page", async () => {
    const res = await get(`/suche?q=${"a".repeat(150)}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="q-error"');
    expect(res.body).toContain("Bitte geben Sie höchstens 100 Zeichen ein.");
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain("<title>Fehler: Suche");
  });

  it("lists the mobile stops and the 18 outer districts", async () => {
    const res = await get("/orte");
    for (const stop of ["Schröck", "Marbach", "Cappel", "Wehrda", "Richtsberg", "Elnhausen"])
      expect(res.body).toContain(stop);
    const rows =
      res.body.match(/<tr class="kern-table__row"><th class="kern-table__cell" scope="row">/g) ?? [];
    expect(rows).toHaveLength(18);
    expect(res.body).toContain("6.780");
  });

  it("answers unknown pages with a 404 page in the user's language", async () => {
    const de = await get("/gibt-es-nicht");
    expect(de.statusCode).toBe(404);
    expect(de.body).toContain("Seite nicht gefunden");
    expect(de.body).toContain('<html lang="de"');
    const en = await get("/en/does-not-exist");
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain("Page not found");
    const service = await get("/en/leistungen/unknown-service");
    expect(service.statusCode).toBe(404);
    expect(service.body).toContain("Service not found");
    const place = await get("/orte/nirgendwo");
    expect(place.statusCode).toBe(404);
    expect(place.body).toContain("Ort nicht gefunden");
  });

  it("serves health and readiness, and is not ready without its database", async () => {
    expect((await get("/health")).json()).toEqual({ status: "ok" });
    expect((await get("/ready")).json()).toEqual({ status: "ready" });
    const other = await createTestApp(kind);
    await other.database.close();
    const res = await other.app.inject({ method: "GET", url: "/ready" });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: "unavailable" });
    expect((await other.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    // A page that needs the database still answers with an error page in the user's language.
    const page = await other.app.inject({ method: "GET", url: "/en/leistungen" });
    expect(page.statusCode).toBe(500);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("Something went wrong");
    await other.close();
  });
});
