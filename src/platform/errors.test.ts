import { describe, expect, it } from "vitest";
import { AppError, ERROR_CATALOGUE, type ErrorCode, isAppError } from "./errors";
import { messagesFor } from "./i18n/i18n";

const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

describe("the error catalogue", () => {
  it("gives every code an HTTP error status and a title and text in German and English", () => {
    for (const code of codes) {
      const { status } = ERROR_CATALOGUE[code];
      expect(Number.isInteger(status) && status >= 400 && status <= 599, code).toBe(true);
      for (const locale of ["de", "en"] as const) {
        const text = messagesFor(locale).errors[code];
        expect(text?.title.trim(), `${locale} ${code}`).toBeTruthy();
        expect(text?.text.trim(), `${locale} ${code}`).toBeTruthy();
      }
      // one message per language: the English one is not the German one left untranslated
      expect(messagesFor("en").errors[code].text, code).not.toBe(messagesFor("de").errors[code].text);
    }
  });

  it("holds the appointment errors with their stable codes", () => {
    expect(new AppError("slot-taken").status).toBe(409);
    expect(new AppError("hold-expired").status).toBe(410);
    expect(new AppError("appointment-changed").status).toBe(409);
    expect(new AppError("appointment-not-today").status).toBe(409);
  });

  it("recognises exactly the codes asked for", () => {
    const taken = new AppError("slot-taken");
    expect(isAppError(taken, "slot-taken")).toBe(true);
    expect(isAppError(taken, "hold-expired", "slot-taken")).toBe(true);
    expect(isAppError(taken, "appointment-changed")).toBe(false);
    expect(isAppError(new Error("slot-taken"), "slot-taken")).toBe(false);
    expect(isAppError(undefined, "slot-taken")).toBe(false);
  });
});
