/** A readable digest of an OpenAPI 3.1 document, for the reference page. */
export interface ApiOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  parameters: { name: string; in: string; required: boolean; type: string; description: string }[];
  responses: { status: string; type: string }[];
}
export interface ApiSchemaDoc {
  name: string;
  json: string;
}

type Json = Record<string, unknown>;

function typeOf(schema: Json | undefined): string {
  if (!schema) return "–";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() ?? "object";
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as Json)}[]`;
  if (schema.type === "object" && schema.properties) {
    const props = Object.entries(schema.properties as Record<string, Json>).map(
      ([k, v]) => `${k}: ${typeOf(v)}`,
    );
    return `{ ${props.join(", ")} }`;
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  return String(schema.type ?? "object");
}

export function describeOpenApi(doc: Json): { operations: ApiOperation[]; schemas: ApiSchemaDoc[] } {
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const parameters = ((op.parameters ?? []) as Json[]).map((p) => ({
        name: String(p.name),
        in: String(p.in),
        required: p.required === true,
        type: typeOf(p.schema as Json),
        description: String(p.description ?? (p.schema as Json | undefined)?.description ?? ""),
      }));
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, r]) => {
        const content = r.content as Record<string, { schema?: Json }> | undefined;
        return { status, type: typeOf(content?.["application/json"]?.schema) };
      });
      operations.push({
        id: `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-").replace(/-$/, ""),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        parameters,
        responses,
      });
    }
  }
  const components = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const schemas = Object.entries(components).map(([name, s]) => ({ name, json: JSON.stringify(s, null, 2) }));
  return { operations, schemas };
}
