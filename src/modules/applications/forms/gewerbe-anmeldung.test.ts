import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerGroupItem,
  answerPage,
  type Body,
  checkAnswerRows,
  finishGroup,
  firstUnansweredPage,
  groupSummary,
  removeGroupItem,
  validateSubmission,
  visiblePages,
} from "../domain";
import { gewerbeAnmeldung as form } from "./gewerbe-anmeldung";

const ctx = { locale: "de" as const, today: "2026-05-04" };

function post(answers: Answers, pageId: string, body: Body): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

function addPerson(answers: Answers, given: string, role: string, index = 0): Answers {
  const outcome = answerGroupItem(
    form,
    answers,
    "persons",
    index,
    {
      "person.familyName": "Muster",
      "person.givenNames": given,
      "person.dateOfBirth.day": "3",
      "person.dateOfBirth.month": "11",
      "person.dateOfBirth.year": "1979",
      role,
      "residence.street": "Ketzerbach",
      "residence.houseNumber": "12",
      "residence.postalCode": "35037",
      "residence.city": "Marburg",
    },
    ctx,
  );
  if (outcome.kind !== "saved") throw new Error(JSON.stringify(outcome));
  return outcome.answers;
}

/** Everything after the name pages, the same for every legal form. */
function rest(answers: Answers): Answers {
  let next = addPerson(answers, "Erika", "owner");
  next = post(next, "activity", { mainActivity: "Reparatur von Fahrrädern" });
  next = post(next, "side-business", { sideBusiness: "no" });
  next = post(next, "business-address", {
    "businessAddress.street": "Markt",
    "businessAddress.houseNumber": "5",
    "businessAddress.postalCode": "35037",
    "businessAddress.city": "Marburg",
  });
  next = post(next, "start", { "startDate.day": "1", "startDate.month": "6", "startDate.year": "2026" });
  next = post(next, "staff", { fullTimeStaff: "0", partTimeStaff: "2" });
  return post(next, "declaration", { truthful: "yes" });
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

describe("the Gewerbe-Anmeldung form", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes a sole trader without register entry through, with an optional trading name", () => {
    let answers = post({}, "legal-form", { legalForm: "einzelunternehmen" });
    answers = post(answers, "register", { inRegister: "no" });
    expect(pages(answers)).toContain("trading-name");
    expect(pages(answers)).not.toContain("company-name");
    expect(pages(answers)).not.toContain("register-entry");
    answers = post(answers, "trading-name", { tradingName: "" });
    answers = rest(answers);
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({
      tradingName: null,
      fullTimeStaff: 0,
      partTimeStaff: 2,
      startDate: "2026-06-01",
    });
  });

  it("asks for court, number and company name when the business is in a register", () => {
    let answers = post({}, "legal-form", { legalForm: "einzelunternehmen" });
    answers = post(answers, "register", { inRegister: "yes" });
    expect(pages(answers)).toEqual(expect.arrayContaining(["register-entry", "company-name"]));
    expect(pages(answers)).not.toContain("trading-name");
    const wrong = answerPage(
      form,
      answers,
      "register-entry",
      { registerCourt: "", registerNumber: "1234" },
      ctx,
    );
    expect(wrong).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "registerCourt",
          field: "registerCourt",
          code: "required",
          message: "Geben Sie das Registergericht ein.",
        },
        {
          question: "registerNumber",
          field: "registerNumber",
          code: "pattern",
          message:
            "Geben Sie die Registernummer mit der Art des Registers ein, zum Beispiel HRB 1234 oder VR 567.",
        },
      ],
    });
    answers = post(answers, "register-entry", {
      registerCourt: "Amtsgericht Marburg",
      registerNumber: "HRA 4711",
    });
    answers = post(answers, "company-name", { businessName: "Fahrrad Muster e. K." });
    answers = rest(answers);
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("asks a company's name whatever the register answer, and the legal form when it is another", () => {
    const gmbh = post(post({}, "legal-form", { legalForm: "gmbh" }), "register", { inRegister: "no" });
    expect(pages(gmbh)).toContain("company-name");
    expect(pages(gmbh)).not.toContain("legal-form-other");
    const other = post({}, "legal-form", { legalForm: "other" });
    expect(pages(other)).toContain("legal-form-other");
    expect(answerPage(form, other, "legal-form-other", { legalFormOther: "eG" }, ctx)).toMatchObject({
      kind: "saved",
    });
  });

  it("forgets the register entry when the branch is left, in answers, rows and submission", () => {
    let answers = post({}, "legal-form", { legalForm: "einzelunternehmen" });
    answers = post(answers, "register", { inRegister: "yes" });
    answers = post(answers, "register-entry", {
      registerCourt: "Amtsgericht Marburg",
      registerNumber: "HRA 4711",
    });
    answers = post(answers, "company-name", { businessName: "Fahrrad Muster e. K." });
    answers = rest(answers);

    answers = post(answers, "register", { inRegister: "no" });
    for (const gone of ["registerCourt", "registerNumber", "businessName"])
      expect(answers).not.toHaveProperty(gone);
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    expect(rows).not.toContain("registerNumber");
    expect(rows).not.toContain("businessName");
    expect(firstUnansweredPage(form, answers)).toBe("trading-name");
    answers = post(answers, "trading-name", { tradingName: "Radwerk" });
    const submitted = validateSubmission(form, answers, ctx.today);
    expect(submitted.ok).toBe(true);
    expect(submitted.ok && Object.keys(submitted.answers)).not.toContain("registerCourt");
  });

  it("keeps the people involved as a list: add, change, remove, at least one", () => {
    let answers = post(post({}, "legal-form", { legalForm: "gbr" }), "register", { inRegister: "no" });
    answers = post(answers, "trading-name", { tradingName: "" });
    expect(finishGroup(form, answers, "persons", "de")).toMatchObject({
      kind: "invalid",
      errors: [{ code: "tooFewItems", message: "Fügen Sie mindestens einen Eintrag hinzu." }],
    });
    answers = addPerson(answers, "Erika", "partner");
    answers = addPerson(answers, "Max", "partner", 1);
    answers = addPerson(answers, "Max Otto", "managing-director", 1);
    expect(groupSummary(form, answers, "persons", "de").items.map((i) => i.label)).toEqual([
      "Erika Muster",
      "Max Otto Muster",
    ]);
    const rows = checkAnswerRows(form, answers, "en").filter((r) => r.item?.index === 1);
    expect(rows.map((r) => r.value)).toEqual([
      "Max Otto Muster, born on 3 November 1979",
      "Managing director",
      "Ketzerbach 12, 35037 Marburg",
    ]);
    const removed = removeGroupItem(form, answers, "persons", 0);
    expect(removed.kind === "saved" && groupSummary(form, removed.answers, "persons", "de").items).toEqual([
      { index: 0, label: "Max Otto Muster" },
    ]);
  });

  it("refuses a start more than a year ahead, and staff numbers that are not whole numbers", () => {
    expect(
      answerPage(
        form,
        {},
        "start",
        { "startDate.day": "1", "startDate.month": "6", "startDate.year": "2062" },
        ctx,
      ),
    ).toMatchObject({
      errors: [
        {
          code: "tooLate",
          message:
            "Der Beginn darf höchstens ein Jahr in der Zukunft liegen (bis 4. Mai 2027). Prüfen Sie das Jahr.",
        },
      ],
    });
    expect(answerPage(form, {}, "staff", { fullTimeStaff: "1,5", partTimeStaff: "" }, ctx)).toMatchObject({
      errors: [
        { field: "fullTimeStaff", code: "notAnInteger" },
        {
          field: "partTimeStaff",
          message: "Geben Sie die Zahl der Beschäftigten in Teilzeit ein, 0 wenn niemand.",
        },
      ],
    });
  });
});
