import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectNoViolations } from "./axe";

// The server was started with a first administrator (its one-time password in admin.txt)
// and a few made-up appointments for today at the Stadtbüro (see playwright.config.ts).

const codeFor = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")), digits: 6, period: 30 }).generate();

function adminOneTimePassword(): string {
  const text = readFileSync(join(process.env.E2E_DATA_DIR ?? "", "admin.txt"), "utf8");
  const password = /shown only now\): (\S+)/.exec(text)?.[1];
  if (!password) throw new Error(`no one-time password in admin.txt: ${text}`);
  return password;
}

/** The first sign-in with a one-time password: choose a password, enrol the authenticator. */
async function firstSignIn(page: Page, username: string, oneTimePassword: string, newPassword: string) {
  await page.goto("/verwaltung/anmelden");
  await expectNoViolations(page);
  await page.getByLabel("Benutzername").fill(username);
  await page.getByLabel("Passwort", { exact: true }).fill(oneTimePassword);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
  await expectNoViolations(page);
  await page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zweiten Faktor einrichten");
  await expect(page.getByRole("img", { name: /QR-Code/ })).toBeVisible();
  await expectNoViolations(page);
  const secret = await page.locator("[data-secret]").getAttribute("data-secret");
  await page.getByLabel("Code").fill(codeFor(secret ?? ""));
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht");
}

