import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

/** The current code of an authenticator enrolled with `secret` (base 32, spaces allowed). */
export const totpCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")), digits: 6, period: 30 }).generate();

/** The one-time password `create-admin` wrote to `file` in the e2e data directory (see playwright.config.ts). */
export function oneTimePasswordFrom(file: string): string {
  const text = readFileSync(join(process.env.E2E_DATA_DIR ?? "", file), "utf8");
  const password = /shown only now\): (\S+)/.exec(text)?.[1];
  if (!password) throw new Error(`no one-time password in ${file}: ${text}`);
  return password;
}

/** The first sign-in with a one-time password: choose a password, enrol the authenticator. */
export async function firstSignIn(
  page: Page,
  username: string,
  oneTimePassword: string,
  newPassword: string,
) {
  const h1 = page.getByRole("heading", { level: 1 });
  await page.goto("/verwaltung/anmelden");
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort", { exact: true }).fill(oneTimePassword);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(h1).toHaveText("Neues Passwort festlegen");
  await page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1).toHaveText("Zweiten Faktor einrichten");
  const secret = await page.locator("[data-secret]").getAttribute("data-secret");
  await page.getByLabel("Code").fill(totpCode(secret ?? ""));
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1).toHaveText("Übersicht");
}

/**
 * An administrator (signed in on `admin`) gives a new clerk an account at the Stadtbüro;
 * @returns the clerk's one-time password
 */
export async function createStadtbueroClerk(admin: Page, username: string, name: string): Promise<string> {
  await admin.goto("/verwaltung/konten/neu");
  await admin.getByLabel("Benutzername").fill(username);
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Sachbearbeitung Stadtbüro").check();
  await admin.getByRole("group", { name: "Arbeitsorte" }).getByLabel("Stadtbüro Marburg").check();
  await admin.getByRole("button", { name: "Konto anlegen" }).click();
  return (await admin.locator("[data-one-time-password]").innerText()).trim();
}
