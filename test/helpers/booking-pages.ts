import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { formSession } from "./test-app";

let residents = 0;

/**
 * Residents without JavaScript going through the booking pages; each post comes from an
 * address of its own, as from many residents (forms are rate-limited per address).
 */
export function bookingPages(app: FastifyInstance) {
  const get = (url: string) => app.inject({ method: "GET", url });
  const post = async (pageUrl: string, url: string, form: Record<string, string | string[]>) => {
    const { cookie, token } = await formSession(app, pageUrl);
    const body = new URLSearchParams({ _csrf: token });
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    residents += 1;
    return app.inject({
      method: "POST",
      url,
      remoteAddress: `100.64.${Math.floor(residents / 250) % 250}.${(residents % 250) + 1}`,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    });
  };

  /** The first free day and its times at a place, as the pages offer them. */
  async function freeTimes(place: string, service = "personalausweis") {
    const days = await get(`/termin/tag?leistungen=${service}&ort=${place}`);
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(days.body)?.[1];
    if (!day) throw new Error(`no free day at ${place}`);
    const zeitUrl = `/termin/zeit?leistungen=${service}&ort=${place}&tag=${day}`;
    const times = [...(await get(zeitUrl)).body.matchAll(/name="zeit" type="radio" value="([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    return { day, zeitUrl, times };
  }

  /** Holds the first free time; returns the base of the booking steps (`/termin/r/<token>`). */
  async function hold(place = "stadtbuero"): Promise<{ base: string; day: string; zeitUrl: string }> {
    const { day, zeitUrl, times } = await freeTimes(place);
    const held = await post(zeitUrl, "/termin/halten", {
      leistungen: "personalausweis",
      ort: place,
      tag: day,
      zeit: times[0] as string,
    });
    if (held.statusCode !== 303) throw new Error(`hold failed: ${held.statusCode}`);
    return { base: String(held.headers.location).replace(/\/angaben$/, ""), day, zeitUrl };
  }

  /** Books a time: hold, contact, confirm. Returns the pages' answers and the manage link. */
  async function book(email: string, place = "stadtbuero") {
    const { base } = await hold(place);
    const contact = await post(`${base}/angaben`, `${base}/angaben`, { name: "Erika Muster", email });
    const check = await get(`${base}/pruefen`);
    const confirmed = await post(`${base}/pruefen`, `${base}/buchen`, {});
    const done: LightMyRequestResponse = await get(String(confirmed.headers.location));
    const manage = /href="(\/termin\/verwalten\/[A-Za-z0-9_-]{32})"/.exec(done.body)?.[1];
    if (!manage) throw new Error("no manage link on the confirmation page");
    return { base, contact, check, done, manage };
  }

  return { get, post, freeTimes, hold, book };
}
