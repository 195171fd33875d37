import type { PageContext } from "../../../platform/views/page-context";
import type { Service } from "../domain/service";

/** A list of services as links with their summary; used by the catalogue and search. */
export function ServiceList({
  ctx,
  services,
  headingLevel = 3,
}: {
  ctx: PageContext;
  services: Service[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="sb-result-list">
      {services.map((s) => (
        <li key={s.key}>
          <Heading class="kern-heading-small">
            <a class="kern-link" href={ctx.href(`/leistungen/${s.key}`)}>
              {s.name[ctx.locale]}
            </a>
          </Heading>
          {s.status === "discontinued" && (
            <span class="kern-badge kern-badge--warning">
              <span class="kern-label kern-label--small">{ctx.m.catalog.discontinued}</span>
            </span>
          )}
          <p class="kern-body">{s.summary[ctx.locale]}</p>
        </li>
      ))}
    </ul>
  );
}
