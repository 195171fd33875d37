import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { viewContext } from "../../../test/helpers/page-context";
import { Layout } from "./Layout";

describe("Layout", () => {
  it("preloads exactly one font, the body text's, as a CORS font request before the stylesheet", () => {
    const html = renderToString(
      <Layout ctx={viewContext("de")} title="Start">
        <p>Inhalt</p>
      </Layout>,
    );
    const preloads = html.match(/<link rel="preload"[^>]*>/g) ?? [];
    expect(preloads).toEqual([
      '<link rel="preload" href="/assets/FiraSans-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
    ]);
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('rel="stylesheet"'));
  });
});
