import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";
import {
  answerAnmeldungHome,
  choosePdf,
  civilDate,
  continueButton,
  fillAddress,
  fillDate,
  fillPerson,
  h1,
  uniqueEmail,
} from "./support/forms";

test("an Anmeldung for two people with an upload, resumed from the mail link in a fresh browser", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const email = uniqueEmail(testInfo.project.name, "anmeldung");
  await page.goto("/leistungen/anmeldung-wohnsitz");
  await page.getByRole("link", { name: "Online beantragen" }).first().click();
  await expect(h1(page)).toHaveText("Wohnsitz anmelden");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Antrag starten" }).click();

  // the first question, answered wrong first: nothing chosen
  await continueButton(page).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoViolations(page);
  await page.getByRole("radio", { name: /innerhalb/ }).check();
  await continueButton(page).click();

  // two people, through the list page
  await fillPerson(page, "Anna", "Beispiel");
  await page.getByRole("radio", { name: "Ohne Angabe (kein Eintrag)" }).check();
  await page.getByLabel(/Staatsangehörigkeit/).fill("deutsch");
  await page.getByRole("radio", { name: "Das bin ich" }).check();
  await continueButton(page).click();
  await expect(page.getByText("Anna Beispiel")).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: /hinzufügen$/ }).click();
  await fillPerson(page, "Ben", "Beispiel");
  await page.getByRole("radio", { name: "Ohne Angabe (kein Eintrag)" }).check();
  await page.getByLabel(/Staatsangehörigkeit/).fill("deutsch");
  await page.getByRole("radio", { name: /Kind/ }).check();
  await continueButton(page).click();
  await expect(page.getByText("Ben Beispiel")).toBeVisible();
  await continueButton(page).click();

  await answerAnmeldungHome(page, 3);

  // the upload: a native file input and its own button
  await expectNoViolations(page);
  await choosePdf(page, "Bestätigung Vermieter.pdf");
  await page.getByRole("button", { name: "Datei hochladen" }).click();
  await expect(page.getByText("Bestätigung Vermieter.pdf")).toBeVisible();
  await expectNoViolations(page);
  await continueButton(page).click();

  // save for later
  await page.getByRole("link", { name: "Speichern und später weitermachen" }).click();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link schicken" }).click();
  await expect(h1(page)).toHaveText("Link verschickt");
  await expectNoViolations(page);

  await page.goto("/dev/outbox");
  await page
    .getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) })
    .getByRole("link")
    .click();
  const link = page.getByRole("link", { name: /\/antrag\/fortsetzen\/[A-Za-z0-9_-]{32}$/ });
  const resumeUrl = new URL((await link.getAttribute("href")) as string);

  // a fresh browser (no cookies) continues from the link
  const fresh = await browser.newContext({
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled !== false,
  });
  const other = await fresh.newPage();
  await other.goto(resumeUrl.pathname);
  await expect(h1(other)).toHaveText("Antrag fortsetzen");
  await expectNoViolations(other);
  await other.getByRole("button", { name: "Antrag fortsetzen" }).click();
  await other.getByRole("checkbox", { name: /Ich versichere/ }).check();
  await continueButton(other).click();
  await expect(h1(other)).toHaveText("Wie erreichen wir Sie?");
  await other.getByLabel("E-Mail-Adresse").fill(email);
  await continueButton(other).click();
  await expect(h1(other)).toHaveText("Prüfen Sie Ihre Angaben");
  await expect(other.getByText("Bestätigung Vermieter.pdf")).toBeVisible();
  await expect(other.getByRole("heading", { name: /Ben Beispiel/ })).toBeVisible();
  await expectNoViolations(other);
  await other.getByRole("button", { name: "Antrag verbindlich abschicken" }).click();
  await expect(other.getByText("Vielen Dank. Ihr Antrag ist eingegangen.")).toBeVisible();
  await expect(other.getByText(/\d{4}-\d{7}-\d/)).toBeVisible();
  await expect(other.getByRole("heading", { name: "Noch zu tun" })).toBeVisible();
  await expectNoViolations(other);
  await fresh.close();
});

test("a Gewerbe-Anmeldung forgets the branch the resident left", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const email = uniqueEmail(testInfo.project.name, "gewerbe");
  await page.goto("/antrag/gewerbe-anmelden");
  await page.getByRole("button", { name: "Antrag starten" }).click();
  await page.getByRole("radio", { name: "Eine andere Rechtsform" }).check();
  await continueButton(page).click();
  await page.getByLabel("Welche Rechtsform ist es?").fill("Eingetragener Verein mit Zweckbetrieb");
  await continueButton(page).click();
  await page.getByRole("radio", { name: "Nein" }).check();
  await continueButton(page).click();
  await page.getByLabel(/Unter welchem Namen/).fill("Fahrradwerkstatt Oberstadt");
  await continueButton(page).click();
  await fillPerson(page, "Clara", "Beispiel");
  await page.getByRole("radio", { name: "Inhaberin oder Inhaber" }).check();
  await fillAddress(page, "Barfüßerstraße");
  await continueButton(page).click();
  await continueButton(page).click();
  await page.getByLabel(/Welche Tätigkeit/).fill("Reparatur von Fahrrädern");
  await continueButton(page).click();
  await page.getByRole("radio", { name: "Nein" }).check();
  await continueButton(page).click();
  await fillAddress(page, "Wettergasse");
  await continueButton(page).click();
  await fillDate(page, await page.getByRole("group").first().locator("legend").innerText(), civilDate(7));
  await continueButton(page).click();
  await page.getByLabel(/Vollzeit/).fill("0");
  await page.getByLabel(/Teilzeit/).fill("1");
  await continueButton(page).click();
  await page.getByRole("checkbox", { name: /Ich versichere/ }).check();
  await continueButton(page).click();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await continueButton(page).click();
  await expect(h1(page)).toHaveText("Prüfen Sie Ihre Angaben");
  await expect(page.getByText("Eingetragener Verein mit Zweckbetrieb")).toBeVisible();

  // change the legal form from the check page: the branch's answer is gone
  await page
    .locator("#legal-form")
    .getByRole("link", { name: /Ändern/ })
    .click();
  await page.getByRole("radio", { name: "Einzelunternehmen" }).check();
  await continueButton(page).click();
  await expect(page).toHaveURL(/\/zusammenfassung#legal-form$/);
  await expect(page.getByText("Eingetragener Verein mit Zweckbetrieb")).toHaveCount(0);
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Antrag verbindlich abschicken" }).click();
  await expect(page.getByText("Vielen Dank. Ihr Antrag ist eingegangen.")).toBeVisible();
  // the stored case does not hold it either: its answers on the case page
  await expect(page.getByText("Eingetragener Verein mit Zweckbetrieb")).toHaveCount(0);
  await expect(page.getByText("Fahrradwerkstatt Oberstadt")).toHaveCount(1);
  await expectNoViolations(page);
});
