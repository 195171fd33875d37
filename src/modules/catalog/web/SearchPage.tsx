import { ErrorSummary } from "../../../platform/views/forms";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Service } from "../domain/service";
import { SearchForm } from "./SearchForm";
import { ServiceList } from "./ServiceList";

export interface SearchView {
  query: string;
  results: Service[];
  error?: string;
}

export function SearchPage({ ctx, view }: { ctx: PageContext; view: SearchView }) {
  const { m } = ctx;
  const { query, results, error } = view;
  const hasQuery = query.trim().length > 0 && !error;
  const title = error
    ? `${m.errors.title}: ${m.search.title}`
    : hasQuery
      ? m.search.titleWithQuery(query)
      : m.search.title;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ label: m.search.title, href: ctx.href("/suche") }]}>
      {error && <ErrorSummary title={m.search.errorSummaryTitle} errors={[{ field: "q", message: error }]} />}
      <h1 class="kern-heading-x-large">{hasQuery ? m.search.titleWithQuery(query) : m.search.title}</h1>
      <SearchForm ctx={ctx} query={query} error={error} />
      {hasQuery && (
        <Section id="results-title" title={m.search.count(results.length)}>
          {results.length > 0 ? (
            <ServiceList ctx={ctx} services={results} />
          ) : (
            <>
              <p class="kern-body">{m.search.none(query)}</p>
              <p class="kern-body">
                {m.search.noneHelp}{" "}
                <a class="kern-link" href={ctx.href("/leistungen")}>
                  {m.catalog.title}
                </a>
              </p>
            </>
          )}
        </Section>
      )}
    </Layout>
  );
}
