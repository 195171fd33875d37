import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exampleForm as form } from "./example-form";
import { submissionJsonSchema } from "./json-schema";
import { validateSubmission } from "./submission";

/**
 * A small JSON Schema (2020-12) validator for the keywords the form schemas use, written here
 * because no validator is installed. It refuses a keyword it does not know, so a schema cannot
 * pass by being misunderstood.
 */
type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "format", "x-fim-id"]);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const typeOf = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "array" : Number.isInteger(v) ? "integer" : typeof v;
const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function valid(schema: Schema, data: unknown): boolean {
  return Object.entries(schema).every(([keyword, value]) => {
    switch (keyword) {
      case "type":
        return typeOf(data) === value || (value === "number" && typeOf(data) === "integer");
      case "properties":
        return (
          !isObject(data) ||
          Object.entries(value as Record<string, Schema>).every(([k, s]) => !(k in data) || valid(s, data[k]))
        );
      case "required":
        return !isObject(data) || (value as string[]).every((k) => k in data);
      case "additionalProperties":
        return (
          !isObject(data) ||
          value !== false ||
          Object.keys(data).every((k) => k in ((schema.properties as object) ?? {}))
        );
      case "items":
        return !Array.isArray(data) || data.every((d) => valid(value as Schema, d));
      case "contains":
        return !Array.isArray(data) || data.some((d) => valid(value as Schema, d));
      case "minItems":
        return !Array.isArray(data) || data.length >= (value as number);
      case "maxItems":
        return !Array.isArray(data) || data.length <= (value as number);
      case "minLength":
        return typeof data !== "string" || [...data].length >= (value as number);
      case "maxLength":
        return typeof data !== "string" || [...data].length <= (value as number);
      case "pattern":
        return typeof data !== "string" || new RegExp(value as string, "u").test(data);
      case "minimum":
        return typeof data !== "number" || data >= (value as number);
      case "maximum":
        return typeof data !== "number" || data <= (value as number);
      case "enum":
        return (value as unknown[]).some((v) => equal(v, data));
      case "const":
        return equal(value, data);
      case "anyOf":
        return (value as Schema[]).some((s) => valid(s, data));
      case "allOf":
        return (value as Schema[]).every((s) => valid(s, data));
      case "not":
        return !valid(value as Schema, data);
      case "if":
        return valid(value as Schema, data)
          ? valid((schema.then as Schema) ?? {}, data)
          : valid((schema.else as Schema) ?? {}, data);
      case "then":
      case "else":
        return true;
      default:
        if (ANNOTATIONS.has(keyword)) return true;
        throw new Error(`keyword not understood: ${keyword}`);
    }
  });
}

const TODAY = "2026-03-10";
const complete = {
  fullName: "Erika Muster",
  hasPet: true,
  petKind: "other",
  petOther: "Schildkröte",
  interests: ["sport", "music"],
  musicNote: null,
  children: [],
  home: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
  since: "2020-01-01",
  preferredDay: "2026-03-11",
  proof: null,
  confirm: true,
};
const schema = submissionJsonSchema(form);

describe("submissionJsonSchema", () => {
  it("names the form and version, and carries labels and FIM ids", () => {
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "urn:stadtbuero:form:beispiel:1",
      title: "Beispielformular (beispiel, Version 1)",
      type: "object",
      additionalProperties: false,
      properties: { home: { title: "Anschrift", "x-fim-id": "F99000001" } },
    });
    expect(submissionJsonSchema(form, { id: "https://example.org/s.json" }).$id).toBe(
      "https://example.org/s.json",
    );
  });

  it("accepts a valid submission", () => {
    expect(validateSubmission(form, complete, TODAY).ok).toBe(true);
    expect(valid(schema, complete)).toBe(true);
  });

  // each case is refused by the engine and by the schema alike
  const refused: [string, Record<string, unknown>][] = [
    ["a wrong type", { ...complete, hasPet: "yes" }],
    ["an option not offered", { ...complete, interests: ["cooking"] }],
    ["a key the form does not know", { ...complete, admin: true }],
    ["a required answer missing", { ...complete, confirm: undefined }],
    ["a wrong postcode", { ...complete, home: { ...complete.home, postalCode: "1234" } }],
    ["a date that is not a date", { ...complete, since: "2020-02-30" }],
    ["an answer of a page not shown", { ...complete, dogCount: 2 }],
    ["an answer of a page shown missing", { ...complete, petOther: undefined }],
    ["an answer of a page a multiple choice no longer opens", { ...complete, interests: ["sport"] }],
    [
      "a branch's answer after the branch closed",
      { ...complete, hasPet: false, plate: "MR-A 1", musicNote: null },
    ],
    [
      "a pattern not matched",
      { ...complete, hasPet: false, petKind: undefined, petOther: undefined, plate: "M 1" },
    ],
    [
      "an item with an unknown key",
      {
        ...complete,
        children: [
          { child: { familyName: "A", givenNames: "B", dateOfBirth: "2010-01-01" }, atSchool: true, x: 1 },
        ],
      },
    ],
    [
      "too many items",
      {
        ...complete,
        children: Array(4).fill({
          child: { familyName: "A", givenNames: "B", dateOfBirth: "2010-01-01" },
          atSchool: true,
        }),
      },
    ],
  ];
  it.each(refused)("refuses %s", (_, data) => {
    const json = JSON.parse(JSON.stringify(data));
    expect(validateSubmission(form, json, TODAY).ok).toBe(false);
    expect(valid(schema, json)).toBe(false);
  });

  it("accepts the other branch complete, as the engine does", () => {
    const other = { ...complete, hasPet: false, petKind: undefined, petOther: undefined, plate: "MR-AB 12" };
    const json = JSON.parse(JSON.stringify(other));
    expect(validateSubmission(form, json, TODAY).ok).toBe(true);
    expect(valid(schema, json)).toBe(true);
  });

  it("has a shape that zod reads back (without the conditions, which zod cannot read)", () => {
    const { allOf: _, ...shape } = schema;
    const back = z.fromJSONSchema(shape as Parameters<typeof z.fromJSONSchema>[0]);
    expect(back.safeParse(complete).success).toBe(true);
    expect(back.safeParse({ ...complete, interests: ["cooking"] }).success).toBe(false);
    expect(back.safeParse({ ...complete, extra: 1 }).success).toBe(false);
  });
});
