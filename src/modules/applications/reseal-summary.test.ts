import { describe, expect, it } from "vitest";
import type { ResealReport } from "./reseal";
import { describeProgress, describeReseal } from "./reseal-summary";

const report = (overrides: Partial<ResealReport> = {}): ResealReport => ({
  currentKeyId: "b",
  tables: [
    { table: "cases", resealedRows: 2, resealedValues: 4, unopenable: 0 },
    { table: "case_files", resealedRows: 1, resealedValues: 2, unopenable: 0 },
  ],
  keyUse: [
    { table: "cases", column: "answers_sealed", keyId: "b", count: 2 },
    { table: "cases", column: "contact_sealed", keyId: "b", count: 2 },
    { table: "case_files", column: "name_sealed", keyId: "b", count: 1 },
    { table: "case_files", column: "content_sealed", keyId: "b", count: 1 },
  ],
  ...overrides,
});

describe("the summary of reseal-data", () => {
  it("tells the rows and values re-sealed and that the old key is no longer needed", () => {
    expect(describeReseal(report(), ["b", "a"], false)).toEqual([
      "Re-sealed with key b: 3 row(s), 6 value(s).",
      "  cases: 2 row(s) re-sealed (4 value(s))",
      "  case_files: 1 row(s) re-sealed (2 value(s))",
      "Sealed values per key:",
      "  key b: 6 value(s); it seals new values",
      "  key a: 0 value(s); no longer needed by the database: remove it from DATA_KEYS, but keep it as long as a backup that may be restored needs it",
    ]);
  });

  it("in a dry run, counts per key only and says which keys are still needed or missing", () => {
    const lines = describeReseal(
      report({
        tables: [],
        keyUse: [
          { table: "cases", column: "answers_sealed", keyId: "a", count: 3 },
          { table: "case_events", column: "entry_sealed", keyId: "a", count: 4 },
          { table: "case_documents", column: "pdf_sealed", keyId: "old", count: 1 },
        ],
      }),
      ["b", "a"],
      true,
    );
    expect(lines).toEqual([
      "Sealed values per key:",
      "  key b: 0 value(s); it seals new values",
      "  key a: 7 value(s); still needed: run reseal-data before removing it",
      "  key old: 1 value(s); this key is not in DATA_KEYS, they cannot be opened",
    ]);
  });

  it("names values that did not open, by count", () => {
    const progress = {
      table: "application_drafts" as const,
      resealedRows: 1,
      resealedValues: 1,
      unopenable: 2,
    };
    expect(describeProgress(progress)).toBe(
      "application_drafts: 1 row(s) re-sealed (1 value(s)), 2 value(s) did not open",
    );
    const lines = describeReseal(report({ tables: [progress] }), ["b"], false);
    expect(lines.at(-1)).toBe("2 value(s) did not open and were left as they are.");
    expect(lines).toContain("Re-sealed with key b: 1 row(s), 1 value(s).");
  });
});
