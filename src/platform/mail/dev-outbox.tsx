import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Config, isLoopbackHost } from "../../config";
import { AppError } from "../errors";
import type { Metrics } from "../metrics";
import { pageContext } from "../views/page-context";
import { sendPage } from "../views/render";
import { createMailer, type Mailer } from "./mailer";
import { MAIL_MESSAGES } from "./messages";
import { OutboxListPage, OutboxMessagePage } from "./OutboxPages";
import { isOutboxId, listOutbox, readOutboxMessage, readOutboxRaw } from "./outbox";

declare module "fastify" {
  interface FastifyInstance {
    /** sends mail: through SMTP, or into the outbox folder when SMTP_URL is unset */
    mailer: Mailer;
  }
}

const Params = z.object({ id: z.string().max(100).refine(isOutboxId) });

/** The outbox pages for one locale prefix. Mail holds personal data: never cached, never indexed. */
async function outboxPages(instance: FastifyInstance, { config }: { config: Config }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const dir = config.mail.outboxDir;
  const timeZone = async () => (await app.tenant.profile()).timeZone;

  // A second line of defence behind the configuration check: only a browser on this machine,
  // talking to it directly, sees the pages; anything that came through a proxy gets a 404.
  app.addHook("onRequest", async (request) => {
    if (!isDirectLocalRequest(request)) throw new AppError("not-found");
  });
  app.addHook("onSend", async (_request, reply) => {
    reply.header("cache-control", "no-store").header("x-robots-tag", "noindex");
  });

  app.get("/dev/outbox", async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <OutboxListPage
        ctx={ctx}
        t={MAIL_MESSAGES[ctx.locale]}
        outboxDir={dir}
        smtpConfigured={config.mail.smtpUrl !== undefined}
        entries={await listOutbox(dir)}
        timeZone={await timeZone()}
      />,
    );
  });

  app.get("/dev/outbox/:id", { schema: { params: Params } }, async (request, reply) => {
    const message = await readOutboxMessage(dir, request.params.id);
    if (!message) throw new AppError("not-found");
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <OutboxMessagePage
        ctx={ctx}
        t={MAIL_MESSAGES[ctx.locale]}
        message={message}
        timeZone={await timeZone()}
      />,
    );
  });

  app.get("/dev/outbox/:id/eml", { schema: { params: Params } }, async (request, reply) => {
    const raw = await readOutboxRaw(dir, request.params.id);
    if (!raw) throw new AppError("not-found");
    return reply
      .type("message/rfc822")
      .header("content-disposition", `attachment; filename="${request.params.id}.eml"`)
      .send(raw);
  });
}

const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via"];

/** A request from this machine's loopback, addressed to a loopback host, through no proxy. */
function isDirectLocalRequest(request: FastifyRequest): boolean {
  if (FORWARDING_HEADERS.some((h) => request.headers[h] !== undefined)) return false;
  const remote = request.socket.remoteAddress ?? "";
  const fromLoopback = /^(::ffff:)?127\./.test(remote) || remote === "::1";
  const host = (request.headers.host ?? "").replace(/:\d+$/, "");
  return fromLoopback && isLoopbackHost(host);
}

/**
 * `/dev/outbox` and `/en/dev/outbox`: the messages in the outbox folder. Registered only when
 * `DEV_PAGES=true` (which the configuration refuses in production, with a public URL or
 * behind a proxy); otherwise the routes do not exist.
 */
export async function devOutboxPlugin(app: FastifyInstance, opts: { config: Config }) {
  await app.register(outboxPages, opts);
  await app.register(outboxPages, { ...opts, prefix: "/en" });
}

/** The mailer, with every send that throws counted (`stadtbuero_mail_failures_total`). */
function countingFailures(mailer: Mailer, metrics: Metrics): Mailer {
  return {
    async send(message) {
      try {
        return await mailer.send(message);
      } catch (error) {
        metrics.mailFailed();
        throw error;
      }
    },
    close: () => mailer.close(),
  };
}

/**
 * Outgoing mail for the whole app: decorates `app.mailer` (the given one, or one made from
 * `config.mail`), closes a mailer it made itself when the app closes (a given one belongs to
 * the caller, like the database), and adds the dev outbox pages when `DEV_PAGES` opts in.
 */
export const mailPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; mailer?: Mailer | undefined }) => {
    const { config } = opts;
    const mailer = opts.mailer ?? createMailer(config.mail, app.clock);
    app.decorate("mailer", countingFailures(mailer, app.metrics));
    if (!opts.mailer) app.addHook("onClose", () => mailer.close());
    if (config.env === "production" && !config.mail.smtpUrl && !opts.mailer) {
      app.log.warn("SMTP_URL is not set: mail is written to the outbox folder and not sent");
    }
    if (config.devPages) await app.register(devOutboxPlugin, { config });
  },
  { name: "mail", dependencies: ["metrics"] },
);
