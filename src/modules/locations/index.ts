import type { LocationService } from "./service";

export { type District, Location, LocationKind, PlaceAddress } from "./domain/location";
export { formatPlace, formatPlaceAddress } from "./place-address";
export type { LocationData, LocationEntry } from "./queries";
export {
  findLocationEntry,
  listLocationEntries,
  replaceLocations,
  setLocationWithdrawn,
  updateLocation,
} from "./queries";
export type { LocationService } from "./service";

declare module "fastify" {
  interface FastifyInstance {
    locations: LocationService;
  }
}

export { locationsPlugin, type PlaceDetails } from "./plugin";
