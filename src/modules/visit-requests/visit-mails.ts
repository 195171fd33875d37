import { Temporal } from "temporal-polyfill";
import type { Locale, LocalizedText } from "../../domain/locale";
import { messagesFor } from "../../platform/i18n/i18n";
import type { Mailer } from "../../platform/mail";
import { formatPlace, type LocationService } from "../locations";
import { type CallBack, VISIT_MAIL_MESSAGES, type VisitPlace } from "./desk-messages";
import type { Schedule } from "./domain/scheduling";

/** What the mails take from the tenant: the number residents call, and the city's name. */
export interface TenantContact {
  phone: CallBack;
  /** the town of a private address ("Marburg"): requests hold street and postal code only */
  town: string;
  /** the tenant's short name, for the signature ("Stadtbüro Marburg") */
  tenantName: string;
}

export interface VisitMailDeps {
  mailer: Mailer;
  locations: Pick<LocationService, "directory">;
  timeZone: () => Promise<string>;
  contact: () => Promise<TenantContact>;
}

/** The request as the mails need it: its language, where it is, and where to write. */
export interface MailedRequest {
  code: string;
  locale: Locale;
  email: string | null;
  placeKind: "care-home" | "private";
  careHomeName: string | null;
  street: string | null;
  postalCode: string | null;
}

const HEADERS = (locale: Locale) => ({ "Content-Language": locale, "Auto-Submitted": "auto-generated" });

/**
 * The mails a resident gets about a handled request, in the request's language: when, where
 * (a stop with its address, or their own place, named) and the number to call to change it.
 */
export class VisitMails {
  constructor(private readonly deps: VisitMailDeps) {}

  /** Confirms a scheduled (or rescheduled) visit. */
  async scheduled(request: MailedRequest, schedule: Schedule, rescheduled: boolean): Promise<void> {
    const { locale } = request;
    const [timeZone, contact] = await Promise.all([this.deps.timeZone(), this.deps.contact()]);
    const place: VisitPlace =
      schedule.kind === "mobile-visit"
        ? { kind: "stop", line: await this.stopLine(schedule.location, locale) }
        : request.placeKind === "care-home"
          ? { kind: "care-home", name: request.careHomeName ?? "" }
          : { kind: "home", address: `${request.street ?? ""}, ${request.postalCode ?? ""} ${contact.town}` };
    const t = VISIT_MAIL_MESSAGES[locale].scheduled;
    await this.deps.mailer.send({
      to: request.email ?? "",
      subject: t.subject(request.code),
      text: t.text({
        code: request.code,
        rescheduled,
        date: longDate(locale, schedule.date),
        from: civilTime(schedule.at, timeZone),
        until: civilTime(schedule.end, timeZone),
        place,
        phone: contact.phone,
        siteName: messagesFor(locale).layout.siteName(contact.tenantName),
      }),
      headers: HEADERS(locale),
    });
  }

  /** Tells the resident that the visit their request was scheduled into is cancelled, and why. */
  async reopened(
    request: MailedRequest,
    visit: { stop: string; at: string; until: string | null; reason: LocalizedText },
  ): Promise<void> {
    const { locale } = request;
    const [timeZone, contact] = await Promise.all([this.deps.timeZone(), this.deps.contact()]);
    const date = Temporal.Instant.from(visit.at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
    const t = VISIT_MAIL_MESSAGES[locale].reopened;
    await this.deps.mailer.send({
      to: request.email ?? "",
      subject: t.subject(request.code),
      text: t.text({
        code: request.code,
        date: longDate(locale, date),
        from: civilTime(visit.at, timeZone),
        until: visit.until ? civilTime(visit.until, timeZone) : undefined,
        place: await this.stopLine(visit.stop, locale),
        reason: visit.reason[locale],
        phone: contact.phone,
        siteName: messagesFor(locale).layout.siteName(contact.tenantName),
      }),
      headers: HEADERS(locale),
    });
  }

  /** "Mobiles Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg" */
  private async stopLine(key: string, locale: Locale): Promise<string> {
    const stop = (await this.deps.locations.directory()).byKey.get(key);
    return stop ? formatPlace(stop, locale) : key;
  }
}

/** "09:00" of an instant in `timeZone`. */
export const civilTime = (instant: string, timeZone: string) =>
  Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toPlainTime()
    .toString({ smallestUnit: "minute" });

const longDates: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { dateStyle: "full", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }),
};
/** "Dienstag, 24. November 2026" of a civil date. */
export function longDate(locale: Locale, date: string): string {
  return longDates[locale].format(new Date(`${date}T00:00:00Z`));
}
