import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./axe";
import { createStadtbueroClerk, firstSignIn, oneTimePasswordFrom } from "./support/staff";

// The server was started with an administrator for this spec (e2e-booking; its one-time
// password in booking-admin.txt, see playwright.config.ts).

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/**
 * A clerk books for a person, step by step, checking each page with axe: place, service and
 * day; a time (first without one, to see the message); the details (first with mistakes,
 * which stay in the fields); check; the confirmation to read out; the day view.
 * @returns the booking code
 */
async function bookFor(
  clerk: Page,
  js: boolean,
  person: { name: string; channel: "am Telefon" | "persönlich am Schalter"; email?: string },
): Promise<string> {
  await clerk.goto("/verwaltung");
  await clerk.getByRole("link", { name: "Termin buchen" }).first().click();
  await expect(h1(clerk)).toHaveText("Termin buchen");
  await expectNoViolations(clerk, js);

  // Step 1: place, service, day (today is offered; the Stadtbüro is the clerk's only place)
  await expect(clerk.getByLabel("Stadtbüro Marburg")).toBeChecked();
  await clerk.getByLabel("Personalausweis beantragen", { exact: true }).check();
  await clerk.getByRole("button", { name: "Freie Zeiten zeigen" }).click();
  await expect(h1(clerk)).toHaveText("Uhrzeit wählen");
  await expectNoViolations(clerk, js);
  // Today may be over or closed: then the first other day with free times.
  if ((await clerk.getByRole("radio").count()) === 0) {
    await clerk.getByRole("list").filter({ hasText: "freie Zeit" }).getByRole("link").first().click();
    await expect(h1(clerk)).toHaveText("Uhrzeit wählen");
  }

  // Step 2: a time, held for the person
  await clerk.getByRole("button", { name: "Zeit reservieren" }).click();
  await expect(clerk.getByRole("alert")).toContainText("Bitte wählen Sie eine Uhrzeit.");
  await expectNoViolations(clerk, js);
  const time = clerk.getByRole("radio").first();
  const timeLabel = (await clerk.locator(`label[for="${await time.getAttribute("id")}"]`).innerText()).trim();
  await time.check();
  await clerk.getByRole("button", { name: "Zeit reservieren" }).click();
  await expect(h1(clerk)).toHaveText("Angaben zur Person");
  await expect(clerk.getByText(/Die Zeit ist bis \d\d:\d\d Uhr reserviert\./)).toBeVisible();
  await expectNoViolations(clerk, js);

  // Step 3: the details; a wrong address first, which stays in the field
  await clerk.getByLabel("Vor- und Nachname").fill(person.name);
  await clerk.getByLabel("E-Mail-Adresse").fill("kein-at-zeichen");
  await clerk.getByRole("button", { name: "Weiter" }).click();
  await expect(clerk).toHaveTitle(/^Fehler: Angaben zur Person/);
  const summary = clerk.getByRole("alert");
  await expect(summary).toContainText("Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein");
  await expect(summary).toContainText("Bitte wählen Sie, wie die Person den Termin vereinbart.");
  await expect(clerk.getByLabel("E-Mail-Adresse")).toHaveValue("kein-at-zeichen");
  await expect(clerk.getByLabel("Vor- und Nachname")).toHaveValue(person.name);
  await expectNoViolations(clerk, js);
  await clerk.getByRole("link", { name: "Bitte wählen Sie, wie die Person den Termin vereinbart." }).click();
  await clerk.getByLabel(person.channel).check();
  await clerk.getByLabel("E-Mail-Adresse").fill(person.email ?? "");
  await clerk.getByLabel("Deutsch").check();
  await clerk.getByLabel("Zugang mit Rollstuhl").check();
  await clerk.getByLabel("Ich habe die Person darauf hingewiesen.").check();
  await clerk.getByRole("button", { name: "Weiter" }).click();

  // Step 4: check and book
  await expect(h1(clerk)).toHaveText("Angaben prüfen");
  await expect(clerk.getByText(person.name)).toBeVisible();
  await expectNoViolations(clerk, js);
  await clerk.getByRole("button", { name: "Termin verbindlich buchen" }).click();

  // The confirmation to read out
  await expect(h1(clerk)).toHaveText("Der Termin ist gebucht");
  const code = (await clerk.locator("[data-booking-code]").innerText()).trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(
    clerk.getByText(
      person.email
        ? `Die Bestätigung ist an ${person.email} verschickt.`
        : "Ohne E-Mail-Adresse geht keine Bestätigung hinaus.",
      { exact: false },
    ),
  ).toBeVisible();
  const facts = clerk.locator(".sb-facts");
  await expect(facts).toContainText(timeLabel);
  await expect(facts).toContainText(person.channel);
  await expectNoViolations(clerk, js);

  // The day view shows it, with how it was booked
  await clerk.getByRole("link", { name: "Zur Tagesansicht dieses Tages" }).click();
  await expect(h1(clerk)).toHaveText("Tagesansicht");
  const row = clerk.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText(person.name);
  await expect(row).toContainText(
    person.channel === "am Telefon" ? "telefonisch gebucht" : "am Schalter gebucht",
  );
  await expectNoViolations(clerk, js);
  return code;
}

test("a clerk books appointments for a caller and for a person at the counter, with JavaScript and without", async ({
  page,
  browser,
}, info) => {
  test.skip(
    info.project.name !== "js-on",
    "one run: the accounts are created once; the booking runs with JavaScript on and off below",
  );
  // Two first sign-ins (argon2id hashing), two bookings, many axe checks; perhaps a minute's
  // wait for the sign-in limit.
  test.setTimeout(300_000);

  // An administrator gives a clerk an account at the Stadtbüro (with a second factor).
  await firstSignIn(
    page,
    "e2e-booking",
    oneTimePasswordFrom("booking-admin.txt"),
    "Termine am Telefon vergeben 1",
  );
  const oneTime = await createStadtbueroClerk(page, "b.buchung", "Berta Buchung");

  // The clerk signs in on another computer and takes a call.
  const baseURL = info.project.use.baseURL;
  const scripted = await (await browser.newContext({ baseURL, javaScriptEnabled: true })).newPage();
  await firstSignIn(scripted, "b.buchung", oneTime, "Am Telefon ist heute viel los");
  const code = await bookFor(scripted, true, {
    name: "Erika Anruferin",
    channel: "am Telefon",
    email: "erika.anruferin@example.org",
  });

  // The normal confirmation mail went out.
  await scripted.goto("/dev/outbox");
  await expect(scripted.getByRole("link", { name: `Terminbestätigung ${code}`, exact: true })).toHaveCount(1);

  // The same clerk, in a browser without JavaScript, books for someone at the counter.
  const storageState = await scripted.context().storageState();
  const plain = await (
    await browser.newContext({ baseURL, javaScriptEnabled: false, storageState })
  ).newPage();
  await bookFor(plain, false, { name: "Otto Schalter", channel: "persönlich am Schalter" });

  // The steps in English
  await plain.goto("/en/verwaltung/termine/neu");
  await expect(h1(plain)).toHaveText("Book an appointment");
  await expectNoViolations(plain, false);
});
