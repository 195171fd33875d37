import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../domain/locale";
import { localizedPath, messagesFor } from "../../../platform/i18n/i18n";
import type { PageContext } from "../../../platform/views/page-context";
import { FeeSection } from "./FeeSection";

function context(locale: Locale): PageContext {
  return {
    locale,
    m: messagesFor(locale),
    path: "/leistungen/leistung",
    href: (p) => localizedPath(locale, p),
    alternate: { locale: locale === "de" ? "en" : "de", href: "/" },
    stylesheet: "/assets/site.css",
    site: { tenantName: "Marburg", demo: true },
  };
}

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
