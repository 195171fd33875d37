import { describe, expect, it } from "vitest";
import { isHoneypotFilled, parseVisitRequest } from "./visit-request";

const options = {
  serviceKeys: new Set(["personalausweis", "reisepass", "meldebescheinigung", "a", "b", "c", "d"]),
  districtKeys: new Set(["cappel", "wehrda"]),
};

const careHome = {
  reason: "care-home",
  place: "care-home",
  careHomeName: "  Haus am Park ",
  services: "personalausweis",
  name: "Erna Beispiel",
  phone: "06421 123456",
  consent: "yes",
};

describe("parseVisitRequest", () => {
  it("accepts a care-home visit without an address and trims the input", () => {
    expect(parseVisitRequest(careHome, options)).toEqual({
      ok: true,
      value: {
        reason: "care-home",
        place: "care-home",
        careHomeName: "Haus am Park",
        services: ["personalausweis"],
        periods: [],
        name: "Erna Beispiel",
        phone: "06421 123456",
      },
    });
  });

  it("accepts a private address with every optional field, and drops duplicates", () => {
    const r = parseVisitRequest(
      {
        reason: "other",
        reasonNote: "Nach einer Operation",
        place: "private",
        street: "Am Grün 1",
        postalCode: "35037",
        district: "cappel",
        services: ["reisepass", "personalausweis", "reisepass"],
        periods: ["weekday-mornings", "weekday-mornings"],
        periodNote: "nicht mittwochs",
        name: "Karl Muster",
        contactName: "Petra Muster",
        phone: "+49 6421/12-34",
        email: "petra@example.org",
        consent: "yes",
      },
      options,
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        street: "Am Grün 1",
        postalCode: "35037",
        district: "cappel",
        services: ["reisepass", "personalausweis"],
        periods: ["weekday-mornings"],
        contactName: "Petra Muster",
        email: "petra@example.org",
      },
    });
  });

  it("never keeps a care-home name for a private address", () => {
    const r = parseVisitRequest(
      { ...careHome, place: "private", street: "Am Grün 1", postalCode: "35037" },
      options,
    );
    expect(r.ok && r.value.careHomeName).toBe(undefined);
  });

  it("requires the care home's name for a care home, the address for a private home", () => {
    expect(parseVisitRequest({ ...careHome, careHomeName: " " }, options)).toEqual({
      ok: false,
      problems: [{ field: "careHomeName", problem: "careHomeNameRequired" }],
    });
    expect(parseVisitRequest({ ...careHome, place: "private" }, options)).toEqual({
      ok: false,
      problems: [
        { field: "street", problem: "streetRequired" },
        { field: "postalCode", problem: "postalCodeRequired" },
      ],
    });
  });

  it("names one problem per field, in form order", () => {
    const r = parseVisitRequest(
      {
        reason: "bored",
        reasonNote: "x".repeat(1001),
        postalCode: "3503",
        district: "atlantis",
        services: ["a", "b", "c", "d", "personalausweis", "reisepass"],
        periods: "night",
        periodNote: "y".repeat(301),
        name: "",
        contactName: "z".repeat(201),
        phone: "call me",
        email: "nope",
      },
      options,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: "reason", problem: "reasonRequired" },
        { field: "reasonNote", problem: "reasonNoteTooLong" },
        { field: "place", problem: "placeRequired" },
        { field: "postalCode", problem: "postalCodeInvalid" },
        { field: "district", problem: "districtInvalid" },
        { field: "services", problem: "servicesTooMany" },
        { field: "periods", problem: "periodsInvalid" },
        { field: "periodNote", problem: "periodNoteTooLong" },
        { field: "name", problem: "nameRequired" },
        { field: "contactName", problem: "contactNameTooLong" },
        { field: "phone", problem: "phoneInvalid" },
        { field: "email", problem: "emailInvalid" },
        { field: "consent", problem: "consentRequired" },
      ],
    });
  });

  it("wants at least one known service", () => {
    expect(parseVisitRequest({ ...careHome, services: undefined }, options)).toMatchObject({
      problems: [{ field: "services", problem: "servicesRequired" }],
    });
    expect(
      parseVisitRequest({ ...careHome, services: ["personalausweis", "hundesteuer"] }, options),
    ).toMatchObject({
      problems: [{ field: "services", problem: "servicesInvalid" }],
    });
  });

  it("accepts phone numbers of digits, spaces, + / and - only", () => {
    for (const phone of ["06421 123456", "+49 6421 12345", "06421/123-456"]) {
      expect(parseVisitRequest({ ...careHome, phone }, options).ok).toBe(true);
    }
    for (const [phone, problem] of [
      ["", "phoneRequired"],
      ["1234", "phoneInvalid"],
      ["06421 12345 ext", "phoneInvalid"],
      ["0049+6421", "phoneInvalid"],
      ["1".repeat(31), "phoneInvalid"],
    ]) {
      expect(parseVisitRequest({ ...careHome, phone }, options)).toMatchObject({
        problems: [{ field: "phone", problem }],
      });
    }
  });
});

describe("isHoneypotFilled", () => {
  it("is true only for a non-blank value", () => {
    expect(isHoneypotFilled(undefined)).toBe(false);
    expect(isHoneypotFilled("  ")).toBe(false);
    expect(isHoneypotFilled("https://spam.example")).toBe(true);
  });
});
