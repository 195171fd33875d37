import { Layout } from "../../platform/views/Layout";
import type { PageContext } from "../../platform/views/page-context";
import type { ApiDocsMessages } from "./messages";
import type { ApiOperation, ApiSchemaDoc } from "./openapi-view";

export function ApiDocsPage(props: {
  ctx: PageContext;
  t: ApiDocsMessages;
  title: string;
  description: string;
  version: string;
  operations: ApiOperation[];
  schemas: ApiSchemaDoc[];
}) {
  const { ctx, t, operations, schemas } = props;
  return (
    <Layout ctx={ctx} title={t.title} breadcrumbs={[{ label: t.title, href: ctx.href("/api/docs") }]}>
      <h1 class="kern-heading-x-large">{t.title}</h1>
      <p class="kern-body" lang="en">
        {props.description}
      </p>
      <p class="kern-body">
        {t.version}: {props.version}.{" "}
        <a class="kern-link" href="/api/v1/openapi.json">
          {t.document}
        </a>
      </p>
      <nav aria-labelledby="endpoints">
        <h2 class="kern-heading-medium" id="endpoints">
          {t.endpoints}
        </h2>
        <ul class="kern-list">
          {operations.map((op) => (
            <li key={op.id}>
              <a class="kern-link" href={`#${op.id}`}>
                <code>
                  {op.method} {op.path}
                </code>
              </a>{" "}
              <span lang="en">{op.summary}</span>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <section key={op.id} aria-labelledby={op.id}>
          <h2 class="kern-heading-medium" id={op.id}>
            <code>
              {op.method} {op.path}
            </code>
          </h2>
          <p class="kern-body" lang="en">
            {op.summary}
          </p>
          {op.parameters.length > 0 && (
            <table class="kern-table">
              <caption class="kern-title kern-title--small">{t.parameters}</caption>
              <thead class="kern-table__head">
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="col">
                    {t.name}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t.in}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t.type}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {t.description}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {op.parameters.map((p) => (
                  <tr class="kern-table__row" key={`${p.in}-${p.name}`}>
                    <th class="kern-table__cell" scope="row">
                      <code>{p.name}</code>
                      {p.required && ` (${t.required})`}
                    </th>
                    <td class="kern-table__cell">{p.in}</td>
                    <td class="kern-table__cell">
                      <code>{p.type}</code>
                    </td>
                    <td class="kern-table__cell" lang="en">
                      {p.description}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3 class="kern-heading-small">{t.responses}</h3>
          <ul class="kern-list">
            {op.responses.map((r) => (
              <li key={r.status}>
                <code>{r.status}</code>: <code>{r.type}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="schemas">
        <h2 class="kern-heading-medium" id="schemas">
          {t.schemas}
        </h2>
        {schemas.map((s) => (
          <details key={s.name} id={`schema-${s.name}`}>
            <summary class="kern-heading-small">{s.name}</summary>
            <pre class="sb-code">{s.json}</pre>
          </details>
        ))}
      </section>
    </Layout>
  );
}
