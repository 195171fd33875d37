import { describe, expect, it } from "vitest";
import { safeError, scrubMessage } from "./logging";

describe("error logging", () => {
  it("keeps the wording of a message and drops its values", () => {
    expect(scrubMessage('invalid input syntax for type date: "Erika Mustermann"')).toBe(
      'invalid input syntax for type date: "…"',
    );
    expect(scrubMessage("Key (email)=(erika@example.org) already exists.")).toBe(
      "Key (…)=(…) already exists.",
    );
    expect(scrubMessage("Recipient rejected: erika@example.org")).toBe("Recipient rejected: …@…");
    expect(scrubMessage("no appointment for token Qm9vYmFyYmF6cXV4MTIzNDU2Nzg5MDEy")).toBe(
      "no appointment for token …",
    );
    expect(scrubMessage("call 0176 1234567 back")).toBe("call … back");
    expect(scrubMessage("a\u0000b")).toBe("a b");
  });

  it("keeps type, code and stack frames, and nothing else an error carries", () => {
    const error = Object.assign(new Error('value "Erika" refused'), {
      code: "22P02",
      parameters: ["Erika", "erika@example.org"],
      detail: "Failing row contains (Erika).",
      query: "insert into x values ($1)",
    });
    const logged = safeError(error);
    expect(logged).toEqual({
      type: "Error",
      code: "22P02",
      message: 'value "…" refused',
      stack: expect.stringMatching(/^\s+at /),
    });
    expect(JSON.stringify(logged)).not.toContain("Erika");
  });
});
