import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { signInAs } from "./helpers/staff";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

const ZONE = "Europe/Berlin";
const TENANT = "marburg";
const today = Temporal.Instant.from(TEST_NOW).toZonedDateTimeISO(ZONE).toPlainDate();
const D1 = today.subtract({ days: 3 }).toString();
const D2 = today.subtract({ days: 2 }).toString();
const TODAY = today.toString();
const LONG_AGO = today.subtract({ days: 10 }).toString();
const EMPTY_DAY = today.subtract({ days: 20 }).toString();
/** personal data written into the appointments; it must never appear in a report */
const NAME = "Erika Reportprobe";
const PHONE = "06421 555123";

/** The instant of a civil date and time in the tenant's zone. */
function at(date: string, time: string): Date {
  const instant = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant();
  return new Date(instant.epochMilliseconds);
}

let codes = 0;

async function appointment(
  t: TestApp,
  a: {
    date: string;
    time: string;
    location?: string;
    channel?: "public" | "staff";
    status?: "confirmed" | "cancelled" | "held";
    confirmed?: boolean;
    rescheduledTo?: number;
  },
): Promise<number> {
  codes += 1;
  const startsAt = at(a.date, a.time);
  const status = a.status ?? "confirmed";
  const row = await t.database.db
    .insertInto("appointments")
    .values({
      tenant_id: TENANT,
      code: `R${String(codes).padStart(3, "0")}-STAT`,
      status,
      channel: a.channel ?? "public",
      location_key: a.location ?? "stadtbuero",
      counter_key: "schalter-1",
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 15 * 60_000),
      services: JSON.stringify(["personalausweis"]),
      hold_expires_at: status === "held" ? new Date(startsAt.getTime() - 86_400_000) : null,
      name: NAME,
      email: `report${codes}@example.org`,
      phone: PHONE,
      manage_token_hash: randomBytes(16).toString("hex"),
      confirmed_at: a.confirmed === false ? null : new Date(startsAt.getTime() - 7 * 86_400_000),
      cancelled_at: status === "cancelled" ? new Date(startsAt.getTime() - 86_400_000) : null,
      rescheduled_to: a.rescheduledTo ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

let numbers = 0;

/** A queue ticket; times are civil times of its day ("HH:MM" or "HH:MM:SS"). */
async function ticket(
  t: TestApp,
  k: {
    date: string;
    location?: string;
    appointmentId?: number;
    status: "waiting" | "called" | "serving" | "done" | "missed" | "cancelled";
    services?: string[];
    servicesDone?: string[] | null;
    arrived: string;
    called?: string;
    started?: string;
    finished?: string;
  },
): Promise<void> {
  numbers += 1;
  const time = (hhmm: string | undefined) => (hhmm ? at(k.date, hhmm).toISOString() : null);
  const kind = k.appointmentId ? "appointment" : "walk-in";
  const services = JSON.stringify(k.services ?? ["personalausweis"]);
  const done = k.servicesDone ? JSON.stringify(k.servicesDone) : null;
  await sql`
    insert into queue_tickets (tenant_id, location_key, service_date, number, kind, appointment_id, services,
      status, arrived_at, called_at, call_count, started_at, finished_at, services_done, position_token_hash)
    values (${TENANT}, ${k.location ?? "stadtbuero"}, ${k.date}::date,
      ${`${kind === "walk-in" ? "W" : "T"}-${String(numbers).padStart(3, "0")}`}, ${kind}, ${k.appointmentId ?? null},
      ${services}::jsonb, ${k.status}, ${time(k.arrived)}::timestamptz, ${time(k.called)}::timestamptz,
      ${k.called ? 1 : 0}, ${time(k.started)}::timestamptz, ${time(k.finished)}::timestamptz, ${done}::jsonb,
      ${randomBytes(32).toString("hex")})
  `.execute(t.database.db);
}

/**
 * Two past days at the Stadtbüro and a mobile stop, and today at the Stadtbüro. Expected figures:
 *
 * | day   | place        | booked (online/staff) | cancelled | walk-ins | no-shows | served | wait min: median, p90 | service min: median, mean |
 * | D1    | Stadtbüro    | 3 (2/1)               | 1         | 3        | 2        | 3      | 10,20,30,40: 25, 37    | 10,20,45: 20, 25          |
 * | D1    | mobil-cappel | 1 (0/1)               | 0         | 1        | 0        | 2      | 10,15: 12.5, 14.5      | 15,8: 11.5, 11.5          |
 * | D2    | Stadtbüro    | 2 (1/1)               | 0         | 0        | 1        | 0      | 3: 3, 3                | –                         |
 * | D2    | mobil-cappel | 1 (1/0)               | 1         | 0        | 1        | 0      | –                      | –                         |
 * | today | Stadtbüro    | 1 (1/0)               | 0         | 0        | 0        | 0      | –                      | –                         |
 */
async function seed(t: TestApp) {
  // D1, Stadtbüro
  const a1 = await appointment(t, { date: D1, time: "09:00" });
  await ticket(t, {
    date: D1,
    appointmentId: a1,
    status: "done",
    servicesDone: ["personalausweis"],
    arrived: "08:55",
    called: "09:05",
    started: "09:06",
    finished: "09:16",
  });
  await appointment(t, { date: D1, time: "09:30" }); // nobody came: no-show
  const a3 = await appointment(t, { date: D1, time: "10:00", channel: "staff" });
  await ticket(t, { date: D1, appointmentId: a3, status: "missed", arrived: "09:50", called: "10:10" }); // no-show
  await appointment(t, { date: D1, time: "11:00", status: "cancelled" });
  const a6 = await appointment(t, { date: D2, time: "11:00" }); // the moved appointment's new time
  await appointment(t, { date: D1, time: "11:30", status: "cancelled", rescheduledTo: a6 }); // moved, not cancelled
  await appointment(t, { date: D1, time: "12:00", status: "held" }); // an abandoned hold counts nowhere
  await appointment(t, {
    date: D1,
    time: "12:00",
    location: "standesamt",
    status: "cancelled",
    confirmed: false,
  });
  await ticket(t, {
    date: D1,
    status: "done",
    services: ["reisepass"],
    servicesDone: ["reisepass", "personalausweis"],
    arrived: "10:00",
    called: "10:30",
    started: "10:31",
    finished: "10:51",
  });
  await ticket(t, {
    date: D1,
    status: "done",
    services: ["reisepass"],
    servicesDone: null, // nothing recorded: the services asked for count
    arrived: "10:05",
    called: "10:45",
    started: "10:46",
    finished: "11:31",
  });
  await ticket(t, { date: D1, status: "cancelled", arrived: "10:10" }); // left before being called

  // D2, Stadtbüro
  await ticket(t, {
    date: D2,
    appointmentId: a6,
    status: "serving",
    arrived: "10:58",
    called: "11:01",
    started: "11:02",
  });
  await appointment(t, { date: D2, time: "00:30", channel: "staff" }); // 00:30 local is the day before in UTC

  // D1 and D2, mobile stop Cappel
  const b1 = await appointment(t, { date: D1, time: "14:00", location: "mobil-cappel", channel: "staff" });
  await ticket(t, {
    date: D1,
    location: "mobil-cappel",
    appointmentId: b1,
    status: "done",
    servicesDone: ["personalausweis"],
    arrived: "13:50",
    called: "14:00",
    started: "14:00",
    finished: "14:15",
  });
  await ticket(t, {
    date: D1,
    location: "mobil-cappel",
    status: "done",
    services: ["meldebescheinigung"],
    servicesDone: ["meldebescheinigung"],
    arrived: "14:05",
    called: "14:20",
    started: "14:20",
    finished: "14:28",
  });
  await appointment(t, { date: D2, time: "14:00", location: "mobil-cappel" }); // no-show
  await appointment(t, {
    date: D2,
    time: "14:30",
    location: "mobil-cappel",
    channel: "staff",
    status: "cancelled",
  });

  // today: not a no-show before the day is over
  await appointment(t, { date: TODAY, time: "08:00" });

  // outside the range
  const old = await appointment(t, { date: LONG_AGO, time: "09:00" });
  await ticket(t, {
    date: LONG_AGO,
    appointmentId: old,
    status: "done",
    servicesDone: ["hundesteuer-anmelden"],
    arrived: "08:50",
    called: "08:51",
    started: "08:52",
    finished: "08:53",
  });
}

/** The text of each cell of a table row, with a dash for "no measurement". */
function cells(html: string, rowAttributes: string): string[] {
  const row = new RegExp(`<tr[^>]*${rowAttributes}[^>]*>(.*?)</tr>`, "s").exec(html)?.[1];
  if (row === undefined) throw new Error(`no row ${rowAttributes}`);
  return [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) =>
    (m[1] ?? "")
      .replace(/<span class="kern-sr-only">.*?<\/span>/g, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&")
      .trim(),
  );
}

/** Expected cells written as one line: "3 2 1 25,0 –". */
function figures(line: string): string[] {
  return line.split(" ");
}

function dayRow(html: string, date: string, location: string): string[] {
  return cells(html, `data-day="${date}" data-location="${location}"`).slice(1); // without the date label
}

/** The cells of a CSV file (quoted, `;`-separated), after checking its byte order mark and line ends. */
function parseCsv(body: string): string[][] {
  expect(body.startsWith("\uFEFF")).toBe(true);
  expect(body.endsWith("\r\n")).toBe(true);
  return body
    .slice(1, -2)
    .split("\r\n")
    .map((line) => {
      expect(line).toMatch(/^"(?:[^"]|"")*"(?:;"(?:[^"]|"")*")*$/);
      return [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replaceAll('""', '"'));
    });
}

describeEachDatabase("statistics", (kind) => {
  let t: TestApp;
  let management: { cookie: string };
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seed(t);
    management = await signInAs(t.app, t.database, ["management"]);
  });
  afterAll(() => t?.close());

  /** a GET as management, as `who`, or (null) as a stranger */
  const get = (url: string, who: { cookie: string } | null = management) =>
    t.app.inject({ method: "GET", url, headers: who ? { cookie: who.cookie } : {} });
  const range = `von=${D1}&bis=${TODAY}`;

  it("shows every figure per day and place", async () => {
    const res = await get(`/verwaltung/statistik?${range}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    // booked, online, staff, cancelled, walk-ins, no-shows, served, wait median, wait p90, service median, mean
    expect(dayRow(html, D1, "stadtbuero")).toEqual([
      "Stadtbüro Marburg",
      ...figures("3 2 1 1 3 2 3 25,0 37,0 20,0 25,0"),
    ]);
    expect(dayRow(html, D1, "mobil-cappel")).toEqual([
      "Mobiles Stadtbüro Cappel",
      ...figures("1 0 1 0 1 0 2 12,5 14,5 11,5 11,5"),
    ]);
    expect(dayRow(html, D2, "stadtbuero")).toEqual([
      "Stadtbüro Marburg",
      ...figures("2 1 1 0 0 1 0 3,0 3,0 – –"),
    ]);
    expect(dayRow(html, D2, "mobil-cappel")).toEqual([
      "Mobiles Stadtbüro Cappel",
      ...figures("1 1 0 1 0 1 0 – – – –"),
    ]);
    expect(dayRow(html, TODAY, "stadtbuero")).toEqual([
      "Stadtbüro Marburg",
      ...figures("1 1 0 0 0 0 0 – – – –"),
    ]);
    // totals: minutes from all measurements (waits 3,10,10,15,20,30,40; services 8,10,15,20,45)
    expect(cells(html, 'data-total="days"')).toEqual([
      "Summe",
      ...figures("8 5 3 2 4 4 5 15,0 34,0 15,0 19,6"),
    ]);
    // only these five rows: no row for the abandoned hold at the Standesamt, nothing from long ago
    expect(html.match(/data-day="/g)).toHaveLength(5);
    expect(html).not.toContain(`data-day="${LONG_AGO}"`);
    expect(html).toContain('<span class="kern-sr-only">keine Messung</span>');
  });

  it("shows the split by channel and the services done for the whole range", async () => {
    const html = (await get(`/verwaltung/statistik?${range}`)).body;
    expect(cells(html, 'data-channel="online"')).toEqual(["Termin online gebucht", "4", "33,3"]);
    expect(cells(html, 'data-channel="staff"')).toEqual(["Termin durch Mitarbeitende gebucht", "2", "16,7"]);
    expect(cells(html, 'data-channel="walkIn"')).toEqual(["Ohne Termin", "3", "25,0"]);
    expect(cells(html, 'data-channel="mobile"')).toEqual(["Mobiles Stadtbüro", "3", "25,0"]);
    expect(cells(html, 'data-total="channels"')).toEqual(["Summe", "12", "100,0"]);
    expect(cells(html, 'data-service="personalausweis"')).toEqual(["Personalausweis beantragen", "3"]);
    expect(cells(html, 'data-service="reisepass"')).toEqual(["Reisepass beantragen", "2"]);
    expect(cells(html, 'data-service="meldebescheinigung"')).toEqual(["Meldebescheinigung beantragen", "1"]);
    expect(html).not.toContain('data-service="hundesteuer-anmelden"');
  });

  it("shows tables with captions and header scopes, and never personal data", async () => {
    const html = (await get(`/verwaltung/statistik?${range}`)).body;
    expect(html.match(/<caption/g)).toHaveLength(3);
    expect(html).toContain('<th class="kern-table__header kern-table__header--numeric" scope="col">');
    expect(html).toContain('aria-labelledby="tage-caption" tabindex="0"');
    expect(html).toContain(`href="/verwaltung/statistik.csv?von=${D1}&amp;bis=${TODAY}"`);
    expect(html).toContain('aria-current="page"');
    expect(html).not.toContain(NAME);
    expect(html).not.toContain(PHONE);
    expect(html).not.toContain("@example.org");
  });

  it("keeps the page's styles in the built stylesheet", async () => {
    const html = (await get(`/verwaltung/statistik?${range}`)).body;
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    const css = (await t.app.inject({ method: "GET", url: href ?? "/missing.css" })).body;
    for (const selector of [
      ".sb-report-filter__fields",
      ".sb-table tfoot",
      ".sb-table--scroll:focus-visible",
      ".kern-table--small",
      ".kern-table-responsive",
    ]) {
      expect(css, selector).toContain(selector);
    }
  });

  it("narrows everything to one place", async () => {
    const html = (await get(`/verwaltung/statistik?${range}&ort=mobil-cappel`)).body;
    expect(html.match(/data-day="/g)).toHaveLength(2);
    expect(dayRow(html, D1, "mobil-cappel")[1]).toBe("1");
    expect(cells(html, 'data-channel="mobile"')).toEqual(["Mobiles Stadtbüro", "3", "100,0"]);
    expect(cells(html, 'data-channel="online"')).toEqual(["Termin online gebucht", "0", "0,0"]);
    expect(cells(html, 'data-service="personalausweis"')).toEqual(["Personalausweis beantragen", "1"]);
    expect(html).toContain('<option value="mobil-cappel" selected>');
  });

  it("shows the last 7 days up to today by default", async () => {
    const res = await get("/verwaltung/statistik");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`name="von" type="date" value="${today.subtract({ days: 6 }).toString()}"`);
    expect(res.body).toContain(`name="bis" type="date" value="${TODAY}"`);
    expect(res.body.match(/data-day="/g)).toHaveLength(5);
  });

  it("exports one CSV row per day and place, in German and in English", async () => {
    const res = await get(`/verwaltung/statistik.csv?${range}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="statistik_${D1}_${TODAY}.csv"`);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual([
      "Tag",
      "Ort-Schlüssel",
      "Ort",
      "Termine gebucht",
      "davon online",
      "davon durch Mitarbeitende",
      "Abgesagt",
      "Ohne Termin",
      "Nicht erschienen",
      "Bedient",
      "Wartezeit Median (Min.)",
      "Wartezeit 90. Perzentil (Min.)",
      "Bearbeitungszeit Median (Min.)",
      "Bearbeitungszeit Mittelwert (Min.)",
    ]);
    // an empty field where nothing was measured
    expect(rows.slice(1).map((r) => r.join("|"))).toEqual([
      `${D1}|stadtbuero|Stadtbüro Marburg|3|2|1|1|3|2|3|25,0|37,0|20,0|25,0`,
      `${D1}|mobil-cappel|Mobiles Stadtbüro Cappel|1|0|1|0|1|0|2|12,5|14,5|11,5|11,5`,
      `${D2}|stadtbuero|Stadtbüro Marburg|2|1|1|0|0|1|0|3,0|3,0||`,
      `${D2}|mobil-cappel|Mobiles Stadtbüro Cappel|1|1|0|1|0|1|0||||`,
      `${TODAY}|stadtbuero|Stadtbüro Marburg|1|1|0|0|0|0|0||||`,
    ]);
    expect(res.body).not.toContain(NAME);

    const en = await get(`/en/verwaltung/statistik.csv?${range}&ort=mobil-cappel`);
    expect(en.statusCode).toBe(200);
    expect(en.headers["content-disposition"]).toBe(
      `attachment; filename="statistics_${D1}_${TODAY}_mobil-cappel.csv"`,
    );
    const enRows = parseCsv(en.body);
    expect(enRows[0]?.slice(0, 4)).toEqual(["Day", "Place key", "Place", "Appointments booked"]);
    expect(enRows.slice(1).map((r) => r.join("|"))).toEqual([
      `${D1}|mobil-cappel|Mobile Stadtbüro Cappel|1|0|1|0|1|0|2|12.5|14.5|11.5|11.5`,
      `${D2}|mobil-cappel|Mobile Stadtbüro Cappel|1|1|0|1|0|1|0||||`,
    ]);
  });

  it("shows the English page with English figures", async () => {
    const res = await get(`/en/verwaltung/statistik?${range}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(dayRow(res.body, D1, "stadtbuero").slice(8)).toEqual(["25.0", "37.0", "20.0", "25.0"]);
    expect(cells(res.body, 'data-channel="online"')).toEqual(["Appointment booked online", "4", "33.3"]);
    expect(cells(res.body, 'data-service="personalausweis"')).toEqual(["Apply for an ID card", "3"]);
  });

  it("says so when a range has no data, and exports only the header", async () => {
    const page = await get(`/verwaltung/statistik?von=${EMPTY_DAY}&bis=${EMPTY_DAY}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Für diesen Zeitraum und Ort gibt es keine Termine und keine Wartemarken.");
    expect(page.body).not.toContain("<table");
    const csv = await get(`/verwaltung/statistik.csv?von=${EMPTY_DAY}&bis=${EMPTY_DAY}`);
    expect(csv.statusCode).toBe(200);
    expect(parseCsv(csv.body)).toHaveLength(1);
  });

  it("explains each problem with the range, in the summary and at the field (German)", async () => {
    const cases: [string, string, string][] = [
      ["von=gestern", "von", "Bitte geben Sie das Anfangsdatum als Datum ein, zum Beispiel 23.11.2026."],
      ["von=2026-02-30", "von", "Das Anfangsdatum gibt es nicht. Bitte prüfen Sie Tag und Monat."],
      [
        "von=2026-11-10&bis=2026/11/12",
        "bis",
        "Bitte geben Sie das Enddatum als Datum ein, zum Beispiel 29.11.2026.",
      ],
      ["von=2026-11-10&bis=2026-11-09", "bis", "Das Enddatum darf nicht vor dem Anfangsdatum liegen."],
      ["von=2025-01-01&bis=2026-01-02", "bis", "Der Zeitraum darf höchstens 366 Tage umfassen."],
      ["ort=mond", "ort", "Bitte wählen Sie einen Ort aus der Liste."],
    ];
    for (const [query, field, message] of cases) {
      const res = await get(`/verwaltung/statistik?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.body).toContain(`<a class="kern-link" href="#${field}">${message}</a>`);
      expect(res.body).toContain(`<p class="kern-error" id="${field}-error">${message}</p>`);
      expect(res.body).toContain("<title>Fehler: Statistik");
      expect(res.body).not.toContain("<table");
    }
    // a whole leap year is fine
    expect((await get("/verwaltung/statistik?von=2028-01-01&bis=2028-12-31")).statusCode).toBe(200);
    // the typed value stays in the field
    const typed = await get("/verwaltung/statistik?von=gestern");
    expect(typed.body).toContain('name="von" type="date" value="gestern"');
  });

  it("explains each problem with the range in English too, also for the CSV export", async () => {
    const cases: [string, string, string][] = [
      ["von=yesterday", "von", "Enter the start date as a date, for example 23.11.2026."],
      ["von=2026-04-31", "von", "The start date does not exist. Check the day and month."],
      ["von=2026-11-10&bis=2026-11-09", "bis", "The end date must not be before the start date."],
      ["von=2025-01-01&bis=2026-01-02", "bis", "The period can be at most 366 days long."],
      ["ort=moon", "ort", "Choose a place from the list."],
    ];
    for (const [query, field, message] of cases) {
      for (const path of ["/en/verwaltung/statistik", "/en/verwaltung/statistik.csv"]) {
        const res = await get(`${path}?${query}`);
        expect(res.statusCode, `${path}?${query}`).toBe(400);
        expect(res.headers["content-type"]).toContain("text/html");
        expect(res.body).toContain(`<a class="kern-link" href="#${field}">${message}</a>`);
        expect(res.body).toContain(`<p class="kern-error" id="${field}-error">${message}</p>`);
      }
    }
  });

  it("lets management and administrators read, refuses a clerk and sends strangers to sign in", async () => {
    const admin = await signInAs(t.app, t.database, ["administrator"]);
    const clerk = await signInAs(t.app, t.database, ["clerk"]);
    for (const path of ["/verwaltung/statistik", "/verwaltung/statistik.csv", "/en/verwaltung/statistik"]) {
      expect((await get(path)).statusCode, path).toBe(200);
      expect((await get(path, admin)).statusCode, path).toBe(200);
      expect((await get(path, clerk)).statusCode, path).toBe(403);
      const anonymous = await get(path, null);
      expect(anonymous.statusCode, path).toBe(303);
      expect(anonymous.headers.location).toContain("/verwaltung/anmelden?weiter=");
    }
    const res = await get(`/verwaltung/statistik.csv?${range}`);
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});
