import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import QRCode from "qrcode";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { clientAddress } from "../../../platform/http/client-address";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { totpUri } from "../credentials";
import type { SessionStage } from "../queries";
import type { StaffService } from "../service";
import { STAFF_MESSAGES } from "./back-office-context";
import { CodePage, EnrolTotpPage, NewPasswordPage, SignInPage } from "./SignInPages";

const STEP_PATHS: Record<SessionStage, string> = {
  totp: "/verwaltung/anmelden/code",
  "password-change": "/verwaltung/anmelden/passwort",
  "totp-enrol": "/verwaltung/anmelden/zwei-faktor",
  active: "/verwaltung",
};

/** Only back-office paths of this site: never an open redirect. */
function safeNext(next: string | undefined): string {
  return next && /^\/verwaltung(\/[a-z0-9/_?=&%.-]*)?$/i.test(next) && !next.includes("//")
    ? next
    : "/verwaltung";
}

const Next = z.object({ weiter: z.string().max(300).optional(), abgemeldet: z.string().max(5).optional() });
const text = z.string().max(300).optional();
const SignInBody = z.object({ _csrf: CsrfField, next: text, username: text, password: text });
const CodeBody = z.object({ _csrf: CsrfField, next: text, code: text });
const PasswordBody = z.object({ _csrf: CsrfField, next: text, password: text, confirm: text });

export interface SignInRouteOptions {
  staff: StaffService;
  /** one limit for every sign-in post in both languages (an `onRequest` hook) */
  limit: onRequestHookHandler;
  cookies: {
    setSessionCookie(reply: FastifyReply, id: string): void;
    clearSessionCookie(reply: FastifyReply): void;
    sessionIdOf(request: FastifyRequest): string | undefined;
  };
}

