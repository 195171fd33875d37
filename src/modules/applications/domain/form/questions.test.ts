import { describe, expect, it } from "vitest";
import type { Locale } from "../../../../domain/locale";
import type { Body } from "./base";
import { parseQuestions } from "./parse";
import { Question, type QuestionInput } from "./question";
import type { FileRef } from "./questions/file-ref";

const TODAY = "2026-03-10";
const label = { de: "Frage", en: "Question" };

type Read = { value: unknown } | { errors: string[][] };
/** A question's configuration without id and label (distributed over the kinds). */
type Config = QuestionInput extends infer Q ? (Q extends unknown ? Omit<Q, "id" | "label"> : never) : never;

function read(input: Config, body: Body, options: { locale?: Locale; files?: FileRef[] } = {}): Read {
  const question = Question.parse({ id: "q", label, ...input });
  const files = options.files ? { q: options.files } : undefined;
  const result = parseQuestions([question], body, { locale: options.locale ?? "de", today: TODAY, files });
  return result.ok
    ? { value: result.values.q }
    : { errors: result.errors.map((e) => [e.field, e.code, e.message]) };
}

/** The fields and codes of the errors, without their messages. */
function codes(result: Read): string[][] | Read {
  return "errors" in result ? result.errors.map(([field, code]) => [field ?? "", code ?? ""]) : result;
}

describe("text", () => {
  it("trims, keeps what is valid, and refuses blank, too long and control characters", () => {
    expect(read({ kind: "text" }, { q: "  Erika  " })).toEqual({ value: "Erika" });
    expect(read({ kind: "text" }, { q: "   " })).toEqual({
      errors: [["q", "required", "Geben Sie eine Antwort ein."]],
    });
    expect(read({ kind: "text", maxLength: 3 }, { q: "abcd" }, { locale: "en" })).toEqual({
      errors: [["q", "tooLong", "This must be 3 characters or fewer. Please shorten it."]],
    });
    expect(codes(read({ kind: "text" }, { q: "a\u0000b" }))).toEqual([["q", "invalidCharacters"]]);
    expect(codes(read({ kind: "text" }, { q: "two\nlines" }))).toEqual([["q", "invalidCharacters"]]);
  });

  it("keeps line breaks of a multiline text, as \\n", () => {
    expect(read({ kind: "text", multiline: true }, { q: "eins\r\nzwei\n" })).toEqual({ value: "eins\nzwei" });
  });

  it("matches the whole answer against the pattern and says the question's own text", () => {
    const pattern = {
      kind: "text" as const,
      pattern: "HR[AB] \\d+",
      errors: { pattern: { de: "Zum Beispiel HRB 1234.", en: "For example HRB 1234." } },
    };
    expect(read(pattern, { q: "HRB 42" })).toEqual({ value: "HRB 42" });
    expect(read(pattern, { q: "xHRB 42" }, { locale: "en" })).toEqual({
      errors: [["q", "pattern", "For example HRB 1234."]],
    });
  });

  it("gives null for an optional question left blank", () => {
    expect(read({ kind: "text", optional: true }, { q: "" })).toEqual({ value: null });
    expect(read({ kind: "text", optional: true }, {})).toEqual({ value: null });
  });

  it("takes the first value when a list is posted for one field", () => {
    expect(read({ kind: "text" }, { q: ["a", "b"] })).toEqual({ value: "a" });
  });
});

describe("number", () => {
  const staff = { kind: "number" as const, integer: true, min: 0, max: 1000 };
  it("reads digits, German decimal commas and spaces", () => {
    expect(read({ kind: "number" }, { q: "2,5" })).toEqual({ value: 2.5 });
    expect(read({ kind: "number" }, { q: "1 200" })).toEqual({ value: 1200 });
    expect(read(staff, { q: "0" })).toEqual({ value: 0 });
  });

  it("says what is wrong: not a number, not whole, out of bounds", () => {
    expect(codes(read(staff, { q: "zwölf" }))).toEqual([["q", "notANumber"]]);
    expect(codes(read(staff, { q: "1e3" }))).toEqual([["q", "notANumber"]]);
    expect(codes(read(staff, { q: "2,5" }))).toEqual([["q", "notAnInteger"]]);
    expect(read(staff, { q: "-1" })).toEqual({
      errors: [["q", "tooSmall", "Die Zahl muss 0 oder größer sein."]],
    });
    expect(read(staff, { q: "1001" }, { locale: "en" })).toEqual({
      errors: [["q", "tooLarge", "The number must be 1,000 or less."]],
    });
    expect(read(staff, { q: "" })).toEqual({ errors: [["q", "required", "Geben Sie eine Zahl ein."]] });
  });
});

