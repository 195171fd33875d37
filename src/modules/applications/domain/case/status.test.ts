import { describe, expect, it } from "vitest";
import { CASE_STATUSES, isCaseOpen } from "./status";

describe("isCaseOpen", () => {
  it("counts a case open until it ended or was rejected", () => {
    const open = CASE_STATUSES.filter(isCaseOpen);
    expect(open).toEqual(["draft", "submitted", "in-review", "needs-information", "approved"]);
  });
});
