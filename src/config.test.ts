import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("uses defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.tenant).toBe("marburg");
    expect(c.publicUrl).toBe("http://localhost:3000");
  });

  it("names the variable that is invalid", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("requires a cookie secret in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/COOKIE_SECRET/);
  });

  it("keeps cases for a set time after they ended, per service where configured", () => {
    expect(loadConfig({}).applications).toEqual({
      draftRetentionDays: 30,
      caseRetentionDays: 90,
      caseRetentionByService: {},
    });
    const c = loadConfig({ CASE_RETENTION_BY_SERVICE: "gewerbe-anmelden:365, meldebescheinigung:30" });
    expect(c.applications.caseRetentionByService).toEqual({
      "gewerbe-anmelden": 365,
      meldebescheinigung: 30,
    });
    expect(() => loadConfig({ CASE_RETENTION_BY_SERVICE: "gewerbe:0" })).toThrow(/CASE_RETENTION_BY_SERVICE/);
    expect(() => loadConfig({ CASE_RETENTION_DAYS: "0" })).toThrow(/CASE_RETENTION_DAYS/);
  });

  it("requires the keys of encryption at rest in production and checks them", () => {
    const secret = { COOKIE_SECRET: "a-production-secret-of-32-characters-at-least" };
    expect(() => loadConfig({ NODE_ENV: "production", ...secret })).toThrow(/DATA_KEYS: required/);
    expect(() => loadConfig({ DATA_KEYS: "k1:tooshort" })).toThrow(/DATA_KEYS: key k1 is not 32 bytes/);
    const key = Buffer.alloc(32, 7).toString("base64");
    const config = loadConfig({ NODE_ENV: "production", ...secret, DATA_KEYS: `k2:${key},k1:${key}` });
    expect(config.dataKeys?.map((k) => k.id)).toEqual(["k2", "k1"]);
    expect(loadConfig({}).dataKeys).toBeUndefined();
  });

  it("runs the background jobs unless JOBS=false", () => {
    expect(loadConfig({}).jobs).toBe(true);
    expect(loadConfig({ JOBS: "false" }).jobs).toBe(false);
    expect(() => loadConfig({ JOBS: "nein" })).toThrow(/JOBS/);
  });

  it("limits waitlist wishes per address and remembers lapsed offers for a while", () => {
    expect(loadConfig({}).booking).toMatchObject({ waitlistMaxPerEmail: 3, waitlistLapseDays: 90 });
    expect(loadConfig({ WAITLIST_MAX_PER_EMAIL: "5" }).booking.waitlistMaxPerEmail).toBe(5);
    expect(() => loadConfig({ WAITLIST_MAX_PER_EMAIL: "0" })).toThrow(/WAITLIST_MAX_PER_EMAIL/);
    expect(() => loadConfig({ WAITLIST_MAX_PER_EMAIL: "drei" })).toThrow(/WAITLIST_MAX_PER_EMAIL/);
    expect(() => loadConfig({ WAITLIST_LAPSE_DAYS: "0" })).toThrow(/WAITLIST_LAPSE_DAYS/);
    expect(() => loadConfig({ WAITLIST_LAPSE_DAYS: "1000" })).toThrow(/WAITLIST_LAPSE_DAYS/);
  });

  it("allows ten sign-in posts a minute per address unless set otherwise", () => {
    expect(loadConfig({}).signInPostsPerMinute).toBe(10);
    expect(loadConfig({ SIGN_IN_POSTS_PER_MINUTE: "1000" }).signInPostsPerMinute).toBe(1000);
    expect(() => loadConfig({ SIGN_IN_POSTS_PER_MINUTE: "0" })).toThrow(/SIGN_IN_POSTS_PER_MINUTE/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });
});
