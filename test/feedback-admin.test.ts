import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

const LONG =
  "Die Schaltfläche zum Buchen eines Termins lässt sich mit der Tastatur nicht erreichen, weil der Fokus im Kalender hängen bleibt. Ich nutze einen Screenreader und komme nicht weiter.";
const EMAIL = "leserin@example.org";

describeEachDatabase("accessibility feedback inbox", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  let withEmail: number;
  let withoutEmail: number;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
    withEmail = await submit({ message: LONG, email: EMAIL, page: "/termine" });
    withoutEmail = await submit({ message: "Kontrast <b>zu schwach</b>" });
  });
  afterAll(() => t?.close());

  /** Sends a report through the public form, as a resident would. */
  async function submit(fields: Record<string, string>): Promise<number> {
    const { cookie, token } = await formSession(t.app, "/barrierefreiheit");
    const res = await t.app.inject({
      method: "POST",
      url: "/barrierefreiheit",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
    expect(res.statusCode).toBe(303);
    const row = await t.database.db
      .selectFrom("accessibility_feedback")
      .select("id")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const get = (url: string, who: SignedIn = admin) =>
    t.app.inject({ method: "GET", url, headers: { cookie: who.cookie } });
  const audits = (action: string) =>
    t.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();
  const statusOf = async (id: number) =>
    (
      await t.database.db
        .selectFrom("accessibility_feedback")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).status;

  it("lists reports newest first with their start, but no e-mail address", async () => {
    const res = await get("/verwaltung/rueckmeldungen");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("<caption");
    expect(res.body).toContain('scope="col"');
    const ids = [...res.body.matchAll(/data-feedback="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual([withoutEmail, withEmail]);
    expect(res.body).toContain(
      "Die Schaltfläche zum Buchen eines Termins lässt sich mit der Tastatur nicht erreichen …",
    );
    expect(res.body).not.toContain("Screenreader");
    expect(res.body).not.toContain(EMAIL);
    expect(res.body).toContain("/termine");
    expect(res.body).toContain("Kontrast &lt;b>zu schwach");
    expect(res.body).toContain(`href="/verwaltung/rueckmeldungen/${withEmail}"`);
    const [listed] = await audits("feedback.list");
    expect(listed).toMatchObject({ staff_id: admin.staffId, detail: { status: null, rows: 2 } });
  });

  it("shows the whole report and its address, and records who read it", async () => {
    const res = await get(`/verwaltung/rueckmeldungen/${withEmail}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(LONG);
    expect(res.body).toContain(`href="mailto:${EMAIL}"`);
    expect(res.body).toMatch(/id="status"[^>]*value="new"[^>]*checked/);
    const reads = await audits("feedback.read");
    expect(reads.at(-1)).toMatchObject({
      staff_id: admin.staffId,
      staff_username: admin.username,
      subject: `feedback:${withEmail}`,
      detail: null,
    });
    const english = await get(`/en/verwaltung/rueckmeldungen/${withoutEmail}`);
    expect(english.body).toContain("none given – a reply is not possible");
  });

  it("sets the status, audits it, and filters the list by it", async () => {
    const res = await postForm(t.app, admin, `/verwaltung/rueckmeldungen/${withEmail}`, {
      status: "in-progress",
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/verwaltung/rueckmeldungen/${withEmail}?gespeichert=1`);
    expect(await statusOf(withEmail)).toBe("in-progress");
    const page = await get(res.headers.location ?? "");
    expect(page.body).toContain("Der Status ist gespeichert.");
    expect(page.body).toContain("In Bearbeitung");
    const [changed] = await audits("feedback.status-changed");
    expect(changed).toMatchObject({
      staff_id: admin.staffId,
      subject: `feedback:${withEmail}`,
      detail: { from: "new", to: "in-progress" },
    });

    const inProgress = await get("/verwaltung/rueckmeldungen?status=in-progress");
    expect(inProgress.body).toContain(`data-feedback="${withEmail}"`);
    expect(inProgress.body).not.toContain(`data-feedback="${withoutEmail}"`);
    expect(inProgress.body).toMatch(/<option value="in-progress" selected/);
    const answered = await get("/verwaltung/rueckmeldungen?status=answered");
    expect(answered.body).toContain("Es gibt keine Meldungen mit diesem Status.");
    // a status nobody knows shows everything
    const unknown = await get("/verwaltung/rueckmeldungen?status=deleted");
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain(`data-feedback="${withoutEmail}"`);
  });

  it("refuses an unknown status next to the field and changes nothing", async () => {
    const before = (await audits("feedback.status-changed")).length;
    const res = await postForm(t.app, admin, `/verwaltung/rueckmeldungen/${withoutEmail}`, {
      status: "deleted",
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#status"');
    expect(res.body).toMatch(/id="status-error"[^>]*>Bitte wählen Sie einen der Status/);
    expect(await statusOf(withoutEmail)).toBe("new");
    const none = await postForm(t.app, admin, `/verwaltung/rueckmeldungen/${withoutEmail}`, {});
    expect(none.statusCode).toBe(400);
    expect((await audits("feedback.status-changed")).length).toBe(before);
  });

  it("answers unknown reports with 404 and malformed ids with 400", async () => {
    expect((await get("/verwaltung/rueckmeldungen/999999")).statusCode).toBe(404);
    expect(
      (await postForm(t.app, admin, "/verwaltung/rueckmeldungen/999999", { status: "closed" })).statusCode,
    ).toBe(404);
    expect((await get("/verwaltung/rueckmeldungen/eins")).statusCode).toBe(400);
  });

  it("pages by twenty-five", async () => {
    await t.database.db
      .insertInto("accessibility_feedback")
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          tenant_id: t.app.staff.tenantId,
          locale: "de" as const,
          message: `Seite ${i}`,
        })),
      )
      .execute();
    const first = await get("/verwaltung/rueckmeldungen?status=new");
    const firstIds = [...first.body.matchAll(/data-feedback="(\d+)"/g)].map((m) => Number(m[1]));
    expect(firstIds).toHaveLength(25);
    const older = /href="(\/verwaltung\/rueckmeldungen\?status=new&amp;vor=\d+)"/.exec(first.body)?.[1];
    expect(older).toBeDefined();
    const second = await get((older ?? "").replaceAll("&amp;", "&"));
    const secondIds = [...second.body.matchAll(/data-feedback="(\d+)"/g)].map((m) => Number(m[1]));
    // 30 new ones and the one report still new from before
    expect(secondIds).toHaveLength(6);
    expect(Math.max(...secondIds)).toBeLessThan(Math.min(...firstIds));
    expect(second.body).toContain("Zu den neuesten Meldungen");
  });

  it("is for administrators only", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk", "management"]);
    expect((await get("/verwaltung/rueckmeldungen", clerk)).statusCode).toBe(403);
    expect((await get(`/verwaltung/rueckmeldungen/${withEmail}`, clerk)).statusCode).toBe(403);
    const post = await postForm(t.app, clerk, `/verwaltung/rueckmeldungen/${withoutEmail}`, {
      status: "closed",
    });
    expect(post.statusCode).toBe(403);
    expect(await statusOf(withoutEmail)).toBe("new");
    const anonymous = await t.app.inject({
      method: "POST",
      url: `/verwaltung/rueckmeldungen/${withoutEmail}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "status=closed",
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await statusOf(withoutEmail)).toBe("new");
    expect((await audits("feedback.read")).every((e) => e.staff_id === admin.staffId)).toBe(true);
  });
});
