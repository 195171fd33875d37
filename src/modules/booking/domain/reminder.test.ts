import { describe, expect, it } from "vitest";
import { reminderDueAt } from "./reminder";

describe("reminderDueAt", () => {
  const start = new Date("2027-01-13T09:00:00Z");

  it("is the given hours before the start for a time booked earlier", () => {
    expect(reminderDueAt(start, new Date("2027-01-11T09:00:00Z"), 24)).toEqual(
      new Date("2027-01-12T09:00:00Z"),
    );
  });

  it("is none for a time booked inside the reminder window, up to its very edge", () => {
    expect(reminderDueAt(start, new Date("2027-01-12T15:00:00Z"), 24)).toBeNull();
    expect(reminderDueAt(start, new Date("2027-01-12T09:00:00Z"), 24)).toBeNull();
    expect(reminderDueAt(start, new Date("2027-01-12T08:59:59Z"), 24)).toEqual(
      new Date("2027-01-12T09:00:00Z"),
    );
  });
});
