import type { FastifyRequest } from "fastify";

/**
 * The address a request came from, as far as the trusted proxies say (`TRUST_PROXY`).
 * `request.ip` is undefined once the client has gone (a body broken off halfway); limits and
 * the audit log then count it under one name rather than failing.
 */
export function clientAddress(request: FastifyRequest): string {
  return request.ip ?? "unknown";
}
