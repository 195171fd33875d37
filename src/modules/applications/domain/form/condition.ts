import { z } from "zod";
import { QuestionId } from "./base";
import { OptionValue } from "./questions/choice";

/**
 * When a page is shown, as data. A condition looks at the answer of a question on an earlier
 * page: `equals` and `oneOf` at a choice (for a multiple choice: "is among the chosen"), `yes`
 * and `no` at a yes/no question; `all`, `any` and `not` combine them. A question that is not
 * answered, or whose page is not shown, satisfies neither `yes` nor `no` nor `equals`.
 */
export type Condition =
  | { kind: "equals"; question: string; value: string }
  | { kind: "oneOf"; question: string; values: string[] }
  | { kind: "yes"; question: string }
  | { kind: "no"; question: string }
  | { kind: "all"; conditions: Condition[] }
  | { kind: "any"; conditions: Condition[] }
  | { kind: "not"; condition: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("equals"), question: QuestionId, value: OptionValue }),
    z.strictObject({ kind: z.literal("oneOf"), question: QuestionId, values: z.array(OptionValue).min(1) }),
    z.strictObject({ kind: z.literal("yes"), question: QuestionId }),
    z.strictObject({ kind: z.literal("no"), question: QuestionId }),
    z.strictObject({ kind: z.literal("all"), conditions: z.array(Condition).min(1) }),
    z.strictObject({ kind: z.literal("any"), conditions: z.array(Condition).min(1) }),
    z.strictObject({ kind: z.literal("not"), condition: Condition }),
  ]),
);

/** Short constructors, so that a form reads `when: when.yes("inRegister")`. */
export const when = {
  equals: (question: string, value: string): Condition => ({ kind: "equals", question, value }),
  oneOf: (question: string, values: string[]): Condition => ({ kind: "oneOf", question, values }),
  yes: (question: string): Condition => ({ kind: "yes", question }),
  no: (question: string): Condition => ({ kind: "no", question }),
  all: (...conditions: Condition[]): Condition => ({ kind: "all", conditions }),
  any: (...conditions: Condition[]): Condition => ({ kind: "any", conditions }),
  not: (condition: Condition): Condition => ({ kind: "not", condition }),
};

/** True when the condition holds for the answers (of the pages shown before). */
export function holds(condition: Condition, answers: Readonly<Record<string, unknown>>): boolean {
  switch (condition.kind) {
    case "equals":
      return chosen(answers[condition.question]).includes(condition.value);
    case "oneOf":
      return chosen(answers[condition.question]).some((v) => condition.values.includes(v));
    case "yes":
      return answers[condition.question] === true;
    case "no":
      return answers[condition.question] === false;
    case "all":
      return condition.conditions.every((c) => holds(c, answers));
    case "any":
      return condition.conditions.some((c) => holds(c, answers));
    case "not":
      return !holds(condition.condition, answers);
  }
}

function chosen(answer: unknown): string[] {
  if (typeof answer === "string") return [answer];
  if (Array.isArray(answer)) return answer.filter((v): v is string => typeof v === "string");
  return [];
}

/** Every question a condition looks at, with the kind of test made on it. */
export function testsOf(
  condition: Condition,
): { question: string; test: "choice" | "yesNo"; values: string[] }[] {
  switch (condition.kind) {
    case "equals":
      return [{ question: condition.question, test: "choice", values: [condition.value] }];
    case "oneOf":
      return [{ question: condition.question, test: "choice", values: condition.values }];
    case "yes":
    case "no":
      return [{ question: condition.question, test: "yesNo", values: [] }];
    case "all":
    case "any":
      return condition.conditions.flatMap(testsOf);
    case "not":
      return testsOf(condition.condition);
  }
}
