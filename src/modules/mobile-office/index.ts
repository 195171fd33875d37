import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import { MobileOfficeSchedule } from "./service";
import { mobileOfficePages } from "./web/pages";

export { MobileOfficeSchedule } from "./service";

/**
 * The mobile Stadtbüro: its public page (`/mobiles-stadtbuero`, list and monthly overview,
 * filter by district) and a calendar feed per stop (`/mobiles-stadtbuero/<stop>.ics`), in
 * every language. Needs the locations, booking and tenant plugins registered before it.
 */
export const mobileOfficePlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    const schedule = new MobileOfficeSchedule(app);
    const options = { schedule, publicUrl: opts.config.publicUrl };
    await app.register(mobileOfficePages, options);
    await app.register(mobileOfficePages, { ...options, prefix: "/en" });
  },
  { name: "mobile-office", dependencies: ["tenants", "locations", "booking"] },
);
