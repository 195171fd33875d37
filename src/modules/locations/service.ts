import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import { AppError } from "../../platform/errors";
import type { District, Location, LocationKind } from "./domain/location";
import { loadLocations } from "./queries";

export interface LocationDirectory {
  locations: Location[];
  districts: District[];
  byKey: Map<string, Location>;
  districtByKey: Map<string, District>;
  etag: string;
}

export const LOCATION_KIND_ORDER: LocationKind[] = ["stadtbuero", "office", "help-point", "mobile-stop"];

/** Use cases of the places where services are offered, and of the city's districts. */
export class LocationService {
  private readonly cache: RevisionCache<LocationDirectory>;

  constructor(database: Database, tenantId: string) {
    this.cache = new RevisionCache(
      () => readCatalogRevision(database.db, tenantId),
      async (revision) => {
        const { locations, districts } = await loadLocations(database.db, tenantId);
        return {
          locations,
          districts,
          byKey: new Map(locations.map((l) => [l.key, l])),
          districtByKey: new Map(districts.map((d) => [d.key, d])),
          etag: `"locations-${tenantId}-${revision}"`,
        };
      },
    );
  }

  directory(): Promise<LocationDirectory> {
    return this.cache.get();
  }

  /** Forget the cached places at once (after this process changed them). */
  reload(): void {
    this.cache.invalidate();
  }

  /** @throws AppError location-not-found */
  async getLocation(key: string): Promise<{ location: Location; district: District | undefined }> {
    const dir = await this.cache.get();
    const location = dir.byKey.get(key);
    if (!location) throw new AppError("location-not-found", { key });
    return { location, district: location.district ? dir.districtByKey.get(location.district) : undefined };
  }

  async byKind(kind: LocationKind): Promise<Location[]> {
    return (await this.cache.get()).locations.filter((l) => l.kind === kind);
  }

  /** The first Stadtbüro: where a service is done unless another office is responsible. */
  async mainOffice(): Promise<Location | undefined> {
    return (await this.byKind("stadtbuero"))[0];
  }
}
