import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { AppConfig } from "../../config";
import type { LocalizedText } from "../../domain/locale";
import type { Database } from "../../platform/db/database";
import { organizerOf } from "./appointment-calendar";
import { AppointmentService } from "./appointment-service";
import {
  type CancellingActor,
  type CancelVisitDeps,
  cancelVisit,
  type VisitCancellationParticipant,
} from "./cancel-visit";
import { sendDueReminders } from "./reminders";
import { removeExpiredPersonalData } from "./retention-queries";
import { BookingService } from "./service";
import { StaffBookings } from "./staff-booking";
import { Waitlist } from "./waitlist";
import { appointmentRoutes } from "./web/appointment-routes";
import { calendarRoutes } from "./web/calendar-routes";
import { expiredHoldRoutes } from "./web/expired-hold-routes";
import { bookingFlowRoutes, type CaseOfToken } from "./web/flow-routes";
import { BOOKING_MESSAGES, describer, durationOf, whenLabel } from "./web/flow-support";
import { manageRoutes } from "./web/manage-routes";
import { staffBookingRoutes } from "./web/staff-booking-routes";
import { waitlistRoutes } from "./web/waitlist-routes";

declare module "fastify" {
  interface FastifyInstance {
    booking: BookingService;
    appointments: AppointmentService;
    waitlist: Waitlist;
    /** the mobile office's visits; cancelling one notifies everyone booked */
    visits: {
      cancel(input: {
        location: string;
        date: string;
        reason: LocalizedText;
        now: Date;
        actor?: CancellingActor;
      }): Promise<string[]>;
      /** adds another module's part to every cancellation (see `VisitCancellationParticipant`) */
      participate(participant: VisitCancellationParticipant): void;
    };
  }
}

type Locale = "de" | "en";

export interface BookingOptions {
  database: Database;
  config: AppConfig;
  /**
   * The online application (case) a tracking secret opens while it awaits a visit, for a
   * booking made from the case's page (`/termin/…?vorgang=<secret>`); without it, no booking
   * is ever attached to a case.
   */
  caseOf?: CaseOfToken;
}

/**
 * Appointments: the services other modules use (tour plan, back office), the jobs, the
 * citizen pages and the back office's booking for callers and people at the desk.
 */
export const bookingPlugin = fp(
  async (app: FastifyInstance, opts: BookingOptions) => {
    const { database, config } = opts;
    const booking = new BookingService(database, config.tenant, config.booking);
    const describe = describer(app);
    const messages = (locale: Locale) => BOOKING_MESSAGES[locale];
    const url = (locale: Locale, path: string) => `${config.publicUrl}${locale === "en" ? "/en" : ""}${path}`;
    const timeZone = () => booking.timeZone();
    const organizer = organizerOf(config.mail.from);
    const deadline = async (locale: Locale, at: Date) =>
      new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
        dateStyle: "full",
        timeStyle: "short",
        timeZone: await timeZone(),
      }).format(at);

    const appointments = new AppointmentService({
      database,
      booking,
      mailer: app.mailer,
      publicUrl: config.publicUrl,
      messages,
      describe,
      organizer,
    });

    const participants: VisitCancellationParticipant[] = [];
    const visitDeps: CancelVisitDeps = {
      database,
      booking,
      mailer: app.mailer,
      messages,
      describe,
      slotWords: async (locale, location, start, end) => {
        const dir = await app.locations.directory();
        const when = whenLabel(messages(locale), locale, await timeZone(), new Date(start), new Date(end));
        return `${when}, ${dir.byKey.get(location)?.name[locale] ?? location}`;
      },
      bookUrl: (locale) => url(locale, "/termin"),
      alternativePlaces: async (location) => {
        const dir = await app.locations.directory();
        const stops = dir.locations
          .filter((l) => l.kind === "mobile-stop" && l.key !== location)
          .map((l) => l.key);
        return [...stops, ...dir.locations.filter((l) => l.kind === "stadtbuero").map((l) => l.key)];
      },
      organizer,
      participants,
    };

    const waitlist = new Waitlist({
      database,
      booking,
      appointments,
      mailer: app.mailer,
      messages,
      describe,
      deadline,
      url,
      durationOf: async (keys) => {
        const { byKey } = await app.catalog.catalog();
        return durationOf(
          keys.map((k) => byKey.get(k)).filter((s) => s !== undefined),
          config.booking.defaultServiceMinutes,
        );
      },
    });

    const staffBookings = new StaffBookings({ database, booking, appointments });

    app.decorate("booking", booking);
    app.decorate("appointments", appointments);
    app.decorate("waitlist", waitlist);
    app.decorate("visits", {
      cancel: (input) => cancelVisit(visitDeps, input),
      participate: (participant) => {
        participants.push(participant);
      },
    });

    const reminderDeps = {
      database,
      tenantId: config.tenant,
      mailer: app.mailer,
      messages,
      describe,
      manageUrl: (locale: Locale, token: string) => appointments.manageUrl(locale, token),
    };
    app.jobs.push(
      { name: "appointment-reminders", everySeconds: 60, run: (now) => sendDueReminders(reminderDeps, now) },
      { name: "waitlist-offers", everySeconds: 60, run: (now) => waitlist.offerFreedSlots(now) },
      {
        name: "personal-data-retention",
        everySeconds: 3600,
        run: (now) => removeExpiredPersonalData(database, config.tenant, config.booking.retentionDays, now),
      },
    );

    for (const prefix of ["", "/en"]) {
      await app.register(bookingFlowRoutes, {
        prefix,
        appointments,
        secret: config.cookieSecret,
        caseOf: opts.caseOf,
      });
      await app.register(appointmentRoutes, { prefix, appointments, describe });
      await app.register(expiredHoldRoutes, { prefix, appointments, secret: config.cookieSecret });
      await app.register(manageRoutes, { prefix, appointments, describe });
      await app.register(calendarRoutes, { prefix, appointments });
      await app.register(waitlistRoutes, { prefix, waitlist, describe, deadline });
      await app.register(staffBookingRoutes, { prefix, staffBookings, describe });
    }
  },
  { name: "booking", dependencies: ["tenants", "locations", "catalog", "staff", "mail"] },
);
