import type { CalendarPerson, Mailer } from "../../platform/mail";
import { appointmentCalendarFile } from "./appointment-calendar";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentWords } from "./appointment-service";
import type { BookingMessages } from "./messages/de";

export interface ChangeMailDeps {
  mailer: Mailer;
  messages: (locale: "de" | "en") => BookingMessages;
  describe: (a: AppointmentView) => Promise<AppointmentWords>;
  timeZone: () => Promise<string>;
  /** the sender of the platform's mails, named as organizer of calendar cancellations */
  organizer: CalendarPerson;
  manageUrl: (locale: "de" | "en", token: string) => string;
}

/**
 * "Termin verschoben": the old and the new time in words, and the new time as a calendar
 * entry of the same UID with a higher SEQUENCE, which replaces the old entry.
 */
export async function sendMovedMail(
  deps: ChangeMailDeps,
  before: AppointmentView,
  after: AppointmentView,
  manageToken: string,
): Promise<void> {
  const m = deps.messages(after.locale);
  const [old, now] = await Promise.all([deps.describe(before), deps.describe(after)]);
  const manageUrl = deps.manageUrl(after.locale, manageToken);
  await deps.mailer.send({
    to: after.email ?? "",
    subject: m.mail.movedSubject(after.code),
    text: m.mail.movedBody({
      name: after.name ?? "",
      oldWhen: old.when,
      ...now,
      code: after.code,
      manageUrl,
    }),
    attachments: [appointmentCalendarFile(after, now, { timeZone: await deps.timeZone(), manageUrl })],
  });
}

/** The cancellation, with a calendar cancellation (METHOD:CANCEL) of the appointment's entry. */
export async function sendCancelledMail(deps: ChangeMailDeps, a: AppointmentView): Promise<void> {
  const m = deps.messages(a.locale);
  const words = await deps.describe(a);
  await deps.mailer.send({
    to: a.email ?? "",
    subject: m.mail.cancelSubject(a.code),
    text: m.mail.cancelBody({ name: a.name ?? "", when: words.when }),
    attachments: [
      appointmentCalendarFile(a, words, { timeZone: await deps.timeZone(), cancelledBy: deps.organizer }),
    ],
  });
}
