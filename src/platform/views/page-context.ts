import type { FastifyRequest } from "fastify";
import type { Locale } from "../../domain/locale";
import { localeOfUrl, localizedPath, type Messages, messagesFor } from "../i18n/i18n";

/** What the tenant tells every page (filled by the tenants module on each request). */
export interface SiteInfo {
  tenantName: string;
  demo: boolean;
}

/** Everything a view needs besides its own view model. Views never see requests or rows. */
export interface PageContext {
  locale: Locale;
  m: Messages;
  /** this page's path below the locale prefix, with its query string */
  path: string;
  /** a link in the page's language */
  href(path: string): string;
  /** the same page in the other language */
  alternate: { locale: Locale; href: string };
  stylesheet: string;
  /** the body text's font, preloaded so the first screen does not wait for the stylesheet */
  preloadFont: string;
  site: SiteInfo;
}

declare module "fastify" {
  interface FastifyRequest {
    site: SiteInfo;
  }
  interface FastifyInstance {
    stylesheetUrl: string;
    preloadFontUrl: string;
  }
}

export function pageContext(request: FastifyRequest): PageContext {
  const { locale, path } = localeOfUrl(request.url);
  const other: Locale = locale === "de" ? "en" : "de";
  return {
    locale,
    m: messagesFor(locale),
    path,
    href: (p) => localizedPath(locale, p),
    alternate: { locale: other, href: localizedPath(other, path) },
    stylesheet: request.server.stylesheetUrl,
    preloadFont: request.server.preloadFontUrl,
    site: request.site,
  };
}
