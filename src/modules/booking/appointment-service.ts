import type { Database } from "../../platform/db/database";
import { AppError } from "../../platform/errors";
import { appointmentIcs, type CalendarPerson, type Mailer } from "../../platform/mail";
import { appointmentCalendarFile, type CalendarFile } from "./appointment-calendar";
import {
  cancelConfirmed,
  confirmHold,
  findHoldTokenHash,
  insertAppointmentUnits,
  moveConfirmed,
  saveHoldContact,
} from "./appointment-change-queries";
import {
  type AppointmentView,
  type CaseVisit,
  copyContactToHold,
  countActiveByEmail,
  countHoldsByClient,
  findAppointmentByTokenHash,
  findUpcomingVisitsOfCase,
  keepContactOfLapsedHold,
} from "./appointment-queries";
import { ensureUnits, releaseDue, takeUnits, type UnitWithCapacity } from "./capacity-queries";
import { type ChangeMailDeps, sendCancelledMail, sendMovedMail } from "./change-mails";
import type { ContactInput } from "./domain/contact";
import { reminderDueAt } from "./domain/reminder";
import { type HoldResult, holdAppointment } from "./hold-appointment";
import type { BookingMessages } from "./messages/de";
import { hashToken, newToken } from "./secrets";
import type { BookingService } from "./service";

/** How an appointment is described to the resident: in words of their language. */
export interface AppointmentWords {
  when: string;
  place: string;
  services: string;
}

export interface AppointmentServiceDeps {
  database: Database;
  booking: BookingService;
  mailer: Mailer;
  publicUrl: string;
  messages: (locale: "de" | "en") => BookingMessages;
  describe: (appointment: AppointmentView) => Promise<AppointmentWords>;
  /** the sender of the platform's mails, named as organizer of calendar cancellations */
  organizer: CalendarPerson;
}

export type ContactResult = "saved" | "expired" | "limit-reached";

/** The resident's use cases of an appointment: hold, details, confirm, cancel, reschedule. */
export class AppointmentService {
  constructor(private readonly deps: AppointmentServiceDeps) {}

  private get tenantId() {
    return this.deps.booking.tenantId;
  }
  private get settings() {
    return this.deps.booking.settings;
  }
  private get changeMails(): ChangeMailDeps {
    return {
      ...this.deps,
      timeZone: () => this.deps.booking.timeZone(),
      manageUrl: (locale, token) => this.manageUrl(locale, token),
    };
  }

  async hold(input: {
    services: string[];
    location: string;
    counter: string;
    start: string;
    durationMinutes: number;
    locale: "de" | "en";
    clientHash: string | null;
    now: Date;
    /** longer than the usual hold for a waitlist offer */
    holdMinutes?: number;
    /** the online application (case) the visit is for */
    caseId?: string | null;
  }): Promise<HoldResult> {
    if (input.clientHash) {
      const since = new Date(input.now.getTime() - 3_600_000);
      const recent = await countHoldsByClient(this.deps.database.db, this.tenantId, input.clientHash, since);
      if (recent >= this.settings.maxHoldsPerHour) return { ok: false, reason: "too-many" };
    }
    const units = await this.deps.booking.unitsOf({ ...input, channel: "public" });
    return holdAppointment(this.deps.database, {
      tenantId: this.tenantId,
      location: input.location,
      counter: input.counter,
      startsAt: new Date(input.start),
      endsAt: new Date(new Date(input.start).getTime() + input.durationMinutes * 60_000),
      services: input.services,
      units,
      channel: "public",
      holdMinutes: input.holdMinutes ?? this.settings.holdMinutes,
      locale: input.locale,
      clientHash: input.clientHash,
      caseId: input.caseId ?? null,
      now: input.now,
    });
  }

  byHoldToken(token: string): Promise<AppointmentView | undefined> {
    return findAppointmentByTokenHash(this.deps.database.db, this.tenantId, "hold", hashToken(token));
  }

