import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { h1 } from "./support/forms";
import {
  emptyDatabase,
  type Instance,
  lastMailTo,
  runCommand,
  sharedEnvironment,
  startInstance,
  stopInstance,
} from "./support/instances";
import { createStadtbueroClerk, firstSignIn } from "./support/staff";

// Two instances of the production build on one PostgreSQL database, as a city runs them
// behind a load balancer: what one instance does, the other sees. They need a PostgreSQL
// server (TEST_DATABASE_URL; CI has one); PGlite is one process's database.

const serverUrl = process.env.TEST_DATABASE_URL;
const TAKEN = "Diese Zeit wurde gerade vergeben";
const TOO_MANY =
  "Von Ihrem Internetanschluss wurden in der letzten Stunde schon viele Zeiten reserviert. Bitte versuchen Sie es später noch einmal oder rufen Sie uns an.";

test.describe.configure({ mode: "serial" });

let a: Instance;
let b: Instance;
let database: { url: string; drop: () => Promise<void> };
let adminPassword: string;

/** A browser as a resident behind the load balancer sees it: one address for A and B. */
function residentContext(browser: Browser, address: string): Promise<BrowserContext> {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
}

/**
 * Walks to the Stadtbüro's time page on `instance` (first day with free times) and holds the
 * `index`-th free time; another instance's resident may have taken it meanwhile, then the next.
 * @returns the heading the page shows after "Weiter"
 */
async function holdATime(page: Page, instance: Instance, index: number): Promise<string> {
  await page.goto(`${instance.url}/termin/tag?leistungen=personalausweis&ort=stadtbuero`);
  await expect(h1(page)).toHaveText("An welchem Tag?");
  await page.getByRole("main").getByRole("list").getByRole("link").first().click();
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  for (let attempt = 0; attempt < 4; attempt++) {
    const times = page.getByRole("group", { name: /^Freie Zeiten am / }).getByRole("radio");
    await times.nth(index + attempt).check();
    await page.getByRole("button", { name: "Weiter" }).click();
    // the hold either leads on (its own address) or the time page comes back with the reason
    await page.waitForURL((url) => !url.pathname.endsWith("/termin/zeit"));
    const heading = (await h1(page).innerText()).trim();
    if (heading !== TAKEN) return heading;
  }
  throw new Error("no time could be held");
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright passes the test info second
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "js-on", "one run: the instances are started once");
  test.skip(!serverUrl, "two instances share a PostgreSQL server (TEST_DATABASE_URL)");
  test.setTimeout(240_000);
  database = await emptyDatabase(serverUrl as string);
  const env = sharedEnvironment(database.url);
  // Both start at the same moment on the empty database; each migrates it first (the demo's
  // `serve --migrate`, as `npm start` does): the advisory lock lets one migrate, the other wait.
  const started = await Promise.allSettled([
    startInstance("a", ["--migrate"], env),
    startInstance("b", ["--migrate"], env),
  ]);
  const up = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(up.map(stopInstance));
    throw failed.reason;
  }
  [a, b] = up as [Instance, Instance];
  const created = await runCommand(["create-admin", "e2e-multi", "E2E Zwei Instanzen"], env);
  adminPassword = /shown only now\): (\S+)/.exec(created)?.[1] ?? "";
  expect(adminPassword).not.toBe("");
});

test.afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map(stopInstance));
  await database?.drop();
});

test("both instances, started together on an empty database, migrated it once", async ({ request }) => {
  const files = readdirSync(join(process.cwd(), "db", "migrations")).filter((f) => f.endsWith(".sql"));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ name: string }>("select name from schema_migrations order by name");
  await client.end();
  expect(rows.map((r) => r.name)).toEqual([...files].sort());
  for (const instance of [a, b]) {
    expect((await request.get(`${instance.url}/ready`)).status()).toBe(200);
  }
});

