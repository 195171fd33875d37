import { describe, expect, it } from "vitest";
import { parseCaseContact } from "./contact";

describe("the contact of a case", () => {
  it("takes an e-mail address and an optional telephone number", () => {
    expect(parseCaseContact({ email: " a@example.org ", phone: "" })).toEqual({
      ok: true,
      value: { email: "a@example.org" },
    });
    expect(parseCaseContact({ email: "a@example.org", phone: "06421 201-0" })).toMatchObject({
      ok: true,
      value: { phone: "06421 201-0" },
    });
  });

  it("names each wrong field once", () => {
    expect(parseCaseContact({})).toEqual({
      ok: false,
      problems: [{ field: "email", problem: "emailInvalid" }],
    });
    expect(parseCaseContact({ email: "kein-at", phone: "abc" })).toEqual({
      ok: false,
      problems: [
        { field: "email", problem: "emailInvalid" },
        { field: "phone", problem: "phoneInvalid" },
      ],
    });
    expect(parseCaseContact({ email: `${"a".repeat(250)}@example.org` })).toEqual({
      ok: false,
      problems: [{ field: "email", problem: "tooLong" }],
    });
  });
});
