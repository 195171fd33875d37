/**
 * The error catalogue: every error a user can meet has a stable code, an HTTP status and
 * a message key. Services throw these; one handler renders them (page or JSON).
 */
export const ERROR_CATALOGUE = {
  "not-found": { status: 404 },
  "service-not-found": { status: 404 },
  "location-not-found": { status: 404 },
  "bad-request": { status: 400 },
  "csrf-invalid": { status: 403 },
  unauthenticated: { status: 401 },
  forbidden: { status: 403 },
  conflict: { status: 409 },
  "rate-limited": { status: 429 },
  unavailable: { status: 503 },
  internal: { status: 500 },
} as const;
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  override name = "AppError";
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: Record<string, unknown>,
  ) {
    super(code);
    this.status = ERROR_CATALOGUE[code].status;
  }
}
