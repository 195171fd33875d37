import type { FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { holdsOnlyCleanText } from "../../domain/text";

/**
 * Route schemas are zod (fastify-type-provider-zod). On top of each route's own schema,
 * path parameters and query strings never carry control characters: no link of this site
 * has one, and a NUL byte would otherwise reach a query the database refuses. Bodies are
 * judged by the forms' own schemas, which put their message next to the field.
 */
export function installValidation(app: FastifyInstance): void {
  app.setValidatorCompiler((route) => {
    const validate = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
    if (route.httpPart !== "params" && route.httpPart !== "querystring") return validate;
    return (data: unknown) =>
      holdsOnlyCleanText(data)
        ? validate(data)
        : { error: Object.assign(new Error("control characters in the URL"), { statusCode: 400 }) };
  });
  app.setSerializerCompiler(serializerCompiler);
}
