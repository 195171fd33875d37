import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notModified } from "../../../platform/http/http-cache";
import { API_PREFIX, ApiProblem } from "../../../platform/http/openapi";
import { District, Location, LocationKind } from "../domain/location";

const LocationSchema = Location.meta({ id: "Location", description: "A place where services are offered" });
const DistrictSchema = District.meta({ id: "District", description: "A district of the city" });

/** Places and districts as open JSON data. */
export async function locationsApi(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    `${API_PREFIX}/locations`,
    {
      schema: {
        tags: ["places"],
        summary: "List places: the Stadtbüro, offices, help points and mobile-office stops",
        querystring: z.object({ kind: LocationKind.optional().describe("only places of this kind") }),
        response: { 200: z.object({ locations: z.array(LocationSchema) }) },
      },
    },
    async (request, reply) => {
      const dir = await app.locations.directory();
      if (notModified(request, reply, dir.etag)) return reply;
      const { kind } = request.query;
      return { locations: kind ? dir.locations.filter((l) => l.kind === kind) : dir.locations };
    },
  );

  app.get(
    `${API_PREFIX}/locations/:key`,
    {
      schema: {
        tags: ["places"],
        summary: "One place",
        params: z.object({ key: z.string().max(100) }),
        response: { 200: LocationSchema, 404: ApiProblem },
      },
    },
    async (request, reply) => {
      const dir = await app.locations.directory();
      const { location } = await app.locations.getLocation(request.params.key);
      if (notModified(request, reply, dir.etag)) return reply;
      return location;
    },
  );

  app.get(
    `${API_PREFIX}/districts`,
    {
      schema: {
        tags: ["places"],
        summary: "List the city's districts with population",
        response: { 200: z.object({ districts: z.array(DistrictSchema) }) },
      },
    },
    async (request, reply) => {
      const dir = await app.locations.directory();
      if (notModified(request, reply, dir.etag)) return reply;
      return { districts: dir.districts };
    },
  );
}
