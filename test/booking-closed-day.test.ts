import { afterAll, beforeAll, expect, it } from "vitest";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("the times page of a day without free times", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (url: string) => t.app.inject({ method: "GET", url });
  const zeit = (place: string, day: string, prefix = "") =>
    get(`${prefix}/termin/zeit?leistungen=personalausweis&ort=${place}&tag=${day}`);
  const h1 = (body: string) => /<h1 class="kern-heading-large">([^<]+)<\/h1>/.exec(body)?.[1];
  /** The day links offered instead of times: "<date>" of each. */
  const offeredDays = (body: string) =>
    [...body.matchAll(/<li><a class="kern-link" href="[^"]*tag=(\d{4}-\d\d-\d\d)"/g)].map((m) => m[1]);
  const expectNoForm = (body: string) => {
    expect(body).not.toContain('name="zeit"');
    expect(body).not.toContain('<form class="sb-form" method="post"');
    expect(body).not.toContain(">Weiter<");
  };

  it("says a day is closed by the opening plan and offers the next days with free times", async () => {
    // Sunday, 17 January 2027
    const res = await zeit("stadtbuero", "2027-01-17");
    expect(res.statusCode).toBe(200);
    expect(h1(res.body)).toBe("Am Sonntag, 17. Januar 2027 ist geschlossen");
    expect(res.body).toContain("An diesem Tag gibt es hier laut Öffnungsplan keine Sprechzeiten.");
    expectNoForm(res.body);
    const days = offeredDays(res.body);
    expect(days[0]).toBe("2027-01-18");
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((d) => (d as string) > "2027-01-17")).toBe(true);
    expect(res.body).toContain(
      'href="/termin/zeit?leistungen=personalausweis&amp;ort=stadtbuero&amp;tag=2027-01-18">Montag, 18. Januar 2027</a>',
    );
    expect(res.body).toContain(
      '<a class="kern-link" href="/termin/tag?leistungen=personalausweis&amp;ort=stadtbuero">Alle Tage mit freien Zeiten</a>',
    );
    expect(res.body).toContain("/termin/warteliste?leistungen=personalausweis&amp;ort=stadtbuero");
    // The next day offered really has times to choose, with the button.
    const next = await zeit("stadtbuero", "2027-01-18");
    expect(next.body).toContain('name="zeit"');
    expect(next.body).toContain(">Weiter<");
  });

  it("tells a fully booked day apart from a closed one", async () => {
    const now = t.clock.now();
    const input = { location: "mobil-cappel", services: ["personalausweis"], durationMinutes: 15, now };
    const free = await t.app.booking.freeSlots({ ...input, channel: "public" });
    const day = free[0]?.date as string;
    // Everyone else was quicker: every time of the stop's next visit is held.
    for (let left = free.filter((s) => s.date === day); left.length > 0; ) {
      for (const slot of left) {
        const held = await t.app.appointments.hold({
          ...input,
          counter: slot.counter,
          start: slot.start,
          locale: "de",
          clientHash: null,
        });
        expect(held.ok).toBe(true);
      }
      left = (await t.app.booking.freeSlots({ ...input, channel: "public" })).filter((s) => s.date === day);
    }
    const res = await zeit("mobil-cappel", day);
    expect(res.statusCode).toBe(200);
    expect(h1(res.body)).toMatch(/^Am \p{L}+, \d+\. \p{L}+ 2027 ist alles vergeben$/u);
    expect(res.body).toContain("An diesem Tag sind hier alle Zeiten schon gebucht.");
    expect(res.body).not.toContain("laut Öffnungsplan");
    expectNoForm(res.body);
    const days = offeredDays(res.body);
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => (d as string) > day)).toBe(true);
  });

  it("says when a day cannot be booked online (today, or beyond the booking window)", async () => {
    for (const day of ["2027-01-11", "2027-03-03"]) {
      const res = await zeit("stadtbuero", day);
      expect(h1(res.body), day).toMatch(/^Den \p{L}+, \d+\. \p{L}+ 2027 können Sie nicht online buchen$/u);
      expect(res.body).toContain("außerhalb des Zeitraums");
      expectNoForm(res.body);
    }
  });

  it("says it in English", async () => {
    const res = await zeit("stadtbuero", "2027-01-17", "/en");
    expect(h1(res.body)).toMatch(/^Closed on Sunday,? 17 January 2027$/);
    expect(res.body).toContain("According to the opening plan, this place has no opening hours on that day.");
    expect(res.body).not.toContain(">Continue<");
  });

  it("does the same when moving a booked appointment", async () => {
    const pages = bookingPages(t.app);
    const b = await pages.book("verschieben-sonntag@example.org");
    const res = await get(`${b.manage}/verschieben?tag=2027-01-17`);
    expect(res.statusCode).toBe(200);
    expect(h1(res.body)).toBe("Am Sonntag, 17. Januar 2027 ist geschlossen");
    expectNoForm(res.body);
    expect(res.body).toContain(`href="${b.manage}/verschieben?tag=2027-01-18"`);
    expect(res.body).toContain(
      `<a class="kern-link" href="${b.manage}/verschieben">Alle Tage mit freien Zeiten</a>`,
    );
  });

  it("asks for the day first when the times page is opened without one", async () => {
    const res = await get("/termin/zeit?leistungen=personalausweis&ort=stadtbuero");
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/termin/tag?leistungen=personalausweis&ort=stadtbuero");
  });
});
