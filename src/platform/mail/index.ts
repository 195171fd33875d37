/**
 * Outgoing mail: SMTP through nodemailer, or (by default, when SMTP_URL is unset) an outbox
 * folder shown at `/dev/outbox` outside production; iCalendar files and feeds.
 */
export { devOutboxPlugin, mailPlugin } from "./dev-outbox";
export {
  type AppointmentIcsInput,
  appointmentIcs,
  type CalendarEvent,
  type CalendarPerson,
  calendarFeed,
} from "./ics";
export { createMailer, type MailConfig, MailError, type Mailer, type MailMessage } from "./mailer";
export {
  isOutboxId,
  listOutbox,
  type OutboxEntry,
  type OutboxMessage,
  readOutboxMessage,
  readOutboxRaw,
} from "./outbox";
