import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { BookingService } from "./service";

declare module "fastify" {
  interface FastifyInstance {
    booking: BookingService;
  }
}

/** Appointments: the service other modules use (tour plan, back office) and the booking pages. */
export const bookingPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    app.decorate("booking", new BookingService(opts.database, opts.config.tenant, opts.config.booking));
  },
);
