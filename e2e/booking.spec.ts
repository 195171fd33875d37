import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

// Both projects (JavaScript on and off) run these tests in parallel against one server and
// one database: each run uses its own e-mail address, and the projects pick different times.

const WEEKDAYS_DE = "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag";
const WEEKDAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** "Dienstag, 8. Dezember 2026" */
const DAY_DE = new RegExp(`^(${WEEKDAYS_DE}), \\d{1,2}\\. \\p{L}+ \\d{4}$`, "u");
/** "Dienstag, 8. Dezember 2026, 09:15 bis 09:30 Uhr": never just a time */
const SLOT_DE = new RegExp(
  `^(${WEEKDAYS_DE}), \\d{1,2}\\. \\p{L}+ \\d{4}, \\d{2}:\\d{2} bis \\d{2}:\\d{2} Uhr$`,
  "u",
);
/** "Tuesday, 8 December 2026" */
const DAY_EN = new RegExp(`^(${WEEKDAYS_EN}),? \\d{1,2} \\p{L}+ \\d{4}$`, "u");
/** "Tuesday, 8 December 2026, 09:15 to 09:30" */
const SLOT_EN = new RegExp(
  `^(${WEEKDAYS_EN}),? \\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2} to \\d{2}:\\d{2}$`,
  "u",
);
const TAKEN_DE = "Diese Zeit wurde gerade vergeben";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const uniqueEmail = (project: string, what: string) =>
  `e2e-${what}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

/** The value next to a term in the summary list (`<dt>term</dt><dd>value</dd>`). */
const fact = (page: Page, term: string) =>
  page
    .locator("dl.sb-facts dt")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** The labels of the offered times, each checked to name weekday, date and "Uhr". */
async function offeredTimes(page: Page): Promise<string[]> {
  const group = page.getByRole("group", { name: /^Freie Zeiten am / });
  await expect(group).toBeVisible();
  const labels = (await group.locator("label").allInnerTexts()).map((l) => l.trim());
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(SLOT_DE);
  return labels;
}

/**
 * Chooses the `index`-th offered time (never `avoid`) by its label, presses "Weiter" and
 * returns the label once the page shows `next`. When the other project was quicker, the page
 * says so (and must be accessible too); then another offered time is chosen.
 */
async function chooseTimeAndContinue(
  page: Page,
  index: number,
  next: string,
  avoid?: string,
): Promise<string> {
  let pick = index;
  for (let attempt = 0; attempt < 4; attempt++) {
    const candidates = (await offeredTimes(page)).filter((l) => l !== avoid);
    expect(candidates.length).toBeGreaterThan(0);
    const label = candidates[Math.min(pick, candidates.length - 1)] as string;
    const radio = page.getByRole("radio", { name: label, exact: true });
    await expect(radio).toHaveAccessibleName(SLOT_DE);
    await radio.check();
    await page.getByRole("button", { name: "Weiter" }).click();
    await expect(h1(page)).toHaveText(new RegExp(`^(${next}|${TAKEN_DE})$`));
    if ((await h1(page).textContent())?.trim() !== TAKEN_DE) return label;
    await expect(page.getByText("Jemand anderes war schneller.")).toBeVisible();
    await expectNoViolations(page);
    pick = attempt; // someone else took it: take one of the first times still free
  }
  throw new Error("no time could be held after several attempts");
}

test("a new user books at the mobile stop in Cappel, finds the confirmation in the mail outbox, opens the manage link, reschedules, then cancels", async ({
  page,
}, testInfo) => {
  // About twenty pages, each checked with axe (without JavaScript in a copied page): more than a minute.
  test.setTimeout(180_000);
  const project = testInfo.project.name;
  const email = uniqueEmail(project, "cappel");
  // Cappel has one counter: the two projects aim at different times of the same day.
  const bookIndex = project === "js-off" ? 4 : 0;
  const moveIndex = project === "js-off" ? 6 : 1;

  // The service page does not link to the booking; the flow starts with the service preselected.
  await page.goto("/termin?leistung=personalausweis");
  await expect(page).toHaveTitle(/^Welche Anliegen haben Sie\? – Termin vereinbaren/);
  await expect(h1(page)).toHaveText("Welche Anliegen haben Sie?");
  await expect(page.getByText("Schritt 1 von 5")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Personalausweis beantragen", exact: true })).toBeChecked();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Weiter" }).click();

  // Place: the district puts the stop in Cappel first.
  await expect(page).toHaveURL(/\/termin\/ort\?leistungen=personalausweis$/);
  await expect(h1(page)).toHaveText("Wo möchten Sie hinkommen?");
  await expect(page.getByText("Schritt 2 von 5")).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("In welchem Stadtteil wohnen Sie?").selectOption({ label: "Cappel" });
  await page.getByRole("button", { name: "Orte in meiner Nähe zuerst zeigen" }).click();
  await expect(page).toHaveURL(/[?&]stadtteil=cappel/);
  await expect(page.getByLabel("In welchem Stadtteil wohnen Sie?")).toHaveValue("cappel");
  await expect(page.getByRole("radio").first()).toHaveAccessibleName(
    "Mobiles Stadtbüro Cappel (Haltestelle in Cappel)",
  );
  await expectNoViolations(page);
  await page.getByRole("radio", { name: /^Mobiles Stadtbüro Cappel/ }).check();
  await page.getByRole("button", { name: "Weiter" }).click();

  // Day
  await expect(page).toHaveURL(/\/termin\/tag\?leistungen=personalausweis&ort=mobil-cappel$/);
  await expect(h1(page)).toHaveText("An welchem Tag?");
  await expect(page.getByText("Mobiles Stadtbüro Cappel", { exact: true })).toBeVisible();
  const days = page.getByRole("main").getByRole("list").getByRole("link");
  await expect(days.first()).toHaveAccessibleName(DAY_DE);
  await expectNoViolations(page);
  await days.first().click();

  // Time
  await expect(page).toHaveURL(
    /\/termin\/zeit\?leistungen=personalausweis&ort=mobil-cappel&tag=\d{4}-\d\d-\d\d$/,
  );
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  await expect(page.getByText("Schritt 3 von 5")).toBeVisible();
  await expectNoViolations(page);
  const booked = await chooseTimeAndContinue(page, bookIndex, "Ihre Angaben");

  // Contact
  await expect(page).toHaveURL(/\/termin\/r\/[A-Za-z0-9_-]{32}\/angaben$/);
  await expect(page.getByText("Schritt 4 von 5")).toBeVisible();
  await expect(page.getByText(`${booked}, Mobiles Stadtbüro Cappel`)).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel("Vor- und Nachname").fill("Erika Mustermann");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Weiter" }).click();

  // Check
  await expect(h1(page)).toHaveText("Bitte prüfen Sie Ihre Angaben");
  await expect(page.getByText("Schritt 5 von 5")).toBeVisible();
  await expect(fact(page, "Anliegen")).toHaveText("Personalausweis beantragen");
  await expect(fact(page, "Ort")).toHaveText(
    "Mobiles Stadtbüro Cappel, Am Sportplatz 1, 35043 Marburg (Demo-Anschrift, kann von der echten abweichen)",
  );
  await expect(fact(page, "Wann")).toHaveText(booked);
  await expect(fact(page, "Name")).toHaveText("Erika Mustermann");
  await expect(fact(page, "E-Mail")).toHaveText(email);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Termin verbindlich buchen" }).click();

  // Confirmation
  await expect(h1(page)).toHaveText("Ihr Termin ist gebucht");
  const status = page.getByRole("status");
  await expect(status).toContainText(/Ihre Buchungsnummer: [A-Z0-9]{4}-[A-Z0-9]{4}/);
  await expect(status).toContainText(`Wir haben eine Bestätigung an ${email} geschickt.`);
  const code = /Ihre Buchungsnummer: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(await status.innerText())?.[1] as string;
  expect(code).toBeTruthy();
  await expect(fact(page, "Wann")).toHaveText(booked);
  await expect(page.getByText("Im mobilen Stadtbüro können Sie nur mit Karte bezahlen.")).toBeVisible();
  await expectNoViolations(page);

  // The confirmation mail in the development outbox
  await page.goto("/dev/outbox");
  await expect(h1(page)).toHaveText("Postausgang (Entwicklung)");
  await expect(page.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) })).toHaveCount(1);
  await expectNoViolations(page);
  await page.getByRole("link", { name: `Terminbestätigung ${code}`, exact: true }).click();
  await expect(h1(page)).toHaveText(`Terminbestätigung ${code}`);
  await expect(page.getByText(`Buchungsnummer: ${code}`)).toBeVisible();
  await expect(page.getByText(`termin-${code}.ics`)).toBeVisible();
  await expectNoViolations(page);
  const manageLink = page.getByRole("link", { name: /\/termin\/verwalten\/[A-Za-z0-9_-]{32}$/ });
  await expect(manageLink).toHaveCount(1);
  const manageUrl = new URL((await manageLink.getAttribute("href")) as string);
  // PUBLIC_URL is unset: the mail links to http://localhost:<PORT>; the test server is 127.0.0.1.
  expect(manageUrl.origin).toMatch(/^http:\/\/localhost:\d+$/);
  const managePath = manageUrl.pathname;

  // The resident's own page, on the test server
  await page.goto(managePath);
  await expect(h1(page)).toHaveText(`Ihr Termin ${code}`);
  await expect(page.getByText("gebucht", { exact: true })).toBeVisible();
  await expect(fact(page, "Wann")).toHaveText(booked);
  await expectNoViolations(page);

  // Reschedule
  await page.getByRole("link", { name: "Termin verschieben" }).click();
  await expect(page).toHaveURL(new RegExp(`${managePath}/verschieben$`));
  await expect(h1(page)).toHaveText("An welchem Tag?");
  const moveDays = page.getByRole("main").getByRole("list").getByRole("link");
  await expect(moveDays.first()).toHaveAccessibleName(DAY_DE);
  await expectNoViolations(page);
  await moveDays.first().click();
  await expect(page).toHaveURL(/\/verschieben\?tag=\d{4}-\d\d-\d\d$/);
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  await expectNoViolations(page);
  const moved = await chooseTimeAndContinue(page, moveIndex, `Ihr Termin ${code}`, booked);
  expect(moved).not.toBe(booked);
  await expect(page).toHaveURL(new RegExp(`${managePath}\\?ok=verschoben$`));
  await expect(page.getByRole("status")).toHaveText("Ihr Termin ist verschoben.");
  await expect(page.getByText("gebucht", { exact: true })).toBeVisible();
  await expect(fact(page, "Wann")).toHaveText(moved);
  await expectNoViolations(page);

  // Cancel: the link only asks; a GET must not cancel.
  await page.getByRole("link", { name: "Termin absagen" }).click();
  await expect(page).toHaveURL(new RegExp(`${managePath}/absagen$`));
  await expect(h1(page)).toHaveText("Termin wirklich absagen?");
  await expect(page.getByText(`${moved}, Mobiles Stadtbüro Cappel`)).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Nein, Termin behalten" }).click();
  await expect(page).toHaveURL(new RegExp(`${managePath}$`));
  await page.reload();
  await expect(h1(page)).toHaveText(`Ihr Termin ${code}`);
  await expect(page.getByText("gebucht", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Termin absagen" })).toBeVisible();
  await page.getByRole("link", { name: "Termin absagen" }).click();
  await expect(h1(page)).toHaveText("Termin wirklich absagen?");
  await page.getByRole("button", { name: "Ja, Termin absagen" }).click();
  await expect(page).toHaveURL(new RegExp(`${managePath}\\?ok=abgesagt$`));
  await expect(h1(page)).toHaveText(`Ihr Termin ${code}`);
  await expect(page.getByRole("status")).toHaveText("Ihr Termin ist abgesagt.");
  await expect(page.getByText("abgesagt", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Termin verschieben" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Termin absagen" })).toHaveCount(0);
  await expectNoViolations(page);

  // The booking's confirmation, a mail about the move, and the cancellation.
  await page.goto("/dev/outbox");
  await expect(page.getByRole("link", { name: `Terminbestätigung ${code}`, exact: true })).toHaveCount(1);
  await expect(page.getByRole("link", { name: `Termin verschoben: ${code}`, exact: true })).toHaveCount(1);
  await expect(page.getByRole("link", { name: `Termin abgesagt: ${code}`, exact: true })).toHaveCount(1);
  await page.getByRole("link", { name: `Termin verschoben: ${code}`, exact: true }).click();
  await expect(page.getByText(`Neue Zeit: ${moved}`)).toBeVisible();
  await expect(page.getByText(`Bisherige Zeit: ${booked} – diese Zeit gilt nicht mehr.`)).toBeVisible();
  await expect(page.getByText(`termin-${code}.ics`)).toBeVisible();
  await expectNoViolations(page);
});

test("the booking shows errors in a summary and at the fields, and stays accessible", async ({
  page,
}, testInfo) => {
  const project = testInfo.project.name;

  // Services: nothing chosen
  await page.goto("/termin");
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveTitle(/^Fehler: Welche Anliegen haben Sie\?/);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Bitte prüfen Sie Ihre Eingaben");
  await expect(summary.getByRole("link")).toHaveText(["Bitte wählen Sie mindestens ein Anliegen."]);
  await expect(page.locator("#leistungen-error")).toHaveText("Bitte wählen Sie mindestens ein Anliegen.");
  await expect(page.getByRole("group", { name: "Anliegen" })).toHaveAccessibleDescription(
    /Bitte wählen Sie mindestens ein Anliegen\./,
  );
  await expectNoViolations(page);
  await summary.getByRole("link").click();
  await expect(page.getByRole("checkbox").first()).toBeFocused();

  // Place: nothing chosen
  await page.getByRole("checkbox", { name: "Personalausweis beantragen", exact: true }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Wo möchten Sie hinkommen?");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveTitle(/^Fehler: Wo möchten Sie hinkommen\?/);
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["Bitte wählen Sie einen Ort."]);
  await expect(page.locator("#ort-error")).toHaveText("Bitte wählen Sie einen Ort.");
  await expectNoViolations(page);
  await page.getByRole("alert").getByRole("link").click();
  await expect(page.getByRole("radio").first()).toBeFocused();

  // The Stadtbüro, so as not to compete with the first test for Cappel's few times.
  await page.getByRole("radio", { name: "Stadtbüro Marburg", exact: true }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("An welchem Tag?");
  await page.getByRole("main").getByRole("list").getByRole("link").first().click();
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  const when = await chooseTimeAndContinue(page, project === "js-off" ? 3 : 2, "Ihre Angaben");

  // Contact: empty
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveTitle(/^Fehler: Ihre Angaben/);
  await expect(page.getByText(`${when}, Stadtbüro Marburg`)).toBeVisible();
  const errors = page.getByRole("alert").getByRole("link");
  await expect(errors).toHaveText([
    "Bitte geben Sie Ihren Namen ein.",
    "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.",
  ]);
  const name = page.getByLabel("Vor- und Nachname");
  const mail = page.getByLabel("E-Mail-Adresse");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Bitte geben Sie Ihren Namen ein.");
  await expect(page.locator("#name-error")).toHaveText("Bitte geben Sie Ihren Namen ein.");
  await expect(mail).toHaveAttribute("aria-invalid", "true");
  await expect(mail).toHaveAccessibleDescription(
    /Bitte geben Sie eine E-Mail-Adresse wie name@beispiel\.de ein\./,
  );
  await expect(page.locator("#email-error")).toHaveText(
    "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.",
  );
  await expect(page.getByLabel("Telefonnummer")).not.toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
  await errors.nth(1).click();
  await expect(mail).toBeFocused();

  // Contact: an invalid e-mail address
  await name.fill("Erika Mustermann");
  await mail.fill("erika.mustermann.example.org");
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(page).toHaveTitle(/^Fehler: Ihre Angaben/);
  await expect(page.getByRole("alert").getByRole("link")).toHaveText([
    "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.",
  ]);
  await expect(name).toHaveValue("Erika Mustermann");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#name-error")).toHaveCount(0);
  await expect(mail).toHaveValue("erika.mustermann.example.org");
  await expect(mail).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toBeVisible();
  await expectNoViolations(page);

  // Corrected, the flow goes on to the check.
  await mail.fill(uniqueEmail(project, "errors"));
  await page.getByRole("button", { name: "Weiter" }).click();
  await expect(h1(page)).toHaveText("Bitte prüfen Sie Ihre Angaben");
});

test("the booking starts in English at /en/termin and the language switch keeps the choices", async ({
  page,
}) => {
  await page.goto("/en/termin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/^What would you like to do\? – Book an appointment/);
  await expect(h1(page)).toHaveText("What would you like to do?");
  await expect(page.getByText("Step 1 of 5")).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("checkbox", { name: "Apply for an ID card", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(/\/en\/termin\/ort\?leistungen=personalausweis$/);
  await expect(h1(page)).toHaveText("Where would you like to go?");
  await expect(page.getByLabel("Which district do you live in?")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show places near me first" })).toBeVisible();
  await expectNoViolations(page);

  // Switching language keeps the query …
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/termin\/ort\?leistungen=personalausweis$/);
  expect(new URL(page.url()).pathname).toBe("/termin/ort");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(h1(page)).toHaveText("Wo möchten Sie hinkommen?");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/termin\/ort\?leistungen=personalausweis$/);
  await expect(h1(page)).toHaveText("Where would you like to go?");

  // … also a longer one, with the district.
  await page.getByLabel("Which district do you live in?").selectOption({ label: "Cappel" });
  await page.getByRole("button", { name: "Show places near me first" }).click();
  await expect(page).toHaveURL(/\/en\/termin\/ort\?.*stadtteil=cappel/);
  await expect(page.getByRole("radio").first()).toHaveAccessibleName(
    "Mobile Stadtbüro Cappel (Stop in Cappel)",
  );
  const query = new URL(page.url()).search;
  await page.getByRole("link", { name: "Deutsch" }).click();
  expect(new URL(page.url()).pathname).toBe("/termin/ort");
  expect(new URL(page.url()).search).toBe(query);
  await expect(page.getByLabel("In welchem Stadtteil wohnen Sie?")).toHaveValue("cappel");
  await page.getByRole("link", { name: "English" }).click();
  expect(new URL(page.url()).pathname).toBe("/en/termin/ort");

  await page.getByRole("radio", { name: "Stadtbüro Marburg (citizens' office)" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(h1(page)).toHaveText("On which day?");
  const day = page.getByRole("main").getByRole("list").getByRole("link").first();
  await expect(day).toHaveAccessibleName(DAY_EN);
  await expect(page.getByText(/^\(\d+ free times?\)$/).first()).toBeVisible();
  await expectNoViolations(page);
  await day.click();

  await expect(page).toHaveURL(
    /\/en\/termin\/zeit\?leistungen=personalausweis&ort=stadtbuero&tag=\d{4}-\d\d-\d\d$/,
  );
  await expect(h1(page)).toHaveText("At what time?");
  await expect(page.getByRole("group", { name: /^Free times on / })).toBeVisible();
  await expect(page.getByRole("radio").first()).toHaveAccessibleName(SLOT_EN);
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await expectNoViolations(page);

  const timeQuery = new URL(page.url()).search;
  await page.getByRole("link", { name: "Deutsch" }).click();
  expect(new URL(page.url()).pathname).toBe("/termin/zeit");
  expect(new URL(page.url()).search).toBe(timeQuery);
  await expect(h1(page)).toHaveText("Um welche Uhrzeit?");
  await expect(page.getByRole("radio").first()).toHaveAccessibleName(SLOT_DE);
  await page.getByRole("link", { name: "English" }).click();
  expect(new URL(page.url()).pathname).toBe("/en/termin/zeit");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(h1(page)).toHaveText("On which day?");
});