/** Presses Tab until the focused element is the named button or link (keyboard only). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return "";
      const label = el.labels?.[0]?.innerText ?? el.getAttribute("aria-label") ?? el.innerText ?? "";
      return label.trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`could not reach "${name}" with the Tab key`);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: true,
  });
  return context.newPage();
}

test.describe("back office and call display", () => {
  test("an administrator creates a clerk, who checks in, calls, serves and finishes; the display shows the call", async ({
    page,
    browser,
  }, info) => {
    test.skip(info.project.name !== "js-on", "one run: the accounts are created once");
    // Two first sign-ins (argon2id hashing) and many axe checks: longer than a citizen flow.
    test.setTimeout(180_000);

    // The administrator's first sign-in, then a new account for a clerk.
    await firstSignIn(page, "e2e-admin", adminOneTimePassword(), "Lange Sätze sind sichere Passwörter 1");
    await expectNoViolations(page);
    // Every administration page is accessible (WCAG 2.1 AA) as it first appears.
    for (const path of [
      "/verwaltung/leistungen",
      "/verwaltung/leistungen/personalausweis",
      "/verwaltung/orte",
      "/verwaltung/orte/stadtbuero",
      "/verwaltung/oeffnungszeiten",
      "/verwaltung/tourenplan",
      "/verwaltung/rueckmeldungen",
      "/verwaltung/protokoll",
      "/verwaltung/statistik",
      "/en/verwaltung/statistik",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
    await page.goto("/verwaltung");
    await page.getByRole("link", { name: "Mitarbeitende" }).first().click();
    await expectNoViolations(page);
    await page.getByRole("link", { name: "Neues Konto anlegen" }).click();
    await page.getByLabel("Benutzername").fill("k.klein");
    await page.getByLabel("Name", { exact: true }).fill("Kim Klein");
    await page.getByLabel("Sachbearbeitung Stadtbüro").check();
    await page.getByRole("group", { name: "Arbeitsorte" }).getByLabel("Stadtbüro Marburg").check();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    const oneTime = (await page.locator("[data-one-time-password]").innerText()).trim();
    expect(oneTime).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
    await expectNoViolations(page);

    // The clerk signs in on another computer, with a second factor.
    const clerk = await newPage(browser);
    await firstSignIn(clerk, "k.klein", oneTime, "Mein Schalter ist die Nummer zwei");
    await expectNoViolations(clerk);

    await clerk.goto("/verwaltung/hausbesuche");
    await expect(clerk.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(clerk);

    // A booked resident arrives: check-in in the day view.
    await clerk.getByRole("link", { name: "Tagesansicht" }).first().click();
    await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("Tagesansicht");
    await expectNoViolations(clerk);
    const checkIn = clerk.getByRole("button", { name: /^Termin .+ einchecken$/ }).first();
    await checkIn.click();
    await expect(clerk.getByRole("status")).toContainText("Wartenummer T-001");

    // The waiting room's screen is open (JavaScript, live updates).
    const display = await newPage(browser);
    await display.goto("/anzeige/stadtbuero");
    await expect(display.locator("[data-call-display]")).toHaveAttribute("data-live", "true");
    // the optional chime: a button (browsers allow sound only after a click), off until pressed
    const chime = display.getByRole("button", { name: "Ton einschalten" });
    await expect(chime).toHaveAttribute("aria-pressed", "false");
    await chime.click();
    await expect(display.getByRole("button", { name: "Ton ausschalten" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expectNoViolations(display);

    // At the counter, keyboard only.
    await clerk.goto("/verwaltung/schalter");
    await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("Arbeitsplatz wählen");
    await tabTo(clerk, /Schalter 1$/);
    await clerk.keyboard.press("ArrowDown");
    await tabTo(clerk, "Arbeitsplatz übernehmen");
    await clerk.keyboard.press("Enter");
    await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("Schalter: Schalter 2");
    await expectNoViolations(clerk);
    await tabTo(clerk, "Nächste Person aufrufen");
    await clerk.keyboard.press("Enter");
    await expect(clerk.getByRole("status")).toHaveText("T-001 ist aufgerufen.");
    await expect(clerk.locator("[data-current-number]")).toHaveText("T-001");

    // The display shows it without reloading, with nothing about the person.
    const latest = display.locator("[data-latest]");
    await expect(latest).toContainText("T-001");
    await expect(latest).toContainText("Schalter 2");
    await expect(latest).toHaveAttribute("aria-live", "assertive");
    await expect(display.locator("body")).not.toContainText("Muster");
    await expectNoViolations(display);

    await tabTo(clerk, "Erneut aufrufen");
    await clerk.keyboard.press("Enter");
    await expect(clerk.getByRole("status")).toHaveText("T-001 ist erneut aufgerufen.");
    await tabTo(clerk, "Person ist da – beginnen");
    await clerk.keyboard.press("Enter");
    await expect(clerk.getByRole("status")).toHaveText("Bearbeitung von T-001 begonnen.");
    await expectNoViolations(clerk);
    await tabTo(clerk, "Abschließen");
    await clerk.keyboard.press("Enter");
    await expect(clerk.getByRole("status")).toHaveText("T-001 ist abgeschlossen.");
    await expect(latest).toContainText("Noch kein Aufruf");

    // A walk-in ticket, printable, with its QR code.
    await clerk.getByRole("link", { name: "Wartemarke ausgeben" }).first().click();
    await clerk.getByLabel("Meldebescheinigung beantragen", { exact: true }).check();
    await expectNoViolations(clerk);
    await clerk.getByRole("button", { name: "Wartemarke ausgeben" }).click();
    await expect(clerk.locator("[data-ticket-number]")).toHaveText("W-001");
    await clerk.getByRole("link", { name: "Wartemarke drucken" }).click();
    await expect(clerk.getByRole("img", { name: /QR-Code/ })).toBeVisible();
    await expectNoViolations(clerk);
    const positionUrl = (await clerk.locator(".sb-ticket__url").innerText()).trim();
    const holder = await newPage(browser);
    await holder.goto(new URL(positionUrl).pathname);
    await expect(holder.getByRole("heading", { level: 1 })).toHaveText("Ihre Wartenummer W-001");
    await expect(holder.locator("#position-status")).toContainText("Sie sind als Nächstes dran.");
    await expectNoViolations(holder);
  });

  test("the call display and the sign-in work without JavaScript", async ({ page }, info) => {
    test.skip(info.project.name !== "js-off", "the fallback of the display");
    await page.goto("/anzeige/stadtbuero");
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveAttribute("content", "10");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aufrufe");
    await expectNoViolations(page);
    await page.goto("/en/anzeige/stadtbuero");
    await expect(page.getByText("You are called by your number only.", { exact: false })).toBeVisible();
    await expectNoViolations(page);

    await page.goto("/verwaltung/tag");
    await expect(page).toHaveURL(/\/verwaltung\/anmelden\?weiter=%2Fverwaltung%2Ftag$/);
    await page.getByLabel("Benutzername").fill("niemand");
    await page.getByLabel("Passwort", { exact: true }).fill("falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("alert")).toContainText("Benutzername oder Passwort stimmen nicht.");
    await expectNoViolations(page);
  });
});
