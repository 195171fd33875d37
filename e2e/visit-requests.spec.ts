import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

// One test per browser project: the form allows 5 posts a minute per address, and this
// test posts twice (once invalid, once valid).
test("a carer requests a home visit: fixes the errors the form reports, then gets a reference", async ({
  page,
}) => {
  await page.goto("/hausbesuch");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hausbesuch anfragen");
  await expectNoViolations(page);

  // The honeypot is not in the tab order and not visible.
  await expect(page.getByLabel("Bitte lassen Sie dieses Feld leer")).not.toBeInViewport();

  // Radios and checkboxes are found through their fieldset's legend, as a screen reader names them.
  const place = page.getByRole("group", { name: "Wo sollen wir die Person besuchen?" });
  const reason = page.getByRole("group", { name: "Warum kann die Person nicht ins Stadtbüro kommen?" });

  // A first try: no reason, a phone number with letters, no consent.
  await place.getByRole("radio", { name: "In einem Pflegeheim oder einer Wohneinrichtung" }).check();
  await page.getByLabel("Name des Pflegeheims oder der Einrichtung").fill("Haus am Richtsberg");
  await page.getByRole("checkbox", { name: "Befreiung von der Ausweispflicht", exact: true }).check();
  await page.getByRole("checkbox", { name: "Werktags vormittags" }).check();
  await page.getByLabel("Name der Person, die wir besuchen").fill("Erna Beispiel");
  await page.getByLabel("Name der Ansprechperson").fill("Petra Beispiel");
  await page.getByLabel("Telefonnummer").fill("ruf mich an");
  await page.getByRole("button", { name: "Anfrage senden" }).click();

  const summary = page.getByRole("alert");
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: Hausbesuch anfragen/);
  await expect(summary.getByRole("link")).toHaveText([
    "Wählen Sie aus, warum die Person nicht ins Stadtbüro kommen kann",
    /^Geben Sie die Telefonnummer nur mit Ziffern/,
    "Bestätigen Sie, dass wir die Angaben für den Hausbesuch nutzen dürfen",
  ]);
  await expectNoViolations(page);

  // The answers given are kept.
  await expect(page.getByLabel("Name des Pflegeheims oder der Einrichtung")).toHaveValue(
    "Haus am Richtsberg",
  );
  await expect(
    page.getByRole("checkbox", { name: "Befreiung von der Ausweispflicht", exact: true }),
  ).toBeChecked();
  await expect(
    place.getByRole("radio", { name: "In einem Pflegeheim oder einer Wohneinrichtung" }),
  ).toBeChecked();

  // Each link in the summary takes the keyboard to its field.
  await summary.getByRole("link", { name: /warum die Person/ }).click();
  const firstReason = reason.getByRole("radio", {
    name: "Sie lebt in einem Pflegeheim oder einer Wohneinrichtung",
  });
  await expect(firstReason).toBeFocused();
  await page.keyboard.press("Space");
  await expect(firstReason).toBeChecked();

  await summary.getByRole("link", { name: /Telefonnummer/ }).click();
  const phone = page.getByLabel("Telefonnummer");
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAccessibleDescription(/Geben Sie die Telefonnummer nur mit Ziffern/);
  await phone.fill("06421 123456");

  await summary.getByRole("link", { name: /Bestätigen Sie/ }).click();
  const consent = page.getByRole("checkbox", { name: /Ich bin einverstanden/ });
  await expect(consent).toBeFocused();
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();

  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page).toHaveURL(/\/hausbesuch\/danke\?ref=HB-[A-Z0-9]{4}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anfrage gesendet");
  const code = new URL(page.url()).searchParams.get("ref") ?? "";
  await expect(page.getByText("Ihre Vorgangsnummer")).toContainText(code);
  await expect(page.getByRole("heading", { name: "So geht es weiter" })).toBeVisible();
  // no personal data on the thanks page
  await expect(page.getByText("Erna Beispiel")).toHaveCount(0);
  await expectNoViolations(page);
});

test("the English form has no violations", async ({ page }) => {
  await page.goto("/en/hausbesuch");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request a home visit");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoViolations(page);
});
