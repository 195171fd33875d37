import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("accessibility feedback form", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  const stored = () => t.database.db.selectFrom("accessibility_feedback").selectAll().orderBy("id").execute();
  const post = (url: string, cookie: string, form: Record<string, string>) =>
    t.app.inject({
      method: "POST",
      url,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(form).toString(),
    });

  it("stores a message and redirects to a confirmation page", async () => {
    const { cookie, token } = await formSession(t.app, "/barrierefreiheit");
    const res = await post("/barrierefreiheit", cookie, {
      _csrf: token,
      message: "Der Kontrast der Links ist zu schwach.",
      email: "leser@example.org",
      page: "/leistungen",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/barrierefreiheit/danke");
    const rows = await stored();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      message: "Der Kontrast der Links ist zu schwach.",
      email: "leser@example.org",
      page_url: "/leistungen",
      locale: "de",
      status: "new",
      tenant_id: "marburg",
    });
  });

  it("shows errors next to the fields in English, keeps the input, and stores nothing", async () => {
    const before = (await stored()).length;
    const { cookie, token } = await formSession(t.app, "/en/barrierefreiheit");
    const res = await post("/en/barrierefreiheit", cookie, {
      _csrf: token,
      message: " ",
      email: "nope",
      page: "/x",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("<title>Error: Accessibility statement");
    expect(res.body).toContain('role="alert"');
    expect(res.body).toContain('href="#message"');
    expect(res.body).toContain('id="message-error"');
    expect(res.body).toContain("Please tell us what did not work.");
    expect(res.body).toContain("Enter an e-mail address like name@example.com");
    expect(res.body).toContain('value="nope"');
    expect(res.body).toContain('value="/x"');
    expect((await stored()).length).toBe(before);
  });

  it("refuses a post without a valid CSRF token and stores nothing", async () => {
    const before = (await stored()).length;
    const { cookie } = await formSession(t.app, "/barrierefreiheit");
    const forged = await post("/barrierefreiheit", cookie, { _csrf: "forged", message: "x" });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain("Formular abgelaufen");
    const noCookie = await post("/barrierefreiheit", "", { message: "x" });
    expect(noCookie.statusCode).toBe(403);
    expect((await stored()).length).toBe(before);
  });

  it("sets the CSRF cookie HttpOnly and SameSite=Lax", async () => {
    const page = await t.app.inject({ method: "GET", url: "/barrierefreiheit" });
    const cookie = String(page.headers["set-cookie"]);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });
});
