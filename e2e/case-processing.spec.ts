import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { pdfText } from "../test/helpers/pdf-text";
import { expectNoViolations } from "./axe";
import {
  answerAnmeldungHome,
  choosePdf,
  continueButton,
  fillAddress,
  fillPerson,
  h1,
  uniqueEmail,
} from "./support/forms";
import { createStadtbueroClerk, firstSignIn, oneTimePasswordFrom } from "./support/staff";

// A resident applies online, a clerk of the Stadtbüro processes the case in the back office,
// and the resident sees the result through the case's link. The server was started with an
// administrator for this spec (e2e-cases; see playwright.config.ts), who gives the clerk an
// account once; so the spec runs in one project, and each story runs twice in it: with the
// resident's and the clerk's browsers running JavaScript and without.

test.describe.configure({ mode: "serial" });

const REFERENCE = /\d{4}-\d{7}-\d/;
let clerkState: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;

async function contextFor(browser: Browser, js: boolean, storageState?: typeof clerkState) {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: js,
    storageState,
  });
}

test.beforeAll(async ({ browser }, info) => {
  if (info.project.name !== "js-on") return;
  test.setTimeout(180_000);
  const admin = await (await contextFor(browser, true)).newPage();
  await firstSignIn(
    admin,
    "e2e-cases",
    oneTimePasswordFrom("cases-admin.txt"),
    "Anträge kommen jetzt online 1",
  );
  // The elections the Briefwahl is offered for: the list, the new election's form and its
  // messages (nothing is entered: an open election would change what other specs see).
  await admin.goto("/verwaltung/wahlen");
  await expect(h1(admin)).toHaveText("Wahlen");
  await expectNoViolations(admin, true);
  await admin.getByRole("link", { name: "Wahl eintragen" }).click();
  await expect(h1(admin)).toHaveText("Neue Wahl");
  await expectNoViolations(admin, true);
  await admin.getByRole("button", { name: "Wahl eintragen" }).click();
  await expect(admin).toHaveTitle(/^Fehler: /);
  await expect(admin.getByRole("alert")).toBeVisible();
  await expectNoViolations(admin, true);
  const oneTime = await createStadtbueroClerk(admin, "v.vorgang", "Vera Vorgang");
  const clerk = await contextFor(browser, true);
  await firstSignIn(await clerk.newPage(), "v.vorgang", oneTime, "Vorgänge am Schalter abschließen");
  clerkState = await clerk.storageState();
  await clerk.close();
  await admin.context().close();
});

/** The case's reference as its page shows it. */
async function referenceOn(page: Page): Promise<string> {
  const text = await page.getByRole("main").innerText();
  const reference = REFERENCE.exec(text)?.[0];
  if (!reference) throw new Error("no case reference on the page");
  return reference;
}

/** Takes one step offered on the back office's case page and waits for its notice. */
async function takeStep(clerk: Page, js: boolean, button: string, notice: string) {
  await clerk.getByRole("button", { name: button, exact: true }).click();
  await expect(clerk.getByRole("status")).toContainText(notice);
  await expectNoViolations(clerk, js);
}

/**
 * The resident's Meldebescheinigung, through every page: simple, or extended by the place of
 * birth; @returns the case page's path.
 */
async function applyForMeldebescheinigung(
  page: Page,
  js: boolean,
  email: string,
  kind: "simple" | "extended",
): Promise<string> {
  await page.goto("/leistungen/meldebescheinigung");
  await page.getByRole("link", { name: "Online beantragen" }).first().click();
  await expect(h1(page)).toHaveText("Meldebescheinigung beantragen");
  await expectNoViolations(page, js);
  await page.getByRole("button", { name: "Antrag starten" }).click();
  await page.getByRole("radio", { name: "Ja" }).check();
  await continueButton(page).click();
  await fillPerson(page, "Mira", "Neumann");
  await continueButton(page).click();
  await fillAddress(page, "Markt");
  await continueButton(page).click();
  if (kind === "simple") await page.getByRole("radio", { name: "Einfache Meldebescheinigung" }).check();
  else {
    await page.getByRole("radio", { name: "Erweiterte Meldebescheinigung" }).check();
    await continueButton(page).click();
    await page.getByRole("checkbox", { name: "Geburtsort" }).check();
  }
  await continueButton(page).click();
  await continueButton(page).click(); // the purpose is optional
  await page.getByRole("checkbox", { name: /Ich versichere/ }).check();
  await continueButton(page).click();
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await continueButton(page).click();
  await expect(h1(page)).toHaveText("Prüfen Sie Ihre Angaben");
  await expectNoViolations(page, js);
  await page.getByRole("button", { name: "Antrag verbindlich abschicken" }).click();
  await expect(page.getByText("Vielen Dank. Ihr Antrag ist eingegangen.")).toBeVisible();
  await expectNoViolations(page, js);
  return new URL(page.url()).pathname;
}

