import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Answers with an ETag and a short public cache lifetime; a matching If-None-Match gets
 * 304 and no body. The tag combines the data's revision with the exact request URL, so
 * two different queries never share one.
 * @returns true when a 304 was sent and the caller must not send a body
 */
export function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  revisionTag: string,
  maxAge = 300,
): boolean {
  const tag = `"${createHash("sha256").update(revisionTag).update(request.url).digest("base64url").slice(0, 22)}"`;
  reply
    .header("etag", tag)
    .header("cache-control", `public, max-age=${maxAge}`)
    .header("vary", "accept-encoding");
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch?.split(",").some((t) => t.trim().replace(/^W\//, "") === tag)) {
    reply.code(304).send();
    return true;
  }
  return false;
}
