import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { pageContext } from "../../platform/views/page-context";
import { sendPage } from "../../platform/views/render";
import { ApiDocsPage } from "./ApiDocsPage";
import { API_DOCS_MESSAGES } from "./messages";
import { describeOpenApi } from "./openapi-view";

async function apiDocsPage(app: FastifyInstance) {
  app.get("/api/docs", { schema: { hide: true } }, async (request, reply) => {
    const ctx = pageContext(request);
    const doc = app.swagger() as unknown as Record<string, unknown> & {
      info: { title: string; description?: string; version: string };
    };
    const { operations, schemas } = describeOpenApi(doc);
    return sendPage(
      reply,
      <ApiDocsPage
        ctx={ctx}
        t={API_DOCS_MESSAGES[ctx.locale]}
        title={doc.info.title}
        description={doc.info.description ?? ""}
        version={doc.info.version}
        operations={operations}
        schemas={schemas}
      />,
    );
  });
}

/** A readable, server-rendered reference of the JSON API, generated from its OpenAPI document. */
export const apiDocsPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(apiDocsPage);
    await app.register(apiDocsPage, { prefix: "/en" });
  },
  { name: "api-docs", dependencies: ["openapi"] },
);
