import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applicant, fileMeldebescheinigung } from "./helpers/applicant";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const BOOK_BUTTON = "Termin für diesen Antrag buchen";
const MINUTE = 60_000;

const address = (prefix: string, street: string) => ({
  [`${prefix}.street`]: street,
  [`${prefix}.houseNumber`]: "5",
  [`${prefix}.postalCode`]: "35037",
  [`${prefix}.city`]: "Marburg",
});

/**
 * Files an Anmeldung (or, with `service`, the Ummeldung: the same pages without the question
 * where the move comes from) through its pages, the landlord's confirmation typed in;
 * @returns its tracking secret
 */
async function fileAnmeldung(
  app: FastifyInstance,
  email: string,
  service = "anmeldung-wohnsitz",
): Promise<string> {
  const BASE = `/antrag/${service}`;
  const r = applicant(app);
  await r.follow(await r.post(BASE, {}, BASE));
  if (service === "anmeldung-wohnsitz")
    await r.answer(`${BASE}/seite/move-kind`, { moveKind: "within-town" });
  await r.answer(`${BASE}/seite/persons/eintrag/1`, {
    "person.givenNames": "Anna",
    "person.familyName": "Beispiel",
    "person.dateOfBirth.day": "1",
    "person.dateOfBirth.month": "2",
    "person.dateOfBirth.year": "1990",
    sex: "none",
    nationality: "deutsch",
    relation: "self",
  });
  await r.answer(`${BASE}/seite/persons`, {});
  await r.answer(`${BASE}/seite/new-address`, address("newAddress", "Markt"));
  await r.answer(`${BASE}/seite/move-in`, {
    "moveInDate.day": "4",
    "moveInDate.month": "1",
    "moveInDate.year": "2027",
  });
  await r.answer(`${BASE}/seite/residence-kind`, { residenceKind: "main" });
  await r.answer(`${BASE}/seite/previous-address`, address("previousAddress", "Ketzerbach"));
  await r.answer(`${BASE}/seite/landlord-confirmation`, { confirmationForm: "enter" });
  await r.answer(`${BASE}/seite/landlord`, {
    landlordName: "Wohnbau Beispiel GmbH",
    ...address("landlordAddress", "Universitätsstraße"),
    "confirmedMoveInDate.day": "4",
    "confirmedMoveInDate.month": "1",
    "confirmedMoveInDate.year": "2027",
  });
  await r.answer(`${BASE}/seite/landlord-owner`, { landlordIsOwner: "yes" });
  await r.answer(`${BASE}/seite/declaration`, { truthful: "yes" });
  await r.answer(`${BASE}/kontakt`, { email });
  const filed = await r.post(`${BASE}/absenden`);
  if (filed.statusCode !== 303) throw new Error(`filing failed: ${filed.statusCode}`);
  return (
    String(filed.headers.location)
      .replace(/\?neu=1$/, "")
      .split("/")
      .at(-1) ?? ""
  );
}

const fromHtml = (href: string) => href.replaceAll("&amp;", "&");

