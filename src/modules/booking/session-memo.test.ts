import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OpeningPlansFile } from "./domain/opening-plan";
import { expandPlanSessions, SessionMemo } from "./session-memo";

const file = OpeningPlansFile.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../../tenants/marburg/opening-plans.json"), "utf8")),
);
const range = { location: "stadtbuero", from: "2027-01-11", to: "2027-03-08" };

describe("SessionMemo", () => {
  it("gives the sessions the plans expand to, for one place and for all", () => {
    const memo = new SessionMemo();
    expect(memo.sessions(file, range)).toEqual(expandPlanSessions(file, range));
    const all = { from: "2027-01-11", to: "2027-01-24" };
    expect(memo.sessions(file, all)).toEqual(expandPlanSessions(file, all));
  });

  it("expands a range once per file: the same frozen sessions, in a fresh array each time", () => {
    const memo = new SessionMemo();
    const first = memo.sessions(file, range);
    const again = memo.sessions(file, range);
    expect(again).not.toBe(first);
    expect(again[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
    again.pop();
    expect(memo.sessions(file, range)).toHaveLength(first.length);
  });

  it("answers a changed plans file (a new object) from its own expansion, never the old one's", () => {
    const memo = new SessionMemo();
    const before = memo.sessions(file, range);
    expect(before.some((s) => s.date === "2027-01-12")).toBe(true);
    const closed: OpeningPlansFile = {
      ...file,
      closures: [
        ...file.closures,
        { location: "stadtbuero", from: "2027-01-12", to: "2027-01-12", reason: { de: "Zu", en: "Closed" } },
      ],
    };
    const after = memo.sessions(closed, range);
    expect(after.some((s) => s.date === "2027-01-12")).toBe(false);
    expect(after).toEqual(expandPlanSessions(closed, range));
    // the old file's expansion stays its own
    expect(memo.sessions(file, range)[0]).toBe(before[0]);
  });
});
