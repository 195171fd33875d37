import { describe, expect, it } from "vitest";
import { electionFormValues, electionInputOf } from "./election-form";

describe("electionInputOf", () => {
  it("trims texts and reads German dates and times", () => {
    expect(
      electionInputOf({
        key: " landtag-2028 ",
        "name-de": " Wahl zum Hessischen Landtag ",
        "name-en": "Election to the Hessian Landtag",
        "election-day": "8.10.2028",
        "applications-from": "2028-08-28",
        "deadline-date": "",
        "deadline-time": "18.00",
      }),
    ).toEqual({
      key: "landtag-2028",
      nameDe: "Wahl zum Hessischen Landtag",
      nameEn: "Election to the Hessian Landtag",
      electionDay: "2028-10-08",
      applicationsFrom: "2028-08-28",
      deadlineDate: "",
      deadlineTime: "18:00",
    });
  });

  it("keeps the stored key on an edit, whatever was posted", () => {
    expect(electionInputOf({ key: "other" }, "landtag-2028").key).toBe("landtag-2028");
  });

  it("fills the form from a stored election", () => {
    const values = electionFormValues(
      {
        id: "00000000-0000-4000-8000-000000000000",
        key: "landtag-2028",
        name: { de: "Landtagswahl", en: "State election" },
        electionDay: "2028-10-08",
        applicationsFrom: "2028-08-28",
        deadline: new Date("2028-10-06T16:00:00Z"),
        withdrawn: false,
      },
      { date: "2028-10-06", time: "18:00" },
    );
    expect(values["deadline-time"]).toBe("18:00");
    expect(values["name-en"]).toBe("State election");
  });
});
