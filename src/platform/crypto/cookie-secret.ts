import { randomBytes } from "node:crypto";
import { type AppConfig, COOKIE_SECRET_REQUIRED, type Config, ConfigError } from "../../config";
import type { Database } from "../db/database";
import { keepInstallationKey } from "./installation-key-queries";

/**
 * The key of the CSRF cookie, the tickets' QR codes and the address hashes: `COOKIE_SECRET`
 * when set (production requires it). Elsewhere the installation's own, made on the first
 * start and kept in the database, so every instance on that database and every restart use
 * the same one: a key per process would make a ticket printed by one instance, or a form
 * served by it, invalid on the next.
 * @throws ConfigError in production without COOKIE_SECRET (`loadConfig` refuses that already)
 */
export async function cookieSecretFor(
  config: Pick<Config, "env" | "cookieSecret">,
  database: Database,
): Promise<string> {
  if (config.cookieSecret) return config.cookieSecret;
  if (config.env === "production")
    throw new ConfigError(`Invalid configuration:\n  ${COOKIE_SECRET_REQUIRED}`);
  return keepInstallationKey(database.db, "cookie-secret", randomBytes(48).toString("base64url"));
}

/** The configuration with its cookie secret resolved, as the app's plugins take it. */
export async function withCookieSecret(config: Config, database: Database): Promise<AppConfig> {
  return { ...config, cookieSecret: await cookieSecretFor(config, database) };
}
