import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { describeEachDatabase } from "../../../test/helpers/databases";
import { createTestApp, formSession, type TestApp } from "../../../test/helpers/test-app";

/*
 * A rush on one time through the pages: the posts share their reads, go to the transaction one
 * after another per time, and each refusal is a kept page with the resident's own CSRF token.
 */
describeEachDatabase("a rush of hold posts for one time", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { BOOKING_MAX_HOLDS_PER_HOUR: "1000" });
  });
  afterAll(() => t?.close());

  const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];

  it("starts one transaction for twenty posts at once, holds once and refuses the rest with their own pages", async () => {
    const input = {
      location: "mobil-cappel",
      services: ["personalausweis"],
      durationMinutes: 15,
      now: t.clock.now(),
      channel: "public" as const,
    };
    const slot = (await t.app.booking.freeSlots(input))[0];
    if (!slot) throw new Error("no free time");
    const url = `/termin/zeit?leistungen=personalausweis&ort=mobil-cappel&tag=${slot.date}`;
    const zeit = `${slot.start}|${slot.counter}`;
    const residents = [];
    for (let i = 0; i < 20; i++) residents.push(await formSession(t.app, url));
    const post = (r: { cookie: string; token: string }, i: number) =>
      t.app.inject({
        method: "POST",
        url: "/termin/halten",
        remoteAddress: `198.51.100.${i + 10}`,
        headers: { cookie: r.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({
          _csrf: r.token,
          leistungen: "personalausweis",
          ort: "mobil-cappel",
          tag: slot.date,
          zeit,
        }).toString(),
      });
    const hold = vi.spyOn(t.app.appointments, "hold");
    const answers = await Promise.all(residents.map(post));
    expect(hold).toHaveBeenCalledTimes(1);
    hold.mockRestore();

    expect(answers.filter((a) => a.statusCode === 303)).toHaveLength(1);
    const refusals = answers.filter((a) => a.statusCode === 409);
    expect(refusals).toHaveLength(19);
    for (const r of refusals) {
      expect(r.body).toContain("Diese Zeit wurde gerade vergeben");
      expect(r.body).not.toContain(`value="${zeit}"`);
      expect(r.headers["cache-control"]).toBe("no-store");
    }
    // one kept page, but every resident's own token in it
    const tokens = refusals.map((r) => csrfOf(r.body));
    expect(new Set(tokens).size).toBe(19);
    const pages = new Set(refusals.map((r) => r.body.replace(/name="_csrf" value="[^"]+"/, "")));
    expect(pages.size).toBe(1);
    expect(refusals[0]?.body).not.toContain("csrf-mark-");

    // Each token works for its resident: the next free time is held with it.
    const next = /name="zeit" type="radio" value="([^"]+)"/.exec(refusals[0]?.body ?? "")?.[1];
    if (!next) throw new Error("no other time offered");
    const index = answers.indexOf(refusals[0] as (typeof answers)[number]);
    const again = await t.app.inject({
      method: "POST",
      url: "/termin/halten",
      remoteAddress: `198.51.100.${index + 10}`,
      headers: {
        cookie: (residents[index] as { cookie: string }).cookie,
        "content-type": "application/x-www-form-urlencoded",
      },
      payload: new URLSearchParams({
        _csrf: tokens[0] as string,
        leistungen: "personalausweis",
        ort: "mobil-cappel",
        tag: slot.date,
        zeit: next,
      }).toString(),
    });
    expect(again.statusCode).toBe(303);

    const rows = await t.database.db
      .selectFrom("appointments")
      .select("id")
      .where("starts_at", "=", new Date(slot.start))
      .where("location_key", "=", "mobil-cappel")
      .where("status", "=", "held")
      .execute();
    expect(rows).toHaveLength(1);
  });
});
