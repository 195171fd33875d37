import { isIP } from "node:net";
import { join } from "node:path";
import { z } from "zod";
import { type DataKey, parseDataKeys } from "./platform/crypto/sealer";
import { LOOPBACK_ONLY, parseAddressList } from "./platform/metrics/allow-list";

/**
 * The only reader of the environment. Parsed once at boot; an invalid value stops the
 * process with a message naming the variable.
 */
const booleanString = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default("var"),
  TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default("marburg"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed === undefined) {
        ctx.addIssue({
          code: "custom",
          message:
            "must be false, the number of proxies in front (1–10), or their addresses (10.0.0.5,10.1.0.0/16); true would let every client choose its own address",
        });
        return z.NEVER;
      }
      return parsed;
    }),
  /** development pages (`/dev/outbox`): an explicit opt-in, only on a loopback address */
  DEV_PAGES: booleanString.default(false),
  /** the background jobs (reminders, waitlist offers, retention); off only where something else runs them */
  JOBS: booleanString.default(true),
  COOKIE_SECRET: z.string().min(32).optional(),
  /**
   * keys that encrypt residents' answers, uploads and documents at rest: `id:base64key,…`,
   * the first seals, all open (rotation: put a new key first). Unset outside production: a
   * key kept in `${DATA_DIR}/data-keys`.
   */
  DATA_KEYS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const keys = parseDataKeys(v);
      if (typeof keys === "string") {
        ctx.addIssue({ code: "custom", message: keys });
        return z.NEVER;
      }
      return keys;
    }),
  /** how long a draft application is kept after its last change */
  DRAFT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** how long a case is kept after it was completed, withdrawn or rejected */
  CASE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** per service, instead: `gewerbe-anmelden:365,meldebescheinigung:30` */
  CASE_RETENTION_BY_SERVICE: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const byService: Record<string, number> = {};
      for (const entry of v
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean)) {
        const m = /^([a-z0-9-]{1,80}):(\d{1,4})$/.exec(entry);
        const days = Number(m?.[2]);
        if (!m?.[1] || days < 1 || days > 3650) {
          ctx.addIssue({
            code: "custom",
            message: "each entry is service-key:days (1–3650), separated by commas",
          });
          return z.NEVER;
        }
        byService[m[1]] = days;
      }
      return byService;
    }),
  /**
   * who may read `/metrics`: addresses and networks (IPv4, IPv6) of the socket's peer; `none`
   * (or empty) turns the endpoint off
   */
  METRICS_ALLOW: z
    .string()
    .default(LOOPBACK_ONLY.join(","))
    .transform((v, ctx) => {
      const list = parseAddressList(v);
      if (typeof list === "string") {
        ctx.addIssue({ code: "custom", message: list });
        return z.NEVER;
      }
      return list;
    }),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** staff sign-in posts per client address and minute, both languages together */
  SIGN_IN_POSTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  BOOKING_HOLD_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  BOOKING_RELEASE_DELAY_MINUTES: z.coerce.number().int().min(0).max(10080).default(60),
  BOOKING_MAX_PER_EMAIL: z.coerce.number().int().min(1).max(50).default(3),
  BOOKING_MAX_HOLDS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
  REMINDER_HOURS: z.coerce.number().int().min(1).max(336).default(24),
  WAITLIST_OFFER_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  WAITLIST_MAX_PER_EMAIL: z.coerce.number().int().min(1).max(20).default(3),
  WAITLIST_LAPSE_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; unset: the outbox folder */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
      error: "must be an address like name@example.org or Name <name@example.org>",
    })
    .default("Stadtbüro <noreply@stadtbuero.invalid>"),
});

export type Config = {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  publicUrl: string;
  /** undefined: embedded PGlite in `${dataDir}/db` */
  databaseUrl: string | undefined;
  dataDir: string;
  tenant: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  /**
   * Which `X-Forwarded-*` headers to believe: none (false), those added by the last N hops,
   * or those added by proxies at these addresses. Never every hop.
   */
  trustProxy: TrustProxy;
  /** `/dev/outbox` and other development pages; never with a public URL or behind a proxy */
  devPages: boolean;
  /** whether `serve` runs the background jobs on their timers */
  jobs: boolean;
  /**
   * `COOKIE_SECRET`: the key of the CSRF cookie, the QR codes of tickets and the address
   * hashes (bookings, sign-in, rate limits). Undefined outside production when unset: then
   * `buildApp` takes the installation's own key from the database (`cookieSecretFor`).
   */
  cookieSecret: string | undefined;
  /** the key ring of encryption at rest; undefined: a development key in `${dataDir}/data-keys` */
  dataKeys: DataKey[] | undefined;
  applications: {
    /** drafts are deleted this many days after their last change */
    draftRetentionDays: number;
    /** cases are deleted this many days after they ended (completed, withdrawn, rejected) */
    caseRetentionDays: number;
    /** the same per service key, where it differs */
    caseRetentionByService: Readonly<Record<string, number>>;
  };
  rateLimitPerMinute: number;
  signInPostsPerMinute: number;
  /** peers that may read `/metrics` (addresses and networks); empty: no `/metrics` route */
  metricsAllow: string[];
  booking: {
    /** how long a chosen slot is held while the resident completes the form */
    holdMinutes: number;
    /** a cancelled slot becomes bookable again only after this delay (against appointment trading) */
    releaseDelayMinutes: number;
    /** active appointments per e-mail address */
    maxActivePerEmail: number;
    /** slots one client address may reserve per hour (against bots that take every slot) */
    maxHoldsPerHour: number;
    /** the reminder goes out this long before the appointment */
    reminderHours: number;
    /** how long a waitlist offer holds its slot before it passes to the next wish */
    waitlistOfferHours: number;
    /** active waitlist wishes (confirmed or awaiting confirmation) per e-mail address */
    waitlistMaxPerEmail: number;
    /** how long an offer that ran out counts against its address (two such: no more offers) */
    waitlistLapseDays: number;
    /** personal data of an appointment or wish is removed this many days after it ended */
    retentionDays: number;
    defaultServiceMinutes: number;
  };
  mail: {
    /** undefined: every message is written to `outboxDir` instead of being sent */
    smtpUrl: string | undefined;
    from: string;
    /** `${dataDir}/outbox`: one `.eml` file (and a `.json` summary) per message */
    outboxDir: string;
  };
};

