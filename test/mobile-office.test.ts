import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantToCivil } from "../src/domain/zoned-time";
import type { Session } from "../src/modules/booking/domain/sessions";
import { monthWeeks, parseMonth, visitUids } from "../src/modules/mobile-office/schedule";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

const STOPS = {
  "mobil-schroeck": "Schröck",
  "mobil-marbach": "Marbach",
  "mobil-cappel": "Cappel",
  "mobil-wehrda": "Wehrda",
  "mobil-richtsberg": "Richtsberg",
  "mobil-elnhausen": "Elnhausen",
} as const;

/** The HTML between a stop's page link and its calendar link in the list. */
function stopBlock(body: string, key: string, prefix = ""): string {
  const start = body.indexOf(`href="${prefix}/orte/${key}"`);
  const end = body.indexOf(`${prefix}/mobiles-stadtbuero/${key}.ics"`, start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return body.slice(start, end);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines. */
function icsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
}

/** The VEVENTs of an iCalendar text as maps of property name (without parameters) to value. */
function icsEvents(text: string): Map<string, string>[] {
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of icsLines(text)) {
    if (line === "BEGIN:VEVENT") current = new Map();
    else if (line === "END:VEVENT") {
      if (current) events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(":");
      current.set(line.slice(0, colon).split(";")[0] as string, line.slice(colon + 1));
    }
  }
  return events;
}

