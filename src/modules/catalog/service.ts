import type { Locale } from "../../domain/locale";
import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import { AppError } from "../../platform/errors";
import { buildSearchIndex, type SearchIndex, searchServices } from "./domain/search";
import type { Service, ServiceGroup } from "./domain/service";
import { type OnlineStatus, onlineStatus } from "./domain/service-ways";
import { loadCatalog } from "./queries";

/** The catalogue in memory, with everything derived from it. */
export interface Catalog {
  groups: ServiceGroup[];
  services: Service[];
  byKey: Map<string, Service>;
  groupByKey: Map<string, ServiceGroup>;
  index: SearchIndex;
  /** a stable tag of this catalogue's content, for HTTP caching */
  etag: string;
}

export const MAX_QUERY_LENGTH = 100;

/** Use cases of the service catalogue (Leistungskatalog). */
export class CatalogService {
  private readonly cache: RevisionCache<Catalog>;

  /**
   * @param platformForms the services this platform offers an online form for now (read per
   *   call: the applications module registers after the catalogue, and a form for an election
   *   is offered only while one is open)
   */
  constructor(
    database: Database,
    tenantId: string,
    private readonly platformForms: () => Promise<ReadonlySet<string>> = async () => new Set(),
  ) {
    this.cache = new RevisionCache(
      () => readCatalogRevision(database.db, tenantId),
      async (revision) => {
        const { groups, services } = await loadCatalog(database.db, tenantId);
        return {
          groups,
          services,
          byKey: new Map(services.map((s) => [s.key, s])),
          groupByKey: new Map(groups.map((g) => [g.key, g])),
          index: buildSearchIndex(services, groups),
          etag: `"catalog-${tenantId}-${revision}"`,
        };
      },
    );
  }

  /** The services with an online form of this platform offered now. */
  onlineForms(): Promise<ReadonlySet<string>> {
    return this.platformForms();
  }

  /** How a service is done online: this platform's form, another provider's, or not (yet). */
  async onlineWay(service: Service): Promise<OnlineStatus> {
    return onlineStatus(service, await this.platformForms());
  }

  catalog(): Promise<Catalog> {
    return this.cache.get();
  }

  /** Forget the cached catalogue at once (after this process changed it). */
  reload(): void {
    this.cache.invalidate();
  }

  /** @throws AppError service-not-found */
  async getService(key: string): Promise<{ service: Service; group: ServiceGroup | undefined }> {
    const catalog = await this.cache.get();
    const service = catalog.byKey.get(key);
    if (!service) throw new AppError("service-not-found", { key });
    return { service, group: catalog.groupByKey.get(service.group) };
  }

  /** The most used services, for the start page. */
  async popular(): Promise<Service[]> {
    const { services } = await this.cache.get();
    return services
      .filter((s) => s.popularity !== null && s.status === "offered")
      .sort((a, b) => (a.popularity ?? 0) - (b.popularity ?? 0));
  }

  async search(query: string, locale: Locale, limit = 20): Promise<Service[]> {
    const catalog = await this.cache.get();
    return searchServices(catalog.index, query.slice(0, MAX_QUERY_LENGTH), locale, limit)
      .map((hit) => catalog.byKey.get(hit.key))
      .filter((s): s is Service => s !== undefined);
  }
}
