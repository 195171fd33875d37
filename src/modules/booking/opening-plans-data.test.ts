import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publicHolidaysBetween } from "./domain/holidays";
import { OpeningPlansFile } from "./domain/opening-plan";
import { expandSessions, overlappingSessions } from "./domain/sessions";
import { freeSlots } from "./domain/slots";

const DIR = new URL("../../../tenants/marburg/", import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), "utf8"));

const file = OpeningPlansFile.parse(read("opening-plans.json"));
const locations = (read("locations.json") as { locations: Array<{ key: string; kind: string }> }).locations;

function sessions(from: string, to: string) {
  return expandSessions({
    plans: file.plans,
    closures: file.closures,
    holidays: publicHolidaysBetween(file.holidayRegion, from, to),
    timeZone: file.timeZone,
    from,
    to,
  });
}

describe("tenants/marburg/opening-plans.json (illustrative demo plans)", () => {
  it("is valid and names known locations", () => {
    expect(file.timeZone).toBe("Europe/Berlin");
    for (const plan of file.plans) {
      const location = locations.find((l) => l.key === plan.location);
      expect(location, plan.key).toBeDefined();
      if (plan.location.startsWith("mobil-")) expect(location?.kind).toBe("mobile-stop");
    }
    for (const closure of file.closures) {
      if (closure.location !== "all") expect(locations.map((l) => l.key)).toContain(closure.location);
    }
  });

  it("never overlaps itself, and the one bus is never at two stops at once", () => {
    const year = sessions("2026-01-01", "2027-12-31");
    expect(overlappingSessions(year)).toEqual([]);
    const bus = year.filter((s) => s.location.startsWith("mobil-"));
    bus.forEach((s, i) => {
      const next = bus[i + 1];
      if (next) expect(next.start >= s.end, `${s.location} ${s.date} / ${next.location}`).toBe(true);
    });
  });

  it("closes the Stadtbüro between the years and on public holidays", () => {
    const dates = new Set(
      sessions("2026-12-21", "2027-01-08")
        .filter((s) => s.location === "stadtbuero")
        .map((s) => s.date),
    );
    expect(dates.has("2026-12-23")).toBe(true);
    for (const day of ["2026-12-24", "2026-12-28", "2026-12-31", "2027-01-01"])
      expect(dates.has(day), day).toBe(false);
    expect(sessions("2026-04-03", "2026-04-03")).toEqual([]);
  });

  it("sends the bus every second week, Elnhausen from April", () => {
    const cappel = sessions("2026-01-01", "2026-02-28").filter((s) => s.location === "mobil-cappel");
    expect(cappel.map((s) => s.date)).toEqual(["2026-01-06", "2026-01-20", "2026-02-03", "2026-02-17"]);
    const elnhausen = sessions("2026-03-01", "2026-04-30").filter((s) => s.location === "mobil-elnhausen");
    expect(elnhausen.map((s) => s.date)).toEqual(["2026-04-01", "2026-04-15", "2026-04-29"]);
  });

  it("offers counters 1–4 online and keeps counter 5 for staff", () => {
    const day = sessions("2026-03-03", "2026-03-03").filter((s) => s.location === "stadtbuero");
    const base = { sessions: day, durationMinutes: 15, now: "2026-03-02T09:00:00Z", timeZone: file.timeZone };
    const full = new Map<string, number>();
    for (const slot of freeSlots({ ...base, taken: new Map(), channel: "public" })) {
      for (const counter of ["schalter-1", "schalter-2", "schalter-3", "schalter-4"]) {
        full.set(slot.unitKeys[0]?.replace("/schalter-1/", `/${counter}/`) ?? "", 1);
      }
    }
    expect(freeSlots({ ...base, taken: full, channel: "public" })).toEqual([]);
    const staff = freeSlots({ ...base, taken: full, channel: "staff" });
    expect(staff.length).toBe(32);
    expect(new Set(staff.map((s) => s.counter))).toEqual(new Set(["schalter-5"]));
  });
});
