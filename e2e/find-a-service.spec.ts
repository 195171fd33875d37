import { expect, test } from "@playwright/test";

test("a new user finds the ID card by search, reads fee and documents, and switches language", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Bürgerservice der Stadt – Stadtbüro Marburg/);

  await page.getByLabel("Wonach suchen Sie?").fill("Perso");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suchergebnisse für „Perso“");

  const firstResult = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) })
    .first();
  await expect(firstResult.getByRole("link")).toHaveText("Personalausweis beantragen");
  await firstResult.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personalausweis beantragen");
  await expect(page.getByRole("heading", { name: "Was brauche ich?" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "46,00 €" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "27,60 €" })).toBeVisible();

  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/leistungen\/personalausweis$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "What do I need?" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "€46.00" })).toBeVisible();

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/leistungen\/personalausweis$/);
  await expect(page.getByRole("heading", { name: "Was kostet das?" })).toBeVisible();
});

test("the search understands umlaut spellings and typos", async ({ page }) => {
  await page.goto("/suche?q=Fuehrungszeugnis");
  await expect(page.getByRole("link", { name: /Führungszeugnis/ }).first()).toBeVisible();
  await page.goto("/suche?q=Reisepas");
  await expect(page.locator(".sb-result-list a").first()).toHaveText(/Reisepass/);
});

test("the skip link is the first thing the keyboard reaches and moves focus to the content", async ({
  page,
}) => {
  await page.goto("/leistungen");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  // The next stop is inside the main content, not the header navigation again.
  const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(inMain).toBe(true);
});

test("the accessibility feedback form reports errors next to the fields and confirms a message", async ({
  page,
}) => {
  await page.goto("/barrierefreiheit");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page).toHaveTitle(/^Fehler: Erklärung zur Barrierefreiheit/);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Bitte schreiben Sie uns, was nicht funktioniert hat.");
  await summary.getByRole("link").first().click();
  await expect(page.getByLabel("Ihre Nachricht")).toBeFocused();
  await page
    .getByLabel("Ihre Nachricht")
    .fill("Die Tabelle der Gebühren ist mit dem Screenreader schwer zu lesen.");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank für Ihre Nachricht");
});
