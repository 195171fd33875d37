import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { serviceWays } from "../domain/service-ways";
import { MAX_QUERY_LENGTH } from "../service";
import { CatalogPage } from "./CatalogPage";
import { HomePage } from "./HomePage";
import { SearchPage } from "./SearchPage";
import { ServicePage } from "./ServicePage";

const KeyParams = z.object({ key: z.string().max(100) });
const SearchQuery = z.object({ q: z.string().max(2000).optional() });

/** Citizen pages of the catalogue; registered once per language prefix. */
export async function catalogPages(instance: FastifyInstance) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get("/", async (request, reply) => {
    const [popular, { groups }, mobileStops] = await Promise.all([
      app.catalog.popular(),
      app.catalog.catalog(),
      app.locations.byKind("mobile-stop"),
    ]);
    return sendPage(reply, <HomePage ctx={pageContext(request)} view={{ popular, groups, mobileStops }} />);
  });

  app.get("/leistungen", async (request, reply) => {
    const { groups, services } = await app.catalog.catalog();
    const view = {
      groups: groups
        .map((group) => ({ group, services: services.filter((s) => s.group === group.key) }))
        .filter((g) => g.services.length > 0),
    };
    return sendPage(reply, <CatalogPage ctx={pageContext(request)} view={view} />);
  });

  app.get("/leistungen/:key", { schema: { params: KeyParams } }, async (request, reply) => {
    const { service, group } = await app.catalog.getService(request.params.key);
    const [dir, profile] = await Promise.all([app.locations.directory(), app.tenant.profile()]);
    const place = service.responsibleLocation
      ? dir.byKey.get(service.responsibleLocation)
      : dir.locations.find((l) => l.kind === "stadtbuero");
    const ways = serviceWays(service, {
      selfServiceTerminals: profile.selfServiceTerminals,
      platformForms: await app.catalog.onlineForms(),
    });
    return sendPage(reply, <ServicePage ctx={pageContext(request)} view={{ service, group, place, ways }} />);
  });

  app.get("/suche", { schema: { querystring: SearchQuery } }, async (request, reply) => {
    const ctx = pageContext(request);
    const query = (request.query.q ?? "").trim();
    if (query.length > MAX_QUERY_LENGTH) {
      const view = { query: query.slice(0, MAX_QUERY_LENGTH), results: [], error: ctx.m.search.tooLong };
      return sendPage(reply, <SearchPage ctx={ctx} view={view} />, 400);
    }
    const results = query ? await app.catalog.search(query, ctx.locale) : [];
    return sendPage(reply, <SearchPage ctx={ctx} view={{ query, results }} />);
  });
}
