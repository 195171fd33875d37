import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { fixedClock } from "../src/platform/clock";
import {
  appointmentIcs,
  calendarFeed,
  createMailer,
  listOutbox,
  type MailMessage,
  readOutboxMessage,
} from "../src/platform/mail";
import { createTestApp, type TestApp } from "./helpers/test-app";

const FROM = "Stadtbüro Marburg <noreply@stadtbuero.invalid>";

const appointment = {
  uid: "appointment-42@stadtbuero.invalid",
  summary: "Termin: Personalausweis beantragen",
  description: "Bitte bringen Sie ein biometrisches Foto und Ihren alten Ausweis mit.",
  location: "Stadtbüro, Frankfurter Straße 1, 35037 Marburg",
  timeZone: "Europe/Berlin",
  url: "https://marburg.example/termine/abc",
};

function confirmation(to = "erika.mustermann@example.org"): MailMessage {
  return {
    to,
    subject: "Ihr Termin am 1. Juli 2025 um 10:30 Uhr",
    text: [
      "Guten Tag,",
      "",
      "Ihr Termin im Stadtbüro ist gebucht: Dienstag, 1. Juli 2025, 10:30 Uhr.",
      "Termin absagen oder ändern: https://marburg.example/termine/abc.",
      "",
      "Mit freundlichen Grüßen",
      "Ihr Stadtbüro",
    ].join("\n"),
    attachments: [
      {
        filename: "termin.ics",
        content: appointmentIcs({
          ...appointment,
          start: "2025-07-01T10:30:00+02:00",
          end: "2025-07-01T10:45:00+02:00",
        }),
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      },
    ],
    headers: { "Content-Language": "de", "Auto-Submitted": "auto-generated" },
  };
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "stadtbuero-mail-"));
}

/** The local wall-clock time of a `DTSTART:yyyymmddThhmmssZ` line in a zone. */
function localTime(ics: string, property: "DTSTART" | "DTEND", timeZone: string): string {
  const m = new RegExp(`^${property}:(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z\\r$`, "m").exec(ics);
  if (!m) throw new Error(`no UTC ${property} in\n${ics}`);
  const [, y, mo, d, h, mi, s] = m;
  const instant = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone }).format(
    instant,
  );
}

describe("mail configuration", () => {
  it("defaults to the outbox folder below DATA_DIR and the documented sender", () => {
    const { mail } = loadConfig({});
    expect(mail).toEqual({
      smtpUrl: undefined,
      from: "Stadtbüro <noreply@stadtbuero.invalid>",
      outboxDir: join("var", "outbox"),
    });
    expect(loadConfig({ DATA_DIR: "/srv/stadtbuero" }).mail.outboxDir).toBe("/srv/stadtbuero/outbox");
  });

  it("reads SMTP_URL and MAIL_FROM", () => {
    const { mail } = loadConfig({ SMTP_URL: "smtp://user:pass@mail.example:587", MAIL_FROM: FROM });
    expect(mail.smtpUrl).toBe("smtp://user:pass@mail.example:587");
    expect(mail.from).toBe(FROM);
    expect(loadConfig({ SMTP_URL: "" }).mail.smtpUrl).toBeUndefined();
  });

  it("names an invalid SMTP_URL or MAIL_FROM, without echoing the value", () => {
    expect(() => loadConfig({ SMTP_URL: "not a url" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: "https://user:secret@mail.example" })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: "https://user:secret@mail.example" })).not.toThrow(/secret/);
    expect(() => loadConfig({ MAIL_FROM: "nobody" })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: "A <a@b.example>\r\nBcc: c@d.example" })).toThrow(/MAIL_FROM/);
  });
});

