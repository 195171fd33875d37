import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config";

/**
 * Logger options. Residents' data never reaches the log: requests are logged by method
 * and path only (no query string, no address, no headers), and known personal fields
 * are redacted should anything log a body.
 */
export function loggerOptions(
  config: Config,
  stream?: { write(line: string): void },
): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    ...(stream && { stream }),
    redact: {
      paths: ["*.email", "*.name", "*.phone", "*.message", "*.password", "body", "*.body", "headers.cookie"],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split("?")[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
