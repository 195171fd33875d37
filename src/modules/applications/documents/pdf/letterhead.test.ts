import { describe, expect, it } from "vitest";
import { marburgProfile, marburgStadtbuero } from "../../../../../test/helpers/documents";
import { letterheadFor } from "./letterhead";

describe("letterheadFor", () => {
  it("names the authority and the issuing office, marking a demo tenant's example values", () => {
    expect(letterheadFor(marburgProfile(), marburgStadtbuero())).toEqual({
      authority: "Universitätsstadt Marburg",
      office: ["Stadtbüro Marburg", "Frauenbergstraße 31", "35039 Marburg (Demo-Anschrift)"],
      contact: ["Telefon 069 90009 421 (Beispielnummer)"],
      demo: true,
    });
  });

  it("takes the office's own contacts, and the authority's address without an office", () => {
    const profile = {
      ...marburgProfile(),
      demo: false,
      authority: {
        ...marburgProfile().authority,
        street: "Markt 1",
        postalCode: "35037",
        email: "stadt@example.org",
        web: "https://www.example.org",
      },
    };
    const office = {
      ...marburgStadtbuero(),
      address: { street: "Frauenbergstraße 31", postalCode: "35039", city: "Marburg" },
      contact: { phone: "06421 201-0", email: "stadtbuero@example.org" },
    };
    expect(letterheadFor(profile, office)).toEqual({
      authority: "Universitätsstadt Marburg",
      office: ["Stadtbüro Marburg", "Frauenbergstraße 31", "35039 Marburg"],
      contact: ["Telefon 06421 201-0", "E-Mail stadtbuero@example.org", "Internet https://www.example.org"],
      demo: false,
    });
    expect(letterheadFor(profile).office).toEqual(["Markt 1", "35037 Marburg"]);
  });
});
