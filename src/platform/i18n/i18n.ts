import { DEFAULT_LOCALE, type Locale } from "../../domain/locale";
import { de, type Messages } from "./messages/de";
import { en } from "./messages/en";

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { de, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

/** German pages live at `/…`, English ones at `/en/…`: same path, so switching stays on the page. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

export function localizedPath(locale: Locale, path: string): string {
  const prefix = localePrefix(locale);
  if (path === "/") return prefix || "/";
  return `${prefix}${path}`;
}

/**
 * Splits a request URL into its locale and the path below the locale prefix. The path is
 * made safe to put into a link of this site: a browser reads `//host`, `/\host` or a path
 * with a tab in it as another site, so backslashes, whitespace and control characters are
 * percent-encoded and leading slashes collapse to one.
 */
export function localeOfUrl(url: string): { locale: Locale; path: string } {
  if (url === "/en" || url.startsWith("/en/") || url.startsWith("/en?")) {
    return { locale: "en", path: sameSitePath(url.slice(3)) };
  }
  return { locale: DEFAULT_LOCALE, path: sameSitePath(url) };
}

function sameSitePath(path: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what is encoded
  const encoded = path.replace(/[\u0000-\u0020\u007f\\]/g, (c) => encodeURIComponent(c));
  return `/${encoded.replace(/^\/+/, "")}`;
}

const euro: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }),
  en: new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }),
};
export function formatEuro(locale: Locale, cents: number): string {
  return euro[locale].format(cents / 100);
}

const longDate: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};
/** Formats an ISO calendar date (YYYY-MM-DD) without any zone shift. */
export function formatDate(locale: Locale, isoDate: string): string {
  return longDate[locale].format(new Date(`${isoDate}T00:00:00Z`));
}

const integer: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE"),
  en: new Intl.NumberFormat("en-GB"),
};
export function formatInteger(locale: Locale, n: number): string {
  return integer[locale].format(n);
}
