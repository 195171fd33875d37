import { describe, expect, it } from "vitest";
import {
  addDays,
  clockTimeOf,
  euroCentsOf,
  euroText,
  firstPerField,
  isIsoDate,
  isoDateOf,
  optionalLocalized,
  wholeNumberOf,
} from "./form-values";

describe("form values", () => {
  it("reads euro amounts as cents in German and English notation", () => {
    expect(euroCentsOf("27,60")).toBe(2760);
    expect(euroCentsOf("27.6")).toBe(2760);
    expect(euroCentsOf(" 46 € ")).toBe(4600);
    expect(euroCentsOf("0,05")).toBe(5);
    expect(euroCentsOf("")).toBeNull();
    expect(euroCentsOf("zwölf")).toBeNaN();
    expect(euroCentsOf("1.234,50")).toBeNaN();
    expect(euroCentsOf("-3")).toBeNaN();
    expect(euroText(2760)).toBe("27,60");
    expect(euroText(5)).toBe("0,05");
    expect(euroCentsOf(euroText(123456))).toBe(123456);
  });

  it("reads whole numbers strictly", () => {
    expect(wholeNumberOf("15")).toBe(15);
    expect(wholeNumberOf("")).toBeNull();
    expect(wholeNumberOf("1.5")).toBeNaN();
    expect(wholeNumberOf("-1")).toBeNaN();
  });

  it("accepts German dates and short times, and leaves other text for the schema to reject", () => {
    expect(isoDateOf("7.2.2026")).toBe("2026-02-07");
    expect(isoDateOf("2026-02-07")).toBe("2026-02-07");
    expect(isoDateOf("morgen")).toBe("morgen");
    expect(clockTimeOf("8:30")).toBe("08:30");
    expect(clockTimeOf("8.30")).toBe("08:30");
    expect(clockTimeOf("acht")).toBe("acht");
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", -1)).toBe("2026-03-28");
  });

  it("leaves out a text blank in both languages, and keeps a half-filled one for the schema", () => {
    expect(optionalLocalized("", "")).toBeUndefined();
    expect(optionalLocalized("Hinweis", "")).toEqual({ de: "Hinweis", en: "" });
  });

  it("keeps the first problem of each field", () => {
    expect(
      firstPerField([
        { field: "a", code: "required" },
        { field: "b", code: "euro" },
        { field: "a", code: "too-long" },
      ]),
    ).toEqual([
      { field: "a", code: "required" },
      { field: "b", code: "euro" },
    ]);
  });
});
