import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

test("the mobile office page lists the stops and has no WCAG 2.1 A/AA violations", async ({ page }) => {
  await page.goto("/mobiles-stadtbuero");
  await expect(page.getByRole("heading", { level: 1, name: "Mobiles Stadtbüro" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kalender für Cappel abonnieren (iCal)" })).toBeVisible();
  await expectNoViolations(page);
});

test("the district filter works without JavaScript and stays accessible", async ({ page }) => {
  await page.goto("/mobiles-stadtbuero");
  await page.getByLabel("Stadtteil").selectOption("cappel");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/[?&]stadtteil=cappel/);
  await expect(page.getByText("Sie sehen nur die Haltestelle in Cappel.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mobiles Stadtbüro Cappel" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mobiles Stadtbüro Wehrda" })).toHaveCount(0);
  await expectNoViolations(page);
});

test("the month view is an accessible table with links to the next and previous month", async ({ page }) => {
  await page.goto("/mobiles-stadtbuero");
  await page.getByRole("link", { name: /^Als Monatsübersicht zeigen/ }).click();
  await expect(page).toHaveURL(/[?&]monat=\d{4}-\d{2}/);
  const table = page.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveCount(7);
  await expect(table.getByRole("columnheader", { name: "Dienstag" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("link", { name: /^Nächster Monat: / }).click();
  await expect(page.getByRole("link", { name: /^Vorheriger Monat: / })).toBeVisible();
  await page.getByLabel("Stadtteil").selectOption("cappel");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/monat=\d{4}-\d{2}/);
  await expect(page.getByRole("table").getByRole("link", { name: "Cappel" }).first()).toBeVisible();
  await expectNoViolations(page);
});

test("the English page and the error states have no violations", async ({ page }) => {
  await page.goto("/en/mobiles-stadtbuero");
  await expect(page.getByRole("heading", { level: 1, name: "Mobile Stadtbüro" })).toBeVisible();
  await expectNoViolations(page);

  const res = await page.goto("/mobiles-stadtbuero?monat=2026-13&stadtteil=atlantis");
  expect(res?.status()).toBe(400);
  await expect(page.locator("#stadtteil-error")).toBeVisible();
  await expect(page.getByText("Diesen Monat können wir nicht zeigen")).toBeVisible();
  await expectNoViolations(page);
});

test("a stop's calendar feed is served as text/calendar", async ({ request }) => {
  const res = await request.get("/mobiles-stadtbuero/mobil-cappel.ics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await res.text()).toContain("BEGIN:VCALENDAR");
});
