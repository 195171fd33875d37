import type { ComponentChildren } from "preact";
import type { PageContext } from "./page-context";

export interface Crumb {
  label: string;
  href: string;
}

interface LayoutProps {
  ctx: PageContext;
  /** the page's own title; the site name is appended */
  title: string;
  breadcrumbs?: Crumb[];
  children: ComponentChildren;
}

/** The frame of every citizen page: skip link, header, landmarks, language switch, footer. */
export function Layout({ ctx, title, breadcrumbs, children }: LayoutProps) {
  const { m, site } = ctx;
  const siteName = m.layout.siteName(site.tenantName);
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${siteName}`}</title>
        <link rel="preload" href={ctx.preloadFont} as="font" type="font/woff2" crossorigin="anonymous" />
        <link rel="stylesheet" href={ctx.stylesheet} />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="alternate" hreflang={ctx.alternate.locale} href={ctx.alternate.href} />
      </head>
      <body>
        <a class="sb-skip-link" href="#main">
          {m.layout.skipLink}
        </a>
        <header class="sb-header">
          <div class="kern-container sb-header__bar">
            <a class="sb-header__brand" href={ctx.href("/")}>
              <span class="sb-header__name">{siteName}</span>
              <span class="sb-header__tagline">{m.layout.tagline}</span>
            </a>
            <a
              class="kern-link sb-header__language"
              href={ctx.alternate.href}
              hreflang={ctx.alternate.locale}
              lang={ctx.alternate.locale}
              title={m.meta.switchTo}
            >
              {m.meta.otherLanguageLabel}
            </a>
          </div>
          <nav class="kern-container sb-nav" aria-label={m.layout.mainNav}>
            <ul class="sb-nav__list">
              <li>
                <a class="kern-link" href={ctx.href("/leistungen")}>
                  {m.layout.navServices}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/termin")}>
                  {m.layout.navBooking}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/mobiles-stadtbuero")}>
                  {m.layout.navMobile}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/orte")}>
                  {m.layout.navLocations}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/suche")}>
                  {m.layout.navSearch}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        {site.demo && (
          <div class="kern-container">
            <p class="sb-demo-notice">{m.layout.demoNotice}</p>
          </div>
        )}
        {breadcrumbs && breadcrumbs.length > 0 && (
          <nav class="kern-container sb-breadcrumbs" aria-label={m.layout.breadcrumb}>
            <ol>
              <li>
                <a class="kern-link" href={ctx.href("/")}>
                  {m.layout.home}
                </a>
              </li>
              {breadcrumbs.map((c) => (
                <li key={c.href}>
                  <a class="kern-link" href={c.href}>
                    {c.label}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" tabIndex={-1} class="kern-container sb-main">
          {children}
        </main>
        <footer class="sb-footer">
          <nav class="kern-container" aria-label={m.layout.footerNav}>
            <ul class="sb-footer__list">
              <li>
                <a class="kern-link" href={ctx.href("/impressum")}>
                  {m.layout.imprint}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/datenschutz")}>
                  {m.layout.privacy}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/barrierefreiheit")}>
                  {m.layout.accessibility}
                </a>
              </li>
              <li>
                <a class="kern-link" href="/leichte-sprache" lang="de">
                  {m.layout.easyLanguage}
                </a>
              </li>
              <li>
                <a class="kern-link" href={ctx.href("/api/docs")}>
                  {m.layout.api}
                </a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}
