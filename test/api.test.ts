import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("JSON API /api/v1", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers });

  it("lists services and groups", async () => {
    const res = await get("/api/v1/services");
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.services.length).toBeGreaterThanOrEqual(55);
    expect(body.groups.length).toBeGreaterThanOrEqual(9);
    expect(body.services[0]).toHaveProperty("name.de");
  });

  it("searches and filters services", async () => {
    const search = (await get("/api/v1/services?q=Perso")).json();
    expect(search.services[0].key).toBe("personalausweis");
    const english = (await get("/api/v1/services?q=passport&lang=en")).json();
    expect(english.services[0].key).toBe("reisepass");
    const group = (await get("/api/v1/services?group=gewerbe")).json();
    expect(group.services.length).toBeGreaterThan(0);
    expect(group.services.every((s: { group: string }) => s.group === "gewerbe")).toBe(true);
    expect((await get("/api/v1/services?lang=fr")).statusCode).toBe(400);
  });

  it("returns one service, or a problem document for an unknown key", async () => {
    const res = await get("/api/v1/services/reisepass");
    expect(res.statusCode).toBe(200);
    expect(res.json().fee.kind).toBe("amounts");
    const missing = await get("/api/v1/services/nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({
      code: "service-not-found",
      message: "Leistung nicht gefunden",
      status: 404,
    });
  });

  it("lists locations, filters by kind, and lists districts", async () => {
    const all = (await get("/api/v1/locations")).json();
    expect(all.locations.some((l: { key: string }) => l.key === "stadtbuero")).toBe(true);
    const stops = (await get("/api/v1/locations?kind=mobile-stop")).json();
    expect(stops.locations.map((l: { key: string }) => l.key).sort()).toEqual(
      [
        "mobil-cappel",
        "mobil-elnhausen",
        "mobil-marbach",
        "mobil-richtsberg",
        "mobil-schroeck",
        "mobil-wehrda",
      ].sort(),
    );
    expect((await get("/api/v1/locations/mobil-cappel")).json().district).toBe("cappel");
    expect((await get("/api/v1/locations/nowhere")).statusCode).toBe(404);
    const districts = (await get("/api/v1/districts")).json();
    expect(districts.districts.filter((d: { kind: string }) => d.kind === "outer")).toHaveLength(18);
  });

  it.each(["/api/v1/services", "/api/v1/services/reisepass", "/api/v1/locations", "/api/v1/districts"])(
    "answers %s with ETag and Cache-Control, and 304 for a matching If-None-Match",
    async (url) => {
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers["cache-control"]).toBe("public, max-age=300");
      const again = await get(url, { "if-none-match": etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe("");
    },
  );

  it("gives different queries different ETags", async () => {
    const a = await get("/api/v1/services?q=Pass");
    const b = await get("/api/v1/services?q=Hund");
    expect(a.headers.etag).not.toBe(b.headers.etag);
  });

  it("publishes a valid OpenAPI 3.1 document that covers every API route", async () => {
    const res = await get("/api/v1/openapi.json");
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/districts",
        "/api/v1/locations",
        "/api/v1/locations/{key}",
        "/api/v1/services",
        "/api/v1/services/{key}",
      ].sort(),
    );
    const result = await validate(structuredClone(doc));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("renders the API reference from the document", async () => {
    const res = await get("/api/docs");
    expect(res.body).toContain("GET /api/v1/services/{key}");
    expect(res.body).toContain("/api/v1/openapi.json");
  });
});
