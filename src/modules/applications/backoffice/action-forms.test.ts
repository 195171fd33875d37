import { describe, expect, it } from "vitest";
import { applyCaseEvent } from "../domain";
import { parseAction, parseDay, parseEuroCents, refusalErrors } from "./action-forms";

describe("amounts as people type them", () => {
  it.each([
    ["12,50", 1250],
    ["12,5", 1250],
    ["12", 1200],
    ["12.50", 1250],
    [" 12,50 € ", 1250],
    ["1.234,56", 123456],
    ["1.234", 123400],
    ["0", 0],
    ["0,01", 1],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(["", "abc", "12,505", "-5", "1,234.50", "12,", "1e3", "999999999999", "12 50"])(
    "refuses %j",
    (text) => {
      expect(parseEuroCents(text)).toBeUndefined();
    },
  );
});

describe("days as people type them", () => {
  it.each([
    ["2027-01-11", "2027-01-11"],
    ["11.01.2027", "2027-01-11"],
    ["1.2.2027", "2027-02-01"],
    ["24/11/2026", "2026-11-24"],
  ])("reads %j as %s", (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each(["31.02.2027", "2027-13-01", "11.01.27", "morgen", ""])("refuses %j", (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
});

describe("the steps' forms", () => {
  const today = "2027-01-11";

  it("reads a question, trimmed and with plain line breaks, and requires it", () => {
    expect(parseAction("request-information", { question: " Wofür?\r\nBitte. " }, today)).toEqual({
      ok: true,
      event: { type: "request-information", message: "Wofür?\nBitte." },
    });
    expect(parseAction("request-information", { question: "  " }, today)).toEqual({
      ok: false,
      errors: [{ field: "question", problem: "questionRequired" }],
    });
    expect(parseAction("request-information", { question: "a\u0000b" }, today)).toEqual({
      ok: false,
      errors: [{ field: "question", problem: "textInvalid" }],
    });
    expect(parseAction("request-information", { question: "x".repeat(4001) }, today)).toMatchObject({
      ok: false,
      errors: [{ field: "question", problem: "textTooLong" }],
    });
  });

  it("reads a payment and says what is wrong with each field", () => {
    expect(
      parseAction(
        "record-payment",
        { paymentMethod: "card", paymentAmount: "7,5", paymentDate: "10.01.2027", paymentNote: "" },
        today,
      ),
    ).toEqual({
      ok: true,
      event: { type: "record-payment", method: "card", amountCents: 750, receivedOn: "2027-01-10" },
    });
    expect(
      parseAction(
        "record-payment",
        { paymentMethod: "cheque", paymentAmount: "0", paymentDate: "12.01.2027" },
        today,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { field: "paymentMethod", problem: "methodRequired" },
        { field: "paymentAmount", problem: "amountZero" },
        { field: "paymentDate", problem: "dateInFuture" },
      ],
    });
  });

  it("leaves the note a rejection for another reason needs to the status machine, and shows its refusal at the note", () => {
    const parsed = parseAction("reject", { rejectReason: "other", rejectNote: " " }, today);
    if (!parsed.ok) throw new Error("the form itself is complete");
    expect(parsed.event).toEqual({ type: "reject", reason: "other", note: undefined });
    const state = {
      reference: "2026-0004711-0",
      serviceKey: "meldebescheinigung",
      channel: "online" as const,
      assistedBy: null,
      status: "in-review" as const,
      fee: { kind: "unknown" as const },
      payments: [],
      openRequest: null,
      decision: null,
      openedAt: new Date("2027-01-11T08:00:00Z"),
      submittedAt: new Date("2027-01-11T08:00:00Z"),
      closedAt: null,
      lastEventAt: new Date("2027-01-11T08:00:00Z"),
    };
    const step = applyCaseEvent(
      state,
      parsed.event,
      { kind: "staff", staffId: 1 },
      new Date("2027-01-11T09:00:00Z"),
    );
    if (step.ok) throw new Error("the status machine must refuse it");
    expect(refusalErrors("reject", step.refusal)).toEqual([
      { field: "rejectNote", problem: "otherNeedsNote" },
    ]);
    expect(refusalErrors("set-fee", { code: "fee-below-paid", paidCents: 500 })).toEqual([
      { field: "feeAmount", problem: "feeBelowPaid" },
    ]);
    expect(refusalErrors("complete", { code: "payment-outstanding", outstandingCents: 500 })).toBeUndefined();
  });
});
