import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csvField", () => {
  it("quotes every field and doubles quotes inside", () => {
    expect(csvField("plain")).toBe('"plain"');
    expect(csvField('say "hi"; bye')).toBe('"say ""hi""; bye"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("")).toBe('""');
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const evil of ['=HYPERLINK("x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvField(evil).startsWith(`"'`)).toBe(true);
    }
    expect(csvField("a=b")).toBe('"a=b"');
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark, separates by semicolons and ends lines with CRLF", () => {
    const csv = toCsv(["Wer", "Größe"], [["Jörg", "1,5"]]);
    expect(csv).toBe('\uFEFF"Wer";"Größe"\r\n"Jörg";"1,5"\r\n');
  });
});
