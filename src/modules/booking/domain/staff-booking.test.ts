import { describe, expect, it } from "vitest";
import type { Session } from "./sessions";
import { forStaffBooking, parseSlotRequest, parseStaffBookingDetails } from "./staff-booking";

const session: Session = {
  planKey: "plan",
  location: "stadtbuero",
  date: "2027-01-12",
  start: "2027-01-12T07:00:00Z",
  end: "2027-01-12T11:00:00Z",
  slotMinutes: 15,
  counters: [
    { key: "schalter-1", publicCapacity: 1, staffCapacity: 0 },
    { key: "schalter-2", publicCapacity: 1, staffCapacity: 1 },
    { key: "schalter-5", publicCapacity: 0, staffCapacity: 1 },
  ],
  services: "all",
  bookingWindow: { minDaysAhead: 1, maxDaysAhead: 42 },
};

describe("sessions as staff book them", () => {
  it("fill the counters kept for staff first and allow today, keeping the latest day", () => {
    const staff = forStaffBooking(session);
    expect(staff.counters.map((c) => c.key)).toEqual(["schalter-5", "schalter-1", "schalter-2"]);
    expect(staff.bookingWindow).toEqual({ minDaysAhead: 0, maxDaysAhead: 42 });
    // the plan's own session is left as it was
    expect(session.counters[0]?.key).toBe("schalter-1");
  });
});

describe("the first step of a staff booking", () => {
  const allowed = {
    places: ["stadtbuero"],
    servicesAt: (place: string) => new Set(place === "stadtbuero" ? ["personalausweis", "reisepass"] : []),
    today: "2027-01-11",
  };

  it("accepts one of the person's places, services offered there and a day from today", () => {
    expect(
      parseSlotRequest(
        { ort: "stadtbuero", leistungen: ["reisepass", "reisepass"], tag: "2027-01-11" },
        allowed,
      ),
    ).toEqual({ ok: true, value: { place: "stadtbuero", services: ["reisepass"], day: "2027-01-11" } });
  });

  it("names every problem by its field", () => {
    const parsed = parseSlotRequest({ ort: "mobil-cappel", leistungen: [], tag: "2027-02-30" }, allowed);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { field: "ort", problem: "placeRequired" },
        { field: "leistungen", problem: "servicesRequired" },
        { field: "tag", problem: "dayInvalid" },
      ],
    });
  });

  it("refuses a service the place does not offer, more than five services and a past day", () => {
    const problems = (form: Parameters<typeof parseSlotRequest>[0]) => {
      const parsed = parseSlotRequest(form, allowed);
      return parsed.ok ? [] : parsed.problems.map((p) => p.problem);
    };
    expect(problems({ ort: "stadtbuero", leistungen: ["hundesteuer"], tag: "2027-01-11" })).toEqual([
      "serviceNotHere",
    ]);
    expect(
      problems({ ort: "stadtbuero", leistungen: ["a", "b", "c", "d", "e", "f"], tag: "2027-01-11" }),
    ).toEqual(["tooManyServices"]);
    expect(problems({ ort: "stadtbuero", leistungen: ["reisepass"], tag: "2027-01-10" })).toEqual([
      "dayPast",
    ]);
  });
});

describe("the person's details", () => {
  const valid = { name: "Erika Muster", kanal: "phone", sprache: "de", informiert: "yes" };

  it("need a name, the channel, the language and the information note; e-mail and phone are optional", () => {
    const parsed = parseStaffBookingDetails({ ...valid, email: " ", phone: "" });
    expect(parsed).toEqual({
      ok: true,
      value: {
        name: "Erika Muster",
        kanal: "phone",
        sprache: "de",
        informiert: "yes",
        email: undefined,
        phone: undefined,
        needWheelchair: false,
        needSignLanguage: false,
        needOther: undefined,
      },
    });
  });

  it("name each missing or wrong answer in form order", () => {
    const parsed = parseStaffBookingDetails({ name: "E", kanal: "fax", email: "nope", phone: "abc" });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { field: "name", problem: "nameRequired" },
      { field: "kanal", problem: "channelRequired" },
      { field: "email", problem: "emailInvalid" },
      { field: "phone", problem: "phoneInvalid" },
      { field: "sprache", problem: "languageRequired" },
      { field: "informiert", problem: "informedRequired" },
    ]);
  });

  it("refuses control characters in the name", () => {
    const parsed = parseStaffBookingDetails({ ...valid, name: "Erika\u0007 Muster" });
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ field: "name", problem: "invalidCharacters" }]);
  });
});
