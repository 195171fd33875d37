import { afterAll, beforeAll, expect, it } from "vitest";
import { ALL_FORMS } from "../src/modules/applications";
import type { Service } from "../src/modules/catalog";
import { describeEachDatabase } from "./helpers/databases";
import { servicePageClaims, textOf } from "./helpers/service-page-claims";
import { createTestApp, type TestApp } from "./helpers/test-app";

/**
 * Issue 9: pages that contradicted themselves. Every service page of the Marburg tenant, in
 * German and English, states each way once and never its opposite, claims no terminal, and
 * says what happens next.
 */
/** The services this platform has an online form for (the postal vote waits for an election). */
const ONLINE_HERE = new Set(ALL_FORMS.map((f) => f.serviceKey).filter((key) => key !== "briefwahl"));

describeEachDatabase("service pages say one thing per way", (kind) => {
  let t: TestApp;
  let services: Service[];
  beforeAll(async () => {
    t = await createTestApp(kind);
    services = (await t.app.inject({ method: "GET", url: "/api/v1/services" })).json().services;
  });
  afterAll(() => t?.close());

  const get = (url: string) => t.app.inject({ method: "GET", url });

  it.each(["de", "en"] as const)("holds for every Marburg service page (%s)", async (locale) => {
    expect(services.length).toBeGreaterThanOrEqual(59);
    const found: string[] = [];
    for (const s of services) {
      const res = await get(`${locale === "en" ? "/en" : ""}/leistungen/${s.key}`);
      expect(res.statusCode, s.key).toBe(200);
      const { ways, problems } = servicePageClaims(res.body, locale, s.status === "offered");
      found.push(...problems.map((p) => `${s.key}: ${p}`));
      // no terminal in Marburg; online where this platform has a form or another provider one
      if (s.status === "offered") {
        expect(ways.terminal, s.key).toMatch(
          locale === "de" ? /^(Noch nicht möglich|Nicht möglich)/ : /^Not possible/,
        );
        if (ONLINE_HERE.has(s.key)) {
          expect(ways.online, s.key).toBe(
            locale === "de"
              ? "Möglich, hier auf dieser Seite: Online beantragen"
              : "Possible, here on this site: Apply online",
          );
          expect(res.body, s.key).toContain(`href="${locale === "en" ? "/en" : ""}/antrag/${s.key}"`);
        } else if (s.channels.online.kind !== "external")
          expect(ways.online, s.key).toMatch(
            locale === "de" ? /^(Noch nicht|Nicht) möglich/ : /^Not possible/,
          );
      }
    }
    expect(found).toEqual([]);
  });

  it("links the Meldebescheinigung to its online form, and says plainly where there is none yet", async () => {
    const de = await get("/leistungen/meldebescheinigung");
    const { ways } = servicePageClaims(de.body, "de", true);
    expect(ways.online).toBe("Möglich, hier auf dieser Seite: Online beantragen");
    expect(de.body).toContain('href="/antrag/meldebescheinigung"');
    expect(ways.terminal).toBe("Noch nicht möglich. Marburg hat noch kein Selbstbedienungs-Terminal.");
    // the postal vote's form waits for an election to be configured
    const vote = await get("/en/leistungen/briefwahl");
    expect(servicePageClaims(vote.body, "en", true).ways.online).toBe(
      "Not possible yet. This site does not have an online application for it yet.",
    );
    expect((await get("/antrag/briefwahl")).statusCode).toBe(404);
  });

  it("tells how to start Gewerbe anmelden and what happens next", async () => {
    const res = await get("/leistungen/gewerbe-anmelden");
    const next = res.body.match(/<section aria-labelledby="next-title">([\s\S]*?)<\/section>/)?.[1] ?? "";
    expect(textOf(next)).toContain("Wenden Sie sich direkt an das zuständige Amt.");
    expect(next).toContain('href="/orte/ordnungsamt"');
    expect(textOf(next)).toContain("Sie erhalten eine Bestätigung Ihrer Gewerbeanmeldung");
    expect(next).not.toContain("/termin?leistung=");
  });

  it("offers the external online application and booking for the Führungszeugnis", async () => {
    const res = await get("/en/leistungen/fuehrungszeugnis");
    const { ways, problems } = servicePageClaims(res.body, "en", true);
    expect(problems).toEqual([]);
    expect(ways.online).toBe(
      "Possible, online at the Federal Office of Justice: Online application at the Federal Office of Justice",
    );
    expect(ways["help-point"]).toMatch(/^Possible\./);
    expect(res.body).toContain('href="https://www.fuehrungszeugnis.bund.de"');
    expect(res.body).toContain('href="/en/termin?leistung=fuehrungszeugnis"');
  });

  it("keeps the service list and search results free of statements about ways", async () => {
    for (const [url, locale] of [
      ["/leistungen", "de"],
      ["/en/leistungen", "en"],
      ["/suche?q=Meldebescheinigung", "de"],
      ["/suche?q=Urkunde", "de"],
      ["/en/suche?q=certificate", "en"],
    ] as const) {
      const main = textOf((await get(url)).body.match(/<main[\s\S]*<\/main>/)?.[0] ?? "");
      const claims =
        locale === "de"
          ? /online möglich|auch online|Online-Portal|gehen online ein|Terminal|Automat|elektronisch oder persönlich/i
          : /possible online|also online|online portal|arrive online|terminal|electronically or in person/i;
      expect(main.match(claims), url).toBeNull();
    }
  });

  it("exposes the facts in the API, with no terminal and no online form of its own", async () => {
    const kinds = new Set(services.map((s) => s.channels.online.kind));
    expect([...kinds].sort()).toEqual(["external", "not-possible", "not-yet"]);
    for (const s of services) {
      expect(Object.keys(s.channels).sort(), s.key).toEqual(["helpPoint", "mobile", "online", "stadtbuero"]);
      expect(s.nextSteps.length, s.key).toBeGreaterThan(0);
    }
    const one = (await get("/api/v1/services/meldebescheinigung")).json();
    expect(one.channels.online).toEqual({ kind: "not-yet" });
    expect(one.personalAppearance).toEqual({ required: false, proxy: true, inWriting: true });
  });
});
