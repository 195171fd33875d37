import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { z } from "zod";

/**
 * iCalendar (RFC 5545) for appointments and the mobile Stadtbüro's stops.
 *
 * Times: DTSTART and DTEND are written in UTC (`…Z`). An appointment is an instant, and a
 * UTC time means the same instant in every calendar app, across daylight saving time and
 * for a reader in another zone, with no VTIMEZONE to get wrong (ical-generator does not
 * write one by itself, and a TZID without its VTIMEZONE is invalid). The app shows the
 * event in the reader's local time, which for residents is Europe/Berlin. `timeZone` is
 * named on the calendar as `X-WR-TIMEZONE` (the display zone of subscribed feeds).
 */

const Instant = z.iso.datetime({ offset: true });
const Email = z.email();

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** stable across updates and cancellation of the same appointment, e.g. `appointment-<id>@<host>` */
  uid: string;
  /** ISO instant with zone, e.g. `2025-07-01T08:30:00Z` or `2025-07-01T10:30:00+02:00` */
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
  /** IANA zone of the place, e.g. `Europe/Berlin` */
  timeZone: string;
  /** the appointment's page (manage, cancel) */
  url?: string;
  /** raise with every change of an appointment that was already sent (RFC 5546); default 0 */
  sequence?: number;
}

export interface AppointmentIcsInput extends CalendarEvent {
  /**
   * PUBLISH (default): "add to calendar". REQUEST and CANCEL are iTIP scheduling messages
   * (RFC 5546) and need an `organizer`; a CANCEL must use the same uid and a higher sequence.
   */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
}

const PROD_ID = { company: "Stadtbuero", product: "Termine", language: "DE" };

function instant(value: string, field: string): Date {
  if (!Instant.safeParse(value).success) throw new RangeError(`${field} is not an ISO instant: ${value}`);
  return new Date(value);
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("de-DE", { timeZone });
  } catch {
    throw new RangeError(`unknown time zone: ${timeZone}`);
  }
}

function addEvent(calendar: ICalCalendar, e: CalendarEvent, status: ICalEventStatus) {
  const start = instant(e.start, "start");
  const end = instant(e.end, "end");
  if (end <= start) throw new RangeError("end must be after start");
  checkTimeZone(e.timeZone);
  return calendar.createEvent({
    id: e.uid,
    sequence: e.sequence ?? 0,
    start,
    end,
    summary: e.summary,
    description: e.description,
    location: e.location,
    url: e.url ?? null,
    status,
  });
}

/** One appointment as a calendar file (`text/calendar`), for a mail attachment or a download. */
export function appointmentIcs(input: AppointmentIcsInput): string {
  const method = input.method ?? "PUBLISH";
  if (method !== "PUBLISH" && !input.organizer) {
    throw new TypeError(`method ${method} needs an organizer (RFC 5546)`);
  }
  const calendar = ical({
    prodId: PROD_ID,
    method: ICalCalendarMethod[method],
    x: [{ key: "X-WR-TIMEZONE", value: input.timeZone }],
  });
  const event = addEvent(
    calendar,
    input,
    method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  );
  if (input.organizer) {
    event.organizer({ name: input.organizer.name, email: Email.parse(input.organizer.email) });
  }
  if (input.attendee) {
    event.createAttendee({
      name: input.attendee.name,
      email: Email.parse(input.attendee.email),
      rsvp: false,
    });
  }
  return calendar.toString();
}

/**
 * A subscribable calendar of several events (e.g. the stops of the mobile Stadtbüro at one
 * place), served as `text/calendar`. Calendar apps poll it; `refreshSeconds` suggests how
 * often (`REFRESH-INTERVAL`, `X-PUBLISHED-TTL`). An event that is dropped from the feed
 * disappears from subscribers' calendars; a cancelled one may be kept with `cancelled`.
 */
export function calendarFeed(
  name: string,
  events: (CalendarEvent & { cancelled?: boolean })[],
  options: { timeZone?: string; description?: string; refreshSeconds?: number } = {},
): string {
  const timeZone = options.timeZone ?? events[0]?.timeZone ?? "Europe/Berlin";
  checkTimeZone(timeZone);
  const calendar = ical({
    prodId: PROD_ID,
    method: ICalCalendarMethod.PUBLISH,
    name,
    description: options.description ?? null,
    ttl: options.refreshSeconds ?? 6 * 60 * 60,
    x: [{ key: "X-WR-TIMEZONE", value: timeZone }],
  });
  for (const e of events) {
    addEvent(calendar, e, e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED);
  }
  return calendar.toString();
}
