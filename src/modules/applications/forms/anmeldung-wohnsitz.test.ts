import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerGroupItem,
  answerPage,
  type Body,
  checkAnswerRows,
  type FileRef,
  finishGroup,
  firstUnansweredPage,
  groupSummary,
  pruneAnswers,
  removeGroupItem,
  validateSubmission,
  visiblePages,
} from "../domain";
import { anmeldungWohnsitz as form } from "./anmeldung-wohnsitz";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const scan: FileRef = { id: "upload-1", name: "bestaetigung.pdf", size: 300_000, kind: "pdf" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const personBody = (given: string, relation: string, year = "1988"): Body => ({
  "person.familyName": "Muster",
  "person.givenNames": given,
  "person.dateOfBirth.day": "7",
  "person.dateOfBirth.month": "3",
  "person.dateOfBirth.year": year,
  sex: "female",
  nationality: "deutsch",
  relation,
});

function addPerson(answers: Answers, index: number, body: Body): Answers {
  const outcome = answerGroupItem(form, answers, "persons", index, body, ctx);
  if (outcome.kind !== "saved") throw new Error(JSON.stringify(outcome));
  return outcome.answers;
}

const address = (id: string, street: string, postalCode = "35037", city = "Marburg"): Body => ({
  [`${id}.street`]: street,
  [`${id}.houseNumber`]: "4",
  [`${id}.postalCode`]: postalCode,
  [`${id}.city`]: city,
});

/** The pages every Anmeldung has, up to the choice of residence. */
function start(moveKind: string): Answers {
  let answers = post({}, "move-kind", { moveKind });
  answers = addPerson(answers, 0, personBody("Erika", "self"));
  answers = post(answers, "new-address", address("newAddress", "Ketzerbach"));
  answers = post(answers, "move-in", {
    "moveInDate.day": "1",
    "moveInDate.month": "5",
    "moveInDate.year": "2026",
  });
  return post(answers, "residence-kind", { residenceKind: "main" });
}

/** The landlord's confirmation typed in, with the landlord as the owner, and the declaration. */
function landlordEntered(answers: Answers): Answers {
  let next = post(answers, "landlord-confirmation", { confirmationForm: "enter" });
  next = post(next, "landlord", {
    landlordName: "Wohnbau Muster GmbH",
    ...address("landlordAddress", "Universitätsstraße"),
    "confirmedMoveInDate.day": "1",
    "confirmedMoveInDate.month": "5",
    "confirmedMoveInDate.year": "2026",
  });
  next = post(next, "landlord-owner", { landlordIsOwner: "yes" });
  return post(next, "declaration", { truthful: "yes" });
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

describe("the Anmeldung form", () => {
  it("belongs to the catalogue's service and says why a visit is still needed", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(form.inPerson?.reason.de).toContain("Online-Ausweisfunktion");
    expect(form.inPerson?.reason.en).toContain("eID");
  });

  it("takes a move from elsewhere in Germany through, with the landlord's details typed in", () => {
    let answers = post(start("into-town"), "from-abroad", { fromAbroad: "no" });
    expect(pages(answers)).toContain("previous-address");
    expect(pages(answers)).not.toContain("previous-country");
    answers = post(
      answers,
      "previous-address",
      address("previousAddress", "Zeil", "60313", "Frankfurt am Main"),
    );
    answers = landlordEntered(answers);
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({
      moveKind: "into-town",
      moveInDate: "2026-05-01",
      residenceKind: "main",
      fromAbroad: false,
      landlordIsOwner: true,
      persons: [
        {
          person: { familyName: "Muster", givenNames: "Erika", dateOfBirth: "1988-03-07" },
          sex: "female",
          nationality: "deutsch",
          relation: "self",
        },
      ],
    });
    expect(pages(answers)).not.toContain("owner");
    expect(pages(answers)).not.toContain("landlord-upload");
  });

  it("asks for the country instead of the previous address when the move comes from abroad", () => {
    let answers = post(start("into-town"), "from-abroad", { fromAbroad: "yes" });
    expect(pages(answers)).toContain("previous-country");
    expect(pages(answers)).not.toContain("previous-address");
    expect(answerPage(form, answers, "previous-country", { previousCountry: " " }, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "previousCountry", message: "Geben Sie den Staat ein, aus dem Sie zuziehen." }],
    });
    answers = post(answers, "previous-country", { previousCountry: "Frankreich" });
    answers = landlordEntered(answers);
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("asks a move within the town for the previous address, never whether it comes from abroad", () => {
    const answers = start("within-town");
    expect(pages(answers)).toContain("previous-address");
    expect(pages(answers)).not.toContain("from-abroad");
    expect(pages(answers)).not.toContain("previous-country");
    expect(answerPage(form, answers, "from-abroad", { fromAbroad: "yes" }, ctx)).toEqual({
      kind: "not-visible",
    });
    const done = landlordEntered(post(answers, "previous-address", address("previousAddress", "Markt")));
    expect(validateSubmission(form, done, ctx.today).ok).toBe(true);
  });

  it("asks for the main residence only when the new home is a secondary residence, and forgets it", () => {
    let answers = start("within-town");
    expect(pages(answers)).not.toContain("main-residence");
    answers = post(answers, "residence-kind", { residenceKind: "secondary" });
    expect(firstUnansweredPage(form, answers)).toBe("main-residence");
    answers = post(answers, "main-residence", address("mainResidence", "Hauptstraße", "34117", "Kassel"));
    answers = post(answers, "previous-address", address("previousAddress", "Markt"));
    answers = landlordEntered(answers);
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);

    answers = post(answers, "residence-kind", { residenceKind: "main" });
    expect(answers).not.toHaveProperty("mainResidence");
    expect(checkAnswerRows(form, answers, "de").map((r) => r.questionId)).not.toContain("mainResidence");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("asks for the owner when the landlord does not own the home", () => {
    let answers = landlordEntered(
      post(start("within-town"), "previous-address", address("previousAddress", "Markt")),
    );
    answers = post(answers, "landlord-owner", { landlordIsOwner: "no" });
    expect(firstUnansweredPage(form, answers)).toBe("owner");
    expect(answerPage(form, answers, "owner", { ownerName: "" }, ctx)).toMatchObject({
      kind: "invalid",
      errors: [
        { field: "ownerName", message: "Geben Sie den Namen der Eigentümerin oder des Eigentümers ein." },
        { field: "ownerAddress.street", code: "streetRequired" },
        { field: "ownerAddress.houseNumber", code: "houseNumberRequired" },
        { field: "ownerAddress.postalCode", code: "postalCodeRequired" },
        { field: "ownerAddress.city", code: "cityRequired" },
      ],
    });
    answers = post(answers, "owner", {
      ownerName: "Max Eigner",
      ...address("ownerAddress", "Barfüßerstraße"),
    });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("takes the confirmation as an upload and checks the files", () => {
    let answers = post(start("within-town"), "previous-address", address("previousAddress", "Markt"));
    answers = post(answers, "landlord-confirmation", { confirmationForm: "upload" });
    expect(pages(answers)).toContain("landlord-upload");
    for (const hidden of ["landlord", "landlord-owner", "owner"])
      expect(pages(answers)).not.toContain(hidden);
    expect(answerPage(form, answers, "landlord-upload", {}, ctx)).toMatchObject({
      errors: [{ message: "Laden Sie die unterschriebene Wohnungsgeberbestätigung hoch." }],
    });
    const big = { ...scan, name: "riesig.pdf", size: 10_000_001 };
    expect(
      answerPage(form, answers, "landlord-upload", {}, { ...ctx, files: { confirmationFile: [big] } }),
    ).toMatchObject({ errors: [{ code: "fileTooLarge" }] });
    const three = [scan, { ...scan, id: "upload-2" }, { ...scan, id: "upload-3" }];
    expect(
      answerPage(form, answers, "landlord-upload", {}, { ...ctx, files: { confirmationFile: three } }),
    ).toMatchObject({ errors: [{ code: "tooManyFiles" }] });
    const gif = { ...scan, name: "foto.gif", kind: "gif" } as unknown as FileRef;
    expect(
      answerPage(form, answers, "landlord-upload", {}, { ...ctx, files: { confirmationFile: [gif] } }),
    ).toMatchObject({ errors: [{ code: "fileKind" }] });
    answers = post(answers, "landlord-upload", {}, { confirmationFile: [scan, { ...scan, id: "upload-2" }] });
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("forgets the typed landlord's details, owner included, when the resident uploads instead", () => {
    let answers = landlordEntered(
      post(start("within-town"), "previous-address", address("previousAddress", "Markt")),
    );
    answers = post(answers, "landlord-owner", { landlordIsOwner: "no" });
    answers = post(answers, "owner", {
      ownerName: "Max Eigner",
      ...address("ownerAddress", "Barfüßerstraße"),
    });

    answers = post(answers, "landlord-confirmation", { confirmationForm: "upload" });
    const gone = [
      "landlordName",
      "landlordAddress",
      "confirmedMoveInDate",
      "landlordIsOwner",
      "ownerName",
      "ownerAddress",
    ];
    for (const key of gone) expect(answers).not.toHaveProperty(key);
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    for (const key of gone) expect(rows).not.toContain(key);
    expect(firstUnansweredPage(form, answers)).toBe("landlord-upload");
    answers = post(answers, "landlord-upload", {}, { confirmationFile: [scan] });
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
  });

  it("forgets the country from abroad when the move turns out to be within the town", () => {
    let answers = post(start("into-town"), "from-abroad", { fromAbroad: "yes" });
    answers = landlordEntered(post(answers, "previous-country", { previousCountry: "Frankreich" }));
    const stale = {
      ...answers,
      previousAddress: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
    };
    expect(pruneAnswers(form, stale)).not.toHaveProperty("previousAddress");

    answers = post(answers, "move-kind", { moveKind: "within-town" });
    expect(answers).not.toHaveProperty("fromAbroad");
    expect(answers).not.toHaveProperty("previousCountry");
    expect(firstUnansweredPage(form, answers)).toBe("previous-address");
    expect(validateSubmission(form, { ...answers, previousCountry: "Frankreich" }, ctx.today)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { pageId: "previous-country", questionId: "previousCountry", code: "unexpected" },
      ]),
    });
  });

  it("keeps the people moving in as a list: add, change, remove, at least one and at most ten", () => {
    let answers = post({}, "move-kind", { moveKind: "into-town" });
    expect(finishGroup(form, answers, "persons", "de")).toMatchObject({
      kind: "invalid",
      errors: [{ code: "tooFewItems", message: "Fügen Sie mindestens einen Eintrag hinzu." }],
    });
    answers = addPerson(answers, 0, personBody("Erika", "self"));
    answers = addPerson(answers, 1, { ...personBody("Paul", "child", "2019"), sex: "male" });
    answers = addPerson(answers, 1, {
      ...personBody("Paul Otto", "child", "2019"),
      sex: "male",
      nationality: "deutsch, italienisch",
    });
    expect(groupSummary(form, answers, "persons", "de").items.map((i) => i.label)).toEqual([
      "Erika Muster",
      "Paul Otto Muster",
    ]);
    expect(
      checkAnswerRows(form, answers, "en")
        .filter((r) => r.item?.index === 1)
        .map((r) => r.value),
    ).toEqual(["Paul Otto Muster, born on 7 March 2019", "Male", "deutsch, italienisch", "My child"]);

    for (let i = 2; i < 10; i++) answers = addPerson(answers, i, personBody(`Kind${i}`, "child", "2015"));
    expect(groupSummary(form, answers, "persons", "de")).toMatchObject({ canAdd: false, missing: 0 });
    expect(answerGroupItem(form, answers, "persons", 10, personBody("Elf", "child"), ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ code: "tooManyItems", message: "Sie können höchstens 10 Einträge hinzufügen." }],
    });

    const removed = removeGroupItem(form, answers, "persons", 0);
    expect(removed.kind === "saved" && groupSummary(form, removed.answers, "persons", "de").items[0]).toEqual(
      {
        index: 0,
        label: "Paul Otto Muster",
      },
    );
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "move-kind", {}, ctx)).toMatchObject({
      errors: [
        { message: "Wählen Sie aus, ob Sie neu in die Stadt ziehen oder innerhalb der Stadt umziehen." },
      ],
    });
    const future = { "moveInDate.day": "5", "moveInDate.month": "5", "moveInDate.year": "2026" };
    expect(answerPage(form, {}, "move-in", future, ctx)).toMatchObject({
      errors: [
        {
          field: "moveInDate.day",
          code: "notInFuture",
          message: expect.stringContaining("frühestens am Tag des Einzugs"),
        },
      ],
    });
    const item = answerGroupItem(
      form,
      {},
      "persons",
      0,
      { ...personBody("Erika", ""), nationality: "", sex: "x" },
      ctx,
    );
    expect(item).toMatchObject({
      kind: "invalid",
      errors: [
        { field: "sex", code: "invalidOption" },
        {
          field: "nationality",
          message:
            "Geben Sie mindestens eine Staatsangehörigkeit ein. Hat die Person keine, geben Sie „staatenlos“ ein.",
        },
        { field: "relation", message: "Wählen Sie aus, wer die Person für Sie ist." },
      ],
    });
    expect(answerPage(form, {}, "declaration", {}, { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ message: "Confirm that your details are correct and complete." }],
    });
  });
});
