import type { LocationService } from "./service";

export type { District, Location, LocationKind } from "./domain/location";
export type { LocationData } from "./queries";
export { replaceLocations } from "./queries";
export type { LocationService } from "./service";

declare module "fastify" {
  interface FastifyInstance {
    locations: LocationService;
  }
}
