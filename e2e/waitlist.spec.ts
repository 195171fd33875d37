import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

test("a resident joins the waitlist: errors next to the fields, confirmation, mail with a link to leave", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await page.goto("/termin/warteliste?leistungen=personalausweis&ort=mobil-cappel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auf die Warteliste");
  await expect(page.getByLabel("Mobiles Stadtbüro Cappel")).toBeChecked();
  await expectNoViolations(page);

  await page.getByLabel("Mobiles Stadtbüro Cappel").uncheck();
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page).toHaveTitle(/^Fehler: Auf die Warteliste/);
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Bitte wählen Sie mindestens einen Ort.");
  await expect(summary).toContainText("Bitte wählen Sie mindestens eine Zeit.");
  await expectNoViolations(page);

  await summary.getByRole("link", { name: "Bitte wählen Sie mindestens einen Ort." }).click();
  await expect(page.locator("#places")).toBeFocused();
  await page.getByLabel("Mobiles Stadtbüro Cappel").check();
  await page.getByLabel("Dienstag vormittags").check();
  await page.getByLabel("Vor- und Nachname").fill("Wanda Warteliste");
  const email = `wanda-${info.project.name}-${Date.now()}@example.org`;
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Auf die Warteliste setzen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sie stehen auf der Warteliste");
  await expectNoViolations(page);

  await page.goto("/dev/outbox");
  await page.getByRole("link", { name: "Sie stehen auf der Warteliste" }).first().click();
  const link = page.getByRole("link", { name: /\/termin\/warteliste\// });
  const href = (await link.first().getAttribute("href")) as string;
  await page.goto(new URL(href).pathname);
  await expect(page.getByText("wartet")).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Von der Warteliste austragen" }).click();
  await expect(page.getByText("Sie sind von der Warteliste ausgetragen.")).toBeVisible();
});