for (const js of [true, false]) {
  const mode = js ? "with JavaScript" : "without JavaScript";

  test(`a new resident applies for a Meldebescheinigung, a clerk approves it, the resident downloads and verifies it (${mode})`, async ({
    browser,
  }, info) => {
    test.skip(info.project.name !== "js-on", "one run: the clerk's account is created once");
    test.setTimeout(240_000);
    const resident = await (await contextFor(browser, js)).newPage();
    // without JavaScript the extended certificate, whose register data the clerk enters
    const kind = js ? "simple" : "extended";
    const casePath = await applyForMeldebescheinigung(
      resident,
      js,
      uniqueEmail(`cases-${js}`, "melde"),
      kind,
    );
    const reference = await referenceOn(resident);

    // The clerk finds the case in the Stadtbüro's inbox (no names there) and opens it.
    const clerk = await (await contextFor(browser, js, clerkState)).newPage();
    await clerk.goto("/verwaltung/vorgaenge");
    await expect(h1(clerk)).toHaveText("Online-Anträge");
    await expect(clerk.getByRole("main")).not.toContainText("Neumann");
    await expectNoViolations(clerk, js);
    await clerk.getByRole("link", { name: reference }).click();
    await expect(h1(clerk)).toHaveText(`Vorgang ${reference}`);
    await expect(clerk.getByRole("main")).toContainText("Neumann");
    await expectNoViolations(clerk, js);
    await takeStep(clerk, js, "Bearbeitung beginnen", "Die Bearbeitung hat begonnen.");
    if (kind === "extended") {
      // the register data the resident asked for: first missing, then entered
      await clerk.getByRole("button", { name: "Antrag genehmigen", exact: true }).click();
      await expect(clerk.getByRole("alert")).toContainText("Tragen Sie den Geburtsort ein");
      await expectNoViolations(clerk, js);
      await clerk.getByLabel("Geburtsort").fill("Gießen");
    }
    await takeStep(clerk, js, "Antrag genehmigen", "Der Antrag ist genehmigt.");

    // The resident's case page now offers the certificate.
    await resident.goto(casePath);
    await expect(resident.getByRole("heading", { name: "Ihre Dokumente" })).toBeVisible();
    await expectNoViolations(resident, js);
    const downloading = resident.waitForEvent("download");
    await resident.getByRole("link", { name: "Meldebescheinigung herunterladen (PDF)" }).click();
    const download = await downloading;
    const pdf = readFileSync((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Neumann");
    if (kind === "extended") expect(text).toContain("Gießen");
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/.exec(text)?.[0];
    expect(code).toBeDefined();

    // Anyone who receives it verifies it on the public page: first with a typo, then right.
    await resident.goto("/pruefen");
    await expect(h1(resident)).toHaveText("Dokument auf Echtheit prüfen");
    await expectNoViolations(resident, js);
    const typo = `${(code as string).slice(0, 3)}${(code as string)[3] === "A" ? "B" : "A"}${(code as string).slice(4)}`;
    await resident.getByLabel("Prüfcode").fill(typo);
    await resident.getByRole("button", { name: "Prüfen" }).click();
    await expect(resident.getByRole("alert")).toContainText(
      "Im Prüfcode ist ein Zeichen falsch oder vertauscht.",
    );
    await expectNoViolations(resident, js);
    await resident.getByLabel("Prüfcode").fill((code as string).toLowerCase());
    await resident.getByRole("button", { name: "Prüfen" }).click();
    await expect(
      resident.getByRole("heading", { name: /^Echt: Meldebescheinigung, ausgestellt am / }),
    ).toBeVisible();
    await expect(resident.getByRole("main")).not.toContainText("Neumann");
    await expectNoViolations(resident, js);
    await resident.context().close();
    await clerk.context().close();
  });

  test(`a resident files an Anmeldung, books the visit from the case's page, and the clerk opens the case from the day view and completes it (${mode})`, async ({
    browser,
  }, info) => {
    test.skip(info.project.name !== "js-on", "one run: the clerk's account is created once");
    test.setTimeout(300_000);
    const email = uniqueEmail(`cases-${js}`, "anmeldung");
    const family = js ? "Umzug" : "Umzieher";
    const resident = await (await contextFor(browser, js)).newPage();

    // The Anmeldung: one person moving within the town, the landlord's confirmation uploaded
    await resident.goto("/antrag/anmeldung-wohnsitz");
    await resident.getByRole("button", { name: "Antrag starten" }).click();
    await resident.getByRole("radio", { name: /innerhalb/ }).check();
    await continueButton(resident).click();
    await fillPerson(resident, "Jonas", family);
    await resident.getByRole("radio", { name: "Ohne Angabe (kein Eintrag)" }).check();
    await resident.getByLabel(/Staatsangehörigkeit/).fill("deutsch");
    await resident.getByRole("radio", { name: "Das bin ich" }).check();
    await continueButton(resident).click();
    await continueButton(resident).click(); // the list of people: just one
    await answerAnmeldungHome(resident, 2);
    await choosePdf(resident, "Wohnungsgeberbestätigung.pdf");
    await resident.getByRole("button", { name: "Datei hochladen" }).click();
    await expect(resident.getByText("Wohnungsgeberbestätigung.pdf")).toBeVisible();
    await continueButton(resident).click();
    await resident.getByRole("checkbox", { name: /Ich versichere/ }).check();
    await continueButton(resident).click();
    await resident.getByLabel("E-Mail-Adresse").fill(email);
    await continueButton(resident).click();
    await resident.getByRole("button", { name: "Antrag verbindlich abschicken" }).click();
    await expect(resident.getByText("Vielen Dank. Ihr Antrag ist eingegangen.")).toBeVisible();
    const casePath = new URL(resident.url()).pathname;
    const reference = await referenceOn(resident);

    // What is still to do: a visit, booked from the case's page at the Stadtbüro
    await expect(resident.getByRole("heading", { name: "Noch zu tun" })).toBeVisible();
    await expectNoViolations(resident, js);
    await resident.getByRole("link", { name: "Termin für diesen Antrag buchen" }).click();
    await expect(h1(resident)).toHaveText("Wo möchten Sie hinkommen?");
    await expect(resident).toHaveURL(/vorgang=/);
    await expectNoViolations(resident, js);
    await resident.getByRole("radio", { name: /^Stadtbüro Marburg/ }).check();
    await resident.getByRole("button", { name: "Weiter" }).click();
    await expect(h1(resident)).toHaveText("An welchem Tag?");
    await resident.getByRole("main").getByRole("list").getByRole("link").first().click();
    await expect(h1(resident)).toHaveText("Um welche Uhrzeit?");
    const day = new URL(resident.url()).searchParams.get("tag") as string;
    expect(day).toMatch(/^\d{4}-\d\d-\d\d$/);
    await expectNoViolations(resident, js);
    // the other story and other specs book too: a time someone else took is chosen anew
    for (let attempt = 0; ; attempt++) {
      await resident
        .getByRole("radio")
        .nth(js ? attempt : attempt + 5)
        .check();
      await resident.getByRole("button", { name: "Weiter" }).click();
      await expect(h1(resident)).toHaveText(/^(Ihre Angaben|.*schneller.*|.*vergeben.*)$/);
      if ((await h1(resident).innerText()).trim() === "Ihre Angaben") break;
      if (attempt > 3) throw new Error("no time could be held");
      await resident.goBack();
    }
    await resident.getByLabel("Vor- und Nachname").fill(`Jonas ${family}`);
    await resident.getByLabel("E-Mail-Adresse").fill(email);
    await resident.getByRole("button", { name: "Weiter" }).click();
    await expect(h1(resident)).toHaveText("Bitte prüfen Sie Ihre Angaben");
    await expectNoViolations(resident, js);
    await resident.getByRole("button", { name: "Termin verbindlich buchen" }).click();
    await expect(h1(resident)).toHaveText("Ihr Termin ist gebucht");
    const confirmation = await resident.getByRole("status").innerText();
    const bookingCode = /Ihre Buchungsnummer: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(confirmation)?.[1] as string;
    expect(bookingCode).toBeTruthy();

    // The case's page names the visit instead of the button.
    await resident.goto(casePath);
    await expect(resident.getByText("Ihr Termin:")).toBeVisible();
    await expect(resident.getByRole("main")).toContainText(bookingCode);
    await expect(resident.getByRole("link", { name: "Termin für diesen Antrag buchen" })).toHaveCount(0);
    await expectNoViolations(resident, js);

    // At the counter: the clerk opens the day of the visit and the case from its row.
    const clerk = await (await contextFor(browser, js, clerkState)).newPage();
    await clerk.goto(`/verwaltung/tag?datum=${day}`);
    await expect(h1(clerk)).toHaveText("Tagesansicht");
    const row = clerk.getByRole("row").filter({ hasText: bookingCode });
    await expectNoViolations(clerk, js);
    await row.getByRole("link", { name: `Vorgang ${reference} öffnen` }).click();
    await expect(h1(clerk)).toHaveText(`Vorgang ${reference}`);
    // what the resident entered at home is there: nothing is typed again
    const main = clerk.getByRole("main");
    await expect(main).toContainText(family);
    await expect(main).toContainText("Ketzerbach");
    await expect(main).toContainText("Wohnungsgeberbestätigung.pdf");
    await expectNoViolations(clerk, js);
    await takeStep(clerk, js, "Bearbeitung beginnen", "Die Bearbeitung hat begonnen.");
    await takeStep(clerk, js, "Antrag genehmigen", "Der Antrag ist genehmigt.");
    await takeStep(clerk, js, "Vorgang abschließen", "Der Vorgang ist abgeschlossen.");

    // The resident's page says it is done, and the visit is no longer asked for.
    await resident.goto(casePath);
    await expect(resident.getByRole("main")).toContainText("Abgeschlossen");
    await expect(resident.getByRole("heading", { name: "Noch zu tun" })).toHaveCount(0);
    await expectNoViolations(resident, js);
    await resident.context().close();
    await clerk.context().close();
  });
}
