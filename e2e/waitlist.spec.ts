import { expect, type Page, test } from "@playwright/test";
import { expectNoViolations } from "./axe";

const escaped = (s: string) => new RegExp(s.replace(/[.+]/g, "\\$&"), "i");

/** Fills in the waitlist form for Tuesday mornings at Cappel and sends it. */
async function join(page: Page, prefix: "" | "/en", email: string) {
  await page.goto(`${prefix}/termin/warteliste?leistungen=personalausweis&ort=mobil-cappel`);
  await page.getByLabel(prefix ? "Tuesday mornings" : "Dienstag vormittags").check();
  await page.getByLabel(prefix ? "First and last name" : "Vor- und Nachname").fill("Wanda Warteliste");
  await page.getByLabel(prefix ? "E-mail address" : "E-Mail-Adresse").fill(email);
  await page
    .getByRole("button", { name: prefix ? "Join the waiting list" : "Auf die Warteliste setzen" })
    .click();
}

test("a resident joins the waitlist: errors next to the fields, a request to confirm, confirming and leaving by POST", async ({
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
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bitte prüfen Sie Ihre E-Mails und bestätigen Sie",
  );
  await expect(page.getByRole("status")).toContainText("klicken Sie auf „Eintrag bestätigen“");
  await expectNoViolations(page);

  // The mail asks to confirm; its link opens a page that only asks (mail scanners follow links).
  await page.goto("/dev/outbox");
  const row = page.getByRole("row", { name: escaped(email) });
  await row.getByRole("link", { name: "Bitte bestätigen Sie Ihren Eintrag auf der Warteliste" }).click();
  const link = page.getByRole("link", { name: /\/termin\/warteliste\/[A-Za-z0-9_-]{32}$/ });
  await expect(link).toHaveCount(1);
  await page.goto(new URL((await link.getAttribute("href")) as string).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Eintrag auf der Warteliste");
  await expect(page.getByText("noch nicht bestätigt")).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Eintrag bestätigen" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Danke, Ihr Eintrag ist bestätigt. Sie stehen jetzt auf der Warteliste.",
  );
  await expect(page.getByText("wartet", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Eintrag bestätigen" })).toHaveCount(0);
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Von der Warteliste austragen" }).click();
  await expect(page.getByText("Sie sind von der Warteliste ausgetragen.")).toBeVisible();
});

test("an address with three active wishes gets no fourth, with the reason next to the e-mail field", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const email = `viel-${info.project.name}-${Date.now()}@example.org`;
  for (const spelling of [email, email.toUpperCase(), email]) {
    await join(page, "/en", spelling);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Please check your e-mail and confirm");
  }
  await expectNoViolations(page);

  await join(page, "/en", email.toUpperCase());
  await expect(page).toHaveTitle(/^Error: Join the waiting list/);
  const message = "This e-mail address already has 3 entries on the waiting list.";
  await expect(page.getByRole("alert")).toContainText(message);
  await expect(page.getByLabel("E-mail address")).toHaveValue(email.toUpperCase());
  await expect(page.getByLabel("Tuesday mornings")).toBeChecked();
  await expectNoViolations(page);
  await page
    .getByRole("alert")
    .getByRole("link", { name: new RegExp(message) })
    .click();
  await expect(page.getByLabel("E-mail address")).toBeFocused();
});
