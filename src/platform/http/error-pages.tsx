import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorCode } from "../errors";
import { localeOfUrl, messagesFor } from "../i18n/i18n";
import { Layout } from "../views/Layout";
import { pageContext } from "../views/page-context";
import { sendPage } from "../views/render";

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return new AppError("bad-request");
  const fe = error as FastifyError;
  if (fe.code === "FST_CSRF_INVALID_TOKEN" || fe.code === "FST_CSRF_MISSING_SECRET")
    return new AppError("csrf-invalid");
  if (fe.statusCode === 429) return new AppError("rate-limited");
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError("bad-request");
  return new AppError("internal");
}

function isApi(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/") || request.url === "/api";
}

function respond(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const { locale } = localeOfUrl(request.url);
  const text = messagesFor(locale).errors[error.code as ErrorCode];
  if (isApi(request)) {
    // Detail only below 500: a server error never tells the client what went wrong inside.
    return reply.code(error.status).send({ code: error.code, message: text.title, status: error.status });
  }
  // When the tenant could not be loaded (database down) the page still renders, unnamed.
  request.site ??= { tenantName: "", demo: false };
  const ctx = pageContext(request);
  return sendPage(
    reply,
    <Layout ctx={ctx} title={text.title}>
      <h1 class="kern-heading-large">{text.title}</h1>
      <p class="kern-body">{text.text}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={ctx.href("/")}>
            {ctx.m.errors.homeLink}
          </a>
        </li>
        <li>
          <a class="kern-link" href={ctx.href("/suche")}>
            {ctx.m.errors.searchLink}
          </a>
        </li>
      </ul>
    </Layout>,
    error.status,
  );
}

/** One handler for every error: a page in the user's language, or JSON under /api. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code: appError.code }, "request rejected");
    if (appError.code === "rate-limited") reply.header("retry-after", "60");
    return respond(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => respond(request, reply, new AppError("not-found")));
}
