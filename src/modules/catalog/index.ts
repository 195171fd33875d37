import type { CatalogService } from "./service";

export { Service, ServiceGroup } from "./domain/service";
export type { CatalogData, GroupEntry, ServiceEntry } from "./queries";
export {
  findServiceEntry,
  listCatalogEntries,
  replaceCatalog,
  setServiceWithdrawn,
  updateService,
} from "./queries";
export type { CatalogService } from "./service";

declare module "fastify" {
  interface FastifyInstance {
    catalog: CatalogService;
  }
}

export { catalogPlugin } from "./plugin";