  /** The held appointment of a waitlist offer. */
  async offered(id: number): Promise<AppointmentView | undefined> {
    const hash = await findHoldTokenHash(this.deps.database.db, this.tenantId, id);
    return hash ? this.byHoldTokenHash(hash) : undefined;
  }

  /** For the waitlist, which keeps only the appointment id of an offer. */
  byHoldTokenHash(hash: string): Promise<AppointmentView | undefined> {
    return findAppointmentByTokenHash(this.deps.database.db, this.tenantId, "hold", hash);
  }

  byManageToken(token: string): Promise<AppointmentView | undefined> {
    return findAppointmentByTokenHash(this.deps.database.db, this.tenantId, "manage", hashToken(token));
  }

  /** The booked visits for an online application (case) that are not over at `now`, earliest first. */
  visitsOfCase(caseId: string, now: Date): Promise<CaseVisit[]> {
    return findUpcomingVisitsOfCase(this.deps.database.db, this.tenantId, caseId, now);
  }

  /** Stores the contact on a held appointment; refuses when the hold ran out or the address has too many. */
  async saveContact(appointment: AppointmentView, contact: ContactInput, now: Date): Promise<ContactResult> {
    const { db } = this.deps.database;
    const active = await countActiveByEmail(db, this.tenantId, contact.email, now, appointment.id);
    if (active >= this.settings.maxActivePerEmail) return "limit-reached";
    const saved = await saveHoldContact(db, this.tenantId, appointment.id, contact, now);
    return saved ? "saved" : "expired";
  }

  /**
   * Turns a held appointment with contact into a booked one and mails the confirmation.
   * @returns the manage token, or undefined when the hold ran out
   */
  async confirm(appointment: AppointmentView, now: Date): Promise<string | undefined> {
    const manageToken = newToken();
    const confirmed = await confirmHold(this.deps.database.db, this.tenantId, {
      id: appointment.id,
      now,
      manageTokenHash: hashToken(manageToken),
      reminderDueAt: reminderDueAt(appointment.startsAt, now, this.settings.reminderHours),
    });
    if (!confirmed) return undefined;
    await this.sendConfirmation({ ...appointment, status: "confirmed" }, manageToken);
    return manageToken;
  }

  /**
   * Cancels a booked appointment; its time becomes bookable again after the release delay.
   * The mail carries a calendar cancellation of the appointment's entry.
   * @returns false when the appointment was not booked (any more)
   */
  async cancel(appointment: AppointmentView, now: Date): Promise<boolean> {
    const calendarSequence = await cancelConfirmed(this.deps.database.db, this.tenantId, {
      id: appointment.id,
      now,
      releaseAt: this.releaseAt(now),
    });
    if (calendarSequence === undefined) return false;
    await sendCancelledMail(this.changeMails, {
      ...appointment,
      status: "cancelled",
      calendarSequence,
    });
    return true;
  }

  /**
   * Stores what a resident entered on a hold that ran out, for the new time they choose next.
   * @returns false when the appointment is no longer a lapsed hold
   */
  keepLapsedContact(appointment: AppointmentView, contact: ContactInput, now: Date): Promise<boolean> {
    return keepContactOfLapsedHold(this.deps.database.db, this.tenantId, appointment.id, contact, now);
  }

  /**
   * Holds a new time for the services and place of a hold that ran out, carrying over what the
   * resident entered there (contact and needs) and the case it was for.
   * @throws AppError slot-taken when the time does not fit the plan
   */
  async holdAgain(
    lapsed: AppointmentView,
    target: { start: string; counter: string; durationMinutes: number },
    clientHash: string | null,
    now: Date,
  ): Promise<HoldResult> {
    const result = await this.hold({
      ...target,
      services: lapsed.services,
      location: lapsed.location,
      locale: lapsed.locale,
      clientHash,
      now,
    });
    if (result.ok) await copyContactToHold(this.deps.database.db, this.tenantId, lapsed.id, result.id);
    return result;
  }

