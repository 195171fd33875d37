import { Input } from "../../../platform/views/fields";
import type { PageContext } from "../../../platform/views/page-context";

export function SearchForm({ ctx, query, error }: { ctx: PageContext; query?: string; error?: string }) {
  const { m } = ctx;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet announced by all screen readers in use
    <form class="sb-search" method="get" action={ctx.href("/suche")} role="search">
      <Input
        type="search"
        name="q"
        label={m.search.label}
        hint={m.search.hint}
        value={query}
        error={error}
        autocomplete="off"
        required={false}
      />
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{m.search.submit}</span>
      </button>
    </form>
  );
}
