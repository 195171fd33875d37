import { type Actor, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { AppError } from "../../platform/errors";
import { type PlaceScope, worksAt } from "../staff";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentService } from "./appointment-service";
import type { Slot } from "./domain/slots";
import { BOOKED_BY_STAFF, type StaffBookingDetails } from "./domain/staff-booking";
import { type HoldResult, holdAppointment } from "./hold-appointment";
import { hashToken, newToken } from "./secrets";
import type { BookingService } from "./service";
import { confirmStaffBooking, saveStaffBookingDetails } from "./staff-booking-queries";

export interface StaffBookingDeps {
  database: Database;
  booking: BookingService;
  appointments: AppointmentService;
}

export type StaffBookingResult =
  | { ok: true; mail: "sent" | "none" | "failed"; mailError?: unknown }
  | { ok: false; reason: "expired" };

/**
 * Staff booking for callers and people at the desk: the whole capacity of a counter, the same
 * holds as online, only at the places the person works at.
 */
export class StaffBookings {
  constructor(private readonly deps: StaffBookingDeps) {}

  private get tenantId() {
    return this.deps.booking.tenantId;
  }

  /**
   * Free times at a place, as staff may book them.
   * @throws AppError forbidden when the person does not work at the place
   */
  freeSlots(
    scope: PlaceScope,
    input: { location: string; services: string[]; durationMinutes: number; now: Date },
  ): Promise<Slot[]> {
    if (!worksAt(scope, input.location)) throw new AppError("forbidden");
    return this.deps.booking.freeSlots({ ...input, channel: "staff" });
  }

  /**
   * Holds a start time for the person, like an online hold (same minutes, same locks); the
   * counter is the one that is free now. A time no longer free is "slot-taken".
   * @throws AppError forbidden when the person does not work at the place
   */
  async hold(
    scope: PlaceScope,
    input: {
      location: string;
      services: string[];
      start: string;
      durationMinutes: number;
      locale: "de" | "en";
      now: Date;
    },
  ): Promise<HoldResult> {
    const slots = await this.freeSlots(scope, input);
    const at = new Date(input.start).getTime();
    const slot = slots.find((s) => new Date(s.start).getTime() === at);
    if (!slot) return { ok: false, reason: "slot-taken" };
    const units = await this.deps.booking.unitsOf({
      location: input.location,
      counter: slot.counter,
      start: slot.start,
      durationMinutes: input.durationMinutes,
      channel: "staff",
    });
    return holdAppointment(this.deps.database, {
      tenantId: this.tenantId,
      location: input.location,
      counter: slot.counter,
      startsAt: new Date(slot.start),
      endsAt: new Date(new Date(slot.start).getTime() + input.durationMinutes * 60_000),
      services: input.services,
      units,
      channel: "staff",
      holdMinutes: this.deps.booking.settings.holdMinutes,
      locale: input.locale,
      clientHash: null,
      now: input.now,
    });
  }

  /**
   * The appointment behind a staff hold's token; undefined for an unknown token or one that
   * a resident holds.
   * @throws AppError forbidden when the person does not work at its place
   */
  async byHoldToken(scope: PlaceScope, token: string): Promise<AppointmentView | undefined> {
    const appointment = await this.deps.appointments.byHoldToken(token);
    if (!appointment || !(BOOKED_BY_STAFF as readonly string[]).includes(appointment.channel))
      return undefined;
    if (!worksAt(scope, appointment.location)) throw new AppError("forbidden");
    return appointment;
  }

  /** True while the hold lasts (a hold not yet released may still read "held"). */
  isHeld(appointment: AppointmentView, now: Date): boolean {
    return (
      appointment.status === "held" &&
      appointment.holdExpiresAt !== null &&
      appointment.holdExpiresAt.getTime() > now.getTime()
    );
  }

  /** Notes the person's details on the hold; "expired" when it ran out. */
  async saveDetails(
    appointment: AppointmentView,
    details: StaffBookingDetails,
    now: Date,
  ): Promise<"saved" | "expired"> {
    const saved = await saveStaffBookingDetails(
      this.deps.database.db,
      this.tenantId,
      appointment.id,
      details,
      now,
    );
    return saved ? "saved" : "expired";
  }

  /**
   * Books the held appointment and records who did (ids and codes only), in one transaction;
   * then mails the confirmation when the person gave an e-mail address. A failed mail leaves
   * the appointment booked.
   */
  async confirm(actor: Actor, appointment: AppointmentView, now: Date): Promise<StaffBookingResult> {
    const { settings } = this.deps.booking;
    const manageToken = appointment.email ? newToken() : null;
    // A reminder that would be due at once (a booking for later today) is not sent.
    const reminderDue = new Date(appointment.startsAt.getTime() - settings.reminderHours * 3_600_000);
    const booked = await this.deps.database.db.transaction().execute(async (trx) => {
      const ok = await confirmStaffBooking(trx, this.tenantId, {
        id: appointment.id,
        now,
        manageTokenHash: manageToken ? hashToken(manageToken) : null,
        reminderDueAt: manageToken && reminderDue > now ? reminderDue : null,
      });
      if (!ok) return false;
      await recordAudit(trx, this.tenantId, actor, {
        action: "appointment.book",
        subject: `appointment:${appointment.id}`,
        detail: {
          code: appointment.code,
          location: appointment.location,
          channel: appointment.channel,
          mail: manageToken !== null,
        },
      });
      return true;
    });
    if (!booked) return { ok: false, reason: "expired" };
    if (!manageToken) return { ok: true, mail: "none" };
    try {
      await this.deps.appointments.sendConfirmation({ ...appointment, status: "confirmed" }, manageToken);
      return { ok: true, mail: "sent" };
    } catch (error) {
      return { ok: true, mail: "failed", mailError: error };
    }
  }
}
