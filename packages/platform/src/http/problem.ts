import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { AppError, type FieldIssue } from '../errors';

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  requestId?: string;
  errors?: FieldIssue[];
  [extra: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const zodIssuesToFields = (err: ZodError, root = ''): FieldIssue[] =>
  err.issues.map((i) => ({
    path: [root, ...i.path.map(String)].filter(Boolean).join('.'),
    message: i.message,
  }));

/** Body-parser and other http-errors carry `type` and `status`; map the ones clients cause. */
function fromHttpError(err: { type?: string; status?: number; message?: string }): AppError | undefined {
  if (err.type === 'entity.parse.failed')
    return new AppError('MALFORMED_JSON', 400, 'request body is not valid JSON');
  if (err.type === 'entity.too.large')
    return new AppError('PAYLOAD_TOO_LARGE', 413, 'request body is too large');
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new AppError('UNSUPPORTED_ENCODING', 415, 'unsupported content encoding or charset');
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new AppError('BAD_REQUEST', err.status, err.message ?? 'bad request');
  }
  return undefined;
}

/** Postgres SQLSTATE codes a client can cause; drizzle may wrap the driver error in `cause`. */
function fromDatabaseError(err: { code?: unknown; cause?: { code?: unknown } }): AppError | undefined {
  const code = typeof err.code === 'string' ? err.code : err.cause?.code;
  if (code === '23505')
    return new AppError('CONFLICT', 409, 'a record with the same unique key already exists');
  if (code === '23503')
    return new AppError('CONFLICT', 409, 'the record refers to something that does not exist');
  return undefined;
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError('VALIDATION_FAILED', 400, 'request validation failed', {
      errors: zodIssuesToFields(err),
    });
  }
  if (err && typeof err === 'object') {
    const mapped =
      fromHttpError(err as { type?: string; status?: number; message?: string }) ??
      fromDatabaseError(err as { code?: unknown; cause?: { code?: unknown } });
    if (mapped) return mapped;
  }
  return new AppError('INTERNAL', 500, 'an unexpected error occurred');
}

export function sendProblem(req: Request, res: Response, error: AppError): void {
  const problem: Problem = {
    type: `https://problems.social-match.dev/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: titles[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.detail,
    instance: req.originalUrl,
    requestId: typeof req.id === 'string' ? req.id : undefined,
    ...error.extras,
  };
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** The one place errors become responses: RFC 9457 problem+json, never a stack trace. */
export function problemHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const appError = toAppError(err);
    if (appError.status >= 500) logger.error({ err, requestId: req.id }, 'request failed');
    if (res.headersSent) return;
    sendProblem(req, res, appError);
  };
}

export function notFoundHandler(req: Request, res: Response): void {
  sendProblem(req, res, new AppError('NOT_FOUND', 404, `no route for ${req.method} ${req.path}`));
}
