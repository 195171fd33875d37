import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { AppointmentService } from "./appointment-service";
import { BookingService } from "./service";
import { appointmentRoutes } from "./web/appointment-routes";
import { bookingFlowRoutes } from "./web/flow-routes";
import { BOOKING_MESSAGES, describer } from "./web/flow-support";

declare module "fastify" {
  interface FastifyInstance {
    booking: BookingService;
    appointments: AppointmentService;
  }
}

/** Appointments: the services other modules use (tour plan, back office) and the citizen pages. */
export const bookingPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const booking = new BookingService(opts.database, opts.config.tenant, opts.config.booking);
    app.decorate("booking", booking);
    const describe = describer(app);
    const appointments = new AppointmentService({
      database: opts.database,
      booking,
      mailer: app.mailer,
      publicUrl: opts.config.publicUrl,
      messages: (locale) => BOOKING_MESSAGES[locale],
      describe,
    });
    app.decorate("appointments", appointments);
    for (const prefix of ["", "/en"]) {
      await app.register(bookingFlowRoutes, { prefix, appointments, secret: opts.config.cookieSecret });
      await app.register(appointmentRoutes, { prefix, appointments, describe });
    }
  },
);
