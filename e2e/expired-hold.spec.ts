import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

/*
 * A hold runs out after BOOKING_HOLD_MINUTES (ten). Waiting for that in a browser test would
 * be slow, and shortening the hold on the shared server would change what every other spec
 * sees. So this spec starts a server of its own (e2e/support/clocked-server.ts): the real
 * application over HTTP on its own fresh database, whose clock the test moves, as the
 * integration tests do. Nothing in any database is edited by hand. Each project (JavaScript
 * on and off) runs in its own worker with its own server, so they never compete for a time.
 */

test.describe.configure({ mode: "serial" });

let server: ChildProcess;
let origin = "";
let now = new Date(0);

function next<T>(what: (message: unknown) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const value = what(message);
      if (value === undefined) return;
      server.off("message", onMessage);
      resolve(value);
    };
    server.on("message", onMessage);
    server.once("exit", (code) => reject(new Error(`the clocked server stopped (${code})`)));
  });
}

/** Moves the server's clock on; resolves once it has. */
async function advance(minutes: number): Promise<void> {
  const moved = next((m) => (m as { now?: string }).now);
  server.send({ advanceMinutes: minutes });
  now = new Date(await moved);
}

/** "08:40": a clock time in Marburg, as the pages show it. */
const clockTime = (at: Date) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(
    at,
  );
const inMinutes = (minutes: number) => clockTime(new Date(now.getTime() + minutes * 60_000));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = fork(join(import.meta.dirname, "support", "clocked-server.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const started = await next((m) => {
    const { url, now } = m as { url?: string; now?: string };
    return url && now ? { url, now } : undefined;
  });
  origin = started.url;
  now = new Date(started.now);
});

test.afterAll(() => {
  if (server.pid && server.exitCode === null) server.kill("SIGTERM");
});

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const fact = (page: Page, term: string) =>
  page
    .locator("dl.sb-facts dt")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");
const email = (project: string, what: string) => `e2e-${what}-${project}@example.org`;

/** The text of a radio button's label. */
async function labelOf(page: Page, radio: Locator): Promise<string> {
  const id = await radio.getAttribute("id");
  return (await page.locator(`label[for="${id}"]`).innerText()).trim();
}

/** From the days of the Stadtbüro to the details page, holding the `index`-th time of the first day. */
async function holdATime(page: Page, index: number): Promise<string> {
  await page.goto(`${origin}/termin/tag?leistungen=personalausweis&ort=stadtbuero`);
  await page.getByRole("main").getByRole("list").getByRole("link").first().click();
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  const radio = page.getByRole("radio").nth(index);
  const label = await labelOf(page, radio);
  await radio.check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Ihre Angaben");
  return label;
}

test("the check page after the hold ran out leads to a page that says so, offers the day's times and keeps the entries", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const held = await holdATime(page, 0);
  await expect(page.getByText(`${held}, Stadtbüro Marburg`)).toBeVisible();
  const until = inMinutes(10);
  await expect(page.getByText(`Wir halten diese Zeit für Sie bis ${until} Uhr.`)).toBeVisible();
  await expectNoViolations(page);

  const address = email(testInfo.project.name, "check");
  await page.getByLabel("Vor- und Nachname").fill("Erika Mustermann");
  await page.getByLabel("E-Mail-Adresse").fill(address);
  await page.getByLabel("Zugang mit Rollstuhl").check();
  await page.getByLabel("Andere Unterstützung").fill("Bitte langsam sprechen");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Bitte prüfen Sie Ihre Angaben");
  await expect(page.getByText(`Wir halten diese Zeit für Sie bis ${until} Uhr.`)).toBeVisible();
  await expectNoViolations(page);

  // The resident is called away; when they come back, the ten minutes are over.
  await advance(11);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(page).toHaveURL(/\/termin\/r\/[A-Za-z0-9_-]{32}\/abgelaufen$/);
  await expect(h1(page)).toHaveText("Die Reservierung ist abgelaufen");
  await expect(page).toHaveTitle(/^Die Reservierung ist abgelaufen – Termin vereinbaren/);
  await expect(page.getByText(/Ihre Angaben haben wir behalten/)).toBeVisible();
  await expect(page.getByText("Bitte geben Sie Ihren Namen ein.")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Termin verbindlich buchen" })).toHaveCount(0);
  // the free times of that same day, the time held before among them again
  const day = held.replace(/, \d\d:\d\d bis \d\d:\d\d Uhr$/, "");
  const times = page.getByRole("group", { name: `Freie Zeiten am ${day}` });
  await expect(times).toBeVisible();
  await expect(times.getByRole("radio", { name: held, exact: true })).toBeVisible();
  for (const label of await times.locator("label").allInnerTexts()) expect(label.startsWith(day)).toBe(true);
  await expectNoViolations(page);

  // A new time goes straight on to the check, with everything entered before.
  const second = times.getByRole("radio").nth(1);
  const chosen = await labelOf(page, second);
  await second.check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Bitte prüfen Sie Ihre Angaben");
  await expect(fact(page, "Wann")).toHaveText(chosen);
  await expect(fact(page, "Name")).toHaveText("Erika Mustermann");
  await expect(fact(page, "E-Mail")).toHaveText(address);
  await expect(fact(page, "Unterstützung")).toHaveText("Zugang mit Rollstuhl, Bitte langsam sprechen");
  await expect(page.getByText(`Wir halten diese Zeit für Sie bis ${inMinutes(10)} Uhr.`)).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(h1(page)).toHaveText("Ihr Termin ist gebucht");
  await expect(fact(page, "Wann")).toHaveText(chosen);
  await expect(
    page.getByRole("link", { name: "Termin in Ihren Kalender übernehmen (ics-Datei)" }),
  ).toBeVisible();
  await expectNoViolations(page);
});

test("details sent after the hold ran out are kept for the new time", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await holdATime(page, 2);
  await expect(page.getByText(`Wir halten diese Zeit für Sie bis ${inMinutes(10)} Uhr.`)).toBeVisible();
  await advance(10);
  const address = email(testInfo.project.name, "details");
  await page.getByLabel("Vor- und Nachname").fill("Max Mustermann");
  await page.getByLabel("E-Mail-Adresse").fill(address);
  await page.getByLabel("Gebärdensprachdolmetschung").check();
  await page.getByRole("button", { name: "Weiter" }).click();

  await expect(page).toHaveURL(/\/abgelaufen$/);
  await expect(h1(page)).toHaveText("Die Reservierung ist abgelaufen");
  // Reloading the details page leads here too, not to an empty form.
  await page.goto(page.url().replace(/abgelaufen$/, "angaben"));
  await expect(h1(page)).toHaveText("Die Reservierung ist abgelaufen");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Bitte prüfen Sie Ihre Angaben");
  await expect(fact(page, "Name")).toHaveText("Max Mustermann");
  await expect(fact(page, "E-Mail")).toHaveText(address);
  await expect(fact(page, "Unterstützung")).toHaveText("Gebärdensprachdolmetschung");
  await expectNoViolations(page);
});
