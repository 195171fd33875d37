import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  choosableVisits,
  type MobileVisit,
  parseCivilDate,
  parseCivilTime,
  parseScheduling,
} from "./scheduling";
import { mayChangeStatus, parseVersionToken, sameVersion, versionToken } from "./visit-status";

const timeZone = "Europe/Berlin";
// Saturday, 21 November 2026, 10:00 in Marburg
const now = Temporal.Instant.from("2026-11-21T09:00:00Z");
const visit = (stop: string, date: string, start: string, end: string): MobileVisit => ({
  stop,
  date,
  start,
  end,
});
const cappel = [
  visit("mobil-cappel", "2026-11-24", "2026-11-24T08:00:00Z", "2026-11-24T11:00:00Z"),
  visit("mobil-cappel", "2026-12-08", "2026-12-08T08:00:00Z", "2026-12-08T11:00:00Z"),
];
const options = { visitsByStop: new Map([["mobil-cappel", cappel]]), timeZone, now };

describe("parseScheduling", () => {
  it("schedules into a visit of a stop at the visit's start", () => {
    const result = parseScheduling(
      { kind: "mobile-visit", stop: "mobil-cappel", visitDate: "2026-12-08", note: " Klingel Hinterhaus " },
      options,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "mobile-visit",
        location: "mobil-cappel",
        date: "2026-12-08",
        at: "2026-12-08T08:00:00Z",
        end: "2026-12-08T11:00:00Z",
        note: "Klingel Hinterhaus",
      },
    });
  });

  it("accepts a date typed the German way", () => {
    const result = parseScheduling(
      { kind: "mobile-visit", stop: "mobil-cappel", visitDate: "8.12.2026" },
      options,
    );
    expect(result.ok && result.value.at).toBe("2026-12-08T08:00:00Z");
  });

  it("refuses an unknown stop, a day without a visit and a past day", () => {
    const problems = (form: Record<string, unknown>) => {
      const r = parseScheduling({ kind: "mobile-visit", ...form }, options);
      return r.ok ? [] : r.problems;
    };
    expect(problems({ stop: "mobil-nirgendwo", visitDate: "2026-11-24" })).toEqual([
      { field: "stop", problem: "stopInvalid" },
    ]);
    expect(problems({ stop: "mobil-cappel", visitDate: "2026-11-25" })).toEqual([
      { field: "visitDate", problem: "visitDateNoVisit" },
    ]);
    expect(problems({ stop: "mobil-cappel", visitDate: "2026-11-20" })).toEqual([
      { field: "visitDate", problem: "visitDatePast" },
    ]);
    expect(problems({ stop: "", visitDate: "morgen" })).toEqual([
      { field: "stop", problem: "stopRequired" },
      { field: "visitDate", problem: "visitDateInvalid" },
    ]);
  });

  it("converts a home visit's time window in the tenant's zone, also across the DST switch", () => {
    const winter = parseScheduling(
      { kind: "home-visit", homeDate: "2026-11-24", homeTime: "10:30", homeUntil: "11:30" },
      options,
    );
    expect(winter.ok && winter.value).toEqual({
      kind: "home-visit",
      date: "2026-11-24",
      at: "2026-11-24T09:30:00Z",
      end: "2026-11-24T10:30:00Z",
    });
    const summer = parseScheduling(
      { kind: "home-visit", homeDate: "2027-04-06", homeTime: "9.15", homeUntil: "10:00" },
      options,
    );
    expect(summer.ok && [summer.value.at, summer.value.end]).toEqual([
      "2027-04-06T07:15:00Z",
      "2027-04-06T08:00:00Z",
    ]);
    // the night of the spring-forward switch: 01:30 to 03:30 is one hour of elapsed time
    const spring = parseScheduling(
      { kind: "home-visit", homeDate: "2027-03-28", homeTime: "01:30", homeUntil: "03:30" },
      options,
    );
    expect(spring.ok && [spring.value.at, spring.value.end]).toEqual([
      "2027-03-28T00:30:00Z",
      "2027-03-28T01:30:00Z",
    ]);
  });

  it("asks for the end of a home visit's window, after its start", () => {
    const problems = (homeTime: string, homeUntil: string) => {
      const r = parseScheduling({ kind: "home-visit", homeDate: "2026-11-24", homeTime, homeUntil }, options);
      return r.ok ? [] : r.problems;
    };
    expect(problems("10:30", "")).toEqual([{ field: "homeUntil", problem: "homeUntilRequired" }]);
    expect(problems("10:30", "elf")).toEqual([{ field: "homeUntil", problem: "homeUntilInvalid" }]);
    expect(problems("10:30", "10:30")).toEqual([{ field: "homeUntil", problem: "homeUntilNotAfter" }]);
    expect(problems("10:30", "09:00")).toEqual([{ field: "homeUntil", problem: "homeUntilNotAfter" }]);
    // 02:30 falls in the spring-forward gap and moves to 03:30: after the window's end
    const gap = parseScheduling(
      { kind: "home-visit", homeDate: "2027-03-28", homeTime: "02:30", homeUntil: "03:00" },
      options,
    );
    expect(gap.ok ? [] : gap.problems).toEqual([{ field: "homeUntil", problem: "homeUntilNotAfter" }]);
  });

  it("refuses a home visit in the past, also earlier today, and one more than a year ahead", () => {
    const problems = (homeDate: string, homeTime: string) => {
      const r = parseScheduling({ kind: "home-visit", homeDate, homeTime, homeUntil: "23:00" }, options);
      return r.ok ? [] : r.problems;
    };
    expect(problems("2026-11-20", "10:00")).toEqual([{ field: "homeDate", problem: "homeDatePast" }]);
    expect(problems("2026-11-21", "09:59")).toEqual([{ field: "homeTime", problem: "homeTimePast" }]);
    expect(problems("2026-11-21", "10:01")).toEqual([]);
    expect(problems("2062-11-21", "10:00")).toEqual([{ field: "homeDate", problem: "homeDateTooFar" }]);
    expect(problems("", "25:00")).toEqual([
      { field: "homeDate", problem: "homeDateRequired" },
      { field: "homeTime", problem: "homeTimeInvalid" },
    ]);
  });

  it("asks for the kind and limits the note to 500 characters, counting characters not code units", () => {
    const none = parseScheduling({ note: "x".repeat(501) }, options);
    expect(none.ok ? [] : none.problems).toEqual([
      { field: "kind", problem: "kindRequired" },
      { field: "note", problem: "noteTooLong" },
    ]);
    const home = { kind: "home-visit", homeDate: "2026-11-24", homeTime: "10:30", homeUntil: "11:00" };
    expect(parseScheduling({ ...home, note: "🙂".repeat(500) }, options).ok).toBe(true);
    expect(parseScheduling({ ...home, note: "🙂".repeat(501) }, options).ok).toBe(false);
  });

  it("ignores the fields of the kind not chosen", () => {
    const result = parseScheduling(
      {
        kind: "home-visit",
        homeDate: "2026-11-24",
        homeTime: "10:30",
        homeUntil: "11:00",
        stop: "nowhere",
        visitDate: "x",
      },
      options,
    );
    expect(result.ok).toBe(true);
  });
});

