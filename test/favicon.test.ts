import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("the site icon", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("favicon", () => {
    it("answers /favicon.ico with an icon file that caches may keep", async () => {
      const res = await t.app.inject({ method: "GET", url: "/favicon.ico" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("image/x-icon");
      expect(res.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);
      const body = res.rawPayload;
      // ICONDIR: reserved 0, type 1 (icon), two images, each a PNG
      expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 2, 0]);
      const sizes = [0, 1].map((i) => body.readUInt8(6 + 16 * i) || 256);
      expect(sizes).toEqual([16, 32]);
      for (const i of [0, 1]) {
        const offset = body.readUInt32LE(6 + 16 * i + 12);
        expect(body.subarray(offset, offset + 8).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
      }
      const etag = String(res.headers.etag);
      const again = await t.app.inject({
        method: "GET",
        url: "/favicon.ico",
        headers: { "if-none-match": etag },
      });
      expect(again.statusCode).toBe(304);
    });

    it("links an SVG icon from every page", async () => {
      const svg = await t.app.inject({ method: "GET", url: "/favicon.svg" });
      expect(svg.statusCode).toBe(200);
      expect(svg.headers["content-type"]).toBe("image/svg+xml");
      expect(svg.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);
      expect(svg.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const url of ["/", "/en/termin", "/seite-gibt-es-nicht"]) {
        const page = await t.app.inject({ method: "GET", url });
        expect(page.body, url).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
        expect(page.body, url).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32"/>');
      }
    });
  });
});