describe("appointmentIcs", () => {
  const summer = appointmentIcs({
    ...appointment,
    start: "2025-07-01T10:30:00+02:00",
    end: "2025-07-01T10:45:00+02:00",
  });
  const winter = appointmentIcs({
    ...appointment,
    start: "2025-01-15T09:30:00Z",
    end: "2025-01-15T09:45:00Z",
  });

  it("is one VEVENT in a VCALENDAR with the UID", () => {
    expect(summer).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(summer).toMatch(/END:VCALENDAR\r?\n?$/);
    expect(summer.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(summer).toContain("\r\nUID:appointment-42@stadtbuero.invalid\r\n");
    expect(summer).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(summer).toContain("\r\nPRODID:");
    expect(summer).toContain("\r\nDTSTAMP:");
    expect(summer).toContain("\r\nSTATUS:CONFIRMED\r\n");
    expect(summer).toContain("URL;VALUE=URI:https://marburg.example/termine/abc");
  });

  it("gives instants in UTC that are the right local time in Berlin, summer and winter", () => {
    expect(summer).toContain("\r\nDTSTART:20250701T083000Z\r\n");
    expect(localTime(summer, "DTSTART", "Europe/Berlin")).toBe("2025-07-01 10:30");
    expect(localTime(summer, "DTEND", "Europe/Berlin")).toBe("2025-07-01 10:45");
    expect(winter).toContain("\r\nDTSTART:20250115T093000Z\r\n");
    expect(localTime(winter, "DTSTART", "Europe/Berlin")).toBe("2025-01-15 10:30");
    expect(summer).toContain("\r\nX-WR-TIMEZONE:Europe/Berlin\r\n");
  });

  it("ends every line with CRLF and folds lines at 75 octets", () => {
    const long = appointmentIcs({
      ...appointment,
      description:
        "Bitte bringen Sie mit: ein biometrisches Passfoto, Ihren alten Ausweis, die Gebühr. ".repeat(5),
      start: "2025-07-01T10:30:00+02:00",
      end: "2025-07-01T10:45:00+02:00",
    });
    for (const ics of [summer, winter, long]) {
      expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
    expect(long).toMatch(/\r\n [^\r\n]/); // a folded continuation line
  });

  it("escapes text values", () => {
    expect(summer).toContain("LOCATION:Stadtbüro\\, Frankfurter Straße 1\\, 35037 Marburg");
  });

  it("writes iTIP cancellations with organizer, sequence and CANCELLED status", () => {
    const cancel = appointmentIcs({
      ...appointment,
      method: "CANCEL",
      sequence: 1,
      organizer: { name: "Stadtbüro Marburg", email: "termine@marburg.example" },
      attendee: { name: "Erika Mustermann", email: "erika.mustermann@example.org" },
      start: "2025-07-01T10:30:00+02:00",
      end: "2025-07-01T10:45:00+02:00",
    });
    expect(cancel).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(cancel).toContain("\r\nSEQUENCE:1\r\n");
    expect(cancel).toContain("\r\nSTATUS:CANCELLED\r\n");
    expect(cancel).toContain("mailto:termine@marburg.example");
    expect(() =>
      appointmentIcs({
        ...appointment,
        method: "REQUEST",
        start: "2025-07-01T08:30:00Z",
        end: "2025-07-01T09:00:00Z",
      }),
    ).toThrow(/organizer/);
  });

  it("rejects times without a zone, a reversed range and an unknown zone", () => {
    const times = { start: "2025-07-01T10:30:00+02:00", end: "2025-07-01T10:45:00+02:00" };
    expect(() => appointmentIcs({ ...appointment, ...times, start: "2025-07-01T10:30:00" })).toThrow(/start/);
    expect(() => appointmentIcs({ ...appointment, start: times.end, end: times.start })).toThrow(/after/);
    expect(() => appointmentIcs({ ...appointment, ...times, timeZone: "Europe/Marburg" })).toThrow(/zone/);
  });
});

describe("calendarFeed", () => {
  it("is one subscribable calendar with an event per stop", () => {
    const stop = { ...appointment, summary: "Mobiles Stadtbüro in Cappel", url: undefined };
    const feed = calendarFeed("Mobiles Stadtbüro: Cappel", [
      {
        ...stop,
        uid: "stop-cappel-2025-03-28@stadtbuero.invalid",
        start: "2025-03-28T08:00:00Z",
        end: "2025-03-28T11:00:00Z",
      },
      {
        ...stop,
        uid: "stop-cappel-2025-04-04@stadtbuero.invalid",
        start: "2025-04-04T07:00:00Z",
        end: "2025-04-04T10:00:00Z",
      },
    ]);
    expect(feed).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(2);
    expect(feed).toContain("\r\nX-WR-CALNAME:Mobiles Stadtbüro: Cappel\r\n");
    expect(feed).toContain("\r\nMETHOD:PUBLISH\r\n");
    expect(feed).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
    // 9:00 before the clocks change on 30 March 2025, 9:00 after it
    expect(localTime(feed, "DTSTART", "Europe/Berlin")).toBe("2025-03-28 09:00");
    const second = feed.slice(feed.indexOf("stop-cappel-2025-04-04"));
    expect(localTime(second, "DTSTART", "Europe/Berlin")).toBe("2025-04-04 09:00");
    expect(feed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("outbox transport", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const sentAt = "2025-06-20T09:15:00.000Z";
  const mailerIn = (outboxDir: string, clock = fixedClock(sentAt)) =>
    createMailer({ smtpUrl: undefined, from: FROM, outboxDir }, clock);

  it("writes a readable .eml and a summary that the outbox lists and shows", async () => {
    const outboxDir = join(dir, "outbox"); // created on demand
    const mailer = mailerIn(outboxDir);
    const { messageId } = await mailer.send(confirmation());
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@stadtbuero\.invalid>$/);

    const entries = await listOutbox(outboxDir);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    if (!entry) throw new Error("no entry");
    expect(entry.to).toBe("erika.mustermann@example.org");
    expect(entry.subject).toBe("Ihr Termin am 1. Juli 2025 um 10:30 Uhr");
    expect(new Date(entry.date).toISOString()).toBe(sentAt);
    expect(entry.id).toMatch(/^20250620T091500000Z-[0-9a-f-]{36}$/);
    expect(messageId).toContain(entry.id.slice(entry.id.indexOf("-") + 1));

    const message = await readOutboxMessage(outboxDir, entry.id);
    expect(message?.text).toContain("Ihr Termin im Stadtbüro ist gebucht");
    expect(message?.from).toBe(FROM);
    expect(message?.messageId).toBe(messageId);
    expect(message?.headers).toEqual({ "Content-Language": "de", "Auto-Submitted": "auto-generated" });
    expect(message?.attachments.map((a) => a.filename)).toEqual(["termin.ics"]);

    const files = (await readdir(outboxDir)).sort();
    expect(files).toEqual([`${entry.id}.eml`, `${entry.id}.json`]);
    const raw = await readFile(join(outboxDir, `${entry.id}.eml`));
    expect(raw.toString("latin1").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe("Ihr Termin am 1. Juli 2025 um 10:30 Uhr");
    expect(parsed.from).toMatchObject({ address: "noreply@stadtbuero.invalid", name: "Stadtbüro Marburg" });
    expect(parsed.text).toContain("Mit freundlichen Grüßen");
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.headers.find((h) => h.key === "content-language")?.value).toBe("de");
    await mailer.close();
  });

  it("lists the newest message first and skips foreign files", async () => {
    const clock = fixedClock(sentAt);
    const mailer = mailerIn(dir, clock);
    await mailer.send({ ...confirmation(), subject: "Erste" });
    clock.advance(1000);
    await mailer.send({ ...confirmation(), subject: "Zweite" });
    await rm(join(dir, "notes.json"), { force: true });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "notes.json"), "not json");
    await writeFile(join(dir, "20250101T000000000Z-00000000-0000-0000-0000-000000000000.json"), "{}");
    expect((await listOutbox(dir)).map((e) => e.subject)).toEqual(["Zweite", "Erste"]);
  });

  it("treats a missing folder as empty and never reads outside it", async () => {
    expect(await listOutbox(join(dir, "missing"))).toEqual([]);
    for (const id of ["../../etc/passwd", "..", "/etc/passwd", "x.json", ""]) {
      expect(await readOutboxMessage(dir, id)).toBeUndefined();
    }
  });

  it("refuses a message without plain text or with a forged header", async () => {
    const mailer = mailerIn(dir);
    await expect(mailer.send({ ...confirmation(), text: "  " })).rejects.toThrow(/plain-text/);
    await expect(mailer.send({ ...confirmation(), headers: { Bcc: "x@example.org" } })).rejects.toThrow(
      /Bcc/,
    );
    await expect(
      mailer.send({ ...confirmation(), headers: { "X-Note": "a\r\nBcc: x@example.org" } }),
    ).rejects.toThrow(/line break/);
    expect(await listOutbox(dir)).toEqual([]);
  });
});

describe("SMTP transport", () => {
  interface Received {
    raw: Buffer;
    from: string;
    to: string[];
    user: string | undefined;
  }
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === "stadt" && auth.password === "geheim") return callback(null, { user: "stadt" });
        return callback(new Error("invalid credentials"));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const address = (a: SMTPServerAddress | false) => (a ? a.address : "");
          received.push({
            raw: Buffer.concat(chunks),
            from: address(session.envelope.mailFrom),
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(resolve)));

  it("delivers the message with its calendar attachment to the server", async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://stadt:geheim@127.0.0.1:${port}`,
      from: FROM,
      outboxDir: join(tmpdir(), "unused-outbox"),
    });
    const { messageId } = await mailer.send(confirmation());
    await mailer.close();

    expect(received).toHaveLength(1);
    const [mail] = received;
    if (!mail) throw new Error("nothing received");
    expect(mail.user).toBe("stadt");
    expect(mail.from).toBe("noreply@stadtbuero.invalid");
    expect(mail.to).toEqual(["erika.mustermann@example.org"]);

    const parsed = await PostalMime.parse(mail.raw);
    expect(parsed.messageId).toBe(messageId);
    expect(parsed.to?.map((a) => ("address" in a ? a.address : ""))).toEqual([
      "erika.mustermann@example.org",
    ]);
    expect(parsed.subject).toBe("Ihr Termin am 1. Juli 2025 um 10:30 Uhr");
    expect(parsed.text).toContain("Ihr Termin im Stadtbüro ist gebucht: Dienstag, 1. Juli 2025, 10:30 Uhr.");
    expect(parsed.html).toBeUndefined();
    expect(parsed.attachments).toHaveLength(1);
    const [ics] = parsed.attachments;
    expect(ics?.filename).toBe("termin.ics");
    expect(ics?.mimeType).toBe("text/calendar");
    const content = typeof ics?.content === "string" ? ics.content : new TextDecoder().decode(ics?.content);
    expect(content).toContain("BEGIN:VEVENT");
    expect(content).toContain("UID:appointment-42@stadtbuero.invalid");
    expect(content).toContain("DTSTART:20250701T083000Z");
  });

  it("fails loudly when the server refuses the credentials", async () => {
    const mailer = createMailer({
      smtpUrl: `smtp://stadt:falsch@127.0.0.1:${port}`,
      from: FROM,
      outboxDir: join(tmpdir(), "unused-outbox"),
    });
    await expect(mailer.send(confirmation())).rejects.toThrow();
    await mailer.close();
  });
});

