/** One error vocabulary: a stable code, an HTTP status and a human detail. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly extras: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export const badRequest = (detail: string, errors: FieldIssue[] = []) =>
  new AppError('VALIDATION_FAILED', 400, detail, { errors });
export const notFound = (detail: string) => new AppError('NOT_FOUND', 404, detail);
export const conflict = (detail: string) => new AppError('CONFLICT', 409, detail);
export const unauthorized = (detail: string) => new AppError('UNAUTHENTICATED', 401, detail);
export const forbidden = (detail: string) => new AppError('FORBIDDEN', 403, detail);
