import { describe, expect, it } from "vitest";
import { feeSetByStaff } from "../payment/fee";
import type { ActorKind, CaseActor } from "./actor";
import { applyCaseEvent, availableCaseEvents } from "./apply-event";
import type { CaseEventInput, CaseEventType } from "./events";
import { exampleCase } from "./examples";
import { openCase } from "./open-case";
import { formatCaseReference } from "./reference";
import type { CaseStatus } from "./status";

/* Who may cause which event, and who may open a case on which channel. */

const START = new Date("2026-05-04T07:00:00Z");
const AT = new Date("2026-05-04T10:00:00Z");
const ACTORS: Record<ActorKind, CaseActor> = {
  resident: { kind: "resident" },
  staff: { kind: "staff", staffId: 3 },
  system: { kind: "system" },
};
const fee = feeSetByStaff(2600);

/** Each event in a status where it is allowed, and who may cause it — written out, not derived. */
const WHO_MAY: Record<CaseEventType, { status: CaseStatus; event: CaseEventInput; by: ActorKind[] }> = {
  submit: { status: "draft", event: { type: "submit" }, by: ["resident"] }, // staff only on assisted cases, below
  "start-review": { status: "submitted", event: { type: "start-review" }, by: ["staff"] },
  "request-information": {
    status: "in-review",
    event: { type: "request-information", message: "Welche Staatsangehörigkeit haben Sie?" },
    by: ["staff"],
  },
  "provide-information": {
    status: "needs-information",
    event: { type: "provide-information", message: "Deutsch." },
    by: ["resident", "staff"],
  },
  approve: { status: "in-review", event: { type: "approve" }, by: ["staff"] },
  reject: { status: "in-review", event: { type: "reject", reason: "documents-missing" }, by: ["staff"] },
  complete: { status: "rejected", event: { type: "complete" }, by: ["staff", "system"] },
  withdraw: { status: "submitted", event: { type: "withdraw" }, by: ["resident"] },
  "set-fee": { status: "in-review", event: { type: "set-fee", amountCents: 1000 }, by: ["staff"] },
  "record-payment": {
    status: "approved",
    event: { type: "record-payment", method: "transfer", amountCents: 2600, receivedOn: "2026-05-04" },
    by: ["staff", "system"],
  },
};

describe("who may cause each event", () => {
  const rows = Object.entries(WHO_MAY).flatMap(([type, rule]) =>
    (["resident", "staff", "system"] as const).map((kind) => ({ type, kind, rule })),
  );
  it.each(rows)("$type by $kind", ({ type, kind, rule }) => {
    const { state } = exampleCase(rule.status, { start: START, fee });
    const step = applyCaseEvent(state, rule.event, ACTORS[kind], AT);
    if (rule.by.includes(kind)) expect(step.ok).toBe(true);
    else
      expect(step).toEqual({ ok: false, refusal: { code: "actor-not-allowed", actor: kind, event: type } });
  });

  it("lets staff submit a case they file with the resident, never a resident's own online case", () => {
    const online = exampleCase("draft", { start: START }).state;
    expect(applyCaseEvent(online, { type: "submit" }, ACTORS.staff, AT)).toEqual({
      ok: false,
      refusal: { code: "actor-not-allowed", actor: "staff", event: "submit" },
    });
    const assisted = { ...online, channel: "help-point" as const, assistedBy: 3 };
    const step = applyCaseEvent(assisted, { type: "submit" }, { kind: "staff", staffId: 4 }, AT);
    expect(step.ok && step.state.status).toBe("submitted");
    // the colleague who submitted is in the timeline; the case stays assisted by whoever filed it
    expect(step.ok && [step.entry.actor, step.state.assistedBy]).toEqual([{ kind: "staff", staffId: 4 }, 3]);
  });

  it("offers each actor exactly the events it may cause now", () => {
    const inReview = exampleCase("in-review", { start: START, fee }).state;
    expect(availableCaseEvents(inReview, ACTORS.resident)).toEqual(["withdraw"]);
    expect(availableCaseEvents(inReview, ACTORS.staff)).toEqual([
      "request-information",
      "approve",
      "reject",
      "set-fee",
      "record-payment",
    ]);
    expect(availableCaseEvents(inReview, ACTORS.system)).toEqual(["record-payment"]);
    const waiting = exampleCase("needs-information", { start: START }).state;
    expect(availableCaseEvents(waiting, ACTORS.resident)).toEqual(["provide-information", "withdraw"]);
  });
});

describe("who may open a case", () => {
  const open = (
    channel: "online" | "terminal" | "help-point" | "stadtbuero" | "mobile",
    assistedBy: number | null,
  ) =>
    ({
      type: "open",
      reference: formatCaseReference({ year: 2026, number: 40 }),
      serviceKey: "bewohnerparkausweis",
      channel,
      assistedBy,
      fee: { kind: "unknown" },
    }) as const;

  it("is the resident alone online and at the terminal", () => {
    for (const channel of ["online", "terminal"] as const) {
      expect(openCase(open(channel, null), ACTORS.resident, AT).ok).toBe(true);
      for (const kind of ["staff", "system"] as const)
        expect(openCase(open(channel, null), ACTORS[kind], AT)).toEqual({
          ok: false,
          refusal: { code: "actor-not-allowed", actor: kind, event: "open" },
        });
    }
  });

  it("is the assisting staff member at a help point, the Stadtbüro and the mobile Stadtbüro", () => {
    for (const channel of ["help-point", "stadtbuero", "mobile"] as const) {
      const step = openCase(open(channel, 3), ACTORS.staff, AT);
      expect(step.ok && { channel: step.state.channel, assistedBy: step.state.assistedBy }).toEqual({
        channel,
        assistedBy: 3,
      });
      expect(openCase(open(channel, 3), { kind: "staff", staffId: 9 }, AT).ok).toBe(false);
      expect(openCase(open(channel, 3), ACTORS.resident, AT).ok).toBe(false);
      expect(openCase(open(channel, 3), ACTORS.system, AT).ok).toBe(false);
    }
  });

  it("refuses a channel and an assistant that do not fit together", () => {
    const unassisted = openCase(open("help-point", null), ACTORS.staff, AT);
    expect(unassisted.ok || unassisted.refusal.code).toBe("invalid-input");
    const assistedOnline = openCase(open("online", 3), ACTORS.resident, AT);
    expect(assistedOnline.ok || assistedOnline.refusal.code).toBe("invalid-input");
  });
});
