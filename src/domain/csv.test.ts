import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csvField", () => {
  it("quotes every field and doubles quotes inside", () => {
    expect(csvField("plain")).toBe('"plain"');
    expect(csvField('Stadtbüro "Mitte"; Eingang B')).toBe('"Stadtbüro ""Mitte""; Eingang B"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("")).toBe('""');
  });

  it("neutralises cells a spreadsheet would run as a formula, but keeps a number's sign", () => {
    for (const evil of ['=HYPERLINK("x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvField(evil).startsWith(`"'`)).toBe(true);
    }
    expect(csvField("a=b")).toBe('"a=b"');
    expect(csvField("-1,5", { numeric: true })).toBe('"-1,5"');
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark, separates by semicolons and ends lines with CRLF", () => {
    expect(toCsv(["Wer", "Größe"], [["Jörg", "1,5"]])).toBe('\uFEFF"Wer";"Größe"\r\n"Jörg";"1,5"\r\n');
  });

  it("takes formatted numbers as cells that keep their sign, and text that is defused", () => {
    expect(toCsv(["Tag", "Saldo"], [["=1+1", { value: "-2,5", numeric: true }]])).toBe(
      '\uFEFF"Tag";"Saldo"\r\n"\'=1+1";"-2,5"\r\n',
    );
  });
});
