import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("structured logs", (kind) => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
  });
  afterAll(() => t?.close());

  it("log requests as JSON with method and path, but no query, address, cookie or form data", async () => {
    await t.app.inject({ method: "GET", url: "/suche?q=Erika%20Mustermann", remoteAddress: "203.0.113.7" });
    const { cookie, token } = await formSession(t.app, "/barrierefreiheit");
    await t.app.inject({
      method: "POST",
      url: "/barrierefreiheit",
      remoteAddress: "203.0.113.7",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        _csrf: token,
        message: "Ich heiße Erika",
        email: "erika@example.org",
      }).toString(),
    });
    const records = lines.map(
      (l) => JSON.parse(l) as { req?: { method: string; path: string }; msg: string },
    );
    expect(records.some((r) => r.req?.method === "GET" && r.req.path === "/suche")).toBe(true);
    expect(records.some((r) => r.req?.method === "POST" && r.req.path === "/barrierefreiheit")).toBe(true);
    const all = lines.join("\n");
    for (const secret of [
      "Mustermann",
      "Erika",
      "erika@example.org",
      "203.0.113.7",
      cookie.split("=")[1] ?? "x",
      token,
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
