import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("platform baseline", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it.each(["/", "/en/leistungen", "/api/v1/services", "/gibt-es-nicht", "/health"])(
    "sets security headers on %s",
    async (url) => {
      const res = await t.app.inject({ method: "GET", url });
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(res.headers["x-powered-by"]).toBeUndefined();
      // Plain HTTP: no HSTS, which would otherwise lock out a test or intranet host.
      expect(res.headers["strict-transport-security"]).toBeUndefined();
    },
  );

  it("sends HSTS when the request came over TLS through a trusted proxy", async () => {
    const proxied = await createTestApp(kind, { TRUST_PROXY: "127.0.0.1" });
    try {
      const res = await proxied.app.inject({
        method: "GET",
        url: "/",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  it("compresses pages for clients that accept it", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: "/leistungen",
      headers: { "accept-encoding": "gzip" },
    });
    expect(res.headers["content-encoding"]).toBe("gzip");
  });

  it("serves the stylesheet under a hashed name with a year-long immutable cache", async () => {
    const page = await t.app.inject({ method: "GET", url: "/" });
    const href = /<link rel="stylesheet" href="(\/assets\/site-[A-Za-z0-9_-]+\.css)"\/>/.exec(page.body)?.[1];
    expect(href).toBeDefined();
    const css = await t.app.inject({ method: "GET", url: href as string });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
    expect(css.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const font = /url\("(\/assets\/FiraSans-Regular-[A-Z0-9]+\.woff2)"\)/.exec(css.body)?.[1];
    expect(font).toBeDefined();
    expect((await t.app.inject({ method: "GET", url: font as string })).headers["content-type"]).toBe(
      "font/woff2",
    );
    expect((await t.app.inject({ method: "GET", url: "/assets/nope-123.css" })).statusCode).toBe(404);
  });

  it("limits requests per address and answers with a page in the user's language", async () => {
    const limited = await createTestApp(kind, { RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await limited.app.inject({ method: "GET", url: "/en/leistungen" })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.app.inject({ method: "GET", url: "/en" });
      expect(res.statusCode).toBe(429);
      expect(res.headers["retry-after"]).toBe("60");
      expect(res.body).toContain("Too many requests");
      // Probes stay reachable for the load balancer.
      expect((await limited.app.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
