import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("a rush on one time, through the pages", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { BOOKING_MAX_HOLDS_PER_HOUR: "1000" });
  });
  afterAll(() => t?.close());

  it("gives the time to exactly one of 60 simultaneous residents; the others see the next free times", async () => {
    const days = await t.app.inject({
      method: "GET",
      url: "/termin/tag?leistungen=personalausweis&ort=mobil-cappel",
    });
    const day = /tag=(\d{4}-\d\d-\d\d)/.exec(days.body)?.[1] as string;
    const zeitUrl = `/termin/zeit?leistungen=personalausweis&ort=mobil-cappel&tag=${day}`;
    const zeit = /name="zeit" type="radio" value="([^"]+)"/.exec(
      (await t.app.inject({ method: "GET", url: zeitUrl })).body,
    )?.[1] as string;
    const sessions = await Promise.all(Array.from({ length: 60 }, () => formSession(t.app, zeitUrl)));
    const results = await Promise.all(
      sessions.map(({ cookie, token }, i) =>
        t.app.inject({
          method: "POST",
          url: "/termin/halten",
          remoteAddress: `198.51.100.${i + 1}`,
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          payload: new URLSearchParams({
            _csrf: token,
            leistungen: "personalausweis",
            ort: "mobil-cappel",
            tag: day,
            zeit,
          }).toString(),
        }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 303)).toHaveLength(1);
    const lost = results.filter((r) => r.statusCode === 409);
    expect(lost).toHaveLength(59);
    for (const r of lost) {
      expect(r.body).toContain("Diese Zeit wurde gerade vergeben");
      expect(r.body).not.toContain(`value="${zeit}"`);
      expect(r.body).toMatch(/name="zeit" type="radio" value="[^"]+"/);
    }
  });
});
