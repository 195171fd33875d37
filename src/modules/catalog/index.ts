import type { CatalogService } from "./service";

export type { Service, ServiceGroup } from "./domain/service";
export type { CatalogData } from "./queries";
export { replaceCatalog } from "./queries";
export type { CatalogService } from "./service";

declare module "fastify" {
  interface FastifyInstance {
    catalog: CatalogService;
  }
}
