import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { fixedClock } from "../src/platform/clock";
import type { Database } from "../src/platform/db/database";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";
import { createTestApp, TEST_NOW } from "./helpers/test-app";

/**
 * `name{labels} value` (or `name value`): a sample line of the Prometheus text format. NaN and
 * Inf are read case-insensitively, as Prometheus does (prom-client writes `Nan`).
 */
const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|(?:nan|[+-]inf))$/i;

/** The samples of a scrape, keyed `name{labels}`; throws on a line that is not the text format. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    samples.set(`${m[1]}${m[2] ?? ""}`, Number(m[3]));
  }
  return samples;
}

async function scrape(app: FastifyInstance): Promise<Map<string, number>> {
  const res = await app.inject({ url: "/metrics" });
  expect(res.statusCode).toBe(200);
  return parseMetrics(res.body);
}

/** An SMTP server on a free local port that refuses every message. */
async function refusingSmtpServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDatabase("/metrics", (kind) => {
  let app: FastifyInstance;
  let database: Database;
  let drop: () => Promise<void>;
  let smtp: Awaited<ReturnType<typeof refusingSmtpServer>>;

  beforeAll(async () => {
    smtp = await refusingSmtpServer();
    ({ database, drop } = await freshDatabase(kind, { tenant: true }));
    const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", SMTP_URL: smtp.url });
    app = await buildApp({ config, database, clock: fixedClock(TEST_NOW) });
    // jobs are counted however they are run: the scheduler in `serve`, or a test as here
    app.jobs.push({
      name: "test-failing",
      everySeconds: 60,
      run: async () => {
        throw new Error("the database went away");
      },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
    await smtp?.close();
  });

  it("answers in the Prometheus text format, not stored, with the process's metrics too", async () => {
    const res = await app.inject({ url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers["cache-control"]).toBe("no-store");
    const samples = parseMetrics(res.body);
    expect(samples.get("stadtbuero_process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(res.body).toContain("# TYPE stadtbuero_http_requests_total counter");
    expect(res.body).toContain("# TYPE stadtbuero_http_request_duration_seconds histogram");
  });

  it("counts a page by its route pattern, and no token of a URL appears", async () => {
    const token = "Zq7secretTOKENfromAmailedLink0_1"; // 32 characters, as a link token
    const key = 'stadtbuero_http_requests_total{method="GET",route="/wartenummer/:token",status="404"}';
    const before = (await scrape(app)).get(key) ?? 0;
    const page = await app.inject({ url: `/wartenummer/${token}?code=${token}x` });
    expect(page.statusCode).toBe(404);
    const start = await app.inject({ url: `/?q=${token}y` });
    expect(start.statusCode).toBe(200);

    const res = await app.inject({ url: "/metrics" });
    const samples = parseMetrics(res.body);
    expect(samples.get(key)).toBe(before + 1);
    expect(
      samples.get('stadtbuero_http_requests_total{method="GET",route="/",status="200"}'),
    ).toBeGreaterThan(0);
    expect(
      samples.get('stadtbuero_http_request_duration_seconds_count{method="GET",route="/wartenummer/:token"}'),
    ).toBe(before + 1);
    expect(res.body).not.toContain(token);
    expect(res.body).not.toContain("Zq7");
    // a path no route matches is one label, whatever it was
    await app.inject({ url: `/no/such/${token}` });
    const after = await app.inject({ url: "/metrics" });
    expect(after.body).toContain('route="(unmatched)",status="404"');
    expect(after.body).not.toContain(token);
  });

  it("counts the runs and failures of background jobs by name", async () => {
    const failing = app.jobs.find((j) => j.name === "test-failing");
    const sessions = app.jobs.find((j) => j.name === "staff-sessions");
    if (!failing || !sessions) throw new Error("jobs missing");
    const before = await scrape(app);
    expect(before.get('stadtbuero_job_failures_total{job="staff-sessions"}')).toBe(0);

    await sessions.run(new Date(TEST_NOW));
    await expect(failing.run(new Date(TEST_NOW))).rejects.toThrow("the database went away");
    await expect(failing.run(new Date(TEST_NOW))).rejects.toThrow();

    const after = await scrape(app);
    const runs = (job: string) => after.get(`stadtbuero_job_runs_total{job="${job}"}`);
    expect(runs("staff-sessions")).toBe(
      (before.get('stadtbuero_job_runs_total{job="staff-sessions"}') ?? 0) + 1,
    );
    expect(after.get('stadtbuero_job_failures_total{job="staff-sessions"}')).toBe(0);
    expect(runs("test-failing")).toBe(2);
    expect(after.get('stadtbuero_job_failures_total{job="test-failing"}')).toBe(2);
    expect(after.get('stadtbuero_job_duration_seconds_count{job="test-failing"}')).toBe(2);
    // every job of the modules is there from the start
    for (const job of ["appointment-reminders", "waitlist-offers", "personal-data-retention"]) {
      expect(after.has(`stadtbuero_job_runs_total{job="${job}"}`), job).toBe(true);
    }
  });

  it("counts a message the SMTP server refused", async () => {
    const before = (await scrape(app)).get("stadtbuero_mail_failures_total");
    expect(before).toBe(0);
    await expect(
      app.mailer.send({ to: "erika.mustermann@example.org", subject: "Termin", text: "Ihr Termin." }),
    ).rejects.toThrow();
    const after = await app.inject({ url: "/metrics" });
    expect(parseMetrics(after.body).get("stadtbuero_mail_failures_total")).toBe(1);
    expect(after.body).not.toContain("mustermann");
  });

  it("shows an open call display in the gauge, and no longer once it closed", async () => {
    const gauge = async () => (await scrape(app)).get("stadtbuero_call_display_connections");
    expect(await gauge()).toBe(0);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const port = (app.server.address() as AddressInfo).port;
    const stream = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "/anzeige/stadtbuero/ereignisse" }, (res) => {
        // the first event comes after the display subscribed
        res.once("data", () => resolve(res));
      });
      req.on("error", reject);
      req.end();
    });
    expect(await gauge()).toBe(1);
    const closed = new Promise((resolve) => stream.once("close", resolve));
    stream.destroy();
    await closed;
    for (let i = 0; i < 100 && (await gauge()) !== 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await gauge()).toBe(0);
  });

  it("is a plain 404 for an address that is not allowed, or a request through a proxy", async () => {
    const unknown = await app.inject({ url: "/no-such-page" });
    const outside = await app.inject({ url: "/metrics", remoteAddress: "203.0.113.9" });
    expect(outside.statusCode).toBe(404);
    expect(outside.headers["content-type"]).toBe(unknown.headers["content-type"]);
    expect(outside.body).toBe(unknown.body.replaceAll("/no-such-page", "/metrics"));
    expect(outside.body).not.toContain("stadtbuero_");
    // a proxy on this machine connects from loopback: what it forwards is refused, spoofed or not
    for (const header of ["x-forwarded-for", "x-real-ip", "forwarded", "via"]) {
      const proxied = await app.inject({ url: "/metrics", headers: { [header]: "127.0.0.1" } });
      expect(proxied.statusCode, header).toBe(404);
    }
    // an IPv4 peer on a dual-stack socket is still loopback
    const mapped = await app.inject({ url: "/metrics", remoteAddress: "::ffff:127.0.0.1" });
    expect(mapped.statusCode).toBe(200);
    const v6 = await app.inject({ url: "/metrics", remoteAddress: "::1" });
    expect(v6.statusCode).toBe(200);
  });
});

describeEachDatabase("/metrics configured", (kind) => {
  it("answers the configured networks only, and is never rate-limited", async () => {
    const t = await createTestApp(kind, {
      METRICS_ALLOW: "10.20.0.0/16,2001:db8::/32",
      RATE_LIMIT_PER_MINUTE: "3",
    });
    try {
      const from = (remoteAddress: string) => t.app.inject({ url: "/metrics", remoteAddress });
      expect((await from("127.0.0.1")).statusCode).toBe(404);
      expect((await from("10.21.0.1")).statusCode).toBe(404);
      expect((await from("2001:db9::1")).statusCode).toBe(404);
      expect((await from("2001:db8:5::1")).statusCode).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await from("10.20.3.4")).statusCode);
      expect(statuses).toEqual(Array(6).fill(200));
    } finally {
      await t.close();
    }
  });

  it("does not exist when METRICS_ALLOW is none", async () => {
    const t = await createTestApp(kind, { METRICS_ALLOW: "none" });
    try {
      expect((await t.app.inject({ url: "/metrics" })).statusCode).toBe(404);
      expect(t.app.routeList.some((r) => r.url === "/metrics")).toBe(false);
    } finally {
      await t.close();
    }
  });
});

describe("parseMetrics", () => {
  it("refuses a line that is not the text format", () => {
    expect(() => parseMetrics("stadtbuero_x{route=/a} 1")).toThrow(/not a sample line/);
    expect(parseMetrics('a_total{route="/a",status="200"} 3').get('a_total{route="/a",status="200"}')).toBe(
      3,
    );
  });
});
