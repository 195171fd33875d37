import { describe, expect, it } from "vitest";
import {
  type CertificateDataError,
  certificateContentFrom,
  extractItemsOf,
} from "./meldebescheinigung-content";

const answers = {
  forSelf: true,
  person: { familyName: "Mustermann", givenNames: "Erika", dateOfBirth: "1964-08-12" },
  mainAddress: { street: "Heideweg", houseNumber: "12", postalCode: "35039", city: "Marburg" },
  certificateKind: "simple",
  purpose: null,
  truthful: true,
};

function thrown(run: () => unknown): CertificateDataError {
  try {
    run();
  } catch (error) {
    return error as CertificateDataError;
  }
  throw new Error("did not throw");
}

describe("the content of a Meldebescheinigung", () => {
  it("is the answers' person and main residence for a simple certificate", () => {
    const content = certificateContentFrom(answers, { placeOfBirth: "Gießen" });
    expect(content).toEqual({
      kind: "simple",
      person: answers.person,
      mainAddress: answers.mainAddress,
      items: [],
      // the extract is not printed on a simple certificate
      extract: {},
    });
  });

  it("adds the register data of the chosen items, in the form's order, and only those", () => {
    const extended = {
      ...answers,
      certificateKind: "extended",
      extendedData: ["nationalities", "place-of-birth"],
    };
    const content = certificateContentFrom(extended, {
      placeOfBirth: "Gießen",
      nationalities: ["deutsch"],
      maritalStatus: "ledig",
    });
    expect(content.items).toEqual(["place-of-birth", "nationalities"]);
    expect(content.extract).toEqual({ placeOfBirth: "Gießen", nationalities: ["deutsch"] });
  });

  it("refuses a chosen item the clerk gave no register data for, naming it", () => {
    const extended = {
      ...answers,
      certificateKind: "extended",
      extendedData: ["marital-status", "move-in-date"],
    };
    const error = thrown(() => certificateContentFrom(extended, { maritalStatus: "verheiratet" }));
    expect(error.name).toBe("CertificateDataError");
    expect(error.missing).toEqual(["move-in-date"]);
  });

  it("refuses answers that are not those of the form, and an extract that is not valid", () => {
    expect(thrown(() => certificateContentFrom({ ...answers, person: null })).name).toBe(
      "CertificateDataError",
    );
    expect(thrown(() => certificateContentFrom({ ...answers, certificateKind: "extended" })).name).toBe(
      "CertificateDataError",
    );
    expect(thrown(() => certificateContentFrom(answers, { moveInDate: "gestern" })).name).toBe(
      "CertificateDataError",
    );
  });

  it("asks the clerk for the register data of exactly the items chosen, in the form's order", () => {
    const extended = {
      ...answers,
      certificateKind: "extended",
      extendedData: ["nationalities", "place-of-birth"],
    };
    expect(extractItemsOf("meldebescheinigung", extended)).toEqual(["place-of-birth", "nationalities"]);
    expect(extractItemsOf("meldebescheinigung", answers)).toEqual([]);
    expect(extractItemsOf("briefwahl", extended)).toEqual([]);
    expect(extractItemsOf("meldebescheinigung", { ...extended, extendedData: ["unknown"] })).toEqual([]);
  });
});
