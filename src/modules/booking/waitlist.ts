import { z } from "zod";
import type { Database } from "../../platform/db/database";
import type { Mailer } from "../../platform/mail";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentService, AppointmentWords } from "./appointment-service";
import { offerDeadline, slotMatchesWish, type WishInput, WishWindow } from "./domain/wish";
import type { BookingMessages } from "./messages/de";
import { hashToken, newToken } from "./secrets";
import type { BookingService } from "./service";

export interface WaitlistDeps {
  database: Database;
  booking: BookingService;
  appointments: AppointmentService;
  mailer: Mailer;
  messages: (locale: "de" | "en") => BookingMessages;
  describe: (a: AppointmentView) => Promise<AppointmentWords>;
  /** e.g. "Dienstag, 8. Dezember 2026, 14:00 Uhr" */
  deadline: (locale: "de" | "en", at: Date) => Promise<string>;
  url: (locale: "de" | "en", path: string) => string;
  /** minutes a service takes, by key */
  durationOf: (services: string[]) => Promise<number>;
}

export const WishView = z.object({
  id: z.number(),
  status: z.enum(["waiting", "offered", "booked", "lapsed", "withdrawn"]),
  locale: z.enum(["de", "en"]),
  name: z.string(),
  email: z.string(),
  services: z.array(z.string()),
  locations: z.array(z.string()),
  windows: z.array(WishWindow),
  offerAppointmentId: z.number().nullable(),
  offerExpiresAt: z.date().nullable(),
});
export type WishView = z.infer<typeof WishView>;

const COLUMNS = [
  "id",
  "status",
  "locale",
  "name",
  "email",
  "services",
  "locations",
  "windows",
  "offer_appointment_id",
  "offer_expires_at",
] as const;
const toView = (r: Record<(typeof COLUMNS)[number], unknown>): WishView =>
  WishView.parse({
    ...r,
    offerAppointmentId: r.offer_appointment_id,
    offerExpiresAt: r.offer_expires_at ? new Date(r.offer_expires_at as string) : null,
  });

/** The waitlist: wishes, offers of freed slots in order of arrival, and their answers. */
export class Waitlist {
  constructor(private readonly deps: WaitlistDeps) {}

  private get tenantId() {
    return this.deps.booking.tenantId;
  }

  /** Records a wish and confirms it by mail; the returned token lets the resident withdraw it. */
  async add(input: WishInput & { services: string[]; locale: "de" | "en" }): Promise<string> {
    const manageToken = newToken();
    await this.deps.database.db
      .insertInto("waitlist_wishes")
      .values({
        tenant_id: this.tenantId,
        locale: input.locale,
        name: input.name,
        email: input.email,
        services: JSON.stringify(input.services),
        locations: JSON.stringify(input.places),
        windows: JSON.stringify(input.windows),
        manage_token_hash: hashToken(manageToken),
      })
      .execute();
    const m = this.deps.messages(input.locale).waitlist;
    await this.deps.mailer.send({
      to: input.email,
      subject: m.mailSubject,
      text: m.mailBody({
        name: input.name,
        manageUrl: this.deps.url(input.locale, `/termin/warteliste/${manageToken}`),
      }),
    });
    return manageToken;
  }

  async byToken(kind: "manage" | "offer", token: string): Promise<WishView | undefined> {
    const row = await this.deps.database.db
      .selectFrom("waitlist_wishes")
      .select(COLUMNS)
      .where("tenant_id", "=", this.tenantId)
      .where(kind === "manage" ? "manage_token_hash" : "offer_token_hash", "=", hashToken(token))
      .executeTakeFirst();
    return row ? toView(row) : undefined;
  }

  async withdraw(wish: WishView, now: Date): Promise<void> {
    await this.releaseOffer(wish, now);
    await this.setStatus(wish.id, "withdrawn", ["waiting", "offered"]);
  }

  /** Books the offered slot for the wish. @returns the manage token, or undefined when the offer is gone */
  async accept(wish: WishView, now: Date): Promise<string | undefined> {
    if (
      wish.status !== "offered" ||
      !wish.offerAppointmentId ||
      (wish.offerExpiresAt && wish.offerExpiresAt <= now)
    )
      return undefined;
    const appointment = await this.appointment(wish.offerAppointmentId);
    if (!appointment) return undefined;
    const manageToken = await this.deps.appointments.confirm(appointment, now);
    if (manageToken) await this.setStatus(wish.id, "booked", ["offered"]);
    return manageToken;
  }

