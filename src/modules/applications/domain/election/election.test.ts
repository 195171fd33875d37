import { describe, expect, it } from "vitest";
import {
  checkElection,
  defaultDeadline,
  type ElectionInput,
  isOpenForApplications,
  openElections,
} from "./election";

const TZ = "Europe/Berlin";
const input = (over: Partial<ElectionInput> = {}): ElectionInput => ({
  key: "landtag-2028",
  nameDe: "Wahl zum Hessischen Landtag",
  nameEn: "Election to the Hessian Landtag",
  electionDay: "2028-10-08",
  applicationsFrom: "2028-08-28",
  deadlineDate: "",
  deadlineTime: "",
  ...over,
});
const rules = { today: "2028-06-01", timeZone: TZ, requireFuture: true };
const codes = (i: ElectionInput, r = rules) => {
  const checked = checkElection(i, r);
  return checked.ok ? [] : checked.problems.map((p) => `${p.field}:${p.code}`);
};

describe("defaultDeadline", () => {
  it("is the Friday before a Sunday election at 18:00", () => {
    expect(defaultDeadline("2028-10-08")).toEqual({ date: "2028-10-06", time: "18:00" });
  });
  it("is the Friday of the week before when the election is on a Friday, across a month's end", () => {
    expect(defaultDeadline("2027-01-01")).toEqual({ date: "2026-12-25", time: "18:00" });
    expect(defaultDeadline("2026-12-01")).toEqual({ date: "2026-11-27", time: "18:00" });
  });
});

describe("checkElection", () => {
  it("defaults the deadline to Friday 18:00 in the tenant's zone (summer time: 16:00 UTC)", () => {
    const checked = checkElection(input(), rules);
    expect(checked.ok && checked.values.deadline.toISOString()).toBe("2028-10-06T16:00:00.000Z");
  });
  it("takes a deadline given, in winter time", () => {
    const checked = checkElection(
      input({
        electionDay: "2029-01-21",
        applicationsFrom: "2029-01-02",
        deadlineDate: "2029-01-18",
        deadlineTime: "12:00",
      }),
      rules,
    );
    expect(checked.ok && checked.values.deadline.toISOString()).toBe("2029-01-18T11:00:00.000Z");
  });
  it("wants names, a key and real dates", () => {
    expect(
      codes(
        input({
          key: "",
          nameDe: "",
          nameEn: "x".repeat(201),
          electionDay: "2028-02-30",
          applicationsFrom: "",
        }),
      ),
    ).toEqual([
      "key:required",
      "name-de:required",
      "name-en:too-long",
      "election-day:date",
      "applications-from:required",
    ]);
    expect(codes(input({ key: "Landtag 2028", nameDe: "a\u0007b" }))).toEqual([
      "key:slug",
      "name-de:characters",
    ]);
  });
  it("wants the election day after today when creating, not when the day stays", () => {
    expect(codes(input({ electionDay: "2028-06-01", applicationsFrom: "2028-05-01" }))).toContain(
      "election-day:not-future",
    );
    expect(
      codes(input({ electionDay: "2028-06-01", applicationsFrom: "2028-05-01" }), {
        ...rules,
        requireFuture: false,
      }),
    ).toEqual([]);
  });
  it("wants first day ≤ deadline < election day", () => {
    expect(codes(input({ deadlineDate: "2028-10-08" }))).toEqual([
      "deadline-date:deadline-not-before-election",
    ]);
    expect(codes(input({ applicationsFrom: "2028-10-07" }))).toEqual([
      "applications-from:start-after-deadline",
    ]);
    expect(codes(input({ applicationsFrom: "2028-10-06" }))).toEqual([]);
    expect(codes(input({ deadlineTime: "24:00" }))).toEqual(["deadline-time:time"]);
  });
});

describe("isOpenForApplications", () => {
  const election = {
    withdrawn: false,
    applicationsFrom: "2028-08-28",
    deadline: new Date("2028-10-06T16:00:00Z"),
  };
  it("opens at midnight of the first day in the tenant's zone", () => {
    expect(isOpenForApplications(election, new Date("2028-08-27T21:59:59Z"), TZ)).toBe(false);
    expect(isOpenForApplications(election, new Date("2028-08-27T22:00:00Z"), TZ)).toBe(true);
  });
  it("closes at the deadline", () => {
    expect(isOpenForApplications(election, new Date("2028-10-06T15:59:59Z"), TZ)).toBe(true);
    expect(isOpenForApplications(election, new Date("2028-10-06T16:00:00Z"), TZ)).toBe(false);
  });
  it("is closed once withdrawn", () => {
    expect(
      isOpenForApplications({ ...election, withdrawn: true }, new Date("2028-09-01T10:00:00Z"), TZ),
    ).toBe(false);
  });
  it("lists the open ones, the nearest deadline first", () => {
    const later = { ...election, deadline: new Date("2028-11-01T17:00:00Z"), applicationsFrom: "2028-09-01" };
    const closed = { ...election, withdrawn: true };
    expect(openElections([later, closed, election], new Date("2028-09-02T10:00:00Z"), TZ)).toEqual([
      election,
      later,
    ]);
  });
});