/** The booking link of a case page, if it offers one. */
const bookLinkOf = (body: string) =>
  /href="([^"]*\/termin\/ort\?[^"]*)"[^>]*>\s*<span class="kern-label">(Termin für diesen Antrag buchen|Book the visit for this application)/.exec(
    body,
  )?.[1];

describeEachDatabase("booking the visit an online application needs", (kind) => {
  let t: TestApp;
  let dir: string;
  let token: string;
  let caseId: string;
  let reference: string;
  let visitDay: string;
  let manage: string;
  let code: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-visit-"));
    t = await createTestApp(kind, { DATA_DIR: dir, BOOKING_HOLD_MINUTES: "10" });
    token = await fileAnmeldung(t.app, "anna@example.org");
    const record = await t.app.cases.byTrackingToken(token);
    if (!record) throw new Error("not filed");
    caseId = record.id;
    reference = record.reference;
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const caseOf = async (appointmentCode: string) =>
    (
      await t.database.db
        .selectFrom("appointments")
        .select(["status", "case_id"])
        .where("code", "=", appointmentCode)
        .where("rescheduled_to", "is", null)
        .executeTakeFirstOrThrow()
    ).case_id;

  /**
   * Goes through the booking pages from `start` as a resident without JavaScript: the Stadtbüro,
   * the first day, the first time (posting the time page's hidden fields), details, confirm.
   */
  async function bookFrom(start: string, email: string) {
    const pages = bookingPages(t.app);
    const places = await pages.get(start);
    expect(places.statusCode).toBe(200);
    const params = new URL(start, "http://localhost").searchParams;
    params.set("ort", "stadtbuero");
    const days = await pages.get(`/termin/tag?${params}`);
    const dayHref = fromHtml(/href="(\/termin\/zeit\?[^"]+)"/.exec(days.body)?.[1] ?? "");
    const times = await pages.get(dayHref);
    const hidden: Record<string, string> = {};
    for (const m of times.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      if (m[1] !== "_csrf") hidden[m[1] as string] = m[2] as string;
    const zeit = /name="zeit" type="radio" value="([^"]+)"/.exec(times.body)?.[1] as string;
    const held = await pages.post(dayHref, "/termin/halten", { ...hidden, zeit });
    expect(held.statusCode).toBe(303);
    const base = String(held.headers.location).replace(/\/angaben$/, "");
    await pages.post(`${base}/angaben`, `${base}/angaben`, { name: "Anna Beispiel", email });
    const confirmed = await pages.post(`${base}/pruefen`, `${base}/buchen`, {});
    const done = await pages.get(String(confirmed.headers.location));
    return {
      pages,
      places,
      days,
      hidden,
      base,
      day: /tag=(\d{4}-\d\d-\d\d)/.exec(dayHref)?.[1] as string,
      code: /sb-code-inline">([A-Z0-9-]+)/.exec(done.body)?.[1] as string,
      manage: /href="(\/termin\/verwalten\/[A-Za-z0-9_-]{32})"/.exec(done.body)?.[1] as string,
    };
  }

  it("offers on the case page to book the visit, with the case in the link", async () => {
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${token}` });
    expect(page.body).toContain("Noch zu tun");
    expect(fromHtml(bookLinkOf(page.body) ?? "")).toBe(
      `/termin/ort?leistungen=anmeldung-wohnsitz&vorgang=${token}`,
    );
    const en = await t.app.inject({ method: "GET", url: `/en/vorgang/${token}` });
    expect(fromHtml(bookLinkOf(en.body) ?? "")).toBe(
      `/en/termin/ort?leistungen=anmeldung-wohnsitz&vorgang=${token}`,
    );
  });

  it("asks the same visit of an Ummeldung, booked for its own service", async () => {
    const ummeldung = await fileAnmeldung(t.app, "umzug@example.org", "ummeldung-wohnsitz");
    const record = await t.app.cases.byTrackingToken(ummeldung);
    expect(record?.state.serviceKey).toBe("ummeldung-wohnsitz");
    expect(record?.answers).not.toHaveProperty("moveKind");
    expect(record?.answers).toMatchObject({ previousAddress: { street: "Ketzerbach" } });
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${ummeldung}` });
    expect(page.body).toContain("Noch zu tun");
    expect(fromHtml(bookLinkOf(page.body) ?? "")).toBe(
      `/termin/ort?leistungen=ummeldung-wohnsitz&vorgang=${ummeldung}`,
    );
    const service = await t.app.inject({ method: "GET", url: "/leistungen/ummeldung-wohnsitz" });
    expect(service.body).toContain('href="/antrag/ummeldung-wohnsitz"');
  });

  it("asks a visit of a found item's report, to hand the item in", async () => {
    const base = "/antrag/fundsache-abgeben";
    const r = applicant(t.app);
    await r.follow(await r.post(base, {}, base));
    await r.answer(`${base}/seite/category`, { category: "keys" });
    await r.answer(`${base}/seite/description`, { description: "Ein Schlüsselbund mit drei Schlüsseln" });
    await r.answer(`${base}/seite/place`, { placeFound: "Elisabethkirche" });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(t.clock.now());
    const [year, month, day] = today.split("-");
    await r.answer(`${base}/seite/date`, {
      "dateFound.day": String(Number(day)),
      "dateFound.month": String(Number(month)),
      "dateFound.year": year ?? "",
    });
    await r.answer(`${base}/seite/finder-rights`, { keepRights: "no" });
    await r.answer(`${base}/seite/declaration`, { truthful: "yes" });
    await r.answer(`${base}/kontakt`, { email: "finder@example.org" });
    const filed = await r.post(`${base}/absenden`);
    expect(filed.statusCode).toBe(303);
    const secret =
      String(filed.headers.location)
        .replace(/\?neu=1$/, "")
        .split("/")
        .at(-1) ?? "";
    const record = await t.app.cases.byTrackingToken(secret);
    expect(record?.answers).toMatchObject({ category: "keys", keepRights: false });
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${secret}` });
    expect(page.body).toContain("Noch zu tun");
    expect(fromHtml(bookLinkOf(page.body) ?? "")).toBe(
      `/termin/ort?leistungen=fundsache-abgeben&vorgang=${secret}`,
    );
  });

  it("carries the case through the booking pages and books the visit for it", async () => {
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${token}` });
    const booked = await bookFrom(fromHtml(bookLinkOf(page.body) ?? ""), "anna@example.org");
    // no "this can be done online" detour: the application was filed online already
    expect(booked.places.body).toContain(`<input type="hidden" name="vorgang" value="${token}"/>`);
    expect(booked.days.body).toContain(`vorgang=${token}`);
    expect(booked.hidden).toMatchObject({
      leistungen: "anmeldung-wohnsitz",
      ort: "stadtbuero",
      vorgang: token,
    });
    expect(await caseOf(booked.code)).toBe(caseId);
    ({ code, manage } = booked);
    visitDay = booked.day;
  });

  it("shows the booked visit on the case page instead of the booking button", async () => {
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${token}` });
    expect(bookLinkOf(page.body)).toBeUndefined();
    expect(page.body).toContain("Ihr Termin:");
    const entry = /<li>([^<]*Buchungsnummer [^<]*)<\/li>/.exec(page.body)?.[1] ?? "";
    expect(entry).toMatch(/^\p{L}+, \d+\. \p{L}+ \d{4}, \d\d:\d\d bis \d\d:\d\d Uhr, Stadtbüro/u);
    expect(entry).toContain(`(Buchungsnummer ${code})`);
    expect(page.body).toContain("Terminbestätigung");
    const en = await t.app.inject({ method: "GET", url: `/en/vorgang/${token}` });
    expect(en.body).toContain("Your appointment:");
    expect(en.body).toContain(`(booking number ${code})`);
  });

  it("keeps the case when the resident moves the visit", async () => {
    const pages = bookingPages(t.app);
    const before = (await t.app.inject({ method: "GET", url: `/vorgang/${token}` })).body;
    const times = await pages.get(`${manage}/verschieben?tag=${visitDay}`);
    const values = [...times.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1]);
    const moved = await pages.post(`${manage}/verschieben?tag=${visitDay}`, `${manage}/verschieben`, {
      zeit: values.at(-1) as string,
      tag: visitDay,
    });
    expect(moved.statusCode).toBe(303);
    const rows = await t.database.db
      .selectFrom("appointments")
      .select(["status", "case_id", "rescheduled_to"])
      .where("code", "=", code)
      .orderBy("id")
      .execute();
    expect(rows.map((r) => [r.status, r.case_id])).toEqual([
      ["cancelled", caseId],
      ["confirmed", caseId],
    ]);
    // the page names the new time, once
    const after = (await t.app.inject({ method: "GET", url: `/vorgang/${token}` })).body;
    expect(after.match(/Buchungsnummer /g)).toHaveLength(1);
    expect(after).not.toBe(before);
  });

  it("books without a case when the link's secret opens none, a case of another service or one that needs no visit", async () => {
    const forged = await bookFrom(
      `/termin/ort?leistungen=anmeldung-wohnsitz&vorgang=${"A".repeat(32)}`,
      "forged@example.org",
    );
    expect(forged.code).toMatch(/^[A-Z0-9-]+$/);
    expect(await caseOf(forged.code)).toBeNull();

    const other = await bookFrom(
      `/termin/ort?leistungen=personalausweis&vorgang=${token}`,
      "other@example.org",
    );
    expect(await caseOf(other.code)).toBeNull();

    // a Meldebescheinigung needs no visit: its page offers none, and its secret attaches nothing
    const certificate = await fileMeldebescheinigung(t.app, { email: "erika@example.org" });
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${certificate.token}` });
    expect(page.statusCode).toBe(200);
    expect(bookLinkOf(page.body)).toBeUndefined();
    const notNeeded = await bookFrom(
      `/termin/ort?leistungen=meldebescheinigung&vorgang=${certificate.token}`,
      "certificate@example.org",
    );
    expect(await caseOf(notNeeded.code)).toBeNull();
  });

  it("offers no booking for a withdrawn application and attaches none to it", async () => {
    const withdrawnToken = await fileAnmeldung(t.app, "ben@example.org");
    const record = await t.app.cases.byTrackingToken(withdrawnToken);
    if (!record) throw new Error("not filed");
    const before = await t.app.inject({ method: "GET", url: `/vorgang/${withdrawnToken}` });
    expect(bookLinkOf(before.body)).toBeDefined();
    const change = await t.app.cases.apply(
      record.id,
      record.revision,
      { type: "withdraw" },
      { kind: "resident" },
      t.clock.now(),
    );
    expect(change.ok).toBe(true);
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${withdrawnToken}` });
    expect(page.body).not.toContain(BOOK_BUTTON);
    expect(page.body).not.toContain("Noch zu tun");
    const booked = await bookFrom(
      `/termin/ort?leistungen=anmeldung-wohnsitz&vorgang=${withdrawnToken}`,
      "ben@example.org",
    );
    expect(await caseOf(booked.code)).toBeNull();
  });

  it("links the visit to its case in the clerks' day view", async () => {
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    const day = await t.app.inject({
      method: "GET",
      url: `/verwaltung/tag?ort=stadtbuero&datum=${visitDay}`,
      headers: { cookie: clerk.cookie },
    });
    expect(day.statusCode).toBe(200);
    expect(day.body).toContain(`href="/verwaltung/vorgaenge/${caseId}">Vorgang ${reference} öffnen</a>`);
    // the day's other bookings (without a case, or with a link that attached none) have no such link
    expect(day.body.match(/\/verwaltung\/vorgaenge\//g)).toHaveLength(1);
    const en = await t.app.inject({
      method: "GET",
      url: `/en/verwaltung/tag?ort=stadtbuero&datum=${visitDay}`,
      headers: { cookie: clerk.cookie },
    });
    expect(en.body).toContain(`href="/en/verwaltung/vorgaenge/${caseId}">Open case ${reference}</a>`);
  });

  it("keeps the case when a hold ran out and the resident picks a new time", async () => {
    const third = await fileAnmeldung(t.app, "carla@example.org");
    const thirdCase = (await t.app.cases.byTrackingToken(third))?.id;
    const pages = bookingPages(t.app);
    const start = `/termin/zeit?leistungen=anmeldung-wohnsitz&ort=stadtbuero&tag=${visitDay}&vorgang=${third}`;
    const times = await pages.get(start);
    const values = [...times.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1]);
    const held = await pages.post(start, "/termin/halten", {
      leistungen: "anmeldung-wohnsitz",
      ort: "stadtbuero",
      tag: visitDay,
      vorgang: third,
      zeit: values[0] as string,
    });
    const base = String(held.headers.location).replace(/\/angaben$/, "");
    await pages.post(`${base}/angaben`, `${base}/angaben`, {
      name: "Carla Beispiel",
      email: "carla@example.org",
    });
    t.clock.advance(11 * MINUTE);
    const lapsed = await pages.get(`${base}/abgelaufen`);
    const offered = [...lapsed.body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map((m) => m[1]);
    const again = await pages.post(`${base}/abgelaufen`, `${base}/neue-zeit`, {
      zeit: offered.at(-1) as string,
      tag: visitDay,
    });
    expect(again.statusCode).toBe(303);
    const next = String(again.headers.location);
    const confirmed = await pages.post(next, next.replace(/pruefen$/, "buchen"), {});
    expect(confirmed.statusCode).toBe(303);
    const rows = await t.database.db
      .selectFrom("appointments")
      .select(["status", "case_id"])
      .where("email", "=", "carla@example.org")
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { status: "expired", case_id: thirdCase },
      { status: "confirmed", case_id: thirdCase },
    ]);
    const page = await t.app.inject({ method: "GET", url: `/vorgang/${third}` });
    expect(page.body).toContain("Ihr Termin:");
    expect(bookLinkOf(page.body)).toBeUndefined();
  });
});