/** "20261124T080000Z" → Temporal.Instant */
function icsInstant(value: string): Temporal.Instant {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) throw new Error(`not a UTC date-time: ${value}`);
  return Temporal.Instant.from(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

describe("mobile office schedule helpers", () => {
  it("lays a month out in Monday-first weeks", () => {
    const december = parseMonth("2026-12");
    expect(december?.toString()).toBe("2026-12");
    const weeks = monthWeeks(december as Temporal.PlainYearMonth);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    const feb = monthWeeks(parseMonth("2027-02") as Temporal.PlainYearMonth);
    expect(feb.flat().filter(Boolean)).toHaveLength(28);
    expect(feb.every((w) => w.length === 7)).toBe(true);
  });

  it("accepts only real months in the form YYYY-MM", () => {
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-12", "2026-12-01", "dezember", ""])
      expect(parseMonth(bad)).toBeUndefined();
  });

  it("gives visits stable, unique UIDs", () => {
    const visit = (date: string, start: string) => ({
      date,
      session: { planKey: "mobil-x", start } as Session,
    });
    const uids = visitUids(
      [visit("2026-12-01", "a"), visit("2026-12-01", "b"), visit("2026-12-15", "c")] as never,
      "marburg",
    );
    expect(uids).toEqual([
      "mobil-x-2026-12-01@marburg.stadtbuero",
      "mobil-x-2026-12-01-2@marburg.stadtbuero",
      "mobil-x-2026-12-15@marburg.stadtbuero",
    ]);
  });
});

describeEachDatabase("mobile office pages", (kind) => {
  let t: TestApp;
  let timeZone: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    timeZone = await t.app.booking.timeZone();
  });
  afterAll(() => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers });
  const today = () =>
    Temporal.Instant.from(t.clock.now().toISOString()).toZonedDateTimeISO(timeZone).toPlainDate();

  it("points people who cannot come to the visit request form", async () => {
    expect((await get("/mobiles-stadtbuero")).body).toContain('href="/hausbesuch">Hausbesuch anfragen</a>');
    expect((await get("/en/mobiles-stadtbuero")).body).toContain(
      'href="/en/hausbesuch">Request a home visit</a>',
    );
  });

  /** Sessions of one stop as the page computes them: from today over `weeks` weeks, not yet over. */
  async function upcoming(location: string, weeks: number): Promise<Session[]> {
    const from = today();
    const sessions = await t.app.booking.sessions({
      location,
      from: from.toString(),
      to: from.add({ weeks }).subtract({ days: 1 }).toString(),
    });
    const now = t.clock.now().toISOString();
    return sessions.filter((s) => s.end > now);
  }

  it("explains the mobile office and lists the six stops with their next visits", async () => {
    const res = await get("/mobiles-stadtbuero");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain('<html lang="de"');
    expect(res.body).toMatch(/<title>Mobiles Stadtbüro – Stadtbüro Marburg<\/title>/);
    expect(res.body).toContain("Nur mit Termin.");
    expect(res.body).toContain("Bezahlen nur mit Karte.");
    expect(res.body).toContain("ganz gleich, in welchem Stadtteil Sie wohnen");
    expect(res.body).toContain("Pflegeheim");
    expect(res.body).toContain("Beispielzeiten");
    expect(res.body).not.toMatch(/<script/);

    for (const [key, name] of Object.entries(STOPS)) {
      const sessions = await upcoming(key, 8);
      expect(sessions.length, key).toBeGreaterThan(0);
      const block = stopBlock(res.body, key);
      expect(block).toContain(`Mobiles Stadtbüro ${name}`);
      expect(block).toContain(`Stadtteil: ${name}`);
      expect(count(block, "<time datetime=")).toBe(sessions.length);
      for (const s of sessions) expect(block).toContain(`<time datetime="${s.date}">`);
      expect(res.body).toContain(
        `<a class="kern-link" href="/mobiles-stadtbuero/${key}.ics" type="text/calendar">Kalender für ${name} abonnieren (iCal)</a>`,
      );
    }
    const cappel = stopBlock(res.body, "mobil-cappel");
    expect(cappel).toMatch(
      /<time datetime="[\d-]+">Dienstag, \d+\. \p{L}+ \d{4}<\/time>, 09:00 bis 12:00 Uhr/u,
    );
    expect(stopBlock(res.body, "mobil-elnhausen")).toContain("14:00 bis 16:00 Uhr");
  });

  it("has a GET filter of the districts with a stop, usable without JavaScript", async () => {
    const res = await get("/mobiles-stadtbuero");
    expect(res.body).toMatch(/<form class="sb-search" method="get" action="\/mobiles-stadtbuero">/);
    expect(res.body).toContain('<label class="kern-label" for="stadtteil">Stadtteil</label>');
    const select = /<select[^>]*name="stadtteil"[^>]*>([\s\S]*?)<\/select>/.exec(res.body)?.[1] ?? "";
    const options = [...select.matchAll(/<option value(?:="([^"]*)")?/g)].map((m) => m[1] ?? "");
    expect(options).toEqual(["", "cappel", "elnhausen", "marbach", "richtsberg", "schroeck", "wehrda"]);
    expect(res.body).toMatch(/<button class="kern-btn kern-btn--primary" type="submit">/);
  });

  it("shows only the chosen district's stop", async () => {
    const res = await get("/mobiles-stadtbuero?stadtteil=cappel");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<option value="cappel" selected>Cappel</option>');
    expect(res.body).toContain('href="/orte/mobil-cappel"');
    for (const key of Object.keys(STOPS).filter((k) => k !== "mobil-cappel")) {
      expect(res.body).not.toContain(`href="/orte/${key}"`);
      expect(res.body).not.toContain(`/mobiles-stadtbuero/${key}.ics`);
    }
    expect(res.body).toContain("Sie sehen nur die Haltestelle in Cappel.");
    expect(res.body).toContain('href="/mobiles-stadtbuero">Alle Haltestellen zeigen</a>');
  });

  it("says so when a known district has no stop, and shows all stops", async () => {
    const res = await get("/mobiles-stadtbuero?stadtteil=bauerbach");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("In Bauerbach hält das mobile Stadtbüro nicht.");
    for (const key of Object.keys(STOPS)) expect(res.body).toContain(`href="/orte/${key}"`);
  });

  it("rejects an unknown district with a message at the field", async () => {
    const res = await get("/mobiles-stadtbuero?stadtteil=atlantis");
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("<title>Fehler: Mobiles Stadtbüro");
    expect(res.body).toContain('id="stadtteil-error"');
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain('href="#stadtteil"');
    expect(res.body).toContain("Diesen Stadtteil kennen wir nicht.");
    expect(res.body).not.toContain("atlantis</");
  });

  it("shows a month as a table with every second Tuesday for Cappel", async () => {
    const month = today().toPlainYearMonth().add({ months: 1 });
    const from = month.toPlainDate({ day: 1 }).toString();
    const to = month.toPlainDate({ day: month.daysInMonth }).toString();
    const sessions = await t.app.booking.sessions({ location: "mobil-cappel", from, to });
    expect(sessions.length).toBeGreaterThanOrEqual(1);
    expect(sessions.length).toBeLessThanOrEqual(3);
    for (const s of sessions) expect(Temporal.PlainDate.from(s.date).dayOfWeek).toBe(2);
    const plan = Temporal.PlainDate.from("2026-01-05");
    for (const s of sessions) {
      const days = plan.until(Temporal.PlainDate.from(s.date), { largestUnit: "days" }).days;
      expect(Math.floor(days / 7) % 2).toBe(0);
    }

    const monthName = new Intl.DateTimeFormat("de-DE", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${from}T00:00:00Z`));
    for (const url of [
      `/mobiles-stadtbuero?monat=${month}`,
      `/mobiles-stadtbuero?stadtteil=cappel&monat=${month}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      const table = /<table[\s\S]*<\/table>/.exec(res.body)?.[0] ?? "";
      expect(table).toContain(
        `<caption id="month-table-caption" class="kern-title kern-title--small sb-table__caption">${monthName}</caption>`,
      );
      // on a narrow screen the month scrolls sideways in a region that takes the focus, named by the caption
      expect(res.body).toContain('aria-labelledby="month-table-caption" tabindex="0"');
      expect(count(table, 'scope="col"')).toBe(7);
      for (const day of ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"])
        expect(table).toContain(`<span class="kern-sr-only">${day}</span>`);
      expect(count(table, '<span aria-hidden="true">Di</span>')).toBe(1);
      expect(count(table, 'href="/orte/mobil-cappel"')).toBe(sessions.length);
      const rows = [...table.matchAll(/<tr class="kern-table__row">([\s\S]*?)<\/tr>/g)].slice(1);
      // every Cappel visit sits in the Tuesday column
      for (const [row] of rows) {
        const cells = row.split("<td").slice(1);
        cells.forEach((cell, i) => {
          if (cell.includes('href="/orte/mobil-cappel"')) expect(i).toBe(1);
        });
      }
      expect(count(table, "<td")).toBe(rows.length * 7);
      const previous = month.subtract({ months: 1 });
      const previousName = new Intl.DateTimeFormat("de-DE", {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${previous.toPlainDate({ day: 1 })}T00:00:00Z`));
      expect(res.body).toContain(`Vorheriger Monat: ${previousName}</a>`);
      expect(res.body).toMatch(/Nächster Monat: \p{L}+ \d{4}<\/a>/u);
    }
    const filtered = await get(`/mobiles-stadtbuero?stadtteil=cappel&monat=${month}`);
    expect(filtered.body).toContain(`<input type="hidden" name="monat" value="${month}"/>`);
    expect(filtered.body).not.toContain('href="/orte/mobil-wehrda"');
    expect(filtered.body).toContain(
      `href="/mobiles-stadtbuero?stadtteil=cappel&amp;monat=${month.subtract({ months: 1 })}"`,
    );
  });

  it.each([["2026-13"], ["2026-00"], ["dezember"], ["1999-01"]])(
    "answers monat=%s with a message, not a crash",
    async (monat) => {
      const res = await get(`/mobiles-stadtbuero?monat=${monat}`);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('<html lang="de"');
      expect(res.body).toContain("Diesen Monat können wir nicht zeigen");
      expect(res.body).toContain('role="alert"');
      // the list is still there
      expect(res.body).toContain('href="/orte/mobil-cappel"');
    },
  );

  it("renders the English page", async () => {
    const res = await get("/en/mobiles-stadtbuero");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain("<title>Mobile Stadtbüro – Stadtbüro Marburg</title>");
    expect(res.body).toContain("Appointment required.");
    expect(res.body).toContain("Card payment only.");
    expect(stopBlock(res.body, "mobil-cappel", "/en")).toContain("09:00 to 12:00");
    expect(res.body).toContain('href="/en/mobiles-stadtbuero/mobil-cappel.ics"');
    expect(res.body).toContain("Subscribe to the calendar for Cappel (iCal)");
    expect(res.body).toContain('href="/mobiles-stadtbuero" hreflang="de"');
    const month = await get(`/en/mobiles-stadtbuero?monat=${today().toPlainYearMonth()}`);
    expect(month.body).toContain('<span class="kern-sr-only">Tuesday</span>');
    expect(month.body).toContain("Previous month: ");
  });

  it("serves a stop's visits as an iCalendar feed at 09:00 Berlin time across DST", async () => {
    const res = await get("/mobiles-stadtbuero/mobil-cappel.ics");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers["cache-control"]).toMatch(/^public, max-age=\d+$/);

    const lines = icsLines(res.body);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    expect(lines).toContain("X-WR-CALNAME:Mobiles Stadtbüro Cappel");

    const sessions = await t.app.booking.sessions({
      location: "mobil-cappel",
      from: today().toString(),
      to: today().add({ weeks: 26 }).subtract({ days: 1 }).toString(),
    });
    const events = icsEvents(res.body);
    expect(events).toHaveLength(sessions.length);
    expect(new Set(events.map((e) => e.get("UID"))).size).toBe(events.length);
    const offsets = new Set<string>();
    for (const [i, e] of events.entries()) {
      expect(e.get("SUMMARY")).toBe("Mobiles Stadtbüro Cappel");
      expect(e.get("LOCATION")).toBe(
        "Mobiles Stadtbüro Cappel\\, Am Sportplatz 1\\, 35043 Marburg (Demo-Anschrift\\, kann von der echten abweichen)",
      );
      expect(e.get("UID")).toBe(`mobil-cappel-2026-${sessions[i]?.date}@marburg.stadtbuero`);
      const dtstart = e.get("DTSTART") ?? "";
      expect(dtstart).toMatch(/Z$/);
      const start = instantToCivil(icsInstant(dtstart), "Europe/Berlin");
      const end = instantToCivil(icsInstant(e.get("DTEND") ?? ""), "Europe/Berlin");
      expect(start.time).toBe("09:00");
      expect(end.time).toBe("12:00");
      expect(start.date).toBe(sessions[i]?.date);
      offsets.add(start.offset);
    }
    // winter visits are 08:00Z, summer visits 07:00Z; 26 weeks from late autumn reach into summer
    for (const e of events) {
      const offset = instantToCivil(icsInstant(e.get("DTSTART") ?? ""), "Europe/Berlin").offset;
      expect(e.get("DTSTART")).toMatch(offset === "+01:00" ? /T080000Z$/ : /T070000Z$/);
    }
    const summerTime = Temporal.ZonedDateTime.from({ year: today().year, month: 7, day: 1, timeZone }).offset;
    expect(summerTime).toBe("+02:00");
    if (today().month >= 10 || today().month <= 2) expect([...offsets].sort()).toEqual(["+01:00", "+02:00"]);

    const again = await get("/mobiles-stadtbuero/mobil-cappel.ics", {
      "if-none-match": res.headers.etag as string,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");

    const en = await get("/en/mobiles-stadtbuero/mobil-cappel.ics");
    expect(en.statusCode).toBe(200);
    expect(icsEvents(en.body)[0]?.get("SUMMARY")).toBe("Mobile Stadtbüro Cappel");
    expect(en.headers.etag).not.toBe(res.headers.etag);
  });

  it("answers an unknown stop's feed with 404", async () => {
    for (const url of [
      "/mobiles-stadtbuero/nirgendwo.ics",
      "/mobiles-stadtbuero/stadtbuero.ics",
      "/en/mobiles-stadtbuero/nowhere.ics",
      "/mobiles-stadtbuero/mobil-cappel",
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
    }
  });
});
