import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feeSetByStaff } from "../payment/fee";
import type { CaseActor } from "./actor";
import { applyCaseEvent } from "./apply-event";
import { CaseState } from "./case-state";
import type { CaseEventInput } from "./events";
import { exampleCase } from "./examples";
import { caseFromTimeline, TimelineEntry } from "./timeline";

const START = new Date("2026-10-24T22:00:00Z");
const clerk: CaseActor = { kind: "staff", staffId: 2 };
const resident: CaseActor = { kind: "resident" };
const system: CaseActor = { kind: "system" };
const fee = feeSetByStaff(1000);

const EVENTS: CaseEventInput[] = [
  { type: "submit" },
  { type: "start-review" },
  { type: "request-information", message: "Bitte Geburtsurkunde hochladen." },
  { type: "provide-information", message: "Hochgeladen." },
  { type: "approve", note: "Alles vollständig." },
  { type: "reject", reason: "duplicate" },
  { type: "complete" },
  { type: "withdraw" },
  { type: "set-fee", amountCents: 1200 },
  { type: "record-payment", method: "cash", amountCents: 600, receivedOn: "2026-10-25" },
];

describe("caseFromTimeline", () => {
  it("derives the same state as the steps that wrote the timeline", () => {
    for (const status of ["draft", "needs-information", "completed", "withdrawn"] as const) {
      const { state, timeline } = exampleCase(status, { start: START });
      expect(caseFromTimeline(timeline)).toEqual({ ok: true, state });
    }
  });

  it("holds for any sequence of attempts: the accepted ones replay to the same valid state", () => {
    const attempt = fc.tuple(
      fc.constantFrom(...EVENTS),
      fc.constantFrom(clerk, resident, system),
      fc.nat(600),
    );
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 25 }), (attempts) => {
        let { state, timeline } = exampleCase("draft", { start: START, fee });
        for (const [event, actor, minutes] of attempts) {
          const step = applyCaseEvent(state, event, actor, new Date(START.getTime() + minutes * 60_000));
          if (!step.ok) continue;
          state = step.state;
          timeline = [...timeline, step.entry];
          // every state the machine reaches keeps the case's invariants
          expect(CaseState.safeParse(state).success).toBe(true);
        }
        const entries = timeline.map((e) => TimelineEntry.parse(JSON.parse(JSON.stringify(e), revive)));
        expect(caseFromTimeline(entries)).toEqual({ ok: true, state });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a timeline that does not start with the opening", () => {
    const { timeline } = exampleCase("submitted", { start: START });
    expect(caseFromTimeline([])).toEqual({ ok: false, index: 0, refusal: { code: "not-opened" } });
    expect(caseFromTimeline(timeline.slice(1))).toEqual({
      ok: false,
      index: 0,
      refusal: { code: "not-opened" },
    });
  });

  it("names the first entry the machine refuses, or whose statuses were written wrongly", () => {
    const { timeline } = exampleCase("in-review", { start: START });
    const skipped = [timeline[0], timeline[2]] as TimelineEntry[];
    expect(caseFromTimeline(skipped)).toEqual({
      ok: false,
      index: 1,
      refusal: { code: "transition-not-allowed", status: "draft", event: "start-review" },
    });
    const forged = timeline.map((e, i) => (i === 2 ? { ...e, to: "approved" as const } : e));
    expect(caseFromTimeline(forged)).toEqual({ ok: false, index: 2, refusal: { code: "entry-mismatch" } });
    const reopened = [...timeline, timeline[0] as TimelineEntry];
    expect(caseFromTimeline(reopened)).toEqual({ ok: false, index: 3, refusal: { code: "entry-mismatch" } });
  });
});

/** JSON revives times as strings; the timeline's times are Dates again (as the database gives them). */
function revive(key: string, value: unknown) {
  return (key === "at" || key === "recordedAt" || key === "requestedAt" || key === "decidedAt") &&
    typeof value === "string"
    ? new Date(value)
    : value;
}
