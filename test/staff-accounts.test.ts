import { afterAll, beforeAll, expect, it } from "vitest";
import { currentTotpCode } from "../src/modules/staff";
import { Browser } from "./helpers/browser";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const oneTimePassword = (body: string) => /data-one-time-password="([^"]+)"/.exec(body)?.[1];
const NEW_PASSWORD = "ein langer Satz als Passwort";

describeEachDatabase("staff accounts", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(() => t?.close());

  const accountRow = (username: string) =>
    t.database.db
      .selectFrom("staff_accounts")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
  const auditOf = (action: string, subject?: string) => {
    let q = t.database.db.selectFrom("audit_log").selectAll().where("action", "=", action);
    if (subject) q = q.where("subject", "=", subject);
    return q.orderBy("id").execute();
  };
  /** The one entry of an action on a subject. */
  const onlyAudit = async (action: string, subject: string) => {
    const rows = await auditOf(action, subject);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    if (!row) throw new Error(`no ${action} entry for ${subject}`);
    return row;
  };

  /**
   * Posts the account form; roles that work at places get the Stadtbüro unless the fields
   * name places (the place rules have tests of their own in place-scope.test.ts).
   */
  const postAccount = (url: string, fields: Record<string, string | string[]>) => {
    const roles = [fields.roles ?? []].flat();
    const needsPlace = roles.some((r) => ["clerk", "mobile-team", "help-point"].includes(r));
    return postForm(
      t.app,
      admin,
      url,
      needsPlace && !fields.places ? { ...fields, places: "stadtbuero" } : fields,
    );
  };

  /** Creates an account through the form and returns its id and one-time password. */
  async function createAccount(fields: Record<string, string | string[]>) {
    const res = await postAccount("/verwaltung/konten/neu", fields);
    expect(res.statusCode).toBe(200);
    const password = oneTimePassword(res.body);
    const row = await accountRow(String(fields.username));
    if (!password || !row) throw new Error("account not created");
    return { id: row.id, password };
  }

  /** Creates a clerk without second factor who has signed in once and chosen NEW_PASSWORD. */
  async function clerkWithOwnPassword(username: string) {
    const { id, password } = await createAccount({ username, displayName: "Clara Clerk", roles: "clerk" });
    const browser = new Browser(t.app);
    expect((await browser.signIn(username, password)).headers.location).toMatch(
      /^\/verwaltung\/anmelden\/passwort/,
    );
    const changed = await browser.post("/verwaltung/anmelden/passwort", {
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(changed.headers.location).toBe("/verwaltung");
    return { id, browser };
  }

  it("creates an account whose holder signs in, chooses a password, enrols TOTP and reaches the back office", async () => {
    const form = await t.app.inject({
      method: "GET",
      url: "/verwaltung/konten/neu",
      headers: { cookie: admin.cookie },
    });
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/id="totpRequired"[^>]*checked/);
    expect(form.body).toContain("Für die Rolle Administration ist der zweite Faktor immer vorgeschrieben.");

    const created = await postAccount("/verwaltung/konten/neu", {
      username: " M.Mueller ",
      displayName: "Maria Müller",
      roles: ["clerk", "help-point"],
      totpRequired: "yes",
    });
    expect(created.statusCode).toBe(200);
    expect(created.headers["cache-control"]).toBe("no-store");
    expect(created.body).toContain("persönlich");
    const password = oneTimePassword(created.body);
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const row = await accountRow("m.mueller");
    expect(row).toMatchObject({
      display_name: "Maria Müller",
      totp_required: true,
      password_must_change: true,
    });
    expect(row?.roles).toEqual(["clerk", "help-point"]);

    const person = new Browser(t.app);
    const first = await person.signIn("m.mueller", password ?? "");
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe("/verwaltung/anmelden/passwort?weiter=%2Fverwaltung");
    // not yet in: the back office sends an unfinished sign-in back to the start
    expect((await person.get("/verwaltung")).statusCode).toBe(303);

    await person.get("/verwaltung/anmelden/passwort");
    const changed = await person.post("/verwaltung/anmelden/passwort", {
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(changed.headers.location).toBe("/verwaltung/anmelden/zwei-faktor?weiter=%2Fverwaltung");

    const enrol = await person.get("/verwaltung/anmelden/zwei-faktor");
    const secret = /data-secret="([A-Z2-7]+)"/.exec(enrol.body)?.[1];
    expect(secret).toBeDefined();
    const wrong = await person.post("/verwaltung/anmelden/zwei-faktor", {
      code: "000000" === currentTotpCode(secret ?? "", t.app.clock.now()) ? "111111" : "000000",
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await person.post("/verwaltung/anmelden/zwei-faktor", {
      code: currentTotpCode(secret ?? "", t.app.clock.now()),
    });
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe("/verwaltung");

    const home = await person.get("/verwaltung");
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Guten Tag, Maria Müller.");
    // the one-time password is gone
    const again = await new Browser(t.app).signIn("m.mueller", password ?? "");
    expect(again.statusCode).toBe(401);

    const list = await t.app.inject({
      method: "GET",
      url: "/verwaltung/konten",
      headers: { cookie: admin.cookie },
    });
    expect(list.statusCode).toBe(200);
    const listed = /<tr[^>]*data-account="m.mueller"[\s\S]*?<\/tr>/.exec(list.body)?.[0] ?? "";
    expect(listed).toContain("Maria Müller");
    expect(listed).toContain("Sachbearbeitung Stadtbüro, Hilfepunkt");
    expect(listed).toContain("eingerichtet");
    expect(listed).toMatch(/<time dateTime="\d{4}-/i);
    expect(list.body).toContain('scope="col"');
    expect(list.body).toContain("<caption");

    const audit = await onlyAudit("staff.account-created", `staff:${row?.id}`);
    expect(audit).toMatchObject({ staff_id: admin.staffId, staff_username: admin.username });
    expect(audit.detail).toEqual({ roles: "clerk help-point", places: "stadtbuero" });
    expect(JSON.stringify(audit)).not.toContain("Maria");
    expect(await auditOf("staff.totp-enrolled")).toHaveLength(1);
  });

  it("always requires a second factor of administrators and says so on the password page", async () => {
    const res = await postAccount("/verwaltung/konten/neu", {
      username: "second.admin",
      displayName: "Zweite Administratorin",
      roles: "administrator",
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("richtet danach ihre Authenticator-App ein");
    expect((await accountRow("second.admin"))?.totp_required).toBe(true);
  });

  it("shows problems next to the fields, keeps the values and creates nothing", async () => {
    const count = async () =>
      (await t.database.db.selectFrom("staff_accounts").select("id").execute()).length;
    const before = await count();
    const empty = await postAccount("/verwaltung/konten/neu", {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("<title>Fehler: Neues Konto anlegen");
    expect(empty.body).toContain('role="alert"');
    for (const field of ["username", "displayName", "roles"]) {
      expect(empty.body).toContain(`href="#${field}"`);
      expect(empty.body).toContain(`id="${field}-error"`);
    }
    expect(empty.body).toContain("Bitte wählen Sie mindestens eine Rolle.");
    // an unticked box stays unticked
    expect(empty.body).not.toMatch(/id="totpRequired"[^>]*checked/);

    const bad = await postForm(t.app, admin, "/en/verwaltung/konten/neu", {
      username: "Jörg Ü",
      displayName: "Jörg Überall",
      roles: ["clerk", "superuser"],
      totpRequired: "yes",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("A user name may contain only lower-case letters");
    expect(bad.body).toContain("Select only roles from the list.");
    expect(bad.body).toContain('value="Jörg Ü"');
    expect(bad.body).toContain('value="Jörg Überall"');
    expect(bad.body).toMatch(/id="roles-clerk"[^>]*checked/);
    expect(bad.body).toMatch(/id="totpRequired"[^>]*checked/);
    expect(bad.body).not.toContain("data-one-time-password");
    expect(await count()).toBe(before);
  });

  it("refuses a user name that is taken, next to the field", async () => {
    await createAccount({ username: "dup.name", displayName: "Erste", roles: "clerk" });
    const res = await postAccount("/verwaltung/konten/neu", {
      username: "Dup.Name",
      displayName: "Zweite",
      roles: "management",
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toMatch(/id="username-error"[^>]*>Dieser Benutzername ist schon vergeben/);
    expect(res.body).toContain('value="Zweite"');
    expect(res.body).not.toContain("data-one-time-password");
    const rows = await t.database.db
      .selectFrom("staff_accounts")
      .selectAll()
      .where("username", "=", "dup.name")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.display_name).toBe("Erste");
  });

  it("changes an account and audits it; bad input changes nothing", async () => {
    const { id } = await createAccount({ username: "to.edit", displayName: "Vorher", roles: "clerk" });
    const page = await t.app.inject({
      method: "GET",
      url: `/verwaltung/konten/${id}`,
      headers: { cookie: admin.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Vorher"');
    expect(page.body).toMatch(/id="active"[^>]*checked/);

    const bad = await postAccount(`/verwaltung/konten/${id}`, {
      displayName: " ",
      roles: "clerk",
      active: "yes",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="displayName-error"');
    expect((await accountRow("to.edit"))?.display_name).toBe("Vorher");

    const saved = await postAccount(`/verwaltung/konten/${id}`, {
      displayName: "Nachher",
      roles: ["management"],
      totpRequired: "",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe("/verwaltung/konten?gespeichert=1");
    const list = await t.app.inject({
      method: "GET",
      url: saved.headers.location ?? "",
      headers: { cookie: admin.cookie },
    });
    expect(list.body).toContain("Die Änderungen sind gespeichert.");
    const row = await accountRow("to.edit");
    expect(row).toMatchObject({ display_name: "Nachher", active: false, totp_required: false });
    expect(row?.roles).toEqual(["management"]);
    const audit = await onlyAudit("staff.account-updated", `staff:${id}`);
    expect(audit.detail).toEqual({ roles: "management", places: "", active: false, totpRequired: false });
    expect(audit.staff_id).toBe(admin.staffId);
  });

  it("does not let administrators take their own role away, deactivate or reset themselves", async () => {
    const own = await postAccount(`/verwaltung/konten/${admin.staffId}`, {
      displayName: "Ich",
      roles: "clerk",
    });
    expect(own.statusCode).toBe(400);
    expect(own.body).toMatch(
      /id="roles-error"[^>]*>Sie können sich die Rolle Administration nicht selbst entziehen/,
    );
    expect(own.body).toMatch(/id="active-error"[^>]*>Sie können Ihr eigenes Konto nicht deaktivieren/);
    const row = await t.database.db
      .selectFrom("staff_accounts")
      .selectAll()
      .where("id", "=", admin.staffId)
      .executeTakeFirstOrThrow();
    expect(row.roles).toEqual(["administrator"]);
    expect(row.active).toBe(true);

    const resetPage = await t.app.inject({
      method: "GET",
      url: `/verwaltung/konten/${admin.staffId}/zuruecksetzen`,
      headers: { cookie: admin.cookie },
    });
    expect(resetPage.statusCode).toBe(409);
    expect(resetPage.body).toContain("Ihr eigenes Konto können Sie hier nicht zurücksetzen.");
    const reset = await postForm(t.app, admin, `/verwaltung/konten/${admin.staffId}/zuruecksetzen`, {
      scope: "password",
    });
    expect(reset.statusCode).toBe(409);
    expect(reset.body).not.toContain("data-one-time-password");
    const after = await t.database.db
      .selectFrom("staff_accounts")
      .selectAll()
      .where("id", "=", admin.staffId)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(row.password_hash);
    // still signed in
    const home = await t.app.inject({ method: "GET", url: "/verwaltung", headers: { cookie: admin.cookie } });
    expect(home.statusCode).toBe(200);
  });

  it("applies changed roles on the next request", async () => {
    const other = await signInAs(t.app, t.database, ["administrator"]);
    const clerk = await signInAs(t.app, t.database, ["clerk"], { totp: true });
    const get = (who: SignedIn) =>
      t.app.inject({ method: "GET", url: "/verwaltung/konten", headers: { cookie: who.cookie } });
    expect((await get(other)).statusCode).toBe(200);
    expect((await get(clerk)).statusCode).toBe(403);

    const demote = await postAccount(`/verwaltung/konten/${other.staffId}`, {
      displayName: "Andere",
      roles: "clerk",
      totpRequired: "yes",
      active: "yes",
    });
    expect(demote.statusCode).toBe(303);
    expect((await get(other)).statusCode).toBe(403);

    const promote = await postAccount(`/verwaltung/konten/${clerk.staffId}`, {
      displayName: "Beförderte",
      roles: ["clerk", "administrator"],
      active: "yes",
    });
    expect(promote.statusCode).toBe(303);
    expect((await get(clerk)).statusCode).toBe(200);
  });

  it("ends the sessions of someone made administrator without a second factor", async () => {
    const { id, browser } = await clerkWithOwnPassword("no.factor");
    expect((await browser.get("/verwaltung")).statusCode).toBe(200);
    const promote = await postAccount(`/verwaltung/konten/${id}`, {
      displayName: "Clara Clerk",
      roles: ["clerk", "administrator"],
      active: "yes",
    });
    expect(promote.statusCode).toBe(303);
    const next = await browser.get("/verwaltung/konten");
    expect(next.statusCode).toBe(303);
    expect(next.headers.location).toBe("/verwaltung/anmelden?weiter=%2Fverwaltung%2Fkonten");
  });

  it("resets a password after asking: sessions end, the old password stops working", async () => {
    const { id, browser } = await clerkWithOwnPassword("forgetful");
    const row = await accountRow("forgetful");

    const ask = await t.app.inject({
      method: "GET",
      url: `/verwaltung/konten/${id}/zuruecksetzen`,
      headers: { cookie: admin.cookie },
    });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('name="scope"');
    expect(ask.body).toContain("Telefon verloren");

    const unconfirmed = await postForm(t.app, admin, `/verwaltung/konten/${id}/zuruecksetzen`, {});
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('id="scope-error"');
    expect((await accountRow("forgetful"))?.password_hash).toBe(row?.password_hash);
    expect((await browser.get("/verwaltung")).statusCode).toBe(200);

    const reset = await postForm(t.app, admin, `/verwaltung/konten/${id}/zuruecksetzen`, {
      scope: "password",
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.headers["cache-control"]).toBe("no-store");
    const password = oneTimePassword(reset.body);
    expect(password).toBeDefined();

    expect((await browser.get("/verwaltung")).statusCode).toBe(303);
    expect((await new Browser(t.app).signIn("forgetful", NEW_PASSWORD)).statusCode).toBe(401);
    const fresh = await new Browser(t.app).signIn("forgetful", password ?? "");
    expect(fresh.headers.location).toMatch(/^\/verwaltung\/anmelden\/passwort/);

    const audit = await onlyAudit("staff.password-reset", `staff:${id}`);
    expect(audit).toMatchObject({ staff_id: admin.staffId, detail: { totp: false } });
  });

  it("resets the second factor too when the phone is lost", async () => {
    const person = await signInAs(t.app, t.database, ["clerk"], { totp: true });
    const reset = await postForm(t.app, admin, `/en/verwaltung/konten/${person.staffId}/zuruecksetzen`, {
      scope: "password-and-totp",
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.body).toContain("then sets up their authenticator app");
    const row = await t.database.db
      .selectFrom("staff_accounts")
      .selectAll()
      .where("id", "=", person.staffId)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toBeNull();
    const browser = new Browser(t.app);
    await browser.signIn(person.username, oneTimePassword(reset.body) ?? "");
    const changed = await browser.post("/verwaltung/anmelden/passwort", {
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(changed.headers.location).toMatch(/^\/verwaltung\/anmelden\/zwei-faktor/);
    const audit = await onlyAudit("staff.password-reset", `staff:${person.staffId}`);
    expect(audit.detail).toEqual({ totp: true });
  });

  it("slows down wrong passwords from one address instead of locking the owner out; a reset lifts the delay", async () => {
    const { id } = await clerkWithOwnPassword("clumsy");
    const attacker = new Browser(t.app);
    for (let i = 1; i <= 5; i++) {
      const res = await attacker.signIn("clumsy", `wrong password ${i}`);
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain("Benutzername oder Passwort stimmen nicht.");
    }
    const sixth = await attacker.signIn("clumsy", NEW_PASSWORD);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.body).toContain("Zu viele Fehlversuche");
    expect(sixth.headers["retry-after"]).toMatch(/^\d+$/);
    expect(sixth.headers["set-cookie"] ?? "").not.toContain("sb_staff");

    const list = await t.app.inject({
      method: "GET",
      url: "/verwaltung/konten",
      headers: { cookie: admin.cookie },
    });
    const listed = /<tr[^>]*data-account="clumsy"[\s\S]*?<\/tr>/.exec(list.body)?.[0] ?? "";
    expect(listed).toMatch(/bis \d/);
    const page = await t.app.inject({
      method: "GET",
      url: `/verwaltung/konten/${id}`,
      headers: { cookie: admin.cookie },
    });
    expect(page.body).toContain(`action="/verwaltung/konten/${id}/entsperren"`);

    const reset = await postForm(t.app, admin, `/verwaltung/konten/${id}/zuruecksetzen`, {
      scope: "password",
    });
    const fresh = await attacker.signIn("clumsy", oneTimePassword(reset.body) ?? "");
    expect(fresh.statusCode).toBe(303);
  });

  it("lifts the delay without a reset, and the person's own password works again at once", async () => {
    const { id } = await clerkWithOwnPassword("slowed.down");
    const person = new Browser(t.app);
    for (let i = 1; i <= 6; i++) await person.signIn("slowed.down", `wrong password ${i}`);
    expect((await person.signIn("slowed.down", NEW_PASSWORD)).statusCode).toBe(429);

    const unlocked = await postForm(t.app, admin, `/verwaltung/konten/${id}/entsperren`);
    expect(unlocked.statusCode).toBe(303);
    expect(unlocked.headers.location).toBe(`/verwaltung/konten/${id}?entsperrt=1`);
    const page = await t.app.inject({
      method: "GET",
      url: unlocked.headers.location ?? "",
      headers: { cookie: admin.cookie },
    });
    expect(page.body).toContain("Die Verzögerung ist aufgehoben.");
    const again = await person.signIn("slowed.down", NEW_PASSWORD);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe("/verwaltung");
    const audit = await onlyAudit("staff.unlocked", `staff:${id}`);
    expect(audit.staff_id).toBe(admin.staffId);
  });

  it("answers unknown and malformed accounts with 404 and 400, in English too", async () => {
    const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie: admin.cookie } });
    expect((await get("/verwaltung/konten/999999")).statusCode).toBe(404);
    expect((await get("/verwaltung/konten/abc")).statusCode).toBe(400);
    expect((await postForm(t.app, admin, "/verwaltung/konten/999999/entsperren")).statusCode).toBe(404);
    const list = await get("/en/verwaltung/konten");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<h1 class="kern-heading-large">Staff</h1>');
    expect(list.body).toContain('href="/en/verwaltung/konten/neu"');
  });

  it("is for administrators only", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk", "management"]);
    expect(
      (await t.app.inject({ method: "GET", url: "/verwaltung/konten", headers: { cookie: clerk.cookie } }))
        .statusCode,
    ).toBe(403);
    const post = await postForm(t.app, clerk, "/verwaltung/konten/neu", {
      username: "sneaky",
      displayName: "S",
      roles: "administrator",
    });
    expect(post.statusCode).toBe(403);
    expect(await accountRow("sneaky")).toBeUndefined();
    const anonymous = await t.app.inject({ method: "GET", url: "/verwaltung/konten/neu" });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/verwaltung/anmelden?weiter=%2Fverwaltung%2Fkonten%2Fneu");
  });
});
