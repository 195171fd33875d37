import { describe, expect, it } from "vitest";
import { parseContact } from "./contact";

describe("parseContact", () => {
  it("accepts name and e-mail alone, and reads the needs checkboxes", () => {
    expect(
      parseContact({ name: " Erika Muster ", email: "erika@example.org", needWheelchair: "on" }),
    ).toEqual({
      ok: true,
      value: {
        name: "Erika Muster",
        email: "erika@example.org",
        needWheelchair: true,
        needSignLanguage: false,
      },
    });
  });

  it("names each field's problem in form order", () => {
    expect(parseContact({ name: "", email: "nope", phone: "call me", needOther: "x".repeat(301) })).toEqual({
      ok: false,
      problems: [
        { field: "name", problem: "nameRequired" },
        { field: "email", problem: "emailInvalid" },
        { field: "phone", problem: "phoneInvalid" },
        { field: "needOther", problem: "tooLong" },
      ],
    });
  });

  it("accepts usual phone notations", () => {
    for (const phone of ["06421 201-0", "+49 6421 2010", "(06421) 20 10", "06421/2010"]) {
      expect(parseContact({ name: "A B", email: "a@b.de", phone }).ok).toBe(true);
    }
  });
});
