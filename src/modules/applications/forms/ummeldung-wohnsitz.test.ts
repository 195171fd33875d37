import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerGroupItem,
  answerPage,
  type Body,
  validateSubmission,
  visiblePages,
} from "../domain";
import { anmeldungWohnsitz } from "./anmeldung-wohnsitz";
import { ummeldungWohnsitz as form } from "./ummeldung-wohnsitz";

const ctx = { locale: "de" as const, today: "2026-05-04" };

function post(answers: Answers, pageId: string, body: Body): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const address = (id: string, street: string): Body => ({
  [`${id}.street`]: street,
  [`${id}.houseNumber`]: "4",
  [`${id}.postalCode`]: "35037",
  [`${id}.city`]: "Marburg",
});

/** A move within the town up to the choice of residence. */
function start(): Answers {
  const person = answerGroupItem(
    form,
    {},
    "persons",
    0,
    {
      "person.familyName": "Muster",
      "person.givenNames": "Erika",
      "person.dateOfBirth.day": "7",
      "person.dateOfBirth.month": "3",
      "person.dateOfBirth.year": "1988",
      sex: "female",
      nationality: "deutsch",
      relation: "self",
    },
    ctx,
  );
  if (person.kind !== "saved") throw new Error(JSON.stringify(person));
  let answers = post(person.answers, "new-address", address("newAddress", "Ketzerbach"));
  answers = post(answers, "move-in", {
    "moveInDate.day": "1",
    "moveInDate.month": "5",
    "moveInDate.year": "2026",
  });
  return post(answers, "residence-kind", { residenceKind: "main" });
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

describe("the Ummeldung form (a move within the town)", () => {
  it("belongs to the catalogue's service and, like the Anmeldung, needs a visit", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(form.serviceKey).toBe("ummeldung-wohnsitz");
    expect(form.inPerson).toEqual(anmeldungWohnsitz.inPerson);
  });

  it("never asks where the move comes from, and always asks the previous address in the town", () => {
    expect(pages({})).not.toContain("move-kind");
    expect(pages({})).not.toContain("from-abroad");
    expect(pages({})).not.toContain("previous-country");
    expect(pages(start())).toContain("previous-address");
    expect(form.pages.map((p) => p.id)).not.toContain("from-abroad");
    const previous = form.pages.find((p) => p.id === "previous-address");
    expect(previous?.kind === "questions" && previous.questions[0]?.label.de).toBe(
      "Ihre bisherige Anschrift in der Stadt",
    );
  });

  it("refuses a missing previous address with the field's message", () => {
    expect(answerPage(form, start(), "previous-address", {}, { ...ctx, locale: "en" })).toMatchObject({
      kind: "invalid",
      errors: [
        { field: "previousAddress.street", message: "Enter the street." },
        { field: "previousAddress.houseNumber", message: "Enter the house number." },
        { field: "previousAddress.postalCode", message: "Enter the postcode." },
        { field: "previousAddress.city", message: "Enter the town or city." },
      ],
    });
  });

  it("files a complete move within the town, without a moveKind, and forgets the landlord's details when the resident uploads instead", () => {
    let answers = post(start(), "previous-address", address("previousAddress", "Markt"));
    answers = post(answers, "landlord-confirmation", { confirmationForm: "enter" });
    answers = post(answers, "landlord", {
      landlordName: "Wohnbau Muster GmbH",
      ...address("landlordAddress", "Universitätsstraße"),
      "confirmedMoveInDate.day": "1",
      "confirmedMoveInDate.month": "5",
      "confirmedMoveInDate.year": "2026",
    });
    answers = post(answers, "landlord-owner", { landlordIsOwner: "yes" });
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).not.toHaveProperty("moveKind");
    expect(answers).toMatchObject({
      previousAddress: { street: "Markt" },
      landlordName: "Wohnbau Muster GmbH",
    });

    const uploading = post(answers, "landlord-confirmation", { confirmationForm: "upload" });
    expect(uploading).not.toHaveProperty("landlordName");
    expect(uploading).not.toHaveProperty("landlordIsOwner");
    expect(validateSubmission(form, uploading, ctx.today).ok).toBe(false);
  });
});
