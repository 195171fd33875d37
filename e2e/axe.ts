import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page as it is now. axe has to inject script, which a page with
 * JavaScript disabled cannot run; there the exact DOM the user sees is copied into a
 * scripted page on the same origin (so the stylesheet and its colours apply) and checked.
 */
export async function expectNoViolations(
  page: Page,
  /** whether the page's context runs JavaScript; the project's setting unless told */
  jsEnabled = test.info().project.use.javaScriptEnabled !== false,
): Promise<void> {
  let target = page;
  // axe's injected script hangs in a page whose context has JavaScript turned off.
  if (!jsEnabled) {
    const html = await page.content();
    const browser = page.context().browser();
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({
      javaScriptEnabled: true,
      baseURL: new URL(page.url()).origin,
    });
    target = await context.newPage();
    await target.goto(new URL("/health", page.url()).toString());
    await target.setContent(html, { waitUntil: "load" });
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_21_AA).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary).toEqual([]);
  } finally {
    if (target !== page) await target.context().close();
  }
}
