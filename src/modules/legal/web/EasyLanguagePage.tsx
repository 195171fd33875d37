import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import type { LegalMessages } from "../messages/de";

/** Leichte Sprache: short sentences, one statement each, compounds split with hyphens. German only, by its nature. */
export function EasyLanguagePage({ ctx, t }: { ctx: PageContext; t: LegalMessages }) {
  return (
    <Layout ctx={ctx} title={t.easyLanguage.title}>
      <div lang="de">
        <h1 class="kern-heading-x-large">{t.easyLanguage.title}</h1>
        {t.easyLanguage.paragraphs.map((p) => (
          <p class="kern-body kern-body--large" key={p}>
            {p}
          </p>
        ))}
        <ul class="kern-list">
          <li>
            <a class="kern-link" href="/suche">
              {t.easyLanguage.searchLink}
            </a>
          </li>
          <li>
            <a class="kern-link" href="/barrierefreiheit#feedback-title">
              {t.easyLanguage.feedbackLink}
            </a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
