import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config";

/**
 * Logger options. Residents' data and secrets never reach the log, whatever fails:
 * - a request is logged by method and route pattern (`/termin/verwalten/:token`), never by
 *   its actual path, query string, address or headers;
 * - an error is logged by type, code, a scrubbed message and its stack frames only. Driver
 *   errors carry the query's parameters, detail lines and rows (names, e-mail addresses,
 *   streets); none of that is copied;
 * - known personal fields are redacted should anything log an object holding them.
 */
export function loggerOptions(
  config: Config,
  stream?: { write(line: string): void },
): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    ...(stream && { stream }),
    redact: {
      // `*.headers.cookie`: @fastify/multipart logs its parser options, request headers included,
      // at trace level
      paths: [
        "*.email",
        "*.name",
        "*.phone",
        "*.password",
        "body",
        "*.body",
        "headers.cookie",
        "*.headers.cookie",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: { method: string; id: string; routeOptions?: { url?: string } }) => ({
        id: req.id,
        method: req.method,
        path: loggedPath(req),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: unknown) => safeError(err),
    },
  };
}

/**
 * The route pattern of a request. A path that matched no route is logged as `*`: it is
 * whatever the client typed, a name or a token among it.
 */
export function loggedPath(req: { routeOptions?: { url?: string } }): string {
  return req.routeOptions?.url || "*";
}

/** A logged error: what it is and where it came from, nothing of the data it was about. */
export type SafeError = {
  type: string;
  code?: string;
  message: string;
  /** the frames only (`    at …` lines), without the message line */
  stack: string;
  cause?: SafeError;
};

const MAX_MESSAGE = 300;

/**
 * An error reduced to what an operator needs. Only the message and the frames of the stack
 * are kept, and the message is scrubbed of anything quoted, bracketed values, e-mail
 * addresses, long numbers and token-like words: database messages quote the offending value
 * (`invalid input syntax for type date: "Erika"`), and detail lines name keys and values.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)", stack: "" };
  const code = (error as { code?: unknown }).code;
  const out: SafeError = {
    type: error.name || error.constructor?.name || "Error",
    message: scrubMessage(error.message),
    stack: (error.stack ?? "")
      .split("\n")
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 20)
      .join("\n"),
  };
  if (typeof code === "string" && /^[A-Za-z0-9_.-]{1,40}$/.test(code)) out.code = code;
  if (typeof code === "number") out.code = String(code);
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** Removes values from an error message, keeping its wording. */
export function scrubMessage(message: string): string {
  return (
    message
      .slice(0, 2000)
      .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
      .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
      .replace(/`[^`]*`/g, "`…`")
      .replace(/\([^()]*\)=\([^()]*\)/g, "(…)=(…)")
      .replace(/[^\s@]+@[^\s@]+/g, "…@…")
      .replace(/[A-Za-z0-9_-]{20,}/g, "…")
      .replace(/\+?\d[\d /-]{5,}\d/g, "…")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .slice(0, MAX_MESSAGE)
  );
}
