import { appointmentIcs, type CalendarPerson } from "../../platform/mail";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentWords } from "./appointment-service";

/**
 * The calendar entry of an appointment, for mails about changes and for the download.
 * One appointment keeps one UID from booking to cancellation (a move keeps the booking code),
 * and each change raises its SEQUENCE (`calendarSequence`), so a calendar app replaces the
 * entry it holds instead of adding a second one.
 */

/** The UID of an appointment's calendar entry: its booking code, which a move keeps. */
export function calendarUid(code: string): string {
  return `${code}@stadtbuero`;
}

export interface CalendarFile {
  filename: string;
  content: string;
  contentType: string;
}

/**
 * The appointment as it stands (METHOD:PUBLISH), or its cancellation (METHOD:CANCEL, with the
 * city as organizer and the resident as attendee, as RFC 5546 asks).
 */
export function appointmentCalendarFile(
  a: AppointmentView,
  words: AppointmentWords,
  options: { timeZone: string; manageUrl?: string; cancelledBy?: CalendarPerson },
): CalendarFile {
  const cancel = options.cancelledBy;
  const content = appointmentIcs({
    uid: calendarUid(a.code),
    start: a.startsAt.toISOString(),
    end: a.endsAt.toISOString(),
    summary: `${words.services} (${a.code})`,
    description: options.manageUrl ? `${words.services}\n${options.manageUrl}` : words.services,
    location: words.place,
    timeZone: options.timeZone,
    url: options.manageUrl,
    sequence: a.calendarSequence,
    ...(cancel && {
      method: "CANCEL" as const,
      organizer: cancel,
      attendee: a.email ? { name: a.name ?? a.email, email: a.email } : undefined,
    }),
  });
  return {
    filename: `termin-${a.code}.ics`,
    content,
    contentType: `text/calendar; charset=utf-8; method=${cancel ? "CANCEL" : "PUBLISH"}`,
  };
}

/**
 * The organizer of cancellations: the sender of the platform's mails (`MAIL_FROM`), e.g.
 * "Stadtbüro <noreply@stadt.example>" or a bare address.
 */
export function organizerOf(mailFrom: string): CalendarPerson {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+)>\s*$/.exec(mailFrom);
  if (named) return { name: named[1] || (named[2] as string), email: named[2] as string };
  return { name: mailFrom.trim(), email: mailFrom.trim() };
}
