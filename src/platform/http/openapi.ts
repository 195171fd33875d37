import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";

export const API_PREFIX = "/api/v1";

/** The JSON problem every API error answers with. */
export const ApiProblem = z
  .object({
    code: z.string().describe("stable error code from the error catalogue"),
    message: z.string(),
    status: z.number().int(),
  })
  .meta({ id: "Problem" });

/**
 * Generates the OpenAPI 3.1 document from the route schemas. Only routes below /api/v1
 * are part of it; pages are not an API.
 */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Stadtbüro API",
          version: "1.0.0",
          description:
            "Open, read-only data of the municipality's service catalogue (Leistungskatalog), places and districts. No authentication; no personal data.",
          license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
        },
        tags: [
          { name: "catalogue", description: "Services and their groups" },
          { name: "places", description: "Locations and districts" },
        ],
      },
      transform: (input) => {
        if (!input.url.startsWith(API_PREFIX))
          return { schema: { ...input.schema, hide: true }, url: input.url };
        return jsonSchemaTransform(input);
      },
      transformObject: jsonSchemaTransformObject,
    });
    app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "openapi" },
);
