import { describe, expect, it } from "vitest";
import type { CaseFee } from "../payment/fee";
import type { CaseActor } from "./actor";
import { applyCaseEvent } from "./apply-event";
import { CaseState } from "./case-state";
import type { CaseStep } from "./case-step";
import type { CaseEventInput } from "./events";
import { exampleCase } from "./examples";

const START = new Date("2026-06-01T06:00:00Z");
const AT = new Date("2026-06-02T12:00:00Z");
const clerk: CaseActor = { kind: "staff", staffId: 5 };
const resident: CaseActor = { kind: "resident" };
const system: CaseActor = { kind: "system" };
const fixed = (amountCents: number): CaseFee => ({
  kind: "fixed",
  amountCents,
  lines: [{ kind: "base", amountCents }],
});

function accepted(step: CaseStep) {
  if (!step.ok) throw new Error(`refused: ${JSON.stringify(step.refusal)}`);
  expect(CaseState.safeParse(step.state).success).toBe(true);
  return step;
}
const codeOf = (step: CaseStep) => (step.ok ? "accepted" : step.refusal.code);
const paths = (step: CaseStep) =>
  step.ok || step.refusal.code !== "invalid-input" ? [] : step.refusal.issues.map((i) => i.path);

describe("what each event needs", () => {
  const inReview = exampleCase("in-review", { start: START }).state;

  it("a rejection needs a reason from the list, and text for 'other'", () => {
    expect(
      paths(applyCaseEvent(inReview, { type: "reject" } as unknown as CaseEventInput, clerk, AT)),
    ).toEqual(["event.reason"]);
    expect(codeOf(applyCaseEvent(inReview, { type: "reject", reason: "because" } as never, clerk, AT))).toBe(
      "invalid-input",
    );
    expect(paths(applyCaseEvent(inReview, { type: "reject", reason: "other" }, clerk, AT))).toEqual([
      "event.note",
    ]);
    expect(
      paths(applyCaseEvent(inReview, { type: "reject", reason: "other", note: "   " }, clerk, AT)),
    ).toEqual(["event.note"]);
    const step = accepted(
      applyCaseEvent(inReview, { type: "reject", reason: "other", note: " Kein Wohnsitz. " }, clerk, AT),
    );
    expect(step.state.decision).toEqual({
      outcome: "rejected",
      reason: "other",
      note: "Kein Wohnsitz.",
      decidedAt: AT,
      decidedBy: clerk,
    });
  });

  it("a request for information needs a message, which the case keeps while it waits", () => {
    expect(paths(applyCaseEvent(inReview, { type: "request-information", message: "" }, clerk, AT))).toEqual([
      "event.message",
    ]);
    expect(
      codeOf(applyCaseEvent(inReview, { type: "request-information", message: "a\u0000b" }, clerk, AT)),
    ).toBe("invalid-input");
    const step = accepted(
      applyCaseEvent(
        inReview,
        { type: "request-information", message: "Bitte Mietvertrag hochladen." },
        clerk,
        AT,
      ),
    );
    expect(step.state.openRequest).toEqual({
      message: "Bitte Mietvertrag hochladen.",
      requestedAt: AT,
      requestedBy: clerk,
    });
    const answered = accepted(
      applyCaseEvent(
        step.state,
        { type: "provide-information", attachmentIds: ["6f1c1c52-8a8e-4f5e-9a39-0d9c2f1b7a11"] },
        resident,
        AT,
      ),
    );
    expect(answered.state.openRequest).toBeNull();
    expect(answered.entry.event).toEqual({
      type: "provide-information",
      attachmentIds: ["6f1c1c52-8a8e-4f5e-9a39-0d9c2f1b7a11"],
    });
  });

  it("an answer needs a message or a file", () => {
    const waiting = exampleCase("needs-information", { start: START }).state;
    expect(paths(applyCaseEvent(waiting, { type: "provide-information" }, resident, AT))).toEqual([
      "event.message",
    ]);
    expect(
      codeOf(applyCaseEvent(waiting, { type: "provide-information", attachmentIds: ["x"] }, resident, AT)),
    ).toBe("invalid-input");
  });

  it("refuses unknown fields, a malformed actor and an invalid time, naming each", () => {
    expect(paths(applyCaseEvent(inReview, { type: "approve", extra: 1 } as never, clerk, AT))).toEqual([
      "event",
    ]);
    expect(paths(applyCaseEvent(inReview, { type: "approve" }, { kind: "staff" } as never, AT))).toEqual([
      "actor.staffId",
    ]);
    expect(paths(applyCaseEvent(inReview, { type: "approve" }, clerk, new Date(Number.NaN)))).toEqual(["at"]);
    expect(codeOf(applyCaseEvent(inReview, { type: "fly" } as never, clerk, AT))).toBe("invalid-input");
  });
});

