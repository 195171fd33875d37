import argon2 from "argon2";
import { afterAll, beforeAll, expect, it } from "vitest";
import { currentTotpCode } from "../src/modules/staff";
import { Browser } from "./helpers/browser";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

const PASSWORD = "a long and private sentence";
const SECRET = "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF";

describeEachDatabase("staff sign-in pages", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await account("clerk.one", false);
    await account("totp.user", true);
  });
  afterAll(() => t?.close());

  /** An account that has chosen PASSWORD (and enrolled SECRET when `totp`). */
  async function account(username: string, totp: boolean) {
    const { id } = await t.app.staff.accounts.create(null, {
      username,
      displayName: username,
      roles: ["clerk"],
      totpRequired: totp,
    });
    await t.database.db
      .updateTable("staff_accounts")
      .set({
        password_hash: await argon2.hash(PASSWORD, { type: argon2.argon2id }),
        password_must_change: false,
        totp_secret: totp ? SECRET : null,
      })
      .where("id", "=", id)
      .execute();
  }

  it("says only that name or password are wrong, keeps the name and sets no session", async () => {
    const browser = new Browser(t.app);
    const wrong = await browser.signIn("clerk.one", "not the password");
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain("Benutzername oder Passwort stimmen nicht.");
    expect(wrong.body).toContain('href="#username"');
    expect(wrong.body).toContain('value="clerk.one"');
    expect(wrong.body).not.toContain("not the password");
    expect(String(wrong.headers["set-cookie"] ?? "")).not.toContain("sb_staff");
    // an unknown name gets the very same answer
    const unknown = await browser.signIn("nobody.here", "not the password");
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toContain("Benutzername oder Passwort stimmen nicht.");

    const empty = await browser.post("/en/verwaltung/anmelden", {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="username-error"');
    expect(empty.body).toContain('id="password-error"');
  });

  it("returns to the page asked for, and never to another site", async () => {
    const browser = new Browser(t.app);
    const guarded = await browser.get("/verwaltung/konten");
    expect(guarded.headers.location).toBe("/verwaltung/anmelden?weiter=%2Fverwaltung%2Fkonten");

    for (const evil of [
      "https://evil.example/",
      "//evil.example",
      "/verwaltung//evil.example",
      "/\\evil.example",
    ]) {
      const page = await browser.get(`/verwaltung/anmelden?weiter=${encodeURIComponent(evil)}`);
      expect(page.body).toContain('name="next" value="/verwaltung"');
    }
    const kept = await browser.get("/verwaltung/anmelden?weiter=%2Fverwaltung%2Fkonten");
    expect(kept.body).toContain('name="next" value="/verwaltung/konten"');

    const offsite = await browser.post("/verwaltung/anmelden", {
      username: "clerk.one",
      password: PASSWORD,
      next: "https://evil.example/verwaltung",
    });
    expect(offsite.statusCode).toBe(303);
    expect(offsite.headers.location).toBe("/verwaltung");

    const english = new Browser(t.app);
    await english.get("/en/verwaltung/anmelden");
    const back = await english.post("/en/verwaltung/anmelden", {
      username: "clerk.one",
      password: PASSWORD,
      next: "/verwaltung/konten",
    });
    expect(back.headers.location).toBe("/en/verwaltung/konten");
  });

  it("asks for the code of the second factor and refuses a code used before", async () => {
    const browser = new Browser(t.app);
    const first = await browser.signIn("totp.user", PASSWORD);
    expect(first.headers.location).toBe("/verwaltung/anmelden/code?weiter=%2Fverwaltung");
    // half signed in is not signed in
    expect((await browser.get("/verwaltung")).statusCode).toBe(303);
    const code = currentTotpCode(SECRET, t.app.clock.now());
    await browser.get("/verwaltung/anmelden/code");
    const accepted = await browser.post("/verwaltung/anmelden/code", { code });
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe("/verwaltung");
    expect((await browser.get("/verwaltung")).statusCode).toBe(200);

    const replay = new Browser(t.app);
    await replay.signIn("totp.user", PASSWORD);
    await replay.get("/verwaltung/anmelden/code");
    const refused = await replay.post("/verwaltung/anmelden/code", { code });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Der Code stimmt nicht oder ist abgelaufen.");
    expect((await replay.get("/verwaltung")).statusCode).toBe(303);
  });

  it("signs out: the session ends on the server and the page says so", async () => {
    const browser = new Browser(t.app);
    await browser.signIn("clerk.one", PASSWORD);
    const session = browser.cookie;
    expect((await browser.get("/verwaltung")).statusCode).toBe(200);
    const out = await browser.post("/verwaltung/abmelden");
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe("/verwaltung/anmelden?abgemeldet=1");
    expect(browser.cookie).not.toContain("sb_staff");
    expect((await browser.get(out.headers.location ?? "")).body).toContain("Sie sind abgemeldet.");
    // the old cookie, replayed, opens nothing
    const replayed = await t.app.inject({ method: "GET", url: "/verwaltung", headers: { cookie: session } });
    expect(replayed.statusCode).toBe(303);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "staff.sign-out")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staff_username: "clerk.one", ip: browser.ip });
  });

  it("refuses a sign-in without a valid CSRF token", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/verwaltung/anmelden",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ username: "clerk.one", password: PASSWORD }).toString(),
    });
    expect(res.statusCode).toBe(403);
  });

  it("limits sign-in posts per address in both languages together, with a page in the user's language", async () => {
    const from = "203.0.113.77";
    const csrf = await t.app.inject({ url: "/en/verwaltung/anmelden", remoteAddress: from });
    const cookie = String(csrf.headers["set-cookie"]).split(";")[0] ?? "";
    const token = /name="_csrf" value="([^"]+)"/.exec(csrf.body)?.[1] ?? "";
    const statuses: number[] = [];
    let last = "";
    for (let i = 0; i < 11; i++) {
      // German and English sign-in alternate: they share one count
      const res = await t.app.inject({
        method: "POST",
        url: i % 2 ? "/verwaltung/anmelden" : "/en/verwaltung/anmelden",
        remoteAddress: from,
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: token, username: `nobody${i}`, password: "wrong" }).toString(),
      });
      statuses.push(res.statusCode);
      last = res.body;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(last).toContain("Too many requests");
  });
});
