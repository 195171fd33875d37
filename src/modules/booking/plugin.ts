import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { LocalizedText } from "../../domain/locale";
import type { Database } from "../../platform/db/database";
import { AppointmentService } from "./appointment-service";
import { type CancelVisitDeps, cancelVisit } from "./cancel-visit";
import { sendDueReminders } from "./reminders";
import { BookingService } from "./service";
import { appointmentRoutes } from "./web/appointment-routes";
import { bookingFlowRoutes } from "./web/flow-routes";
import { BOOKING_MESSAGES, describer, whenLabel } from "./web/flow-support";

declare module "fastify" {
  interface FastifyInstance {
    booking: BookingService;
    appointments: AppointmentService;
    /** the mobile office's visits; cancelling one notifies everyone booked */
    visits: {
      cancel(input: { location: string; date: string; reason: LocalizedText; now: Date }): Promise<string[]>;
    };
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
    const reminderDeps = {
      database: opts.database,
      tenantId: opts.config.tenant,
      mailer: app.mailer,
      messages: (locale: "de" | "en") => BOOKING_MESSAGES[locale],
      describe,
      manageUrl: (locale: "de" | "en", token: string) => appointments.manageUrl(locale, token),
    };
    const timeZone = () => booking.timeZone();
    const visitDeps: CancelVisitDeps = {
      database: opts.database,
      booking,
      mailer: app.mailer,
      messages: (locale) => BOOKING_MESSAGES[locale],
      describe,
      slotWords: async (locale, location, start, end) => {
        const dir = await app.locations.directory();
        const when = whenLabel(
          BOOKING_MESSAGES[locale],
          locale,
          await timeZone(),
          new Date(start),
          new Date(end),
        );
        return `${when}, ${dir.byKey.get(location)?.name[locale] ?? location}`;
      },
      bookUrl: (locale) => `${opts.config.publicUrl}${locale === "en" ? "/en" : ""}/termin`,
      alternativePlaces: async (location) => {
        const dir = await app.locations.directory();
        const stops = dir.locations
          .filter((l) => l.kind === "mobile-stop" && l.key !== location)
          .map((l) => l.key);
        return [...stops, ...dir.locations.filter((l) => l.kind === "stadtbuero").map((l) => l.key)];
      },
    };
    app.decorate("visits", { cancel: (input) => cancelVisit(visitDeps, input) });
    app.jobs.push({
      name: "appointment-reminders",
      everySeconds: 60,
      run: (now) => sendDueReminders(reminderDeps, now),
    });
    for (const prefix of ["", "/en"]) {
      await app.register(bookingFlowRoutes, { prefix, appointments, secret: opts.config.cookieSecret });
      await app.register(appointmentRoutes, { prefix, appointments, describe });
    }
  },
);
