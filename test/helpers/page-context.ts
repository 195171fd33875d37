import type { Locale } from "../../src/domain/locale";
import { localizedPath, messagesFor } from "../../src/platform/i18n/i18n";
import type { PageContext } from "../../src/platform/views/page-context";

/** The context of a page rendered on its own in a view test (demo tenant, no request). */
export function viewContext(locale: Locale, path = "/"): PageContext {
  return {
    locale,
    m: messagesFor(locale),
    path,
    href: (p) => localizedPath(locale, p),
    alternate: { locale: locale === "de" ? "en" : "de", href: "/" },
    stylesheet: "/assets/site.css",
    preloadFont: "/assets/FiraSans-Regular.woff2",
    site: { tenantName: "Marburg", demo: true },
  };
}
