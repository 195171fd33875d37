import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { z } from "zod";
import type { Database } from "../db/database";

const Status = z.object({ status: z.enum(["ok", "ready", "unavailable"]) });

/** `/health`: the process answers. `/ready`: it can reach its database. */
export async function healthRoutes(app: FastifyInstance, { database }: { database: Database }) {
  const schema = { hide: true, response: { 200: Status, 503: Status } };
  app.get("/health", { schema, config: { rateLimit: false } }, async () => ({ status: "ok" as const }));
  app.get("/ready", { schema, config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(database.db);
      return { status: "ready" as const };
    } catch {
      return reply.code(503).send({ status: "unavailable" as const });
    }
  });
}
