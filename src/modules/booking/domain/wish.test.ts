import { describe, expect, it } from "vitest";
import type { Slot } from "./slots";
import {
  CONFIRM_WISH_HOURS,
  canConfirm,
  confirmDeadline,
  lapsesCountSince,
  OFFER_LEAD_MINUTES,
  offerDeadline,
  parseWish,
  slotMatchesWish,
} from "./wish";

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

const options = { placeKeys: new Set(["mobil-cappel", "stadtbuero"]) };

describe("waitlist wishes", () => {
  it("reads the form's checkboxes", () => {
    expect(
      parseWish(
        {
          places: "mobil-cappel",
          windows: ["tu-morning", "th-afternoon"],
          name: "Ada Wunsch",
          email: "ada@example.org",
        },
        options,
      ),
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
    expect(parseWish({}, options)).toEqual({
      ok: false,
      problems: [
        { field: "places", problem: "placesRequired" },
        { field: "windows", problem: "windowsRequired" },
        { field: "name", problem: "nameRequired" },
        { field: "email", problem: "emailInvalid" },
      ],
    });
    expect(
      parseWish({ places: "stadtbuero", windows: "xx-never", name: "Ab", email: "a@b.de" }, options),
    ).toMatchObject({
      ok: false,
      problems: [{ field: "windows", problem: "windowsRequired" }],
    });
  });

  it("accepts only the places the form offered, and names without control characters", () => {
    const valid = { windows: "tu-morning", name: "Ada Wunsch", email: "ada@example.org" };
    for (const places of ["x", "mobil-cappel\r\nBcc: x", ["stadtbuero", "nirgendwo"]]) {
      expect(parseWish({ ...valid, places }, options), JSON.stringify(places)).toMatchObject({
        ok: false,
        problems: [{ field: "places", problem: "placesInvalid" }],
      });
    }
    expect(parseWish({ ...valid, places: "stadtbuero", name: "Ada\u0000" }, options)).toMatchObject({
      ok: false,
      problems: [{ field: "name", problem: "invalidCharacters" }],
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

describe("offer deadlines", () => {
  const now = new Date("2026-12-07T06:30:00Z");
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  it("holds an offer for the offer period when the time is far enough ahead", () => {
    expect(offerDeadline(now, hours(72), 24)).toEqual(hours(24));
  });

  it("ends an offer before its time starts, never after", () => {
    // the probe's case: a time at 08:00 (Berlin) offered at 07:30 with 24 hours to answer
    expect(offerDeadline(now, hours(1.5), 24)).toEqual(hours(0.5));
    for (const start of [2, 5, 12, 23, 24.5, 30]) {
      const deadline = offerDeadline(now, hours(start), 24);
      expect(deadline, `${start} h`).toBeDefined();
      expect((deadline as Date).getTime()).toBeLessThanOrEqual(
        hours(start).getTime() - OFFER_LEAD_MINUTES * 60_000,
      );
    }
  });

  it("makes no offer that could not be answered in time", () => {
    expect(offerDeadline(now, hours(1.4), 24)).toBeUndefined();
    expect(offerDeadline(now, hours(0.5), 24)).toBeUndefined();
    expect(offerDeadline(now, hours(-1), 24)).toBeUndefined();
  });

  it("can be confirmed until 48 hours after it was made, and only while unconfirmed", () => {
    const made = new Date("2027-03-27T10:00:00Z"); // the night of the clock change lies inside
    expect(CONFIRM_WISH_HOURS).toBe(48);
    expect(confirmDeadline(made).toISOString()).toBe("2027-03-29T10:00:00.000Z");
    const at = (ms: number) => new Date(made.getTime() + ms);
    expect(canConfirm({ status: "unconfirmed", createdAt: made }, at(48 * 3_600_000 - 1))).toBe(true);
    expect(canConfirm({ status: "unconfirmed", createdAt: made }, at(48 * 3_600_000))).toBe(false);
    expect(canConfirm({ status: "waiting", createdAt: made }, at(60_000))).toBe(false);
    expect(canConfirm({ status: "withdrawn", createdAt: made }, at(60_000))).toBe(false);
  });

  it("counts lapses of the last days only", () => {
    expect(lapsesCountSince(new Date("2027-04-10T12:00:00Z"), 90).toISOString()).toBe(
      "2027-01-10T12:00:00.000Z",
    );
  });
});
