import { z } from "zod";
import type { QuestionKind } from "./kind";
import { type Address, AddressQuestion, addressKind } from "./questions/address";
import { ChoiceQuestion, type ChoiceValue, choiceKind } from "./questions/choice";
import { DateQuestion, dateKind } from "./questions/date";
import { DeclarationQuestion, declarationKind } from "./questions/declaration";
import { FileQuestion, fileKind } from "./questions/file";
import type { FileRef } from "./questions/file-ref";
import { NumberQuestion, numberKind } from "./questions/number";
import { type Person, PersonQuestion, personKind } from "./questions/person";
import { TextQuestion, textKind } from "./questions/text";
import { YesNoQuestion, yesNoKind } from "./questions/yes-no";

/**
 * A question of a form: one of nine kinds, each with its configuration in its own file under
 * `questions/`. Richer questions are composed on a page rather than added as kinds, so the
 * union stays small enough for TypeScript to infer.
 */
export const Question = z.discriminatedUnion("kind", [
  TextQuestion,
  NumberQuestion,
  DateQuestion,
  ChoiceQuestion,
  YesNoQuestion,
  AddressQuestion,
  PersonQuestion,
  FileQuestion,
  DeclarationQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionInput = z.input<typeof Question>;
export type QuestionKindName = Question["kind"];

/** The stored answer of a question of each kind. */
export interface QuestionValues {
  text: string;
  number: number;
  date: string;
  choice: ChoiceValue;
  yesNo: boolean;
  address: Address;
  person: Person;
  file: FileRef[];
  declaration: true;
}
export type QuestionValue = QuestionValues[QuestionKindName];

const KINDS: { [K in QuestionKindName]: QuestionKind<Extract<Question, { kind: K }>, QuestionValues[K]> } = {
  text: textKind,
  number: numberKind,
  date: dateKind,
  choice: choiceKind,
  yesNo: yesNoKind,
  address: addressKind,
  person: personKind,
  file: fileKind,
  declaration: declarationKind,
};

/** The behaviour of a question's kind. */
export function kindOf(question: Question): QuestionKind<Question, QuestionValue> {
  return KINDS[question.kind] as unknown as QuestionKind<Question, QuestionValue>;
}