describe("date", () => {
  const past = { kind: "date" as const, latest: { fromToday: {} } };
  const soon = {
    kind: "date" as const,
    earliest: { fromToday: { days: 1 } },
    latest: { fromToday: { days: 14 } },
  };
  const date = (day: string, month: string, year: string) => ({
    "q.day": day,
    "q.month": month,
    "q.year": year,
  });

  it("reads day, month and year into an ISO date", () => {
    expect(read(past, date("7", "3", "1980"))).toEqual({ value: "1980-03-07" });
    expect(read(past, date("07", "03", "1980"))).toEqual({ value: "1980-03-07" });
  });

  it("names the missing part and refuses a day that does not exist", () => {
    expect(read(past, date("7", "", "1980"))).toEqual({
      errors: [["q.month", "monthMissing", "Das Datum muss einen Monat enthalten."]],
    });
    expect(codes(read(past, date("31", "2", "2025")))).toEqual([["q.day", "notARealDate"]]);
    expect(codes(read(past, date("1", "1", "80")))).toEqual([["q.day", "notARealDate"]]);
    expect(codes(read(past, date("", "", "")))).toEqual([["q.day", "required"]]);
  });

  it("keeps bounds relative to the injected today", () => {
    expect(read(past, date("10", "3", "2026"))).toEqual({ value: "2026-03-10" });
    expect(read(past, date("11", "3", "2026"), { locale: "en" })).toEqual({
      errors: [["q.day", "notInFuture", "The date must be today or in the past."]],
    });
    expect(read(soon, date("10", "3", "2026"))).toEqual({
      errors: [["q.day", "tooEarly", "Das Datum muss am 11. März 2026 oder später liegen."]],
    });
    expect(read(soon, date("25", "3", "2026"), { locale: "en" })).toEqual({
      errors: [["q.day", "tooLate", "The date must be on or before 24 March 2026."]],
    });
    expect(read(soon, date("24", "3", "2026"))).toEqual({ value: "2026-03-24" });
  });
});

describe("choice", () => {
  const options = ["red", "green", "blue"].map((value) => ({
    value,
    label: { de: `de-${value}`, en: value },
  }));
  it("takes one offered option, refuses others", () => {
    expect(read({ kind: "choice", options }, { q: "green" })).toEqual({ value: "green" });
    expect(codes(read({ kind: "choice", options }, { q: "pink" }))).toEqual([["q", "invalidOption"]]);
    expect(read({ kind: "choice", options }, {})).toEqual({
      errors: [["q", "required", "Wählen Sie eine Antwort aus."]],
    });
  });

  it("takes several, without duplicates, in the options' order", () => {
    const multiple = { kind: "choice" as const, multiple: true, options };
    expect(read(multiple, { q: ["blue", "red", "blue"] })).toEqual({ value: ["red", "blue"] });
    expect(read(multiple, { q: "green" })).toEqual({ value: ["green"] });
    expect(codes(read(multiple, { q: ["green", "pink"] }))).toEqual([["q", "invalidOption"]]);
    expect(read(multiple, {}, { locale: "en" })).toEqual({
      errors: [["q", "required", "Select at least one answer."]],
    });
  });
});

describe("yes/no and declaration", () => {
  it("reads yes and no, and nothing else", () => {
    expect(read({ kind: "yesNo" }, { q: "yes" })).toEqual({ value: true });
    expect(read({ kind: "yesNo" }, { q: "no" })).toEqual({ value: false });
    expect(codes(read({ kind: "yesNo" }, { q: "maybe" }))).toEqual([["q", "required"]]);
  });

  it("needs a declaration confirmed", () => {
    expect(read({ kind: "declaration" }, { q: "yes" })).toEqual({ value: true });
    expect(read({ kind: "declaration" }, { q: "no" }, { locale: "en" })).toEqual({
      errors: [["q", "required", "Confirm the declaration to continue."]],
    });
  });
});