describe("choosableVisits", () => {
  it("keeps visits that have not begun, within eight weeks", () => {
    const running = visit("s", "2026-11-21", "2026-11-21T08:00:00Z", "2026-11-21T11:00:00Z");
    const later = visit("s", "2027-01-15", "2027-01-15T08:00:00Z", "2027-01-15T11:00:00Z");
    const beyond = visit("s", "2027-01-16", "2027-01-16T08:00:00Z", "2027-01-16T11:00:00Z");
    expect(choosableVisits([running, later, beyond], now, timeZone)).toEqual([later]);
  });
});

describe("civil input", () => {
  it("reads dates and times as typed", () => {
    expect(parseCivilDate("2026-02-30")).toBeUndefined();
    expect(parseCivilDate("24.11.2026")?.toString()).toBe("2026-11-24");
    expect(parseCivilTime("07:05:00")?.toString()).toBe("07:05:00");
    expect(parseCivilTime("7")).toBeUndefined();
  });
});

describe("status machine and versions", () => {
  it("allows scheduling and rescheduling, done only after scheduling, nothing after closing", () => {
    expect(mayChangeStatus("new", "scheduled")).toBe(true);
    expect(mayChangeStatus("scheduled", "scheduled")).toBe(true);
    expect(mayChangeStatus("new", "done")).toBe(false);
    expect(mayChangeStatus("new", "cancelled")).toBe(true);
    expect(mayChangeStatus("done", "cancelled")).toBe(false);
    expect(mayChangeStatus("cancelled", "scheduled")).toBe(false);
    // a cancelled visit of the mobile Stadtbüro reopens what was scheduled into it
    expect(mayChangeStatus("scheduled", "new")).toBe(true);
    expect(mayChangeStatus("done", "new")).toBe(false);
  });

  it("round-trips a version through a form field and rejects anything else", () => {
    const v = { status: "scheduled" as const, scheduledAt: "2026-11-24T08:00:00Z" };
    expect(versionToken(v)).toBe("scheduled@2026-11-24T08:00:00Z");
    const back = parseVersionToken(versionToken(v));
    expect(back && sameVersion(back, v)).toBe(true);
    expect(parseVersionToken("new")).toEqual({ status: "new", scheduledAt: null });
    expect(parseVersionToken("open")).toBeUndefined();
    expect(parseVersionToken("new@yesterday")).toBeUndefined();
    expect(parseVersionToken(undefined)).toBeUndefined();
  });
});
