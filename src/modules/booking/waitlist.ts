import type { Database } from "../../platform/db/database";
import type { Mailer } from "../../platform/mail";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentService, AppointmentWords } from "./appointment-service";
import {
  CONFIRM_WISH_HOURS,
  canConfirm,
  confirmDeadline,
  lapsesCountSince,
  MAX_LAPSES_PER_EMAIL,
  offerDeadline,
  slotMatchesWish,
  type WishInput,
} from "./domain/wish";
import type { BookingMessages } from "./messages/de";
import { hashToken, newToken } from "./secrets";
import type { BookingService } from "./service";
import {
  claimWishForOffer,
  confirmWish,
  countActiveWishesByEmail,
  countLapsesByEmail,
  deleteLapsesBefore,
  deleteUnconfirmedWishes,
  emailHash,
  endOfferHold,
  findExpiredOffers,
  findWaitingWishes,
  findWishByTokenHash,
  insertUnconfirmedWish,
  lapseOffer,
  lockWishesOfEmail,
  saveOffer,
  setWishStatus,
  type WishView,
} from "./waitlist-queries";

export type { WishView } from "./waitlist-queries";

/** A wish as its page shows it. */
export interface WishEntry {
  wish: WishView;
  /** until when it can be confirmed, while it is unconfirmed */
  confirmBy: Date | undefined;
  /** its address let `MAX_LAPSES_PER_EMAIL` offers run out lately: it gets no offers now */
  noMoreOffers: boolean;
}

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

/**
 * The waitlist: wishes, confirmed from the mailed link; offers of freed slots in order of
 * arrival; their answers; and the limits against hoarding (active wishes per address, no more
 * offers to an address that let two run out).
 */
export class Waitlist {
  constructor(private readonly deps: WaitlistDeps) {}

  private get tenantId() {
    return this.deps.booking.tenantId;
  }

  private get settings() {
    return this.deps.booking.settings;
  }

  /**
   * Records an unconfirmed wish and mails the link that confirms it, unless the address
   * (in any case) already has `waitlistMaxPerEmail` wishes confirmed or awaiting confirmation.
   */
  async add(
    input: WishInput & { services: string[]; locale: "de" | "en" },
    now: Date,
  ): Promise<"added" | "limit-reached"> {
    const manageToken = newToken();
    const m = this.deps.messages(input.locale).waitlist;
    // Worded before the transaction: the embedded database has one connection, held by it.
    const confirmBy = await this.deps.deadline(input.locale, confirmDeadline(now));
    return this.deps.database.db.transaction().execute(async (trx) => {
      await lockWishesOfEmail(trx, this.tenantId, input.email);
      const active = await countActiveWishesByEmail(trx, this.tenantId, input.email);
      if (active >= this.settings.waitlistMaxPerEmail) return "limit-reached";
      await insertUnconfirmedWish(trx, {
        tenantId: this.tenantId,
        locale: input.locale,
        name: input.name,
        email: input.email,
        services: input.services,
        locations: input.places,
        windows: input.windows,
        manageTokenHash: hashToken(manageToken),
        now,
      });
      // Sent inside the transaction: when the mail cannot be sent, nothing is stored.
      await this.deps.mailer.send({
        to: input.email,
        subject: m.mailSubject,
        text: m.mailBody({
          name: input.name,
          manageUrl: this.deps.url(input.locale, `/termin/warteliste/${manageToken}`),
          confirmBy,
        }),
      });
      return "added";
    });
  }

  byToken(kind: "manage" | "offer", token: string): Promise<WishView | undefined> {
    return findWishByTokenHash(this.deps.database.db, this.tenantId, kind, hashToken(token));
  }

  /**
   * The entry behind a mailed link, as its page shows it; undefined for an unknown link or a
   * wish whose time to confirm has passed (the job deletes it).
   */
  async entry(manageToken: string, now: Date): Promise<WishEntry | undefined> {
    const wish = await this.byToken("manage", manageToken);
    if (!wish || (wish.status === "unconfirmed" && !canConfirm(wish, now))) return undefined;
    const open = wish.status === "unconfirmed" || wish.status === "waiting";
    return {
      wish,
      confirmBy: wish.status === "unconfirmed" ? confirmDeadline(wish.createdAt) : undefined,
      noMoreOffers: open && (await this.receivesNoOffers(wish.email, now)),
    };
  }

  /**
   * Confirms an unconfirmed wish (by POST from the mailed link), within `CONFIRM_WISH_HOURS`.
   * @returns whether it was confirmed now; undefined for an unknown link
   */
  async confirm(manageToken: string, now: Date): Promise<boolean | undefined> {
    const wish = await this.byToken("manage", manageToken);
    if (!wish) return undefined;
    const createdAfter = new Date(now.getTime() - CONFIRM_WISH_HOURS * 3_600_000);
    return confirmWish(this.deps.database.db, wish.id, createdAfter, now);
  }

