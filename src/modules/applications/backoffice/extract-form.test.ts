import { describe, expect, it } from "vitest";
import { certificateContentFrom } from "../documents/meldebescheinigung-content";
import { EXTENDED_ITEMS } from "../domain";
import { DESK_MESSAGES } from "./desk-messages";
import { EXTRACT_INPUTS, parseAddressLine, parseRegisterExtract } from "./extract-form";

const TODAY = "2026-12-03";

const complete = {
  approvePlaceOfBirth: " Gießen ",
  approveNationalities: "deutsch, italienisch\ndeutsch",
  approveMaritalStatus: "married",
  approveMoveInDate: "1.4.2019",
  approvePreviousAddresses: "Heideweg 12, Hinterhaus, 35039 Marburg\r\n\r\nAm Grün 3a, D-35037 Marburg\n",
};

describe("an address typed on one line", () => {
  it.each([
    [
      "Heideweg 12, 35039 Marburg",
      { street: "Heideweg", houseNumber: "12", postalCode: "35039", city: "Marburg" },
    ],
    [
      "Am Alten Markt 12-14, 3. Stock links, 35037 Marburg an der Lahn",
      {
        street: "Am Alten Markt",
        houseNumber: "12-14",
        addition: "3. Stock links",
        postalCode: "35037",
        city: "Marburg an der Lahn",
      },
    ],
  ])("reads %j", (text, address) => {
    expect(parseAddressLine(text)).toEqual(address);
  });

  it.each([
    "Heideweg 12 35039 Marburg",
    "Heideweg, 35039 Marburg",
    "Heideweg 12, 3503 Marburg",
    "35039 Marburg",
    "",
  ])("refuses %j", (text) => {
    expect(parseAddressLine(text)).toBeUndefined();
  });
});

describe("the register data of an extended certificate, as typed in the approval", () => {
  it("reads every item into an extract the certificate accepts", () => {
    const parsed = parseRegisterExtract(EXTENDED_ITEMS, complete, TODAY);
    expect(parsed).toEqual({
      ok: true,
      extract: {
        placeOfBirth: "Gießen",
        nationalities: ["deutsch", "italienisch"],
        maritalStatus: "verheiratet",
        moveInDate: "2019-04-01",
        previousAddresses: [
          {
            street: "Heideweg",
            houseNumber: "12",
            addition: "Hinterhaus",
            postalCode: "35039",
            city: "Marburg",
          },
          { street: "Am Grün", houseNumber: "3a", postalCode: "35037", city: "Marburg" },
        ],
      },
    });
    if (!parsed.ok) return;
    const answers = {
      person: { familyName: "Mustermann", givenNames: "Erika", dateOfBirth: "1964-08-12" },
      mainAddress: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
      certificateKind: "extended",
      extendedData: [...EXTENDED_ITEMS],
    };
    expect(certificateContentFrom(answers, parsed.extract).items).toEqual([...EXTENDED_ITEMS]);
  });

  it("reads only the items chosen, ignoring whatever else is posted", () => {
    expect(parseRegisterExtract(["nationalities"], complete, TODAY)).toEqual({
      ok: true,
      extract: { nationalities: ["deutsch", "italienisch"] },
    });
  });

  it("asks for every chosen item left blank, at its own input", () => {
    const parsed = parseRegisterExtract(EXTENDED_ITEMS, {}, TODAY);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { field: "approvePlaceOfBirth", problem: "placeOfBirthRequired" },
      { field: "approveNationalities", problem: "nationalitiesRequired" },
      { field: "approveMaritalStatus", problem: "maritalStatusRequired" },
      { field: "approveMoveInDate", problem: "moveInDateRequired" },
      { field: "approvePreviousAddresses", problem: "previousAddressesRequired" },
    ]);
  });

  it.each([
    ["place-of-birth", "x".repeat(101), "placeOfBirthTooLong"],
    ["place-of-birth", "Gie\u0000ßen", "invalidCharacters"],
    ["nationalities", " , \n ", "nationalitiesRequired"],
    ["nationalities", Array.from({ length: 11 }, (_, i) => `n${i}`).join(","), "nationalitiesTooMany"],
    ["nationalities", "x".repeat(61), "nationalityTooLong"],
    ["marital-status", "verheiratet", "maritalStatusRequired"],
    ["move-in-date", "31.02.2019", "moveInDateInvalid"],
    ["move-in-date", "04.12.2026", "moveInDateInFuture"],
    [
      "previous-addresses",
      Array(11).fill("Heideweg 12, 35039 Marburg").join("\n"),
      "previousAddressesTooMany",
    ],
  ] as const)("refuses %s %j (%s)", (item, value, problem) => {
    const parsed = parseRegisterExtract([item], { [EXTRACT_INPUTS[item]]: value }, TODAY);
    expect(parsed).toEqual({ ok: false, errors: [{ field: EXTRACT_INPUTS[item], problem }] });
  });

  it("names the line of an address it cannot read", () => {
    const parsed = parseRegisterExtract(
      ["previous-addresses"],
      { approvePreviousAddresses: "Heideweg 12, 35039 Marburg\n\nirgendwo" },
      TODAY,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [{ field: "approvePreviousAddresses", problem: "previousAddressInvalid", line: 3 }],
    });
  });

  it("accepts today as the day of moving in", () => {
    expect(parseRegisterExtract(["move-in-date"], { approveMoveInDate: "2026-12-03" }, TODAY)).toEqual({
      ok: true,
      extract: { moveInDate: "2026-12-03" },
    });
  });

  it("has every text in German and English", () => {
    for (const t of Object.values(DESK_MESSAGES))
      for (const item of EXTENDED_ITEMS) expect(t.extract.labels[item]).not.toBe("");
    expect(Object.keys(DESK_MESSAGES.en.extract.problems)).toEqual(
      Object.keys(DESK_MESSAGES.de.extract.problems),
    );
  });
});
