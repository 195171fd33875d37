import { describe, expect, it } from "vitest";
import { filterInstants, localDateTime, parseCalendarDate, parseFilter, todayIn } from "./audit-filter";

describe("parseCalendarDate", () => {
  it("reads ISO and German dates and refuses impossible ones", () => {
    expect(parseCalendarDate("2026-11-21")).toBe("2026-11-21");
    expect(parseCalendarDate("1.2.2026")).toBe("2026-02-01");
    expect(parseCalendarDate("2026-02-30")).toBeUndefined();
    expect(parseCalendarDate("31.04.2026")).toBeUndefined();
    expect(parseCalendarDate("gestern")).toBeUndefined();
  });
});

describe("parseFilter", () => {
  it("accepts an empty filter", () => {
    expect(parseFilter({})).toEqual({ ok: true, filter: {} });
  });

  it("normalises what it keeps", () => {
    expect(
      parseFilter({ von: "21.11.2026", bis: "2026-11-22", benutzer: " M.Mueller ", aktion: "Staff." }),
    ).toEqual({
      ok: true,
      filter: { fromDate: "2026-11-21", toDate: "2026-11-22", username: "m.mueller", actionPrefix: "staff." },
    });
  });

  it("names each problem at its field", () => {
    expect(parseFilter({ von: "2026-13-01", bis: "x", benutzer: "a".repeat(41), aktion: "staff%" })).toEqual({
      ok: false,
      problems: [
        { field: "von", problem: "fromInvalid" },
        { field: "bis", problem: "toInvalid" },
        { field: "benutzer", problem: "usernameInvalid" },
        { field: "aktion", problem: "actionInvalid" },
      ],
    });
    expect(parseFilter({ von: "2026-11-22", bis: "2026-11-21" })).toEqual({
      ok: false,
      problems: [{ field: "bis", problem: "toBeforeFrom" }],
    });
  });
});

describe("filterInstants", () => {
  it("spans whole days of the zone, including the short day of the spring switch", () => {
    const { from, to } = filterInstants({ fromDate: "2026-03-29", toDate: "2026-03-29" }, "Europe/Berlin");
    expect(from?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(to?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(filterInstants({}, "Europe/Berlin")).toEqual({ from: undefined, to: undefined });
  });
});

describe("localDateTime and todayIn", () => {
  it("show the zone's wall clock", () => {
    const at = new Date("2026-11-21T23:30:05.250Z");
    expect(localDateTime(at, "Europe/Berlin")).toBe("2026-11-22 00:30:05");
    expect(todayIn("Europe/Berlin", at)).toBe("2026-11-22");
  });
});