describe("dev outbox pages", () => {
  let dir: string;
  let t: TestApp;
  beforeAll(async () => {
    dir = await tempDir();
    t = await createTestApp("pglite", { DATA_DIR: dir, DEV_PAGES: "true" });
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });
  const get = (url: string) => t.app.inject({ method: "GET", url });

  it("lists the sent message and shows it, in German and English", async () => {
    await t.app.mailer.send(confirmation());
    const [entry] = await listOutbox(join(dir, "outbox"));
    if (!entry) throw new Error("the app's mailer did not write to DATA_DIR/outbox");

    const list = await get("/dev/outbox");
    expect(list.statusCode).toBe(200);
    expect(list.headers["cache-control"]).toBe("no-store");
    expect(list.body).toContain('<html lang="de"');
    expect(list.body).toMatch(/<h1[^>]*>Postausgang \(Entwicklung\)<\/h1>/);
    expect(list.body).toContain('<main id="main"');
    expect(list.body).toContain('<th class="kern-table__header" scope="col">Betreff</th>');
    expect(list.body).toContain("erika.mustermann@example.org");
    expect(list.body).toContain(`href="/dev/outbox/${entry.id}"`);
    expect(list.body).toContain("Ihr Termin am 1. Juli 2025 um 10:30 Uhr");

    const page = await get(`/dev/outbox/${entry.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<h1[^>]*>Ihr Termin am 1\. Juli 2025 um 10:30 Uhr<\/h1>/);
    expect(page.body).toContain("noreply@stadtbuero.invalid");
    expect(page.body).toContain("Ihr Termin im Stadtbüro ist gebucht");
    // the address becomes a link; the full stop after it stays text
    expect(page.body).toContain(
      '<a class="kern-link" href="https://marburg.example/termine/abc">https://marburg.example/termine/abc</a>.',
    );
    expect(page.body).toContain("termin.ics");
    expect(page.body).toContain("Auto-Submitted");
    expect(page.body).not.toMatch(/<script/);

    const raw = await get(`/dev/outbox/${entry.id}/eml`);
    expect(raw.statusCode).toBe(200);
    expect(raw.headers["content-type"]).toContain("message/rfc822");
    expect((await PostalMime.parse(raw.rawPayload)).subject).toBe("Ihr Termin am 1. Juli 2025 um 10:30 Uhr");

    const en = await get("/en/dev/outbox");
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain("Outbox (development)");
    expect(en.body).toContain(`href="/en/dev/outbox/${entry.id}"`);
    const enPage = await get(`/en/dev/outbox/${entry.id}`);
    expect(enPage.statusCode).toBe(200);
    expect(enPage.body).toContain("Attachments");
  });

  it("answers unknown and malformed ids with 404 or 400, never a file", async () => {
    expect(
      (await get("/dev/outbox/20250101T000000000Z-00000000-0000-0000-0000-000000000000")).statusCode,
    ).toBe(404);
    for (const url of [
      "/dev/outbox/../../etc",
      "/dev/outbox/..%2F..%2Fetc%2Fpasswd",
      "/dev/outbox/%2e%2e",
      "/dev/outbox/x/eml",
      "/dev/outbox/..%2F..%2Fetc%2Fpasswd/eml",
    ]) {
      const res = await get(url);
      expect([400, 404], url).toContain(res.statusCode);
      expect(res.body).not.toContain("root:");
      expect(res.headers["content-type"]).toContain("text/html");
    }
  });
});

describe("dev outbox without the opt-in", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  for (const [name, env] of [
    ["by default (NODE_ENV unset, as npm start runs)", {}],
    [
      "in production",
      {
        NODE_ENV: "production",
        COOKIE_SECRET: "a-production-secret-of-32-characters-at-least",
        DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
      },
    ],
    [
      "with an https PUBLIC_URL behind a proxy",
      { PUBLIC_URL: "https://termine.example.org", TRUST_PROXY: "1" },
    ],
  ] as const) {
    it(`has no outbox pages ${name}, but a mailer`, async () => {
      const t = await createTestApp("pglite", {
        ...env,
        NODE_ENV: env.NODE_ENV ?? "development",
        DATA_DIR: dir,
      });
      try {
        await t.app.mailer.send(confirmation());
        const [entry] = await listOutbox(join(dir, "outbox"));
        expect(entry).toBeDefined();
        for (const url of ["/dev/outbox", "/en/dev/outbox", `/dev/outbox/${entry?.id}`]) {
          expect((await t.app.inject({ method: "GET", url })).statusCode, url).toBe(404);
        }
      } finally {
        await t.close();
      }
    });
  }

  it("refuses the opt-in in production, with a public URL, behind a proxy or on a public interface", () => {
    const secret = {
      COOKIE_SECRET: "a-production-secret-of-32-characters-at-least",
      DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
    };
    for (const env of [
      { NODE_ENV: "production", ...secret },
      { PUBLIC_URL: "https://termine.example.org" },
      { PUBLIC_URL: "http://termine.example.org" },
      { TRUST_PROXY: "1" },
      { TRUST_PROXY: "10.0.0.5" },
      { HOST: "0.0.0.0" },
    ]) {
      expect(() => loadConfig({ ...env, DEV_PAGES: "true" }), JSON.stringify(env)).toThrow(/DEV_PAGES/);
    }
    expect(loadConfig({ DEV_PAGES: "true" }).devPages).toBe(true);
    expect(loadConfig({}).devPages).toBe(false);
  });

  it("answers 404 to anything that came through a proxy or from elsewhere, even when opted in", async () => {
    const t = await createTestApp("pglite", { DATA_DIR: dir, DEV_PAGES: "true" });
    try {
      const direct = await t.app.inject({ method: "GET", url: "/dev/outbox" });
      expect(direct.statusCode).toBe(200);
      for (const options of [
        { headers: { "x-forwarded-for": "127.0.0.1" } },
        { headers: { forwarded: "for=127.0.0.1" } },
        { headers: { "x-real-ip": "127.0.0.1" } },
        { headers: { host: "termine.example.org" } },
        { remoteAddress: "192.0.2.10" },
      ]) {
        const res = await t.app.inject({ method: "GET", url: "/dev/outbox", ...options });
        expect(res.statusCode, JSON.stringify(options)).toBe(404);
      }
    } finally {
      await t.close();
    }
  });
});
