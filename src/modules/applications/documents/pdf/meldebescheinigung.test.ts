import { describe, expect, it } from "vitest";
import { testFrame } from "../../../../../test/helpers/documents";
import { pdfText } from "../../../../../test/helpers/pdf-text";
import { certificateContentFrom } from "../meldebescheinigung-content";
import { renderMeldebescheinigung } from "./meldebescheinigung";

const answers = {
  forSelf: true,
  person: {
    familyName: "Müller-Lüdenscheidt",
    givenNames: "Jörg Käthe",
    doctoralDegree: "Dr.",
    dateOfBirth: "1964-08-12",
  },
  mainAddress: {
    street: "Heideweg",
    houseNumber: "12a",
    addition: "Hinterhaus",
    postalCode: "35039",
    city: "Marburg",
  },
  certificateKind: "simple",
  purpose: null,
  truthful: true,
};

describe("renderMeldebescheinigung", () => {
  it("certifies the person's register data under the tenant's letterhead, with the verification footer", async () => {
    const pdf = await renderMeldebescheinigung({
      ...testFrame(),
      certificate: certificateContentFrom(answers),
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Universitätsstadt Marburg",
      "Stadtbüro Marburg",
      "Frauenbergstraße 31",
      "Meldebescheinigung",
      "Einfache Meldebescheinigung nach § 18 Absatz 1 des Bundesmeldegesetzes (BMG)",
      "Müller-Lüdenscheidt",
      "Jörg Käthe",
      "Dr.",
      "12.08.1964",
      "Heideweg 12a, Hinterhaus, 35039 Marburg",
      "Vorgangsnummer: 2026-0004711-0",
      // the day in Berlin, though it is still the 2nd in UTC
      "Datum: 3. Dezember 2026",
      "Echtheit prüfen unter https://stadtbuero.example/pruefen mit dem Code 7KQ2-M9XD-4GSF-C",
      "Prüfcode: 7KQ2-M9XD-4GSF-C",
      "Seite 1 von 1",
    ])
      expect(text).toContain(expected);
    // the demo tenant's documents say they are samples
    expect(text).toContain("MUSTER – erstellt in einer Demonstrationsumgebung");
    expect(text).not.toContain("Weitere Daten");
    // the title the reader shows
    expect(pdf.toString("latin1")).toMatch(/\/DisplayDocTitle true/);
    expect(pdf.toString("latin1")).toContain("(Meldebescheinigung)");
  });

  it("prints the further register data of an extended certificate, only those chosen", async () => {
    const certificate = certificateContentFrom(
      { ...answers, certificateKind: "extended", extendedData: ["place-of-birth", "previous-addresses"] },
      {
        placeOfBirth: "Gießen",
        maritalStatus: "ledig",
        previousAddresses: [
          { street: "Am Grün", houseNumber: "1", postalCode: "35037", city: "Marburg" },
          { street: "Seltersweg", houseNumber: "2", postalCode: "35390", city: "Gießen" },
        ],
      },
    );
    const text = pdfText(await renderMeldebescheinigung({ ...testFrame(), certificate }));
    expect(text).toContain("Erweiterte Meldebescheinigung nach § 18 Absatz 2");
    expect(text).toContain("Geburtsort");
    expect(text).toContain("Gießen");
    expect(text).toContain("Am Grün 1, 35037 Marburg");
    expect(text).toContain("Seltersweg 2, 35390 Gießen");
    expect(text).not.toContain("Familienstand");
    expect(text).not.toContain("ledig");
  });

  it("is the same file for the same input, and compressed unless told otherwise", async () => {
    const certificate = certificateContentFrom(answers);
    const once = await renderMeldebescheinigung({ ...testFrame(), certificate });
    const again = await renderMeldebescheinigung({ ...testFrame(), certificate });
    expect(again.equals(once)).toBe(true);
    const otherCode = {
      code: "0000-0000-0000-0",
      pageUrl: "https://x.example/pruefen",
      verifyUrl: "https://x.example/pruefen?code=0000-0000-0000-0",
    };
    const other = await renderMeldebescheinigung({ ...testFrame({ verification: otherCode }), certificate });
    expect(other.equals(once)).toBe(false);
    const compressed = await renderMeldebescheinigung({ ...testFrame({ compress: undefined }), certificate });
    expect(compressed.length).toBeLessThan(once.length);
    expect(compressed.toString("latin1")).toContain("/FlateDecode");
    // the test reader inflates the streams, as a PDF viewer does
    expect(pdfText(compressed)).toBe(pdfText(once));
  });
});
