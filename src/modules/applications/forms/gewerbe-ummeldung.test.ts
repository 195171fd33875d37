import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  type FileRef,
  firstUnansweredPage,
  nextPage,
  validateSubmission,
  visiblePages,
} from "../domain";
import { gewerbeUmmeldung as form } from "./gewerbe-ummeldung";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const pdf: FileRef = { id: "upload-1", name: "vollmacht.pdf", size: 120_000, kind: "pdf" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const address = (id: string, street: string): Body => ({
  [`${id}.street`]: street,
  [`${id}.houseNumber`]: "5",
  [`${id}.postalCode`]: "35037",
  [`${id}.city`]: "Marburg",
});

/** The business, not in a register, at its current address. */
function business(): Answers {
  let answers = post({}, "business-name", { businessName: "Fahrradwerkstatt am Markt" });
  answers = post(answers, "register", { inRegister: "no" });
  return post(answers, "business-address", address("currentAddress", "Markt"));
}

/** Date, filer as owner and declaration: the end of every Ummeldung. */
function finish(answers: Answers): Answers {
  let next = post(answers, "change-date", {
    "changeDate.day": "1",
    "changeDate.month": "7",
    "changeDate.year": "2026",
  });
  next = post(next, "filer", {
    "filer.familyName": "Muster",
    "filer.givenNames": "Erika",
    "filer.dateOfBirth.day": "3",
    "filer.dateOfBirth.month": "11",
    "filer.dateOfBirth.year": "1979",
    filerRole: "owner",
  });
  return post(next, "declaration", { truthful: "yes" });
}

const activities = {
  previousActivity: "Reparatur von Fahrrädern",
  newActivity: "Reparatur von Fahrrädern und E-Bikes, Verkauf von Zubehör",
};

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

describe("the Gewerbe-Ummeldung form", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes a relocation within the town through, asking for the new address only", () => {
    let answers = post(business(), "changes", { changes: "relocation" });
    expect(pages(answers)).toContain("new-address");
    expect(pages(answers)).not.toContain("activity");
    answers = post(answers, "new-address", address("newBusinessAddress", "Steinweg"));
    answers = finish(answers);
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({ changes: ["relocation"], changeDate: "2026-07-01", filerRole: "owner" });
    expect(pages(answers)).not.toContain("authorisation");
  });

  it("asks for the activity before and after when it changes or is extended, for either option", () => {
    for (const change of ["activity-change", "activity-extension"]) {
      const answers = post(business(), "changes", { changes: change });
      expect(pages(answers)).toContain("activity");
      expect(pages(answers)).not.toContain("new-address");
      expect(validateSubmission(form, finish(post(answers, "activity", activities)), ctx.today).ok).toBe(
        true,
      );
    }
    const both = post(business(), "changes", { changes: ["activity-extension", "relocation"] });
    expect(both.changes).toEqual(["relocation", "activity-extension"]);
    expect(nextPage(form, both, "changes")).toBe("new-address");
    expect(nextPage(form, both, "new-address")).toBe("activity");
  });

  it("asks for the register entry only when the business is in a register, and checks its number", () => {
    let answers = post({}, "business-name", { businessName: "Muster Rad GmbH" });
    expect(pages(post(answers, "register", { inRegister: "no" }))).not.toContain("register-entry");
    answers = post(answers, "register", { inRegister: "yes" });
    expect(firstUnansweredPage(form, answers)).toBe("register-entry");
    expect(
      answerPage(
        form,
        answers,
        "register-entry",
        { registerCourt: "Amtsgericht Marburg", registerNumber: "1234" },
        ctx,
      ),
    ).toMatchObject({ errors: [{ field: "registerNumber", code: "pattern" }] });
    answers = post(answers, "register-entry", {
      registerCourt: "Amtsgericht Marburg",
      registerNumber: "HRB 4711",
    });
    answers = post(answers, "business-address", address("currentAddress", "Markt"));
    answers = finish(
      post(
        post(answers, "changes", { changes: "relocation" }),
        "new-address",
        address("newBusinessAddress", "Steinweg"),
      ),
    );
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);

    answers = post(answers, "register", { inRegister: "no" });
    expect(answers).not.toHaveProperty("registerCourt");
    expect(answers).not.toHaveProperty("registerNumber");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("forgets the new address when the relocation is no longer chosen, in answers, rows and submission", () => {
    let answers = post(business(), "changes", { changes: ["relocation", "activity-change"] });
    answers = post(answers, "new-address", address("newBusinessAddress", "Steinweg"));
    answers = finish(post(answers, "activity", activities));
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);

    answers = post(answers, "changes", { changes: "activity-change" });
    expect(answers).not.toHaveProperty("newBusinessAddress");
    expect(answers).toMatchObject(activities);
    expect(checkAnswerRows(form, answers, "de").map((r) => r.questionId)).not.toContain("newBusinessAddress");
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });

    answers = post(answers, "changes", { changes: "relocation" });
    expect(answers).not.toHaveProperty("previousActivity");
    expect(answers).not.toHaveProperty("newActivity");
    expect(firstUnansweredPage(form, answers)).toBe("new-address");
  });

  it("asks a proxy for the authorisation and forgets it when the filer acts as the owner after all", () => {
    let answers = post(
      post(business(), "changes", { changes: "relocation" }),
      "new-address",
      address("newBusinessAddress", "Steinweg"),
    );
    answers = finish(answers);
    answers = post(answers, "filer", {
      "filer.familyName": "Vertreter",
      "filer.givenNames": "Max",
      "filer.dateOfBirth.day": "1",
      "filer.dateOfBirth.month": "1",
      "filer.dateOfBirth.year": "1970",
      filerRole: "authorised",
    });
    expect(firstUnansweredPage(form, answers)).toBe("authorisation");
    expect(answerPage(form, answers, "authorisation", {}, ctx)).toMatchObject({
      errors: [{ message: "Laden Sie die unterschriebene Vollmacht hoch." }],
    });
    answers = post(answers, "authorisation", {}, { authorisation: [pdf] });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);

    answers = post(answers, "filer", {
      "filer.familyName": "Vertreter",
      "filer.givenNames": "Max",
      "filer.dateOfBirth.day": "1",
      "filer.dateOfBirth.month": "1",
      "filer.dateOfBirth.year": "1970",
      filerRole: "managing-director",
    });
    expect(answers).not.toHaveProperty("authorisation");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "changes", {}, ctx)).toMatchObject({
      errors: [{ field: "changes", message: "Wählen Sie mindestens eine Änderung aus." }],
    });
    expect(answerPage(form, {}, "changes", { changes: ["relocation", "legal-form"] }, ctx)).toMatchObject({
      errors: [{ field: "changes", code: "invalidOption" }],
    });
    expect(
      answerPage(
        form,
        {},
        "change-date",
        { "changeDate.day": "1", "changeDate.month": "7", "changeDate.year": "2072" },
        ctx,
      ),
    ).toMatchObject({
      errors: [
        {
          code: "tooLate",
          message:
            "Die Änderung darf höchstens ein Jahr in der Zukunft liegen (bis 4. Mai 2027). Prüfen Sie das Jahr.",
        },
      ],
    });
    const activity = post({}, "changes", { changes: "activity-change" });
    expect(
      answerPage(form, activity, "activity", { previousActivity: "Handel" }, { ...ctx, locale: "en" }),
    ).toMatchObject({
      errors: [
        { field: "newActivity", message: "Describe the activity as you carry it out after the change." },
      ],
    });
    expect(answerPage(form, {}, "filer", {}, ctx)).toMatchObject({
      errors: expect.arrayContaining([
        {
          question: "filerRole",
          field: "filerRole",
          code: "required",
          message: "Wählen Sie aus, in welcher Rolle Sie handeln.",
        },
      ]),
    });
  });
});
