import { join } from "node:path";
import { sql } from "kysely";
import { listOutbox, readOutboxMessage } from "../../src/platform/mail";
import { bookingPages } from "./booking-pages";
import type { TestApp } from "./test-app";

export const JOIN_SUBJECT = "Bitte bestätigen Sie Ihren Eintrag auf der Warteliste";
const JOIN_SUBJECT_EN = "Please confirm your waiting list entry";
export const OFFER_SUBJECT = "Ein Termin ist für Sie frei geworden";
const LINK = /http:\/\/localhost:3000((?:\/en)?\/termin\/(?:warteliste|angebot)\/[A-Za-z0-9_-]{32})/;

/**
 * A resident's steps on the waitlist pages (each post from an address of its own, since the
 * forms are rate-limited per address), the mails they get, and the wishes as stored.
 */
export function waitlistSteps(t: TestApp, dataDir: string) {
  const pages = bookingPages(t.app);
  const outbox = join(dataDir, "outbox");

  /** Mails to an address (compared in any case), newest first. */
  const mails = async (to: string) => {
    const all = await Promise.all((await listOutbox(outbox)).map((e) => readOutboxMessage(outbox, e.id)));
    return all.filter((m) => m?.to.toLowerCase().includes(to.toLowerCase()));
  };
  /** The link paths in the mails with this subject to an address, newest first. */
  const links = async (to: string, subject: string) =>
    (await mails(to))
      .filter((m) => m?.subject === subject)
      .map((m) => LINK.exec(m?.text ?? "")?.[1] as string);

  const join_ = (
    email: string,
    options: { windows?: string[]; locale?: "de" | "en"; name?: string; place?: string } = {},
  ) => {
    const prefix = options.locale === "en" ? "/en" : "";
    const place = options.place ?? "mobil-cappel";
    return pages.post(
      `${prefix}/termin/warteliste?leistungen=personalausweis&ort=${place}`,
      `${prefix}/termin/warteliste`,
      {
        leistungen: "personalausweis",
        places: place,
        windows: options.windows ?? ["fr-afternoon"], // no Friday at Cappel: never offered
        name: options.name ?? "Warte Person",
        email,
      },
    );
  };

  /** Confirms every wish of the address whose confirmation mail it got, by POST as from the page. */
  const confirmAll = async (email: string) => {
    const paths = [...(await links(email, JOIN_SUBJECT)), ...(await links(email, JOIN_SUBJECT_EN))];
    for (const path of paths) await pages.post(path, `${path}/bestaetigen`, {});
  };

  const wishes = (email: string) =>
    t.database.db
      .selectFrom("waitlist_wishes")
      .selectAll()
      .where(sql<string>`lower(email)`, "=", email.toLowerCase())
      .orderBy("id")
      .execute();
  const wish = async (email: string) => {
    const [first] = await wishes(email);
    if (!first) throw new Error(`no wish of ${email}`);
    return first;
  };

  const runOffers = () =>
    t.app.jobs.find((j) => j.name === "waitlist-offers")?.run(t.clock.now()) as Promise<number>;

  /** Holds every free Cappel time (plain holds, no contact), so the test decides which time frees up. */
  const holdAllCappelTimes = async () => {
    const now = t.clock.now();
    const slots = await t.app.booking.freeSlots({
      location: "mobil-cappel",
      services: ["personalausweis"],
      durationMinutes: 15,
      now,
      channel: "public",
    });
    const held: number[] = [];
    for (const s of slots) {
      const h = await t.app.appointments.hold({
        services: ["personalausweis"],
        location: "mobil-cappel",
        counter: s.counter,
        start: s.start,
        durationMinutes: 15,
        locale: "de",
        clientHash: null,
        now,
      });
      if (h.ok) held.push(h.id);
    }
    return { slots: slots.length, held };
  };

  /** Lets the hold of an appointment (a plain hold or an offer's) run out a second ago. */
  const endHold = (appointmentId: number) =>
    t.database.db
      .updateTable("appointments")
      .set({ hold_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("id", "=", appointmentId)
      .execute();

  /** Lets the open offer of a wish run out a second ago, unanswered (its held time with it). */
  const letOfferRunOut = async (wishId: number) => {
    const row = await t.database.db
      .updateTable("waitlist_wishes")
      .set({ offer_expires_at: new Date(t.clock.now().getTime() - 1000) })
      .where("id", "=", wishId)
      .where("status", "=", "offered")
      .returning("offer_appointment_id")
      .executeTakeFirstOrThrow();
    await endHold(row.offer_appointment_id as number);
  };

  return {
    pages,
    mails,
    links,
    join: join_,
    confirmAll,
    wishes,
    wish,
    runOffers,
    holdAllCappelTimes,
    endHold,
    letOfferRunOut,
  };
}
