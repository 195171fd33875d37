import { describe, expect, it } from "vitest";
import { parseFeedback } from "./feedback";

describe("parseFeedback", () => {
  it("accepts a message alone and trims it", () => {
    expect(parseFeedback({ message: "  Der Kontrast ist zu schwach.  ", email: "", page: "" })).toEqual({
      ok: true,
      value: { message: "Der Kontrast ist zu schwach." },
    });
  });

  it("accepts a message with e-mail and page", () => {
    const r = parseFeedback({ message: "x", email: "a@example.org", page: "/leistungen" });
    expect(r).toEqual({ ok: true, value: { message: "x", email: "a@example.org", page: "/leistungen" } });
  });

  it("names each field's problem in form order", () => {
    const r = parseFeedback({ message: "   ", email: "not-an-address", page: "p".repeat(501) });
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: "message", problem: "messageRequired" },
        { field: "email", problem: "emailInvalid" },
        { field: "page", problem: "pageTooLong" },
      ],
    });
  });

  it("rejects a missing or too long message", () => {
    expect(parseFeedback({})).toMatchObject({
      ok: false,
      problems: [{ field: "message", problem: "messageRequired" }],
    });
    expect(parseFeedback({ message: "m".repeat(5001) })).toMatchObject({
      ok: false,
      problems: [{ field: "message", problem: "messageTooLong" }],
    });
  });
});
