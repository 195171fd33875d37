import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { Locale } from "../../../domain/locale";
import { notModified } from "../../../platform/http/http-cache";
import { API_PREFIX, ApiProblem } from "../../../platform/http/openapi";
import { Service, ServiceGroup } from "../domain/service";

const ServiceSchema = Service.meta({
  id: "Service",
  description: "A service of the municipality (Leistung)",
});
const GroupSchema = ServiceGroup.meta({ id: "ServiceGroup" });

const ListQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .describe("search words, German or English; typos and umlaut spellings are understood"),
  lang: Locale.default("de").describe("language that ranks search results first"),
  group: z.string().max(100).optional().describe("only services of this group key"),
});

/** The catalogue as open JSON data. */
export async function catalogApi(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    `${API_PREFIX}/services`,
    {
      schema: {
        tags: ["catalogue"],
        summary: "List or search services",
        querystring: ListQuery,
        response: { 200: z.object({ groups: z.array(GroupSchema), services: z.array(ServiceSchema) }) },
      },
    },
    async (request, reply) => {
      const data = await app.catalog.catalog();
      if (notModified(request, reply, data.etag)) return reply;
      const { q, lang, group } = request.query;
      let services = q?.trim() ? await app.catalog.search(q, lang, 100) : data.services;
      if (group) services = services.filter((s) => s.group === group);
      return { groups: data.groups, services };
    },
  );

  app.get(
    `${API_PREFIX}/services/:key`,
    {
      schema: {
        tags: ["catalogue"],
        summary: "One service",
        params: z.object({ key: z.string().max(100).describe("the service's stable key") }),
        response: { 200: ServiceSchema, 404: ApiProblem },
      },
    },
    async (request, reply) => {
      const data = await app.catalog.catalog();
      const { service } = await app.catalog.getService(request.params.key);
      if (notModified(request, reply, data.etag)) return reply;
      return service;
    },
  );
}
