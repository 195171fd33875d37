/**
 * The error catalogue: every error a user can meet has a stable code, an HTTP status and
 * a message (`errors.<code>` in the platform's message catalogues, German and English).
 * Services throw these; one handler renders them (page or JSON). A page that can say more
 * (a booking page offering other times) catches exactly the codes it handles with
 * `isAppError(error, "slot-taken")` and takes status and message from here too.
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
  // Appointments
  /** the chosen time was taken by someone else, or no longer fits the opening plan */
  "slot-taken": { status: 409 },
  /** the few minutes a chosen time was held for the resident have passed */
  "hold-expired": { status: 410 },
  /** the appointment was moved or cancelled between reading it and changing it (another tab) */
  "appointment-changed": { status: 409 },
  /** an appointment is checked in on its own day only */
  "appointment-not-today": { status: 409 },
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

/**
 * True when `error` is an AppError of exactly one of the given codes: for the few places that
 * answer one error in their own way; everything else goes on to the error handler.
 * @example .catch((e) => { if (isAppError(e, "slot-taken")) return "taken"; throw e; })
 */
export function isAppError<C extends ErrorCode>(
  error: unknown,
  ...codes: C[]
): error is AppError & { code: C } {
  return error instanceof AppError && (codes as ErrorCode[]).includes(error.code);
}
