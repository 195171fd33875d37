import { describe, expect, it } from "vitest";
import { publicHolidaysBetween } from "./holidays";
import { type Closure, OpeningPlan } from "./opening-plan";
import { expandSessions, MAX_EXPANSION_DAYS, overlappingSessions, sessionOffers } from "./sessions";

const TZ = "Europe/Berlin";
const HESSE = { country: "DE", state: "HE" } as const;

function plan(change: Partial<Record<keyof OpeningPlan, unknown>> = {}): OpeningPlan {
  return OpeningPlan.parse({
    key: "plan",
    location: "stadtbuero",
    validFrom: "2026-01-01",
    validTo: null,
    recurrence: { kind: "weekly", everyWeeks: 1 },
    windows: [{ weekdays: ["mo", "tu", "we", "th", "fr"], start: "08:00", end: "12:00" }],
    slotMinutes: 15,
    counters: [{ key: "schalter-1", publicCapacity: 1, staffCapacity: 0 }],
    bookingWindow: { minDaysAhead: 1, maxDaysAhead: 42 },
    services: "all",
    ...change,
  });
}

function dates(
  plans: OpeningPlan[],
  from: string,
  to: string,
  closures: Closure[] = [],
  holidays = new Set<string>(),
) {
  return expandSessions({ plans, closures, holidays, timeZone: TZ, from, to }).map((s) => s.date);
}

