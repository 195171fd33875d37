import type { ComponentChildren } from "preact";
import { CsrfInput } from "../../../platform/views/forms";
import { BACK_OFFICE_NAV, type BackOfficeContext } from "./back-office-context";

/** "schalter-3" → "Schalter 3": counters are signed like this in the building. */
const counterLabel = (key: string) => key.replace(/-/g, " ").replace(/^\p{L}/u, (c) => c.toUpperCase());

interface Props {
  ctx: BackOfficeContext;
  title: string;
  /** a short confirmation shown above the content ("Gespeichert.") */
  notice?: string;
  /** wide pages (timeline, tables) use the full width */
  wide?: boolean;
  children: ComponentChildren;
}

/** The frame of every back-office page: who is signed in, the navigation for their roles, sign-out. */
export function BackOfficeLayout({ ctx, title, notice, wide, children }: Props) {
  const { s } = ctx;
  const site = s.layout.title(ctx.m.layout.siteName(ctx.site.tenantName));
  const current = ctx.path.split("?")[0];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${site}`}</title>
        <link rel="stylesheet" href={ctx.stylesheet} />
      </head>
      <body class="sb-backoffice">
        <a class="sb-skip-link" href="#main">
          {ctx.m.layout.skipLink}
        </a>
        <header class="sb-header sb-header--backoffice">
          <div class="kern-container sb-header__bar">
            <a class="sb-header__brand" href={ctx.href("/verwaltung")}>
              <span class="sb-header__name">{site}</span>
            </a>
            <div class="sb-header__user">
              <span>{s.layout.signedInAs(ctx.viewer.displayName)}</span>
              {ctx.viewer.counter && <span>{s.layout.atCounter(counterLabel(ctx.viewer.counter))}</span>}
              <a
                class="kern-link"
                href={ctx.alternate.href}
                hreflang={ctx.alternate.locale}
                lang={ctx.alternate.locale}
                title={ctx.m.meta.switchTo}
              >
                {ctx.m.meta.otherLanguageLabel}
              </a>
              <form method="post" action={ctx.href("/verwaltung/abmelden")} class="sb-inline-form">
                <CsrfInput token={ctx.csrfToken} />
                <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--small">
                  <span class="kern-label">{s.layout.signOut}</span>
                </button>
              </form>
            </div>
          </div>
          <nav class="kern-container sb-nav" aria-label={s.layout.nav}>
            <ul class="sb-nav__list">
              {BACK_OFFICE_NAV.filter((item) => ctx.may(item.access)).map((item) => (
                <li key={item.path}>
                  <a
                    class="kern-link"
                    href={ctx.href(item.path)}
                    aria-current={current === item.path ? "page" : undefined}
                  >
                    {s.layout[item.label]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} class={`kern-container sb-main${wide ? " sb-main--wide" : ""}`}>
          {notice && (
            <div class="kern-alert kern-alert--success" role="status">
              <div class="kern-alert__header">
                <span class="kern-title">{notice}</span>
              </div>
            </div>
          )}
          {children}
        </main>
      </body>
    </html>
  );
}
