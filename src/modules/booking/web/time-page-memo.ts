import { randomBytes } from "node:crypto";
import type { Slot } from "../domain/slots";

export interface RenderedPage {
  html: string;
  status: number;
}

/**
 * Time pages rendered from one array of free times, kept beside it. The booking service gives
 * the same frozen array while a day's claims (read live on every request) are unchanged, so a
 * rush of refusals renders each page once per change, and a kept page never outlives the
 * claims it shows. Only the CSRF token differs between residents: pages are rendered with
 * `csrfMark` in its place, and each resident's token is put in when the page is sent.
 */
export class TimePageMemo {
  readonly #pages = new WeakMap<readonly Slot[], Map<string, RenderedPage>>();
  readonly csrfMark = `csrf-mark-${randomBytes(16).toString("hex")}`;

  constructor(private readonly maxPagesPerArray = 64) {}

  /**
   * The page for `key` (everything besides the free times that the page shows: address,
   * language, choices, message) with `csrfToken` in it; rendered by `render` (which puts
   * `csrfMark` where the token goes) unless kept. Arrays that are not frozen (filtered for
   * one request) are never kept.
   */
  async page(
    slots: readonly Slot[],
    key: string,
    csrfToken: string,
    render: () => Promise<RenderedPage>,
  ): Promise<RenderedPage> {
    let kept: RenderedPage | undefined;
    if (Object.isFrozen(slots)) {
      let pages = this.#pages.get(slots);
      if (!pages) {
        pages = new Map();
        this.#pages.set(slots, pages);
      }
      kept = pages.get(key);
      if (!kept) {
        kept = await render();
        if (pages.size >= this.maxPagesPerArray) pages.clear();
        pages.set(key, kept);
      }
    } else {
      kept = await render();
    }
    // a function, so that "$" in a token is never read as a replacement pattern
    return { html: kept.html.replace(this.csrfMark, () => csrfToken), status: kept.status };
  }
}
