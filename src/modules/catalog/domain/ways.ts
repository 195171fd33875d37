import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";

/**
 * The facts about how a service can be done: one fact per way. Every sentence a page says
 * about online, appointments, the mobile Stadtbüro, help points, the terminal, coming in
 * person, representatives and letters is derived from these (`service-ways.ts`), so no
 * page can say one thing and its opposite.
 */

/** Whether the service can be applied for online, and where. */
export const OnlineWay = z.discriminatedUnion("kind", [
  /** available now at another authority's portal (e.g. the Federal Office of Justice) */
  z.strictObject({
    kind: z.literal("external"),
    url: z.url({ protocol: /^https$/ }),
    provider: LocalizedText,
  }),
  /**
   * possible in principle, but this platform has no online application for it yet (they
   * come later); pages say so plainly and link nowhere
   */
  z.strictObject({ kind: z.literal("not-yet") }),
  /** not possible at all; the reason may be left out only when presence is required (then it is the reason) */
  z.strictObject({ kind: z.literal("not-possible"), reason: LocalizedText.optional() }),
]);
export type OnlineWay = z.infer<typeof OnlineWay>;

/**
 * Whether the resident must come in person when the service is done at an office. Only
 * without that duty can someone else come or a letter do.
 */
export const PersonalAppearance = z.discriminatedUnion("required", [
  /** e.g. fingerprints are taken, a signature is certified; `reason` says why, plainly */
  z.strictObject({ required: z.literal(true), reason: LocalizedText }),
  z.strictObject({
    required: z.literal(false),
    /** someone with the resident's written authorisation may do it */
    proxy: z.boolean(),
    /** the application may be sent in writing (by post) */
    inWriting: z.boolean(),
  }),
]);
export type PersonalAppearance = z.infer<typeof PersonalAppearance>;

/**
 * The ways of a service. There is deliberately no per-service terminal flag: the foyer
 * terminal is this platform's online service in kiosk mode, so whether a service can be
 * done there follows from `online` and from whether the city runs terminals at all.
 * Strict objects: a leftover claim (a `terminal` flag, a free-text `note`) is refused,
 * not silently dropped.
 */
export const Channels = z.strictObject({
  online: OnlineWay,
  /** an appointment can be booked here at the Stadtbüro (or the responsible office in its building) */
  stadtbuero: z.boolean(),
  /** an appointment can be booked here at a stop of the mobile Stadtbüro */
  mobile: z.boolean(),
  /** the city's help points assist with this service's online application, once there is one */
  helpPoint: z.boolean(),
});
export type Channels = z.infer<typeof Channels>;

/** The parts of a service the rules below look at. */
export interface ServiceFacts {
  status: "offered" | "discontinued";
  channels: Channels;
  personalAppearance: PersonalAppearance;
}

/** One fact that contradicts another, with the path of the field to correct. */
export interface FactProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The facts of a service that would make its page contradict itself. Empty when the facts
 * agree; the catalogue schema refuses a service with any problem.
 */
export function contradictionsOf(s: ServiceFacts): FactProblem[] {
  const problems: FactProblem[] = [];
  const { online, helpPoint, stadtbuero, mobile } = s.channels;
  if (online.kind === "not-possible" && !online.reason && !s.personalAppearance.required)
    problems.push({
      path: ["channels", "online", "reason"],
      message: "say why it is not possible online (or require personal appearance, whose reason then counts)",
    });
  if (helpPoint && online.kind === "not-possible")
    problems.push({
      path: ["channels", "helpPoint"],
      message: "help points assist with online applications, but this service cannot be done online",
    });
  if (s.status === "discontinued") {
    if (stadtbuero || mobile)
      problems.push({
        path: ["channels", stadtbuero ? "stadtbuero" : "mobile"],
        message: "a discontinued service cannot be booked",
      });
    if (helpPoint)
      problems.push({ path: ["channels", "helpPoint"], message: "a discontinued service has no help" });
    if (online.kind === "external")
      problems.push({
        path: ["channels", "online"],
        message: "a discontinued service cannot be applied for online",
      });
  }
  return problems;
}
