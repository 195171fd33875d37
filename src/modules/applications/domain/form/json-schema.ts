import { z } from "zod";
import type { Condition } from "./condition";
import type { FormDefinition } from "./definition";
import type { Question } from "./question";
import { submissionSchema } from "./submission";

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a form version's submitted data, for receivers such as a
 * specialist procedure (FIT-Connect names it by `submissionSchema.schemaUri`). The shape comes
 * from `submissionSchema` through zod's `z.toJSONSchema`; each page's condition becomes an
 * `if`/`then`/`else`: its answers are required when the condition holds and absent otherwise.
 * That is exact, because a submission holds only the answers of pages shown. Not expressed:
 * bounds relative to the day of submission (checked by `validateSubmission`).
 */
export function submissionJsonSchema(form: FormDefinition, options: { id?: string } = {}): JsonSchema {
  const json = z.toJSONSchema(submissionSchema(form), { target: "draft-2020-12" }) as JsonSchema;
  const properties = json.properties as Record<string, JsonSchema>;
  const questions = new Map<string, Question>();
  for (const page of form.pages) {
    if (page.kind === "group") {
      const items = (properties[page.id] as { items: { properties: Record<string, JsonSchema> } }).items;
      for (const q of page.questions) describe(items.properties, q);
      Object.assign(properties[page.id] as JsonSchema, { title: page.title.de });
    } else {
      for (const q of page.questions) {
        describe(properties, q);
        questions.set(q.id, q);
      }
    }
  }
  const conditional = form.pages.flatMap((page) => {
    if (!page.when) return [];
    const keys = page.kind === "group" ? [page.id] : page.questions.map((q) => q.id);
    return [
      {
        if: conditionSchema(page.when, questions),
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's keyword; this object is never awaited
        then: { required: keys },
        else: { not: { anyOf: keys.map((k) => ({ required: [k] })) } },
      },
    ];
  });
  return {
    $schema: json.$schema,
    $id: options.id ?? `urn:stadtbuero:form:${form.serviceKey}:${form.version}`,
    title: `${form.title.de} (${form.serviceKey}, Version ${form.version})`,
    ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== "$schema")),
    ...(conditional.length > 0 ? { allOf: conditional } : {}),
  };
}

function describe(properties: Record<string, JsonSchema>, q: Question): void {
  const property = properties[q.id];
  if (!property) return;
  property.title = q.label.de;
  if (q.hint) property.description = q.hint.de;
  if (q.fimId) property["x-fim-id"] = q.fimId;
}

/** A condition as a schema that holds for exactly the data it holds for. */
function conditionSchema(condition: Condition, questions: ReadonlyMap<string, Question>): JsonSchema {
  const on = (question: string, value: JsonSchema): JsonSchema => {
    const q = questions.get(question);
    const test = q?.kind === "choice" && q.multiple ? { type: "array", contains: value } : value;
    return { properties: { [question]: test }, required: [question] };
  };
  switch (condition.kind) {
    case "equals":
      return on(condition.question, { const: condition.value });
    case "oneOf":
      return on(condition.question, { enum: condition.values });
    case "yes":
      return on(condition.question, { const: true });
    case "no":
      return on(condition.question, { const: false });
    case "all":
      return { allOf: condition.conditions.map((c) => conditionSchema(c, questions)) };
    case "any":
      return { anyOf: condition.conditions.map((c) => conditionSchema(c, questions)) };
    case "not":
      return { not: conditionSchema(condition.condition, questions) };
  }
}
