import { z } from "zod";
import { isCleanLine } from "../../../../../domain/text";
import { compact, errorTexts, filled, questionBase } from "../base";
import { formatIsoDate } from "../format";
import type { QuestionKind } from "../kind";
import { WORDS } from "../messages";
import { dateSchema } from "./date";
import { datePartsOf, readDateParts } from "./date-parts";

export const PERSON_CODES = [
  "familyNameRequired",
  "givenNamesRequired",
  "dateOfBirthRequired",
  "dayMissing",
  "monthMissing",
  "yearMissing",
  "notARealDate",
  "dateOfBirthInFuture",
  "tooLong",
  "invalidCharacters",
] as const;

/**
 * A person as German registers name them: family name, given names, date of birth, and when
 * the question asks for them, the birth name and the doctoral degree (the only academic title
 * a register records).
 */
export const PersonQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("person"),
  birthName: z.boolean().default(false),
  doctoralDegree: z.boolean().default(false),
  errors: errorTexts(PERSON_CODES),
});
export type PersonQuestion = z.infer<typeof PersonQuestion>;

const NAME_MAX = 100;

const name = (required: string, max = NAME_MAX) =>
  z
    .string({ error: required })
    .min(1, { error: required })
    .max(max, { error: "tooLong" })
    .refine(isCleanLine, { error: "invalidCharacters" });

export interface Person {
  familyName: string;
  givenNames: string;
  birthName?: string;
  doctoralDegree?: string;
  dateOfBirth: string;
}

/** The stored person; birth name and degree only where the question asks for them. */
export function personSchema(q: PersonQuestion, today?: string): z.ZodType<Person> {
  const schema = z.strictObject({
    familyName: name("familyNameRequired"),
    givenNames: name("givenNamesRequired"),
    // a part the question does not ask for is not a key at all: strict objects refuse it
    ...(q.birthName ? { birthName: name("tooLong").optional() } : {}),
    ...(q.doctoralDegree ? { doctoralDegree: name("tooLong", 50).optional() } : {}),
    dateOfBirth: dateSchema({ latest: { fromToday: {} } }, today, {
      required: "dateOfBirthRequired",
      early: "notARealDate",
      late: "dateOfBirthInFuture",
      earlyToday: "notARealDate",
      lateToday: "dateOfBirthInFuture",
    }),
  });
  return schema as z.ZodType<Person>;
}

const TEXT_PARTS = ["familyName", "givenNames", "birthName", "doctoralDegree"] as const;

function asked(q: PersonQuestion) {
  return TEXT_PARTS.filter(
    (p) => (p !== "birthName" || q.birthName) && (p !== "doctoralDegree" || q.doctoralDegree),
  );
}

export const personKind: QuestionKind<PersonQuestion, Person> = {
  read(q, body) {
    const texts = Object.fromEntries(asked(q).map((p) => [p, filled(body, `${q.id}.${p}`)]));
    const date = readDateParts(body, `${q.id}.dateOfBirth`, "dateOfBirth.");
    if (date.blank && Object.values(texts).every((v) => v === undefined)) return { blank: true };
    if (!date.blank && date.problems.length > 0) return { blank: false, problems: date.problems };
    return { blank: false, candidate: compact({ ...texts, dateOfBirth: date.blank ? undefined : date.iso }) };
  },
  empty: () => ({}),
  schema: personSchema,
  part(_q, path) {
    const [first] = path;
    return first === "dateOfBirth" ? "dateOfBirth.day" : path.join(".");
  },
  params: (_q, { path }) => ({ max: path[0] === "doctoralDegree" ? 50 : NAME_MAX }),
  display(_q, p, locale) {
    const name = [p.doctoralDegree, p.givenNames, p.familyName].filter(Boolean).join(" ");
    const birthName = p.birthName ? ` (${WORDS.birthName[locale]}: ${p.birthName})` : "";
    return `${name}${birthName}, ${WORDS.bornOn[locale]} ${formatIsoDate(locale, p.dateOfBirth)}`;
  },
  toBody: (q, p) =>
    compact({
      [`${q.id}.familyName`]: p.familyName,
      [`${q.id}.givenNames`]: p.givenNames,
      [`${q.id}.birthName`]: p.birthName,
      [`${q.id}.doctoralDegree`]: p.doctoralDegree,
      ...datePartsOf(`${q.id}.dateOfBirth`, p.dateOfBirth),
    }) as Record<string, string>,
};