describe("expandSessions", () => {
  it("converts civil times in the zone to UTC instants, also across the DST switch", () => {
    const [winter] = expandSessions({
      plans: [plan()],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-03-27",
      to: "2026-03-27",
    });
    expect(winter).toMatchObject({
      date: "2026-03-27",
      start: "2026-03-27T07:00:00Z",
      end: "2026-03-27T11:00:00Z",
    });
    const [summer] = expandSessions({
      plans: [plan()],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-03-30",
      to: "2026-03-30",
    });
    expect(summer).toMatchObject({
      date: "2026-03-30",
      start: "2026-03-30T06:00:00Z",
      end: "2026-03-30T10:00:00Z",
    });
    expect(summer?.counters[0]?.key).toBe("schalter-1");
    expect(summer?.bookingWindow).toEqual({ minDaysAhead: 1, maxDaysAhead: 42 });
  });

  it("yields one session per window and sorts by start", () => {
    const p = plan({
      windows: [
        { weekdays: ["tu"], start: "14:00", end: "18:00" },
        { weekdays: ["mo", "tu"], start: "08:00", end: "12:00" },
      ],
    });
    const other = plan({
      key: "other",
      location: "mobil-cappel",
      windows: [{ weekdays: ["tu"], start: "09:00", end: "12:00" }],
    });
    const sessions = expandSessions({
      plans: [p, other],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-02-02",
      to: "2026-02-03",
    });
    expect(sessions.map((s) => `${s.date} ${s.location} ${s.start}`)).toEqual([
      "2026-02-02 stadtbuero 2026-02-02T07:00:00Z",
      "2026-02-03 stadtbuero 2026-02-03T07:00:00Z",
      "2026-02-03 mobil-cappel 2026-02-03T08:00:00Z",
      "2026-02-03 stadtbuero 2026-02-03T13:00:00Z",
    ]);
  });

  it("repeats every 2nd week counted from the week of validFrom", () => {
    const p = plan({
      validFrom: "2026-01-07",
      recurrence: { kind: "weekly", everyWeeks: 2 },
      windows: [{ weekdays: ["mo", "we"], start: "09:00", end: "12:00" }],
    });
    // week 0 is 5–11 Jan; Monday 5 Jan lies before validFrom
    expect(dates([p], "2026-01-01", "2026-02-08")).toEqual([
      "2026-01-07",
      "2026-01-19",
      "2026-01-21",
      "2026-02-02",
      "2026-02-04",
    ]);
  });

  it("repeats every 3rd week across a year boundary", () => {
    const p = plan({
      validFrom: "2025-12-15",
      recurrence: { kind: "weekly", everyWeeks: 3 },
      windows: [{ weekdays: ["tu"], start: "09:00", end: "12:00" }],
    });
    expect(dates([p], "2025-12-01", "2026-01-31")).toEqual(["2025-12-16", "2026-01-06", "2026-01-27"]);
  });

  it("takes the 2nd Tuesday of the month", () => {
    const p = plan({
      recurrence: { kind: "monthly", nth: 2 },
      windows: [{ weekdays: ["tu"], start: "09:00", end: "12:00" }],
    });
    expect(dates([p], "2026-01-01", "2026-05-31")).toEqual([
      "2026-01-13",
      "2026-02-10",
      "2026-03-10",
      "2026-04-14",
      "2026-05-12",
    ]);
  });

  it("takes the last Friday of the month, skipping a holiday", () => {
    const p = plan({
      recurrence: { kind: "monthly", nth: -1 },
      windows: [{ weekdays: ["fr"], start: "09:00", end: "12:00" }],
    });
    expect(dates([p], "2026-01-01", "2026-06-30")).toEqual([
      "2026-01-30",
      "2026-02-27",
      "2026-03-27",
      "2026-04-24",
      "2026-05-29",
      "2026-06-26",
    ]);
    const fifth = plan({
      recurrence: { kind: "monthly", nth: 5 },
      windows: [{ weekdays: ["fr"], start: "09:00", end: "12:00" }],
    });
    expect(dates([fifth], "2026-01-01", "2026-06-30")).toEqual(["2026-01-30", "2026-05-29"]);
  });

  it("keeps to the validity range, both ends inclusive", () => {
    const p = plan({ validFrom: "2026-03-03", validTo: "2026-03-05" });
    expect(dates([p], "2026-03-01", "2026-03-10")).toEqual(["2026-03-03", "2026-03-04", "2026-03-05"]);
    const successor = plan({
      key: "next",
      validFrom: "2026-03-06",
      windows: [{ weekdays: ["fr"], start: "10:00", end: "11:00" }],
    });
    expect(dates([p, successor], "2026-03-01", "2026-03-10")).toEqual([
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
    ]);
  });

  it("leaves out closures of the location or of all locations, inclusive", () => {
    const reason = { de: "Geschlossen", en: "Closed" };
    const closures: Closure[] = [
      { location: "stadtbuero", from: "2026-03-03", to: "2026-03-04", reason },
      { location: "mobil-cappel", from: "2026-03-05", to: "2026-03-05", reason },
      { location: "all", from: "2026-03-06", to: "2026-03-06", reason },
    ];
    expect(dates([plan()], "2026-03-02", "2026-03-06", closures)).toEqual(["2026-03-02", "2026-03-05"]);
  });

  it("has no sessions on public holidays such as Good Friday 2026", () => {
    const holidays = publicHolidaysBetween(HESSE, "2026-03-30", "2026-04-10");
    expect(dates([plan()], "2026-03-30", "2026-04-10", [], holidays)).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
      "2026-04-07",
      "2026-04-08",
      "2026-04-09",
      "2026-04-10",
    ]);
  });

  it("moves a window start inside the spring-forward gap forward by the gap (compatible)", () => {
    const sunday = (start: string, end: string) =>
      expandSessions({
        plans: [plan({ windows: [{ weekdays: ["su"], start, end }] })],
        closures: [],
        holidays: new Set(),
        timeZone: TZ,
        from: "2026-03-29",
        to: "2026-03-29",
      });
    expect(sunday("02:00", "05:00")[0]).toMatchObject({
      start: "2026-03-29T01:00:00Z",
      end: "2026-03-29T03:00:00Z",
    });
    // 02:30 does not exist; compatible reads it with the winter offset: 03:30 summer time
    expect(sunday("02:30", "05:00")[0]?.start).toBe("2026-03-29T01:30:00Z");
    // a window wholly in the gap that collapses to nothing is dropped
    expect(sunday("02:30", "03:00")).toEqual([]);
    // the repeated hour in October means its first occurrence
    const october = expandSessions({
      plans: [plan({ windows: [{ weekdays: ["su"], start: "02:30", end: "03:00" }] })],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-10-25",
      to: "2026-10-25",
    });
    expect(october[0]).toMatchObject({ start: "2026-10-25T00:30:00Z", end: "2026-10-25T02:00:00Z" });
  });

  it("handles empty and over-long ranges", () => {
    expect(dates([plan()], "2026-03-10", "2026-03-09")).toEqual([]);
    expect(() => dates([plan()], "2026-01-01", "2030-01-01")).toThrow(String(MAX_EXPANSION_DAYS));
  });

  it("finds overlapping sessions of one location and counter, and offered services", () => {
    const a = plan({ key: "a" });
    const b = plan({ key: "b", windows: [{ weekdays: ["mo"], start: "11:00", end: "13:00" }] });
    const elsewhere = plan({ key: "c", location: "mobil-cappel" });
    const sessions = expandSessions({
      plans: [a, b, elsewhere],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-03-02",
      to: "2026-03-03",
    });
    expect(overlappingSessions(sessions).map(([x, y]) => `${x.planKey}+${y.planKey} ${x.date}`)).toEqual([
      "a+b 2026-03-02",
    ]);
    const restricted = expandSessions({
      plans: [plan({ services: ["reisepass"] })],
      closures: [],
      holidays: new Set(),
      timeZone: TZ,
      from: "2026-03-02",
      to: "2026-03-02",
    })[0];
    expect(restricted && sessionOffers(restricted, "reisepass")).toBe(true);
    expect(restricted && sessionOffers(restricted, "personalausweis")).toBe(false);
  });
});