test("a resident books on A and manages the booking on B", async ({ browser }) => {
  const context = await residentContext(browser, "198.51.100.10");
  const page = await context.newPage();
  expect(await holdATime(page, a, 0)).toBe("Ihre Angaben");
  const email = `multi-${Date.now()}@example.org`;
  await page.getByLabel("Vor- und Nachname").fill("Erika Mustermann");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Weiter" }).click();
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();
  await expect(h1(page)).toHaveText("Ihr Termin ist gebucht");
  const status = await page.getByRole("status").innerText();
  const code = /Ihre Buchungsnummer: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(status)?.[1];
  expect(code).toBeTruthy();

  // A wrote the confirmation; its link leads to whichever instance the balancer picks: B.
  const mail = lastMailTo(a, email) ?? "";
  const managePath = /\/termin\/verwalten\/[A-Za-z0-9_-]{32}/.exec(mail)?.[0];
  expect(managePath, mail).toBeTruthy();
  await page.goto(`${b.url}${managePath}`);
  await expect(h1(page)).toHaveText(`Ihr Termin ${code}`);
  await page.getByRole("link", { name: "Termin absagen" }).click();
  await expect(h1(page)).toHaveText("Termin wirklich absagen?");
  await page.getByRole("button", { name: "Ja, Termin absagen" }).click();
  await expect(page.getByRole("status")).toHaveText("Ihr Termin ist abgesagt.");
  // and A knows it too
  await page.goto(`${a.url}${managePath}`);
  await expect(page.getByText("abgesagt", { exact: true })).toBeVisible();
  await context.close();
});

test("the hold limit per address counts the holds on both instances", async ({ browser }) => {
  // BOOKING_MAX_HOLDS_PER_HOUR is 3 on both: two holds on A and one on B use it up
  const context = await residentContext(browser, "198.51.100.20");
  const page = await context.newPage();
  expect(await holdATime(page, a, 2)).toBe("Ihre Angaben");
  expect(await holdATime(page, a, 3)).toBe("Ihre Angaben");
  expect(await holdATime(page, b, 4)).toBe("Ihre Angaben");
  // the fourth, on B, is refused with the reason, and so is a fifth on A
  expect(await holdATime(page, b, 5)).toBe("Um welche Uhrzeit?");
  await expect(page.locator("#zeit-error")).toHaveText(TOO_MANY);
  expect(await holdATime(page, a, 6)).toBe("Um welche Uhrzeit?");
  await expect(page.locator("#zeit-error")).toHaveText(TOO_MANY);
  // another resident's address is not affected
  const other = await residentContext(browser, "198.51.100.21");
  expect(await holdATime(await other.newPage(), b, 7)).toBe("Ihre Angaben");
  await Promise.all([context.close(), other.close()]);
});

test("a ticket printed on A is accepted on B, and B's call display shows A's call", async ({ browser }) => {
  test.setTimeout(180_000);
  const office = await browser.newContext({ baseURL: a.url });
  const admin = await office.newPage();
  await firstSignIn(admin, "e2e-multi", adminPassword, "Zwei Instanzen, eine Datenbank 1");
  const oneTime = await createStadtbueroClerk(admin, "m.mehrfach", "Mika Mehrfach");
  const clerkContext = await browser.newContext({ baseURL: a.url });
  const clerk = await clerkContext.newPage();
  await firstSignIn(clerk, "m.mehrfach", oneTime, "Am Schalter auf Instanz A");

  // A walk-in ticket, printed on A
  await clerk.goto("/verwaltung/wartemarken/neu?ort=stadtbuero");
  await clerk.getByLabel("Meldebescheinigung beantragen", { exact: true }).check();
  await clerk.getByRole("button", { name: "Wartemarke ausgeben" }).click();
  const number = (await clerk.locator("[data-ticket-number]").innerText()).trim();
  await clerk.getByRole("link", { name: "Wartemarke drucken" }).click();
  const positionPath = new URL((await clerk.locator(".sb-ticket__url").innerText()).trim()).pathname;

  // The resident scans the QR code; the balancer sends them to B, which accepts A's signature.
  const holder = await (await browser.newContext()).newPage();
  await holder.goto(`${b.url}${positionPath}`);
  await expect(h1(holder)).toHaveText(`Ihre Wartenummer ${number}`);

  // The waiting room's screen is connected to B
  const display = await (await browser.newContext()).newPage();
  await display.goto(`${b.url}/anzeige/stadtbuero`);
  await expect(display.locator("[data-call-display]")).toHaveAttribute("data-live", "true");
  await expect(display.locator("[data-latest]")).toContainText("Noch kein Aufruf");

  // The clerk calls on A
  await clerk.goto("/verwaltung/schalter");
  await clerk.getByRole("radio").first().check();
  await clerk.getByRole("button", { name: "Arbeitsplatz übernehmen" }).click();
  await clerk.getByRole("button", { name: "Nächste Person aufrufen" }).click();
  await expect(clerk.getByRole("status")).toHaveText(`${number} ist aufgerufen.`);

  // B's display shows it without reloading, and B's position page knows it too
  await expect(display.locator("[data-latest]")).toContainText(number);
  await holder.reload();
  await expect(holder.locator("#position-status")).toContainText("Sie sind aufgerufen");
  await Promise.all([office.close(), clerkContext.close()]);
});
