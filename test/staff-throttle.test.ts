import argon2 from "argon2";
import { afterAll, beforeAll, expect, it } from "vitest";
import { currentTotpCode } from "../src/modules/staff";
import { THROTTLES } from "../src/modules/staff/domain/throttle";
import { fixedClock } from "../src/platform/clock";
import { Browser } from "./helpers/browser";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

const PASSWORD = "ein langer Satz als Passwort";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describeEachDatabase("sign-in under attack", (kind) => {
  let t: TestApp;
  // the instant stands still: a burst is decided by the database, not by how fast it runs
  const clock = fixedClock("2027-01-11T07:00:00Z");
  beforeAll(async () => {
    t = await createTestApp(kind, {}, undefined, clock);
  });
  afterAll(() => t?.close());

  /** An account that has chosen its password (and, with `totp`, enrolled its app). */
  async function account(username: string, totp = false) {
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
    return id;
  }
  const checkedPasswords = async (username: string) =>
    (
      await t.database.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "staff.sign-in-failed")
        .where("staff_username", "=", username)
        .execute()
    ).length;

  /** Sign-in posts at once, each from an address of its own (as a botnet would send them). */
  async function burst(username: string, passwords: string[]) {
    const { cookie, token } = await formSession(t.app, "/verwaltung/anmelden");
    return Promise.all(
      passwords.map((password, i) =>
        t.app.inject({
          method: "POST",
          url: i % 2 ? "/en/verwaltung/anmelden" : "/verwaltung/anmelden",
          remoteAddress: `192.0.2.${i + 1}`,
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          payload: new URLSearchParams({ _csrf: token, username, password }).toString(),
        }),
      ),
    );
  }

  it("checks at most the free attempts of a name against its hash when sixty come at once", async () => {
    await account("target.one");
    const answers = await burst(
      "target.one",
      Array.from({ length: 60 }, (_, i) => `wrong ${i}`),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(THROTTLES.account.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - THROTTLES.account.free);
    expect(await checkedPasswords("target.one")).toBe(THROTTLES.account.free);
  });

  it("decides a burst with the right password among wrong ones in the database, and the owner gets in afterwards", async () => {
    const id = await account("target.two");
    const passwords = Array.from({ length: 40 }, (_, i) => (i === 20 ? PASSWORD : `wrong ${i}`));
    const answers = await burst("target.two", passwords);
    const checked = answers.filter((a) => a.statusCode !== 429);
    // only claimed attempts reached the hash; the right one got in only if it was among them
    expect(checked.length).toBeLessThanOrEqual(THROTTLES.account.free);
    const signedIn = answers.filter((a) => a.statusCode === 303);
    expect(signedIn.length).toBeLessThanOrEqual(1);
    if (signedIn.length === 1) expect(answers[20]?.statusCode).toBe(303);
    // The owner, a while later and from an address of their own, is not locked out.
    const later = new Date(clock.now().getTime() + (THROTTLES.account.maxSeconds + 1) * 1000);
    const owner = await t.app.staff.signIn({
      username: "target.two",
      password: PASSWORD,
      ip: "198.51.100.200",
      now: later,
    });
    expect(owner.ok).toBe(true);
    const sessions = await t.database.db
      .selectFrom("staff_sessions")
      .select("id_hash")
      .where("staff_id", "=", id)
      .execute();
    expect(sessions.length).toBe(1 + signedIn.length);
  });

  it("answers a name without an account exactly like one with an account", async () => {
    await account("real.person");
    const run = async (username: string) => {
      const browser = new Browser(t.app);
      const answers = [];
      for (let i = 0; i < 8; i++) answers.push(await browser.signIn(username, `wrong ${i}`));
      return answers.map((a) => ({
        status: a.statusCode,
        retry: a.headers["retry-after"] !== undefined,
        text: /<p class="kern-error"[^>]*>([^<]*)</.exec(a.body)?.[1],
      }));
    };
    const known = await run("real.person");
    const unknown = await run("no.such.person");
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it("counts wrong second-factor codes in the same throttles", async () => {
    await account("code.guesser", true);
    const browser = new Browser(t.app);
    expect((await browser.signIn("code.guesser", PASSWORD)).statusCode).toBe(303);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      await browser.get("/verwaltung/anmelden/code");
      statuses.push((await browser.post("/verwaltung/anmelden/code", { code: "000000" })).statusCode);
    }
    // the password step counted one failure until the code is passed: four more codes, then wait
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
  });

  it("gives the session a new id when the second factor is passed; the old id opens nothing", async () => {
    await account("renewed", true);
    const browser = new Browser(t.app);
    const first = await browser.signIn("renewed", PASSWORD);
    const before = /sb_staff=([^;]+)/.exec(String(first.headers["set-cookie"]))?.[1];
    await browser.get("/verwaltung/anmelden/code");
    const passed = await browser.post("/verwaltung/anmelden/code", {
      code: currentTotpCode(SECRET, clock.now()),
    });
    expect(passed.statusCode).toBe(303);
    const after = /sb_staff=([^;]+)/.exec(String(passed.headers["set-cookie"]))?.[1];
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect((await browser.get("/verwaltung")).statusCode).toBe(200);
    const old = await t.app.inject({
      method: "GET",
      url: "/verwaltung",
      headers: { cookie: `sb_staff=${before}` },
    });
    expect(old.statusCode).toBe(303);
    expect(old.headers.location).toContain("/verwaltung/anmelden");
  });

  it("uses __Host- cookies when served over HTTPS", async () => {
    const secure = await createTestApp(kind, { PUBLIC_URL: "https://termine.example.org" });
    try {
      await secure.app.staff.accounts.create(null, {
        username: "secure.clerk",
        displayName: "Secure Clerk",
        roles: ["clerk"],
        totpRequired: false,
      });
      await secure.database.db
        .updateTable("staff_accounts")
        .set({ password_hash: await argon2.hash(PASSWORD), password_must_change: false })
        .where("username", "=", "secure.clerk")
        .execute();
      const page = await secure.app.inject({ method: "GET", url: "/verwaltung/anmelden" });
      const csrf = String(page.headers["set-cookie"]);
      expect(csrf).toMatch(/^__Host-sb_csrf=/);
      expect(csrf).toMatch(/; Secure/);
      expect(csrf).toMatch(/; Path=\//);
      expect(csrf).not.toMatch(/Domain=/i);
      const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
      const res = await secure.app.inject({
        method: "POST",
        url: "/verwaltung/anmelden",
        headers: { cookie: csrf.split(";")[0] ?? "", "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({
          _csrf: token,
          username: "secure.clerk",
          password: PASSWORD,
        }).toString(),
      });
      expect(res.statusCode).toBe(303);
      const session = String(res.headers["set-cookie"]);
      expect(session).toMatch(/^__Host-sb_staff=/);
      expect(session).toMatch(/; Secure/);
      expect(session).toMatch(/; HttpOnly/);
    } finally {
      await secure.close();
    }
  });
});
