import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csv", () => {
  it("quotes every field and doubles quotes inside", () => {
    expect(csvField('Stadtbüro "Mitte"; Eingang B')).toBe('"Stadtbüro ""Mitte""; Eingang B"');
  });

  it("defuses text a spreadsheet would run as a formula, but keeps a number's sign", () => {
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvField("-1,5", { numeric: true })).toBe('"-1,5"');
  });

  it("writes a byte order mark, semicolons and CRLF lines", () => {
    expect(toCsv(["Tag", "Ort"], [[{ value: "2026-11-20" }, { value: "Schröck" }]])).toBe(
      '\uFEFF"Tag";"Ort"\r\n"2026-11-20";"Schröck"\r\n',
    );
  });
});