/** The sign-in steps: password, then TOTP code, a new password, or TOTP enrolment as the account needs. */
export async function signInRoutes(instance: FastifyInstance, { staff, cookies, limit }: SignInRouteOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const pub = { access: "public" as const };
  const limited = { config: pub, onRequest: limit };

  /** The answer to an attempt the throttles refused: the same for every name, known or not. */
  const waitSeconds = (reply: FastifyReply, retryAt: Date, now: Date) => {
    const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
    reply.header("retry-after", String(seconds));
    return seconds;
  };
  const wait = (
    request: FastifyRequest,
    reply: FastifyReply,
    seconds: number,
    username: string,
    next: string,
  ) => {
    const ctx = pageContext(request);
    const message = STAFF_MESSAGES[ctx.locale].signIn.wait(seconds);
    return renderSignIn(request, reply, { username, next }, [{ field: "username", message }], 429);
  };

  const goTo = (request: FastifyRequest, reply: FastifyReply, stage: SessionStage, next: string) => {
    const ctx = pageContext(request);
    const path = stage === "active" ? next : `${STEP_PATHS[stage]}?weiter=${encodeURIComponent(next)}`;
    return reply.redirect(ctx.href(path), 303);
  };

  /** The session in the given step, or a redirect to the start. */
  const inStage = (request: FastifyRequest, reply: FastifyReply, stage: SessionStage) => {
    const session = request.staffSession;
    if (session?.stage === stage) return session;
    const ctx = pageContext(request);
    reply.redirect(ctx.href("/verwaltung/anmelden"), 303);
    return undefined;
  };

  const renderSignIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: { username: string; next: string; notice?: string },
    errors: FieldError[],
    status = 200,
  ) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <SignInPage
        ctx={ctx}
        s={STAFF_MESSAGES[ctx.locale]}
        csrfToken={reply.generateCsrf()}
        errors={errors}
        {...values}
      />,
      status,
    );
  };

  app.get("/verwaltung/anmelden", { config: pub, schema: { querystring: Next } }, async (request, reply) => {
    if (request.staffSession?.stage === "active")
      return goTo(request, reply, "active", safeNext(request.query.weiter));
    const ctx = pageContext(request);
    const notice = request.query.abgemeldet ? STAFF_MESSAGES[ctx.locale].signIn.signedOut : undefined;
    return renderSignIn(request, reply, { username: "", next: safeNext(request.query.weiter), notice }, []);
  });

  app.post(
    "/verwaltung/anmelden",
    { ...limited, schema: { body: SignInBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const ctx = pageContext(request);
      const s = STAFF_MESSAGES[ctx.locale].signIn;
      const { username = "", password = "" } = request.body;
      const next = safeNext(request.body.next);
      const errors: FieldError[] = [];
      if (!username.trim()) errors.push({ field: "username", message: s.usernameMissing });
      if (!password) errors.push({ field: "password", message: s.passwordMissing });
      if (errors.length > 0) return renderSignIn(request, reply, { username, next }, errors, 400);
      const now = app.clock.now();
      const result = await staff.signIn({ username, password, ip: clientAddress(request), now });
      if (!result.ok && result.problem === "wait")
        return wait(request, reply, waitSeconds(reply, result.retryAt, now), username, next);
      if (!result.ok) {
        return renderSignIn(
          request,
          reply,
          { username, next },
          [{ field: "username", message: s.invalid }],
          401,
        );
      }
      cookies.setSessionCookie(reply, result.sessionId);
      return goTo(request, reply, result.stage, next);
    },
  );

  type Step = Exclude<SessionStage, "active">;

  /** The page of a sign-in step, with the step's problems when its post failed. */
  const renderStep = async (
    request: FastifyRequest,
    reply: FastifyReply,
    stage: Step,
    next: string,
    errors: FieldError[],
    status = errors.length ? 400 : 200,
  ) => {
    const ctx = pageContext(request);
    const props = { ctx, s: STAFF_MESSAGES[ctx.locale], csrfToken: reply.generateCsrf(), errors, next };
    if (stage === "totp") return sendPage(reply, <CodePage {...props} />, status);
    if (stage === "password-change") return sendPage(reply, <NewPasswordPage {...props} />, status);
    const session = request.staffSession;
    if (!session) return reply;
    const secret = await staff.pendingTotpSecret(session);
    const issuer = ctx.m.layout.siteName(ctx.site.tenantName);
    const qrDataUri = await QRCode.toDataURL(totpUri(secret, issuer, session.account.username), {
      errorCorrectionLevel: "M",
      margin: 2,
      width: 200,
    });
    return sendPage(reply, <EnrolTotpPage {...props} secret={secret} qrDataUri={qrDataUri} />, status);
  };

  for (const stage of ["totp", "password-change", "totp-enrol"] as const) {
    app.get(STEP_PATHS[stage], { config: pub, schema: { querystring: Next } }, async (request, reply) => {
      if (!inStage(request, reply, stage)) return reply;
      return renderStep(request, reply, stage, safeNext(request.query.weiter), []);
    });
  }

  app.post(
    "/verwaltung/anmelden/code",
    { ...limited, schema: { body: CodeBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const session = inStage(request, reply, "totp");
      if (!session) return reply;
      const ctx = pageContext(request);
      const s = STAFF_MESSAGES[ctx.locale].signIn;
      const next = safeNext(request.body.next);
      const code = (request.body.code ?? "").replace(/\s/g, "");
      const now = app.clock.now();
      const result = await staff.verifyTotp(session, code, clientAddress(request), now);
      if (result.ok) {
        cookies.setSessionCookie(reply, result.sessionId);
        return goTo(request, reply, result.stage, next);
      }
      if (result.retryAt) {
        const seconds = waitSeconds(reply, result.retryAt, now);
        return renderStep(request, reply, "totp", next, [{ field: "code", message: s.wait(seconds) }], 429);
      }
      return renderStep(request, reply, "totp", next, [{ field: "code", message: s.codeInvalid }]);
    },
  );

  app.post(
    "/verwaltung/anmelden/passwort",
    { ...limited, schema: { body: PasswordBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const session = inStage(request, reply, "password-change");
      if (!session) return reply;
      const ctx = pageContext(request);
      const s = STAFF_MESSAGES[ctx.locale].signIn;
      const next = safeNext(request.body.next);
      const result = await staff.changePassword(session, {
        password: request.body.password ?? "",
        confirm: request.body.confirm ?? "",
      });
      if (result.ok) {
        cookies.setSessionCookie(reply, result.sessionId);
        return goTo(request, reply, result.stage, next);
      }
      const field = result.problem === "mismatch" ? "confirm" : "password";
      return renderStep(request, reply, "password-change", next, [
        { field, message: s.passwordProblems[result.problem] },
      ]);
    },
  );

  app.post(
    "/verwaltung/anmelden/zwei-faktor",
    { ...limited, schema: { body: CodeBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const session = inStage(request, reply, "totp-enrol");
      if (!session) return reply;
      const ctx = pageContext(request);
      const next = safeNext(request.body.next);
      const code = (request.body.code ?? "").replace(/\s/g, "");
      const sessionId = session.pendingTotpSecret
        ? await staff.confirmTotp(session, code, clientAddress(request), app.clock.now())
        : undefined;
      if (sessionId) {
        cookies.setSessionCookie(reply, sessionId);
        return goTo(request, reply, "active", next);
      }
      return renderStep(request, reply, "totp-enrol", next, [
        { field: "code", message: STAFF_MESSAGES[ctx.locale].signIn.codeInvalid },
      ]);
    },
  );

  // Public, so that a half-finished sign-in can be abandoned too.
  app.post(
    "/verwaltung/abmelden",
    { config: pub, schema: { body: z.object({ _csrf: CsrfField }) }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const cookie = cookies.sessionIdOf(request);
      const session = request.staffSession;
      if (cookie) {
        const actor = session?.stage === "active" ? request.actor() : undefined;
        await staff.signOut(cookie, actor);
      }
      cookies.clearSessionCookie(reply);
      const ctx = pageContext(request);
      return reply.redirect(ctx.href("/verwaltung/anmelden?abgemeldet=1"), 303);
    },
  );
}