describe("address", () => {
  const home = { "q.street": "Markt", "q.houseNumber": "1a", "q.postalCode": "350 37", "q.city": "Marburg" };
  it("reads the parts, normalising the postcode", () => {
    expect(read({ kind: "address" }, home)).toEqual({
      value: { street: "Markt", houseNumber: "1a", postalCode: "35037", city: "Marburg" },
    });
    expect(read({ kind: "address" }, { ...home, "q.addition": "Hinterhaus" })).toEqual({
      value: {
        street: "Markt",
        houseNumber: "1a",
        addition: "Hinterhaus",
        postalCode: "35037",
        city: "Marburg",
      },
    });
  });

  it("gives one error per part that is missing or wrong", () => {
    expect(read({ kind: "address" }, { "q.street": "Markt", "q.postalCode": "3503" })).toEqual({
      errors: [
        ["q.houseNumber", "houseNumberRequired", "Geben Sie die Hausnummer ein."],
        [
          "q.postalCode",
          "postalCodeInvalid",
          "Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 35037.",
        ],
        ["q.city", "cityRequired", "Geben Sie den Ort ein."],
      ],
    });
    expect(codes(read({ kind: "address" }, { ...home, "q.houseNumber": "eins" }))).toEqual([
      ["q.houseNumber", "houseNumberInvalid"],
    ]);
    expect(read({ kind: "address", optional: true }, {})).toEqual({ value: null });
  });
});

describe("person", () => {
  const erika = {
    "q.familyName": "Muster",
    "q.givenNames": "Erika",
    "q.dateOfBirth.day": "1",
    "q.dateOfBirth.month": "2",
    "q.dateOfBirth.year": "1990",
  };
  it("reads the names and the date of birth; birth name and degree only where asked", () => {
    expect(read({ kind: "person" }, { ...erika, "q.birthName": "Ignored" })).toEqual({
      value: { familyName: "Muster", givenNames: "Erika", dateOfBirth: "1990-02-01" },
    });
    expect(
      read(
        { kind: "person", birthName: true, doctoralDegree: true },
        { ...erika, "q.doctoralDegree": "Dr." },
      ),
    ).toEqual({
      value: { familyName: "Muster", givenNames: "Erika", doctoralDegree: "Dr.", dateOfBirth: "1990-02-01" },
    });
  });

  it("names each missing part, and refuses a birth in the future", () => {
    expect(read({ kind: "person" }, { "q.familyName": "Muster" })).toEqual({
      errors: [
        ["q.givenNames", "givenNamesRequired", "Geben Sie die Vornamen ein."],
        ["q.dateOfBirth.day", "dateOfBirthRequired", "Geben Sie das Geburtsdatum ein."],
      ],
    });
    expect(read({ kind: "person" }, { ...erika, "q.dateOfBirth.year": "2027" }, { locale: "en" })).toEqual({
      errors: [
        ["q.dateOfBirth.day", "dateOfBirthInFuture", "The date of birth must be today or in the past."],
      ],
    });
    expect(codes(read({ kind: "person" }, { ...erika, "q.dateOfBirth.month": "" }))).toEqual([
      ["q.dateOfBirth.month", "monthMissing"],
    ]);
  });
});

describe("file", () => {
  const upload = {
    kind: "file" as const,
    maxBytes: 2_000_000,
    maxFiles: 2,
    accept: ["pdf" as const, "jpeg" as const],
  };
  const pdf: FileRef = { id: "f1", name: "vollmacht.pdf", size: 1000, kind: "pdf" };
  it("takes the references the upload step passes in, never the body", () => {
    expect(read(upload, { q: "f1" }, { files: [pdf] })).toEqual({ value: [pdf] });
    expect(read(upload, { q: "f1" })).toEqual({ errors: [["q", "required", "Wählen Sie eine Datei aus."]] });
  });

  it("names the file that is too large or of the wrong kind, and the limit on their number", () => {
    expect(read(upload, {}, { files: [{ ...pdf, size: 2_500_000 }] })).toEqual({
      errors: [
        [
          "q",
          "fileTooLarge",
          "Die Datei „vollmacht.pdf“ ist größer als 2 MB. Wählen Sie eine kleinere Datei.",
        ],
      ],
    });
    expect(read(upload, {}, { files: [{ ...pdf, name: "bild.png", kind: "png" }], locale: "en" })).toEqual({
      errors: [["q", "fileKind", "The file ‘bild.png’ must be a PDF or JPG."]],
    });
    expect(codes(read(upload, {}, { files: [pdf, { ...pdf, id: "f2" }, { ...pdf, id: "f3" }] }))).toEqual([
      ["q", "tooManyFiles"],
    ]);
  });
});