  /** Whether offers to this address ran out `MAX_LAPSES_PER_EMAIL` times lately, so it gets no more. */
  private async receivesNoOffers(email: string, now: Date): Promise<boolean> {
    const since = lapsesCountSince(now, this.settings.waitlistLapseDays);
    const hash = emailHash(email);
    const lapses = await countLapsesByEmail(this.deps.database.db, this.tenantId, [hash], since);
    return (lapses.get(hash) ?? 0) >= MAX_LAPSES_PER_EMAIL;
  }

  async withdraw(wish: WishView, now: Date): Promise<void> {
    await this.releaseOffer(wish, now);
    await setWishStatus(this.deps.database.db, wish.id, "withdrawn", ["unconfirmed", "waiting", "offered"]);
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
    if (manageToken) await setWishStatus(this.deps.database.db, wish.id, "booked", ["offered"]);
    return manageToken;
  }

  async decline(wish: WishView, now: Date): Promise<void> {
    await this.withdraw(wish, now);
  }

  /**
   * The job: unconfirmed wishes past their time to confirm are deleted; offers that ran out
   * lapse (their slot returns with the hold), are counted against the address and told by
   * mail; then every confirmed waiting wish, oldest first, gets the first free slot that suits
   * it, held for the offer period, unless its address let `MAX_LAPSES_PER_EMAIL` offers lapse.
   * @returns how many offers were made
   * @throws the first failure to send a lapse notice, after the offers were made (that lapse is retried next run)
   */
  async offerFreedSlots(now: Date): Promise<number> {
    const { db } = this.deps.database;
    await deleteUnconfirmedWishes(
      db,
      this.tenantId,
      new Date(now.getTime() - CONFIRM_WISH_HOURS * 3_600_000),
    );
    const since = lapsesCountSince(now, this.settings.waitlistLapseDays);
    await deleteLapsesBefore(db, this.tenantId, since);
    const failures = await this.lapseExpiredOffers(now, since);

    const waiting = await findWaitingWishes(db, this.tenantId);
    const lapses = await countLapsesByEmail(
      db,
      this.tenantId,
      waiting.map((w) => emailHash(w.email)),
      since,
    );
    let offers = 0;
    for (const wish of waiting) {
      if ((lapses.get(emailHash(wish.email)) ?? 0) >= MAX_LAPSES_PER_EMAIL) continue;
      if (await this.offerTo(wish, now)) offers++;
    }
    if (failures.length > 0) throw failures[0];
    return offers;
  }

  /**
   * Lapses each ran-out offer in a transaction of its own that also records the lapse and
   * sends the notice; a notice that cannot be sent rolls its lapse back for the next run
   * without holding up the others. @returns the failures
   */
  private async lapseExpiredOffers(now: Date, since: Date): Promise<unknown[]> {
    const { db } = this.deps.database;
    const failures: unknown[] = [];
    for (const wish of await findExpiredOffers(db, this.tenantId, now)) {
      const m = this.deps.messages(wish.locale).waitlist;
      const until = await this.deps.deadline(wish.locale, wish.offerExpiresAt ?? now);
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await lapseOffer(trx, this.tenantId, wish, now))) return;
          const hash = emailHash(wish.email);
          const lapses = (await countLapsesByEmail(trx, this.tenantId, [hash], since)).get(hash) ?? 0;
          await this.deps.mailer.send({
            to: wish.email,
            subject: m.lapseSubject,
            text: m.lapseBody({
              name: wish.name,
              until,
              noMoreOffers: lapses >= MAX_LAPSES_PER_EMAIL,
              lapseDays: this.settings.waitlistLapseDays,
              bookUrl: this.deps.url(wish.locale, "/termin"),
            }),
          });
        });
      } catch (error) {
        failures.push(error);
      }
    }
    return failures;
  }

  private async offerTo(wish: WishView, now: Date): Promise<boolean> {
    const { db } = this.deps.database;
    const durationMinutes = await this.deps.durationOf(wish.services);
    for (const location of wish.locations) {
      const slots = await this.deps.booking.freeSlots({
        location,
        services: wish.services,
        durationMinutes,
        now,
        channel: "public",
      });
      const offerHours = this.settings.waitlistOfferHours;
      const slot = slots.find(
        (s) => slotMatchesWish(s, wish) && offerDeadline(now, new Date(s.start), offerHours),
      );
      const expires = slot && offerDeadline(now, new Date(slot.start), offerHours);
      if (!slot || !expires) continue;
      if (!(await claimWishForOffer(db, wish.id, expires))) return false;
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
        if (appointment) await endOfferHold(db, appointment.id, now);
        await setWishStatus(db, wish.id, "waiting", ["offered"]);
        continue;
      }
      const offerToken = newToken();
      await saveOffer(db, wish.id, { tokenHash: hashToken(offerToken), appointmentId: appointment.id });
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
      await endOfferHold(this.deps.database.db, wish.offerAppointmentId, now);
  }
}
