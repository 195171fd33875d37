import { Layout } from "../../platform/views/Layout";
import type { PageContext } from "../../platform/views/page-context";
import { type Column, Table } from "../../platform/views/Table";
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
  const parameterColumns: Column<ApiOperation["parameters"][number]>[] = [
    {
      key: "name",
      header: t.name,
      cell: (p) => (
        <>
          <code>{p.name}</code>
          {p.required && ` (${t.required})`}
        </>
      ),
      rowHeader: true,
    },
    { key: "in", header: t.in, cell: (p) => p.in },
    { key: "type", header: t.type, cell: (p) => <code>{p.type}</code> },
    // the descriptions come from the OpenAPI document, in English
    { key: "description", header: t.description, cell: (p) => <span lang="en">{p.description}</span> },
  ];
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
            <Table
              caption={t.parameters}
              columns={parameterColumns}
              rows={op.parameters}
              rowKey={(p) => `${p.in}-${p.name}`}
              striped={false}
            />
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
