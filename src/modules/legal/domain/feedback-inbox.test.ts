import { describe, expect, it } from "vitest";
import { FeedbackStatus, firstWords } from "./feedback-inbox";

describe("firstWords", () => {
  it("keeps a short message whole, with its whitespace collapsed", () => {
    expect(firstWords("  Der Kontrast\n\nist zu schwach. ")).toBe("Der Kontrast ist zu schwach.");
  });

  it("cuts a long message after a whole word and marks the cut", () => {
    const message =
      "Die Schaltfläche zum Buchen lässt sich mit der Tastatur nicht erreichen, weil der Fokus vorher hängen bleibt.";
    const short = firstWords(message, 40);
    expect(short).toBe("Die Schaltfläche zum Buchen lässt sich …");
    expect(short.length).toBeLessThanOrEqual(42);
  });

  it("cuts one very long word where it must", () => {
    expect(firstWords(`https://example.org/${"a".repeat(100)}`, 30)).toBe(
      `https://example.org/${"a".repeat(10)} …`,
    );
  });
});

describe("FeedbackStatus", () => {
  it("knows the four states and nothing else", () => {
    expect(FeedbackStatus.options).toEqual(["new", "in-progress", "answered", "closed"]);
    expect(FeedbackStatus.safeParse("deleted").success).toBe(false);
  });
});
