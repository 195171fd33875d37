import { describe, expect, it } from "vitest";
import { feeSetByStaff } from "../payment/fee";
import type { CaseActor } from "./actor";
import { applyCaseEvent } from "./apply-event";
import type { CaseEventInput, CaseEventType } from "./events";
import { CASE_EVENT_TYPES, CaseEvent } from "./events";
import { exampleCase } from "./examples";
import { CASE_STATUSES, type CaseStatus } from "./status";

/*
 * The whole status machine, table-driven over every (status, event) pair. The expected table is
 * written out here, independently of CASE_TRANSITIONS, so a change to the machine shows up as a
 * failing row.
 */

const START = new Date("2026-03-02T08:00:00Z");
const AT = new Date("2026-03-03T09:30:00Z");
const clerk: CaseActor = { kind: "staff", staffId: 12 };
const resident: CaseActor = { kind: "resident" };

/** A valid event of each type, and an actor who may cause it. */
const SAMPLE: Record<CaseEventType, [CaseEventInput, CaseActor]> = {
  submit: [{ type: "submit" }, resident],
  "start-review": [{ type: "start-review" }, clerk],
  "request-information": [{ type: "request-information", message: "Bitte senden Sie die Vollmacht." }, clerk],
  "provide-information": [{ type: "provide-information", message: "Die Vollmacht liegt bei." }, resident],
  approve: [{ type: "approve" }, clerk],
  reject: [{ type: "reject", reason: "requirements-not-met" }, clerk],
  complete: [{ type: "complete" }, clerk],
  withdraw: [{ type: "withdraw" }, resident],
  "set-fee": [{ type: "set-fee", amountCents: 1300 }, clerk],
  "record-payment": [
    { type: "record-payment", method: "cash", amountCents: 500, receivedOn: "2026-03-03" },
    clerk,
  ],
};

/** Where each allowed event leads; every pair missing here must be refused. */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseEventType, CaseStatus>>> = {
  draft: { submit: "submitted", withdraw: "withdrawn" },
  submitted: {
    "start-review": "in-review",
    withdraw: "withdrawn",
    "set-fee": "submitted",
    "record-payment": "submitted",
  },
  "in-review": {
    "request-information": "needs-information",
    approve: "approved",
    reject: "rejected",
    withdraw: "withdrawn",
    "set-fee": "in-review",
    "record-payment": "in-review",
  },
  "needs-information": {
    "provide-information": "in-review",
    reject: "rejected",
    withdraw: "withdrawn",
    "set-fee": "needs-information",
    "record-payment": "needs-information",
  },
  approved: { complete: "completed", "set-fee": "approved", "record-payment": "approved" },
  rejected: { complete: "completed" },
  completed: {},
  withdrawn: {},
};

// A fee of 13 € that is still unpaid, so that payments can be recorded; `complete` from approved
// is then tested apart (below and in apply-event.test.ts).
const fee = feeSetByStaff(1300);

describe("the status machine over every status and event", () => {
  it("knows every event type the schema knows", () => {
    expect(CaseEvent.options.map((o) => o.shape.type.value).sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  const pairs = CASE_STATUSES.flatMap((status) => CASE_EVENT_TYPES.map((type) => [status, type] as const));
  it.each(pairs)("%s + %s", (status, type) => {
    const { state } = exampleCase(status, { start: START, fee: status === "completed" ? undefined : fee });
    const paid =
      status === "approved" && type === "complete"
        ? {
            ...state,
            payments: [
              {
                method: "cash" as const,
                amountCents: 1300,
                receivedOn: "2026-03-02",
                recordedAt: START,
                recordedBy: clerk,
              },
            ],
          }
        : state;
    const [event, actor] = SAMPLE[type];
    const step = applyCaseEvent(paid, event, actor, AT);
    const to = EXPECTED[status][type];
    if (to === undefined) {
      expect(step).toEqual({ ok: false, refusal: { code: "transition-not-allowed", status, event: type } });
    } else {
      expect(step.ok).toBe(true);
      if (!step.ok) return;
      expect(step.state.status).toBe(to);
      expect(step.entry).toMatchObject({ at: AT, actor, from: status, to, event: { type } });
    }
  });

  it("leaves nothing possible after completion or withdrawal", () => {
    for (const status of ["completed", "withdrawn"] as const) {
      const { state } = exampleCase(status, { start: START });
      for (const type of CASE_EVENT_TYPES) {
        for (const actor of [resident, clerk, { kind: "system" } as const]) {
          const step = applyCaseEvent(state, SAMPLE[type][0], actor, AT);
          expect(step.ok ? "accepted" : step.refusal.code).toBe("transition-not-allowed");
        }
      }
    }
  });

  it("goes back to review when the resident answers, and may ask again", () => {
    const { state } = exampleCase("needs-information", { start: START });
    const answered = applyCaseEvent(state, SAMPLE["provide-information"][0], resident, AT);
    if (!answered.ok) throw new Error(answered.refusal.code);
    expect(answered.state.status).toBe("in-review");
    const again = applyCaseEvent(answered.state, SAMPLE["request-information"][0], clerk, AT);
    expect(again.ok && again.state.status).toBe("needs-information");
  });
});
