import { describe, expect, it } from "vitest";
import { addDays, civilToday, daysBetween, parseDate, rangeInstants, readReportQuery } from "./report-query";

const context = { today: "2026-11-21", locations: new Set(["stadtbuero", "mobil-cappel"]) };

describe("parseDate", () => {
  it("reads ISO and German dates", () => {
    expect(parseDate("2026-11-23")).toEqual({ ok: true, date: "2026-11-23" });
    expect(parseDate("3.2.2026")).toEqual({ ok: true, date: "2026-02-03" });
    expect(parseDate("29.02.2028")).toEqual({ ok: true, date: "2028-02-29" });
  });

  it("tells a malformed date from one that does not exist", () => {
    expect(parseDate("morgen")).toEqual({ ok: false, problem: "invalid" });
    expect(parseDate("2026-1-5")).toEqual({ ok: false, problem: "invalid" });
    expect(parseDate("0000-01-01")).toEqual({ ok: false, problem: "invalid" });
    expect(parseDate("2026-02-30")).toEqual({ ok: false, problem: "no-such-date" });
    expect(parseDate("31.04.2026")).toEqual({ ok: false, problem: "no-such-date" });
    expect(parseDate("29.02.2026")).toEqual({ ok: false, problem: "no-such-date" });
  });
});

describe("dates in the tenant's zone", () => {
  it("knows today in the zone, not in UTC", () => {
    expect(civilToday(new Date("2026-11-21T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-22");
    expect(civilToday(new Date("2026-07-01T21:59:00Z"), "Europe/Berlin")).toBe("2026-07-01");
  });

  it("counts days inclusively and adds days", () => {
    expect(daysBetween("2026-11-21", "2026-11-21")).toBe(1);
    expect(daysBetween("2028-01-01", "2028-12-31")).toBe(366);
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("bounds a range by the starts of its days, across a DST switch", () => {
    expect(rangeInstants({ from: "2026-03-28", to: "2026-03-29", location: null }, "Europe/Berlin")).toEqual({
      start: "2026-03-27T23:00:00Z",
      end: "2026-03-29T22:00:00Z",
    });
  });
});

describe("readReportQuery", () => {
  it("defaults to the last 7 days up to today, at all places", () => {
    expect(readReportQuery({}, context)).toEqual({
      ok: true,
      query: { from: "2026-11-15", to: "2026-11-21", location: null },
    });
    expect(readReportQuery({ von: " ", bis: "", ort: "" }, context)).toEqual({
      ok: true,
      query: { from: "2026-11-15", to: "2026-11-21", location: null },
    });
  });

  it("takes 7 days up to a given end, and today as the end after a given start", () => {
    expect(readReportQuery({ bis: "2026-10-10" }, context)).toMatchObject({
      query: { from: "2026-10-04", to: "2026-10-10" },
    });
    expect(readReportQuery({ von: "01.11.2026" }, context)).toMatchObject({
      query: { from: "2026-11-01", to: "2026-11-21" },
    });
  });

  it("accepts a place and one day", () => {
    expect(readReportQuery({ von: "2026-11-20", bis: "2026-11-20", ort: "mobil-cappel" }, context)).toEqual({
      ok: true,
      query: { from: "2026-11-20", to: "2026-11-20", location: "mobil-cappel" },
    });
  });

  it("allows 366 days and refuses 367", () => {
    expect(readReportQuery({ von: "2028-01-01", bis: "2028-12-31" }, context).ok).toBe(true);
    expect(readReportQuery({ von: "2027-01-01", bis: "2028-01-02" }, context)).toEqual({
      ok: false,
      problems: [{ field: "bis", problem: "too-long" }],
    });
  });

  it("refuses an end before the start", () => {
    expect(readReportQuery({ von: "2026-11-20", bis: "2026-11-19" }, context)).toEqual({
      ok: false,
      problems: [{ field: "bis", problem: "end-before-start" }],
    });
  });

  it("reports every field's problem, in the form's order", () => {
    expect(readReportQuery({ von: "2026-02-30", bis: "gestern", ort: "mond" }, context)).toEqual({
      ok: false,
      problems: [
        { field: "von", problem: "no-such-date" },
        { field: "bis", problem: "invalid" },
        { field: "ort", problem: "unknown-location" },
      ],
    });
  });
});