/** The configuration as the app's plugins see it: the cookie secret resolved. */
export type AppConfig = Config & { cookieSecret: string };

/** Why COOKIE_SECRET is needed, for the error when production starts without it. */
export const COOKIE_SECRET_REQUIRED =
  "COOKIE_SECRET: required in production (at least 32 characters, e.g. from openssl rand -base64 48): it keys the CSRF cookie, the QR codes of walk-in tickets and the address hashes of bookings, sign-ins and rate limits; every instance behind the load balancer needs the same value";

export type TrustProxy = false | number | string[];

/** `false`, a hop count or a list of addresses and networks; undefined when invalid (`true` is). */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const v = value.trim();
  if (v === "false" || v === "0") return false;
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops >= 1 && hops <= 10 ? hops : undefined;
  }
  const entries = v.split(",").map((e) => e.trim());
  const valid = entries.every((entry) => {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
  });
  return valid && entries.length > 0 ? entries : undefined;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for a host name or address that only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment into a typed config.
 * @throws ConfigError naming every invalid variable
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty value means "use the default" — except for METRICS_ALLOW, where it turns the endpoint off.
  const withoutEmpty = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== "" || k === "METRICS_ALLOW"),
  );
  const parsed = EnvSchema.safeParse(withoutEmpty);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production") {
    const missing = [
      e.COOKIE_SECRET ? undefined : `  ${COOKIE_SECRET_REQUIRED}`,
      e.DATA_KEYS
        ? undefined
        : "  DATA_KEYS: required in production (id:key, the key from openssl rand -base64 32)",
    ].filter((line) => line !== undefined);
    if (missing.length > 0) throw new ConfigError(`Invalid configuration:\n${missing.join("\n")}`);
  }
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  if (e.DEV_PAGES) {
    const why =
      e.NODE_ENV === "production"
        ? "NODE_ENV is production"
        : e.TRUST_PROXY !== false
          ? "TRUST_PROXY says the server is behind a proxy"
          : new URL(publicUrl).protocol !== "http:" || !isLoopbackHost(new URL(publicUrl).hostname)
            ? "PUBLIC_URL is not a plain http://localhost address"
            : !isLoopbackHost(e.HOST)
              ? "HOST is not a loopback address"
              : undefined;
    if (why) {
      throw new ConfigError(
        `Invalid configuration:\n  DEV_PAGES: development pages show every mail sent, with its links; they are refused because ${why}`,
      );
    }
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    tenant: e.TENANT,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    devPages: e.DEV_PAGES,
    jobs: e.JOBS,
    // Unset outside production: never a key per process (another instance, or this one after
    // a restart, would refuse its tickets and forms), but the one kept in the database.
    cookieSecret: e.COOKIE_SECRET,
    dataKeys: e.DATA_KEYS,
    applications: {
      draftRetentionDays: e.DRAFT_RETENTION_DAYS,
      caseRetentionDays: e.CASE_RETENTION_DAYS,
      caseRetentionByService: e.CASE_RETENTION_BY_SERVICE,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    signInPostsPerMinute: e.SIGN_IN_POSTS_PER_MINUTE,
    metricsAllow: e.METRICS_ALLOW,
    booking: {
      holdMinutes: e.BOOKING_HOLD_MINUTES,
      releaseDelayMinutes: e.BOOKING_RELEASE_DELAY_MINUTES,
      maxActivePerEmail: e.BOOKING_MAX_PER_EMAIL,
      maxHoldsPerHour: e.BOOKING_MAX_HOLDS_PER_HOUR,
      reminderHours: e.REMINDER_HOURS,
      waitlistOfferHours: e.WAITLIST_OFFER_HOURS,
      waitlistMaxPerEmail: e.WAITLIST_MAX_PER_EMAIL,
      waitlistLapseDays: e.WAITLIST_LAPSE_DAYS,
      retentionDays: e.RETENTION_DAYS,
      defaultServiceMinutes: 15,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxDir: join(e.DATA_DIR, "outbox") },
  };
}

/** The variables a test may need, read in one place so tests stay off process.env. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
