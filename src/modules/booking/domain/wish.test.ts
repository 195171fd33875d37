import { describe, expect, it } from "vitest";
import type { Slot } from "./slots";
import { parseWish, slotMatchesWish } from "./wish";

const slot = (date: string, civilStart: string, location = "mobil-cappel"): Slot => ({
  planKey: "p",
  location,
  date,
  start: `${date}T08:00:00Z`,
  end: `${date}T08:15:00Z`,
  civilStart,
  civilEnd: "09:15",
  utcOffset: "+01:00",
  counter: "mobil",
  unitKeys: [],
});

describe("waitlist wishes", () => {
  it("reads the form's checkboxes", () => {
    expect(
      parseWish({
        places: "mobil-cappel",
        windows: ["tu-morning", "th-afternoon"],
        name: "Ada Wunsch",
        email: "ada@example.org",
      }),
    ).toEqual({
      ok: true,
      value: {
        places: ["mobil-cappel"],
        windows: [
          { weekday: "tu", part: "morning" },
          { weekday: "th", part: "afternoon" },
        ],
        name: "Ada Wunsch",
        email: "ada@example.org",
      },
    });
  });

  it("names every missing answer in form order", () => {
    expect(parseWish({})).toEqual({
      ok: false,
      problems: [
        { field: "places", problem: "placesRequired" },
        { field: "windows", problem: "windowsRequired" },
        { field: "name", problem: "nameRequired" },
        { field: "email", problem: "emailInvalid" },
      ],
    });
    expect(parseWish({ places: "x", windows: "xx-never", name: "Ab", email: "a@b.de" })).toMatchObject({
      ok: false,
      problems: [{ field: "windows", problem: "windowsRequired" }],
    });
  });

  it("matches place, weekday and part of the day (civil time)", () => {
    const wish = {
      locations: ["mobil-cappel"],
      windows: [{ weekday: "tu" as const, part: "morning" as const }],
    };
    expect(slotMatchesWish(slot("2026-12-08", "09:00"), wish)).toBe(true); // a Tuesday
    expect(slotMatchesWish(slot("2026-12-08", "14:00"), wish)).toBe(false);
    expect(slotMatchesWish(slot("2026-12-09", "09:00"), wish)).toBe(false); // Wednesday
    expect(slotMatchesWish(slot("2026-12-08", "09:00", "stadtbuero"), wish)).toBe(false);
  });
});
