import { z } from "zod";
import { isCleanLine } from "../../../domain/text";
import { WEEKDAYS, type Weekday } from "../../../domain/weekday";
import type { Slot } from "./slots";

export const DAY_PARTS = ["morning", "afternoon"] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** A weekday and part of the day a resident can come, e.g. Tuesday mornings. */
export const WishWindow = z.object({
  weekday: z.enum(WEEKDAYS, { error: "windowsRequired" }),
  part: z.enum(DAY_PARTS, { error: "windowsRequired" }),
});
export type WishWindow = z.infer<typeof WishWindow>;

export type WishProblem =
  | "placesRequired"
  | "placesInvalid"
  | "windowsRequired"
  | "nameRequired"
  | "emailInvalid"
  | "invalidCharacters";
export type WishField = "places" | "windows" | "name" | "email";

const many = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The waitlist form: where, when, who; `places` are the places the form offered. */
const wishSchema = (places: ReadonlySet<string>) =>
  z.object({
    places: z.preprocess(
      many,
      z
        .array(z.string().refine((k) => places.has(k), { error: "placesInvalid" }))
        .min(1, { error: "placesRequired" })
        .max(10, { error: "placesInvalid" })
        .transform((keys) => [...new Set(keys)]),
    ),
    windows: z.preprocess(
      (v) =>
        many(v).map((w) => {
          const [weekday, part] = String(w).split("-");
          return { weekday, part };
        }),
      z.array(WishWindow, { error: "windowsRequired" }).min(1, { error: "windowsRequired" }).max(14),
    ),
    name: z
      .string({ error: "nameRequired" })
      .trim()
      .min(2, { error: "nameRequired" })
      .max(200, { error: "nameRequired" })
      .refine(isCleanLine, { error: "invalidCharacters" }),
    email: z
      .string({ error: "emailInvalid" })
      .trim()
      .pipe(z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" })),
  });
export type WishInput = z.infer<ReturnType<typeof wishSchema>>;

/** Validates the waitlist form; places must be among `options.placeKeys`. One problem per field. */
export function parseWish(
  form: Record<string, unknown>,
  options: { placeKeys: ReadonlySet<string> },
): { ok: true; value: WishInput } | { ok: false; problems: { field: WishField; problem: WishProblem }[] } {
  const result = wishSchema(options.placeKeys).safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const problems: { field: WishField; problem: WishProblem }[] = [];
  for (const field of ["places", "windows", "name", "email"] as const) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, problem: issue.message as WishProblem });
  }
  return { ok: false, problems };
}

const WEEKDAY_OF_ISO: Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/** Whether a free slot suits a wish: one of its places, on one of its weekdays and day parts. */
export function slotMatchesWish(slot: Slot, wish: { locations: string[]; windows: WishWindow[] }): boolean {
  if (!wish.locations.includes(slot.location)) return false;
  const isoDay = new Date(`${slot.date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const weekday = WEEKDAY_OF_ISO[(isoDay + 6) % 7];
  const part: DayPart = slot.civilStart < "12:00" ? "morning" : "afternoon";
  return wish.windows.some((w) => w.weekday === weekday && w.part === part);
}

/**
 * An offer ends this long before the offered time starts, so the resident can still get
 * there and a declined or lapsed offer can still pass to the next wish.
 */
export const OFFER_LEAD_MINUTES = 60;
/** An offer open for less than this is not made: nobody can answer it in time. */
export const OFFER_MIN_MINUTES = 30;

/**
 * Until when an offer of the time starting at `slotStart` holds: the offer period, but never
 * later than `OFFER_LEAD_MINUTES` before the time starts.
 * @returns the deadline, or undefined when it would leave less than `OFFER_MIN_MINUTES`
 */
export function offerDeadline(now: Date, slotStart: Date, offerHours: number): Date | undefined {
  const deadline = Math.min(
    now.getTime() + offerHours * 3_600_000,
    slotStart.getTime() - OFFER_LEAD_MINUTES * 60_000,
  );
  return deadline - now.getTime() >= OFFER_MIN_MINUTES * 60_000 ? new Date(deadline) : undefined;
}

/** Where a wish stands. Only `waiting` wishes receive offers; `unconfirmed` ones await the mailed link. */
export const WISH_STATUSES = ["unconfirmed", "waiting", "offered", "booked", "lapsed", "withdrawn"] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];
/** The wishes that count against the limit per address: confirmed or awaiting confirmation. */
export const ACTIVE_WISH_STATUSES = ["unconfirmed", "waiting", "offered"] as const satisfies WishStatus[];

/**
 * A wish must be confirmed from the link in its mail within this time; otherwise it is
 * deleted (by the waitlist job), so an address nobody reads holds nothing.
 */
export const CONFIRM_WISH_HOURS = 48;

/** Until when a wish made at `createdAt` can be confirmed. */
export function confirmDeadline(createdAt: Date): Date {
  return new Date(createdAt.getTime() + CONFIRM_WISH_HOURS * 3_600_000);
}

/** Whether an unconfirmed wish can still be confirmed at `now`. */
export function canConfirm(wish: { status: WishStatus; createdAt: Date }, now: Date): boolean {
  return wish.status === "unconfirmed" && now < confirmDeadline(wish.createdAt);
}

/** An address whose offers ran out this many times (within the lapse period) gets no more offers. */
export const MAX_LAPSES_PER_EMAIL = 2;

/** Lapses at or after this instant still count against an address (`lapseDays` back from `now`). */
export function lapsesCountSince(now: Date, lapseDays: number): Date {
  return new Date(now.getTime() - lapseDays * 86_400_000);
}