  /** The appointment as a calendar file (for the download on the confirmation and manage pages). */
  async calendarFile(appointment: AppointmentView, manageToken?: string): Promise<CalendarFile> {
    return appointmentCalendarFile(appointment, await this.deps.describe(appointment), {
      timeZone: await this.deps.booking.timeZone(),
      manageUrl: manageToken ? this.manageUrl(appointment.locale, manageToken) : undefined,
    });
  }

  /**
   * Moves a booked appointment to another time at the same place in one transaction: the new
   * units are taken first, then the old appointment is cancelled (released after the delay)
   * and the manage link moves to the new one. The resident gets a "moved" mail whose calendar
   * entry replaces the old one.
   * @throws AppError slot-taken when the time does not fit the plan; appointment-changed when
   *   the appointment was moved or cancelled since it was read (nothing is changed then)
   */
  async reschedule(
    appointment: AppointmentView,
    manageToken: string,
    target: { start: string; counter: string; durationMinutes: number },
    now: Date,
  ): Promise<"moved" | "slot-taken"> {
    const units: UnitWithCapacity[] = await this.deps.booking.unitsOf({
      location: appointment.location,
      counter: target.counter,
      start: target.start,
      durationMinutes: target.durationMinutes,
      channel: "public",
    });
    await this.deps.database.db.transaction().execute((trx) => releaseDue(trx, this.tenantId, now));
    const moved = await this.deps.database.db.transaction().execute(async (trx) => {
      await ensureUnits(trx, this.tenantId, units);
      if (!(await takeUnits(trx, this.tenantId, units))) return undefined;
      const startsAt = new Date(target.start);
      const movedId = await moveConfirmed(trx, this.tenantId, {
        fromId: appointment.id,
        now,
        releaseAt: this.releaseAt(now),
        to: {
          ...appointment,
          counter: target.counter,
          startsAt,
          endsAt: new Date(startsAt.getTime() + target.durationMinutes * 60_000),
          manageTokenHash: hashToken(manageToken),
          reminderDueAt: reminderDueAt(startsAt, now, this.settings.reminderHours),
        },
      });
      // Thrown inside the transaction, so the units taken above are given back with it.
      if (movedId === undefined) throw new AppError("appointment-changed");
      await insertAppointmentUnits(trx, this.tenantId, movedId, units);
      return movedId;
    });
    if (moved === undefined) return "slot-taken";
    const fresh = await this.byManageToken(manageToken);
    if (fresh) await sendMovedMail(this.changeMails, appointment, fresh, manageToken);
    return "moved";
  }

  /** When the units of an appointment cancelled now become bookable again. */
  private releaseAt(now: Date): Date {
    return new Date(now.getTime() + this.settings.releaseDelayMinutes * 60_000);
  }

  manageUrl(locale: "de" | "en", token: string): string {
    return `${this.deps.publicUrl}${locale === "en" ? "/en" : ""}/termin/verwalten/${token}`;
  }

  /** Mails the confirmation with the manage link and a calendar entry, in the appointment's language. */
  async sendConfirmation(appointment: AppointmentView, manageToken: string): Promise<void> {
    const m = this.deps.messages(appointment.locale);
    const words = await this.deps.describe(appointment);
    const manageUrl = this.manageUrl(appointment.locale, manageToken);
    const ics = appointmentIcs({
      uid: `${appointment.code}@stadtbuero`,
      start: appointment.startsAt.toISOString(),
      end: appointment.endsAt.toISOString(),
      summary: `${words.services} (${appointment.code})`,
      description: `${words.services}\n${manageUrl}`,
      location: words.place,
      timeZone: await this.deps.booking.timeZone(),
      url: manageUrl,
      sequence: appointment.calendarSequence,
    });
    await this.deps.mailer.send({
      to: appointment.email ?? "",
      subject: m.mail.confirmSubject(appointment.code),
      text: m.mail.confirmBody({ name: appointment.name ?? "", ...words, code: appointment.code, manageUrl }),
      attachments: [
        {
          filename: `termin-${appointment.code}.ics`,
          content: ics,
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        },
      ],
    });
  }
}
