import type { FastifyInstance } from "fastify";
import { instantToCivil } from "../../domain/zoned-time";
import type { District } from "../locations";
import { type Stop, type Visit, visitsAt } from "./schedule";

/**
 * The mobile Stadtbüro as the other modules know it: its stops come from `locations`
 * (kind `mobile-stop`), its visits are the sessions `booking` expands from the stops'
 * opening plans. Nothing is stored here.
 */
export class MobileOfficeSchedule {
  constructor(private readonly app: FastifyInstance) {}

  now(): Date {
    return this.app.clock.now();
  }

  timeZone(): Promise<string> {
    return this.app.booking.timeZone();
  }

  /** Today's civil date in the tenant's zone. */
  async today(): Promise<string> {
    return instantToCivil(this.now().toISOString(), await this.timeZone()).date;
  }

  /**
   * The stops with their districts, the districts that have a stop, all districts by key,
   * and a tag that changes whenever the tenant's data (places and plans) is re-imported.
   */
  async stops(): Promise<{
    stops: Stop[];
    districtsWithStop: District[];
    districtByKey: ReadonlyMap<string, District>;
    revision: string;
  }> {
    const dir = await this.app.locations.directory();
    const stops = dir.locations
      .filter((l) => l.kind === "mobile-stop")
      .map((location) => ({
        location,
        district: location.district ? dir.districtByKey.get(location.district) : undefined,
      }));
    const districtsWithStop = [
      ...new Map(stops.flatMap((s) => (s.district ? [[s.district.key, s.district] as const] : []))).values(),
    ];
    return { stops, districtsWithStop, districtByKey: dir.districtByKey, revision: dir.etag };
  }

  /** The visits at `stops` between two civil dates (inclusive), in time order. */
  async visits(stops: readonly Stop[], from: string, to: string): Promise<Visit[]> {
    if (stops.length === 0) return [];
    const [timeZone, sessions] = await Promise.all([
      this.timeZone(),
      stops.length === 1 && stops[0]
        ? this.app.booking.sessions({ location: stops[0].location.key, from, to })
        : this.app.booking.sessions({ from, to }),
    ]);
    return visitsAt(stops, sessions, timeZone);
  }
}
