import type { Transaction } from "kysely";
import type { LocalizedText } from "../../domain/locale";
import type { Actor } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { bumpCatalogRevision } from "../../platform/db/revision-cache";
import type { DB } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import type { CalendarPerson, Mailer } from "../../platform/mail";
import { appointmentCalendarFile } from "./appointment-calendar";
import { cancelAppointmentsBetween } from "./appointment-change-queries";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentWords } from "./appointment-service";
import type { BookingMessages } from "./messages/de";
import { addClosure } from "./plan-queries";
import type { BookingService } from "./service";

/** Who cancels: a staff member, or the command line (no account). */
export type CancellingActor = Actor | { staffId: null; username: string | null; ip: string | null };

/** A visit of a mobile stop being cancelled: the stop, the day, its time span, why, when and by whom. */
export interface CancelledVisit {
  location: string;
  date: string;
  /** the start of the day's first session and the end of its last */
  from: Date;
  to: Date;
  reason: LocalizedText;
  now: Date;
  actor: CancellingActor;
}

/**
 * Another module's part in cancelling a visit (visit requests scheduled into it). It runs
 * inside the cancellation's transaction, so the visit is cancelled with its part or not at
 * all, and returns what to do once that is committed (its mails).
 */
export type VisitCancellationParticipant = (
  trx: Transaction<DB>,
  visit: CancelledVisit,
) => Promise<() => Promise<void>>;

export interface CancelVisitDeps {
  database: Database;
  booking: BookingService;
  mailer: Mailer;
  messages: (locale: "de" | "en") => BookingMessages;
  describe: (a: AppointmentView) => Promise<AppointmentWords>;
  /** "Dienstag, 8. Dezember 2026, 09:15 bis 09:30 Uhr" for a free slot */
  slotWords: (locale: "de" | "en", location: string, start: string, end: string) => Promise<string>;
  bookUrl: (locale: "de" | "en") => string;
  /** other places worth offering, nearest first (mobile stops, then the Stadtbüro) */
  alternativePlaces: (location: string) => Promise<string[]>;
  /** the other modules' parts, in the order they joined */
  participants: readonly VisitCancellationParticipant[];
  /** the sender of the platform's mails, named as organizer of calendar cancellations */
  organizer: CalendarPerson;
}

/**
 * Cancels one day of a mobile stop: records a closure (so no one can book it again), cancels
 * every appointment of that day at once (their capacity is gone with the visit), lets the
 * participants (visit requests) do their part in the same transaction, and writes to each
 * resident with the nearest free alternatives.
 * @throws AppError not-found when the stop has no visit that day
 * @returns the codes of the cancelled appointments
 */
export async function cancelVisit(
  deps: CancelVisitDeps,
  input: { location: string; date: string; reason: LocalizedText; now: Date; actor?: CancellingActor },
): Promise<string[]> {
  const { booking, database } = deps;
  const sessions = await booking.sessions({ location: input.location, from: input.date, to: input.date });
  if (sessions.length === 0) throw new AppError("not-found", { location: input.location, date: input.date });
  const from = new Date(Math.min(...sessions.map((s) => new Date(s.start).getTime())));
  const to = new Date(Math.max(...sessions.map((s) => new Date(s.end).getTime())));

  const visit: CancelledVisit = {
    ...input,
    from,
    to,
    actor: input.actor ?? { staffId: null, username: null, ip: null },
  };
  const afterCommit: (() => Promise<void>)[] = [];
  const affected = await database.db.transaction().execute(async (trx) => {
    await addClosure(
      trx,
      booking.tenantId,
      { location: input.location, from: input.date, to: input.date, reason: input.reason },
      input.now,
    );
    await bumpCatalogRevision(trx, booking.tenantId);
    for (const participate of deps.participants) afterCommit.push(await participate(trx, visit));
    return cancelAppointmentsBetween(trx, booking.tenantId, {
      location: input.location,
      from,
      to,
      now: input.now,
    });
  });

  booking.reload();
  for (const then of afterCommit) await then();
  for (const a of affected) {
    if (!a.email) continue;
    const view: AppointmentView = {
      id: a.id,
      code: a.code,
      status: "cancelled",
      channel: a.channel,
      location: input.location,
      counter: a.counter_key,
      startsAt: new Date(a.starts_at),
      endsAt: new Date(a.ends_at),
      services: a.services as string[],
      holdExpiresAt: null,
      name: a.name,
      email: a.email,
      phone: null,
      needs: null,
      locale: a.locale,
      calendarSequence: a.calendar_sequence,
    };
    const alternatives = await nearestAlternatives(deps, view, input.now);
    const words = await deps.describe(view);
    const m = deps.messages(a.locale);
    await deps.mailer.send({
      to: a.email,
      subject: m.mail.visitCancelledSubject(a.code),
      text: m.mail.visitCancelledBody({
        name: a.name ?? "",
        when: words.when,
        place: words.place,
        reason: input.reason[a.locale],
        alternatives,
        bookUrl: deps.bookUrl(a.locale),
      }),
      // a held time never reached a calendar; a booked one is taken out of it
      attachments:
        a.confirmed_at !== null
          ? [
              appointmentCalendarFile(view, words, {
                timeZone: await booking.timeZone(),
                cancelledBy: deps.organizer,
              }),
            ]
          : [],
    });
  }
  return affected.map((a) => a.code);
}

/** The next free times at the same stop, then the first ones at the nearest other places. */
async function nearestAlternatives(deps: CancelVisitDeps, a: AppointmentView, now: Date): Promise<string[]> {
  const duration = Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
  const places = [a.location, ...(await deps.alternativePlaces(a.location))];
  const lines: string[] = [];
  for (const [i, location] of places.entries()) {
    const slots = await deps.booking.freeSlots({
      location,
      services: a.services,
      durationMinutes: duration,
      now,
      channel: "public",
    });
    for (const s of slots.slice(0, i === 0 ? 3 : 1))
      lines.push(await deps.slotWords(a.locale, location, s.start, s.end));
    if (lines.length >= 6) break;
  }
  return lines;
}