  async decline(wish: WishView, now: Date): Promise<void> {
    await this.withdraw(wish, now);
  }

  /**
   * The job: offers that ran out lapse (their slot returns with the hold), then every waiting
   * wish, oldest first, gets the first free slot that suits it, held for the offer period.
   * @returns how many offers were made
   */
  async offerFreedSlots(now: Date): Promise<number> {
    const { db } = this.deps.database;
    await db
      .updateTable("waitlist_wishes")
      .set({ status: "lapsed" })
      .where("tenant_id", "=", this.tenantId)
      .where("status", "=", "offered")
      .where("offer_expires_at", "<=", now)
      .execute();
    const waiting = await db
      .selectFrom("waitlist_wishes")
      .select(COLUMNS)
      .where("tenant_id", "=", this.tenantId)
      .where("status", "=", "waiting")
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    let offers = 0;
    for (const wish of waiting.map(toView)) if (await this.offerTo(wish, now)) offers++;
    return offers;
  }

  private async offerTo(wish: WishView, now: Date): Promise<boolean> {
    const durationMinutes = await this.deps.durationOf(wish.services);
    for (const location of wish.locations) {
      const slots = await this.deps.booking.freeSlots({
        location,
        services: wish.services,
        durationMinutes,
        now,
        channel: "public",
      });
      const offerHours = this.deps.booking.settings.waitlistOfferHours;
      const slot = slots.find(
        (s) => slotMatchesWish(s, wish) && offerDeadline(now, new Date(s.start), offerHours),
      );
      const expires = slot && offerDeadline(now, new Date(slot.start), offerHours);
      if (!slot || !expires) continue;
      // Claim the wish first, so a second instance running the job cannot offer it twice.
      const claimed = await this.deps.database.db
        .updateTable("waitlist_wishes")
        .set({ status: "offered", offer_expires_at: expires })
        .where("id", "=", wish.id)
        .where("status", "=", "waiting")
        .executeTakeFirst();
      if (claimed.numUpdatedRows === 0n) return false;
      const held = await this.deps.appointments.hold({
        services: wish.services,
        location,
        counter: slot.counter,
        start: slot.start,
        durationMinutes,
        locale: wish.locale,
        clientHash: null,
        now,
        holdMinutes: Math.round((expires.getTime() - now.getTime()) / 60_000),
      });
      const appointment = held.ok ? await this.deps.appointments.byHoldToken(held.holdToken) : undefined;
      const contact = appointment
        ? await this.deps.appointments.saveContact(
            appointment,
            { name: wish.name, email: wish.email, needWheelchair: false, needSignLanguage: false },
            now,
          )
        : "expired";
      if (!held.ok || !appointment || contact !== "saved") {
        if (appointment) await this.expireHold(appointment.id, now);
        await this.setStatus(wish.id, "waiting", ["offered"]);
        continue;
      }
      const offerToken = newToken();
      await this.deps.database.db
        .updateTable("waitlist_wishes")
        .set({ offer_token_hash: hashToken(offerToken), offer_appointment_id: appointment.id })
        .where("id", "=", wish.id)
        .execute();
      const m = this.deps.messages(wish.locale).waitlist;
      const words = await this.deps.describe(appointment);
      await this.deps.mailer.send({
        to: wish.email,
        subject: m.offerSubject,
        text: m.offerBody({
          name: wish.name,
          when: words.when,
          place: words.place,
          until: await this.deps.deadline(wish.locale, expires),
          offerUrl: this.deps.url(wish.locale, `/termin/angebot/${offerToken}`),
        }),
      });
      return true;
    }
    return false;
  }

  private appointment(id: number): Promise<AppointmentView | undefined> {
    return this.deps.appointments.offered(id);
  }

  private async releaseOffer(wish: WishView, now: Date): Promise<void> {
    if (wish.status === "offered" && wish.offerAppointmentId)
      await this.expireHold(wish.offerAppointmentId, now);
  }

  /** Ends a hold now; the next booking or offer run gives its capacity back. */
  private async expireHold(appointmentId: number, now: Date): Promise<void> {
    await this.deps.database.db
      .updateTable("appointments")
      .set({ hold_expires_at: now })
      .where("id", "=", appointmentId)
      .where("status", "=", "held")
      .execute();
  }

  private async setStatus(id: number, status: WishView["status"], from: WishView["status"][]): Promise<void> {
    await this.deps.database.db
      .updateTable("waitlist_wishes")
      .set({ status })
      .where("id", "=", id)
      .where("status", "in", from)
      .execute();
  }
}
