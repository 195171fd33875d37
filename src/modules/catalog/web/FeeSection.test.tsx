import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { viewContext } from "../../../../test/helpers/page-context";
import type { Locale } from "../../../domain/locale";
import { FeeSection } from "./FeeSection";

const context = (locale: Locale) => viewContext(locale, "/leistungen/leistung");

const GENERAL = {
  de: "Die Gebühr nennen wir hier nicht, weil wir sie nicht sicher kennen.",
  en: "We do not state the fee here because we do not know it for certain.",
};
const NOTE = {
  de: "Die Gebühr ist hier noch nicht hinterlegt. Bitte fragen Sie beim Ordnungsamt nach.",
  en: "The fee is not recorded here yet. Please ask the public order office.",
};

describe("the fee section says an unknown fee once", () => {
  it.each(["de", "en"] as const)("in general words when the service has no note (%s)", (locale) => {
    const html = renderToString(<FeeSection ctx={context(locale)} fee={{ kind: "unknown" }} />);
    expect(html).toContain(GENERAL[locale]);
  });

  it.each(["de", "en"] as const)("in the service's own note, which names whom to ask (%s)", (locale) => {
    const html = renderToString(<FeeSection ctx={context(locale)} fee={{ kind: "unknown", note: NOTE }} />);
    expect(html).toContain(NOTE[locale]);
    expect(html).not.toContain(GENERAL[locale]);
  });
});
