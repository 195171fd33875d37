import type { LocalizedText } from "../../../domain/locale";
import type { Service } from "./service";

/** What the city runs, as far as the ways of its services depend on it. */
export interface CityWays {
  /** whether the city has self-service terminals in a foyer (Marburg: not yet) */
  selfServiceTerminals: boolean;
  /** the services this platform has an online form for (the applications module's forms) */
  platformForms: ReadonlySet<string>;
}

/** `provider` null: this platform's own form, `url` its path below the locale prefix. */
export type OnlineStatus =
  | { status: "available"; url: string; provider: LocalizedText | null }
  | { status: "not-yet" }
  | { status: "not-possible"; reason: LocalizedText };

/**
 * At an office (the responsible one, else the Stadtbüro): an appointment to book here, the
 * responsible office to contact directly, or neither.
 */
export type OfficeStatus = { status: "appointment" | "contact-office" | "not-offered" };

export type HelpPointStatus = { status: "available" | "not-yet" | "not-offered" };

/** The terminal is never "available": this platform has no kiosk mode or online form yet. */
export type TerminalStatus = { status: "none-in-city" | "not-yet" | "not-possible" };

/** `onlineInstead`: the provider where it can be done online without a visit, if any. */
export type PresenceStatus =
  | { required: true; reason: LocalizedText; onlineInstead: LocalizedText | null }
  | { required: false; proxy: boolean; inWriting: boolean; onlineInstead: LocalizedText | null };

/** The first thing to do, in the order the page offers them. */
export type StartStep =
  | { kind: "apply-online"; url: string; provider: LocalizedText | null }
  | { kind: "book"; stadtbuero: boolean; mobile: boolean }
  | { kind: "contact-office" }
  | { kind: "in-writing" }
  | { kind: "ask-stadtbuero" };

export interface OfferedWays {
  discontinued: false;
  online: OnlineStatus;
  office: OfficeStatus;
  mobile: { status: "appointment" | "not-offered" };
  helpPoint: HelpPointStatus;
  terminal: TerminalStatus;
  presence: PresenceStatus;
  /** never empty: when no way exists here, the resident is told to ask at the Stadtbüro */
  start: StartStep[];
  /** what happens afterwards; never empty (the catalogue schema requires it) */
  after: LocalizedText[];
}

/** A discontinued service has no ways; its page says what to do instead. */
export interface DiscontinuedWays {
  discontinued: true;
  after: LocalizedText[];
}

export type ServiceWays = OfferedWays | DiscontinuedWays;

/**
 * Everything a page may say about how a service is done, derived from the service's facts
 * and the city's: each way gets exactly one status, so no page can call a way possible and
 * impossible at once, and nothing the city does not have (a terminal, an online form of
 * this platform) is ever claimed. Expects a service the catalogue schema accepted.
 * @throws Error when online is "not-possible" without any reason (the schema refuses that)
 */
export function serviceWays(service: Service, city: CityWays): ServiceWays {
  if (service.status === "discontinued") return { discontinued: true, after: service.nextSteps };
  const { channels, personalAppearance: presence, responsibleLocation } = service;
  const online = onlineStatus(service, city.platformForms);
  const office: OfficeStatus = {
    status: channels.stadtbuero ? "appointment" : responsibleLocation ? "contact-office" : "not-offered",
  };
  const helpPoint: HelpPointStatus = {
    status: !channels.helpPoint ? "not-offered" : online.status === "available" ? "available" : "not-yet",
  };
  const terminal: TerminalStatus = {
    status:
      online.status === "not-possible"
        ? "not-possible"
        : city.selfServiceTerminals
          ? "not-yet"
          : "none-in-city",
  };
  const onlineInstead = online.status === "available" ? online.provider : null;
  const presenceStatus: PresenceStatus = presence.required
    ? { required: true, reason: presence.reason, onlineInstead }
    : { required: false, proxy: presence.proxy, inWriting: presence.inWriting, onlineInstead };

  const start: StartStep[] = [];
  if (online.status === "available")
    start.push({ kind: "apply-online", url: online.url, provider: online.provider });
  if (channels.stadtbuero || channels.mobile)
    start.push({ kind: "book", stadtbuero: channels.stadtbuero, mobile: channels.mobile });
  if (office.status === "contact-office") start.push({ kind: "contact-office" });
  if (!presence.required && presence.inWriting) start.push({ kind: "in-writing" });
  if (start.length === 0) start.push({ kind: "ask-stadtbuero" });

  return {
    discontinued: false,
    online,
    office,
    mobile: { status: channels.mobile ? "appointment" : "not-offered" },
    helpPoint,
    terminal,
    presence: presenceStatus,
    start,
    after: service.nextSteps,
  };
}

/**
 * How a service can be done online: this platform's own form when it has one (it then wins over
 * another provider's), else the catalogue's entry.
 */
export function onlineStatus(service: Service, platformForms: ReadonlySet<string>): OnlineStatus {
  if (platformForms.has(service.key))
    return { status: "available", url: `/antrag/${service.key}`, provider: null };
  const { online } = service.channels;
  switch (online.kind) {
    case "external":
      return { status: "available", url: online.url, provider: online.provider };
    case "not-yet":
      return { status: "not-yet" };
    case "not-possible": {
      const reason =
        online.reason ??
        (service.personalAppearance.required ? service.personalAppearance.reason : undefined);
      // the catalogue schema refuses not-possible without any reason; this only guards the type
      if (!reason) throw new Error(`service "${service.key}": online not possible without a reason`);
      return { status: "not-possible", reason };
    }
  }
}
