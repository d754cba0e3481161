/**
 * Every error code the services answer with, declared once with its HTTP status. A new code is one
 * line here; `appError` and the problem handler read the status from this table.
 */
export const errorCatalog = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  INVALID_TOKEN: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  CHALLENGE_NOT_OPEN: 409,
  NOT_SHORTLISTED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNSUPPORTED_ENCODING: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  RESPONSE_CONTRACT_VIOLATED: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof errorCatalog;

/** Names that problem bodies own; extras never override them. */
const reservedProblemFields = new Set(['type', 'title', 'status', 'code', 'detail', 'instance', 'requestId']);

/** One error vocabulary: a stable code (status from the catalog), a human detail and optional extras. */
export class AppError extends Error {
  readonly status: number;
  readonly extras: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    extras: Record<string, unknown> = {},
  ) {
    super(detail);
    this.status = errorCatalog[code];
    this.extras = Object.fromEntries(Object.entries(extras).filter(([k]) => !reservedProblemFields.has(k)));
  }
}

export const appError = (code: ErrorCode, detail: string, extras?: Record<string, unknown>) =>
  new AppError(code, detail, extras);

/** The one issue shape: a dotted field path and what is wrong there. */
export interface FieldIssue {
  path: string;
  message: string;
}

export const badRequest = (detail: string, errors: FieldIssue[] = []) =>
  new AppError('VALIDATION_FAILED', detail, { errors });
export const notFound = (detail: string) => new AppError('NOT_FOUND', detail);
export const conflict = (detail: string) => new AppError('CONFLICT', detail);
export const unauthorized = (detail: string) => new AppError('UNAUTHENTICATED', detail);
export const forbidden = (detail: string) => new AppError('FORBIDDEN', detail);
