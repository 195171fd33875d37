import type { Page } from "@playwright/test";

/** Helpers for the residents' form pages (`/antrag/…`), in German. */
export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
export const continueButton = (page: Page) => page.getByRole("button", { name: "Weiter", exact: true });
export const uniqueEmail = (project: string, what: string) => `${what}-${project}-${Date.now()}@example.org`;

export interface CivilDate {
  day: string;
  month: string;
  year: string;
}

/** Today's date in Marburg, as the form's date bounds see it, moved by `days`. */
export function civilDate(days = 0): CivilDate {
  const at = new Date(Date.now() + days * 86_400_000);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(at).split("-");
  return { year: parts[0] ?? "", month: String(Number(parts[1])), day: String(Number(parts[2])) };
}

/** Fills the day, month and year of the date question whose fieldset is named `group`. */
export async function fillDate(page: Page, group: string, date: CivilDate) {
  const fieldset = page.getByRole("group", { name: group });
  await fieldset.getByLabel("Tag").fill(date.day);
  await fieldset.getByLabel("Monat").fill(date.month);
  await fieldset.getByLabel("Jahr").fill(date.year);
}

/** Fills a person question: given names, family name, a date of birth. */
export async function fillPerson(page: Page, given: string, family: string) {
  await page.getByLabel("Vornamen").fill(given);
  await page.getByLabel("Familienname").fill(family);
  await fillDate(page, "Geburtsdatum", { day: "1", month: "2", year: "1990" });
}

/** Fills an address question with a Marburg address in `street`. */
export async function fillAddress(page: Page, street: string) {
  await page.getByLabel("Straße").fill(street);
  await page.getByLabel("Hausnummer").fill("5");
  await page.getByLabel("Postleitzahl").fill("35037");
  await page.getByLabel("Ort", { exact: true }).fill("Marburg");
}

/**
 * The Anmeldung's pages after its people: the new home in the town, moved in `daysAgo`, main
 * residence, the previous address, and the landlord's confirmation to be uploaded.
 */
export async function answerAnmeldungHome(page: Page, daysAgo: number) {
  await fillAddress(page, "Markt");
  await continueButton(page).click();
  await fillDate(
    page,
    await page.getByRole("group").first().locator("legend").innerText(),
    civilDate(-daysAgo),
  );
  await continueButton(page).click();
  await page
    .getByRole("radio", { name: /Hauptwohnung/ })
    .first()
    .check();
  await continueButton(page).click();
  await fillAddress(page, "Ketzerbach");
  await continueButton(page).click();
  await page.getByRole("radio", { name: "Ich lade die Bestätigung hoch" }).check();
  await continueButton(page).click();
}

/** Chooses a small, valid PDF named `name` in the page's file input. */
export async function choosePdf(page: Page, name: string) {
  await page.getByLabel("Datei auswählen").setInputFiles({
    name,
    mimeType: "application/pdf",
    buffer: Buffer.from(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    ),
  });
}
