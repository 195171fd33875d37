import type { PageContext } from "../../../platform/views/page-context";

export function SearchForm({ ctx, query, error }: { ctx: PageContext; query?: string; error?: string }) {
  const { m } = ctx;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet announced by all screen readers in use
    <form class="sb-search" method="get" action={ctx.href("/suche")} role="search">
      <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label class="kern-label" for="q">
          {m.search.label}
        </label>
        <div class="kern-hint" id="q-hint">
          {m.search.hint}
        </div>
        {error && (
          <p class="kern-error" id="q-error">
            {error}
          </p>
        )}
        <input
          class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`}
          type="search"
          id="q"
          name="q"
          value={query ?? ""}
          autocomplete="off"
          aria-invalid={error ? "true" : undefined}
          aria-describedby={error ? "q-hint q-error" : "q-hint"}
        />
      </div>
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{m.search.submit}</span>
      </button>
    </form>
  );
}
