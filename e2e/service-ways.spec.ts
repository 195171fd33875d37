import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

// Issue 9: a service page says one thing per way, says plainly what is not available yet,
// and always says what happens next.

test("the Meldebescheinigung links to its online form; the terminal is not there yet", async ({ page }) => {
  await page.goto("/leistungen/meldebescheinigung");
  const ways = page.getByRole("region", { name: "Wie und wo kann ich das erledigen?" });
  await expect(ways.locator('[data-way="online"]')).toHaveText(
    "Möglich, hier auf dieser Seite: Online beantragen",
  );
  await expect(ways.getByRole("link", { name: "Online beantragen" })).toHaveAttribute(
    "href",
    "/antrag/meldebescheinigung",
  );
  await expect(ways.locator('[data-way="terminal"]')).toHaveText(
    "Noch nicht möglich. Marburg hat noch kein Selbstbedienungs-Terminal.",
  );
  await expect(page.getByText("Auch online möglich")).toHaveCount(0);
  await expectNoViolations(page);
});

test("Gewerbe anmelden says how to start and what happens next", async ({ page }) => {
  await page.goto("/leistungen/gewerbe-anmelden");
  const next = page.getByRole("region", { name: "So geht es weiter" });
  await expect(next.getByRole("heading", { name: "Danach" })).toBeVisible();
  await expect(next.getByRole("listitem")).not.toHaveCount(0);
  await next.getByRole("link", { name: "Ordnungsamt" }).click();
  await expect(page).toHaveURL(/\/orte\/ordnungsamt$/);
  await expectNoViolations(page);
});

test("the Führungszeugnis in English links to the online application and to booking", async ({ page }) => {
  await page.goto("/en/leistungen/fuehrungszeugnis");
  const next = page.getByRole("region", { name: "What happens next" });
  await expect(
    next.getByRole("link", { name: "Apply online at the Federal Office of Justice" }),
  ).toHaveAttribute("href", "https://www.fuehrungszeugnis.bund.de");
  await next.getByRole("link", { name: "Book an appointment" }).click();
  await expect(page).toHaveURL(/\/en\/termin\?leistung=fuehrungszeugnis$/);
  await expectNoViolations(page);
});
