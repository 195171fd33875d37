import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

const PAGES = [
  "/",
  "/en",
  "/leistungen",
  "/suche?q=Ausweis",
  "/suche?q=xqzt",
  "/en/suche?q=passport",
  "/leistungen/personalausweis",
  "/en/leistungen/reisepass",
  "/leistungen/kinderreisepass",
  "/leistungen/meldebescheinigung",
  "/orte",
  "/orte/stadtbuero",
  "/orte/mobil-cappel",
  "/en/orte/quartiersmanagement",
  "/barrierefreiheit",
  "/en/barrierefreiheit",
  "/impressum",
  "/datenschutz",
  "/leichte-sprache",
  "/api/docs",
  "/gibt-es-nicht",
];

for (const path of PAGES) {
  test(`no WCAG 2.1 A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test("no violations in the error states of search and feedback", async ({ page }) => {
  await page.goto(`/suche?q=${"x".repeat(120)}`);
  await expect(page.locator("#q-error")).toBeVisible();
  await expectNoViolations(page);

  await page.goto("/en/barrierefreiheit");
  await page.getByLabel("Your e-mail address").fill("not-an-address");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoViolations(page);
});