describe("what events change", () => {
  it("stamps submission, decision and closing, and clears an open question on rejection or withdrawal", () => {
    const draft = exampleCase("draft", { start: START }).state;
    expect(accepted(applyCaseEvent(draft, { type: "submit" }, resident, AT)).state.submittedAt).toEqual(AT);
    const waiting = exampleCase("needs-information", { start: START }).state;
    const rejected = accepted(
      applyCaseEvent(waiting, { type: "reject", reason: "information-not-provided" }, clerk, AT),
    );
    expect([rejected.state.status, rejected.state.openRequest]).toEqual(["rejected", null]);
    const withdrawn = accepted(applyCaseEvent(waiting, { type: "withdraw" }, resident, AT));
    expect([withdrawn.state.openRequest, withdrawn.state.closedAt]).toEqual([null, AT]);
    const completed = accepted(applyCaseEvent(rejected.state, { type: "complete" }, system, AT));
    expect(completed.state.closedAt).toEqual(AT);
  });

  it("keeps the register data an approval carries in its entry, and refuses data that are not valid", () => {
    const inReview = exampleCase("in-review", { start: START }).state;
    const registerExtract = { placeOfBirth: "Gießen", nationalities: ["deutsch"] };
    const step = accepted(applyCaseEvent(inReview, { type: "approve", registerExtract }, clerk, AT));
    expect(step.entry.event).toEqual({ type: "approve", registerExtract });
    expect(
      paths(applyCaseEvent(inReview, { type: "approve", registerExtract: { nationalities: [] } }, clerk, AT)),
    ).toEqual(["event.registerExtract.nationalities"]);
  });

  it("keeps the time of an event synced late, and moves lastEventAt only forward", () => {
    const inReview = exampleCase("in-review", { start: START }).state;
    const earlier = new Date(START.getTime() + 30_000);
    const step = accepted(applyCaseEvent(inReview, { type: "approve" }, clerk, earlier));
    expect(step.entry.at).toEqual(earlier);
    expect(step.state.decision?.decidedAt).toEqual(earlier);
    expect(step.state.lastEventAt).toEqual(inReview.lastEventAt);
  });

  it("does not change the state it was given", () => {
    const inReview = exampleCase("in-review", { start: START, fee: fixed(1000) }).state;
    const copy = structuredClone(inReview);
    accepted(
      applyCaseEvent(
        inReview,
        { type: "record-payment", method: "card", amountCents: 1000, receivedOn: "2026-06-02" },
        clerk,
        AT,
      ),
    );
    expect(inReview).toEqual(copy);
  });
});

describe("fees and payments on the case", () => {
  const pay = (amountCents: number): CaseEventInput => ({
    type: "record-payment",
    method: "transfer",
    amountCents,
    receivedOn: "2026-06-02",
  });

  it("completes an approved case only when its known fee is paid", () => {
    const approved = exampleCase("approved", { start: START, fee: fixed(1800) }).state;
    expect(applyCaseEvent(approved, { type: "complete" }, clerk, AT)).toEqual({
      ok: false,
      refusal: { code: "payment-outstanding", outstandingCents: 1800 },
    });
    const part = accepted(applyCaseEvent(approved, pay(800), system, AT)).state;
    expect(applyCaseEvent(part, { type: "complete" }, system, AT)).toEqual({
      ok: false,
      refusal: { code: "payment-outstanding", outstandingCents: 1000 },
    });
    const paid = accepted(applyCaseEvent(part, pay(1000), clerk, AT)).state;
    expect(paid.payments.map((p) => p.recordedBy)).toEqual([system, clerk]);
    expect(accepted(applyCaseEvent(paid, { type: "complete" }, system, AT)).state.status).toBe("completed");
  });

  it("lets an unknown fee block nothing but the fee step", () => {
    const approved = exampleCase("approved", { start: START, fee: { kind: "unknown" } }).state;
    expect(applyCaseEvent(approved, pay(500), clerk, AT)).toEqual({
      ok: false,
      refusal: { code: "no-fee-to-pay", fee: "unknown" },
    });
    expect(codeOf(applyCaseEvent(approved, { type: "complete" }, clerk, AT))).toBe("accepted");
    const free = exampleCase("approved", { start: START }).state;
    expect(applyCaseEvent(free, pay(500), clerk, AT)).toEqual({
      ok: false,
      refusal: { code: "no-fee-to-pay", fee: "none" },
    });
  });

  it("lets staff set an unknown fee, waive it, but not set it below what was paid", () => {
    const inReview = exampleCase("in-review", { start: START, fee: { kind: "unknown" } }).state;
    const set = accepted(applyCaseEvent(inReview, { type: "set-fee", amountCents: 1300 }, clerk, AT)).state;
    expect(set.fee).toEqual(fixed(1300));
    const waived = accepted(
      applyCaseEvent(set, { type: "set-fee", amountCents: 0, note: "Ehrenamt" }, clerk, AT),
    ).state;
    expect(waived.fee).toEqual({ kind: "none" });
    const paid = accepted(applyCaseEvent(set, pay(1300), clerk, AT)).state;
    expect(applyCaseEvent(paid, { type: "set-fee", amountCents: 1000 }, clerk, AT)).toEqual({
      ok: false,
      refusal: { code: "fee-below-paid", paidCents: 1300 },
    });
    expect(codeOf(applyCaseEvent(paid, { type: "set-fee", amountCents: 1300 }, clerk, AT))).toBe("accepted");
    expect(codeOf(applyCaseEvent(paid, { type: "set-fee", amountCents: -1 }, clerk, AT))).toBe(
      "invalid-input",
    );
    expect(codeOf(applyCaseEvent(paid, { type: "set-fee", amountCents: 12.5 }, clerk, AT))).toBe(
      "invalid-input",
    );
  });

  it("refuses a payment of nothing, of fractions of a cent, or on an impossible day", () => {
    const inReview = exampleCase("in-review", { start: START, fee: fixed(1300) }).state;
    for (const bad of [pay(0), pay(1.5), { ...pay(100), receivedOn: "2026-02-30" }])
      expect(codeOf(applyCaseEvent(inReview, bad, clerk, AT))).toBe("invalid-input");
  });
});
