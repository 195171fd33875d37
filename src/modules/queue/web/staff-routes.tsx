import type { FastifyInstance } from "fastify";
import { counterRoutes } from "./counter-routes";
import { dayRoutes } from "./day-routes";
import type { QueueRouteOptions } from "./route-support";
import { ticketRoutes } from "./ticket-routes";

export type { QueuePlaces } from "./route-support";

/** The staff side of the queue: the day view, the counter and walk-in tickets. */
export async function queueStaffRoutes(
  app: FastifyInstance,
  { queue, places, publicUrl, caseReferenceOf }: QueueRouteOptions,
) {
  // only these: the options also carry the prefix, which the children inherit already
  const options = { queue, places, publicUrl, caseReferenceOf };
  await app.register(dayRoutes, options);
  await app.register(counterRoutes, options);
  await app.register(ticketRoutes, options);
}
