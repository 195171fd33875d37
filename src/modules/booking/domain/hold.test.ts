import { describe, expect, it } from "vitest";
import { holdHasLapsed } from "./hold";

describe("holdHasLapsed", () => {
  const until = new Date("2027-01-11T07:40:00Z");

  it("is false while the hold lasts and true from its end on", () => {
    expect(holdHasLapsed({ status: "held", holdExpiresAt: until }, new Date("2027-01-11T07:39:59Z"))).toBe(
      false,
    );
    expect(holdHasLapsed({ status: "held", holdExpiresAt: until }, until)).toBe(true);
  });

  it("is true for a released hold and false for a booked or cancelled appointment", () => {
    const later = new Date("2027-01-11T09:00:00Z");
    expect(holdHasLapsed({ status: "expired", holdExpiresAt: until }, later)).toBe(true);
    expect(holdHasLapsed({ status: "confirmed", holdExpiresAt: null }, later)).toBe(false);
    expect(holdHasLapsed({ status: "cancelled", holdExpiresAt: null }, later)).toBe(false);
  });
});
