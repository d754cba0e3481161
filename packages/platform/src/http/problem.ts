import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { AppError, badRequest, type ErrorCode, type FieldIssue } from '../errors';

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
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The one zod-to-issues converter: dotted paths under `root` (`body.consents.matching`). */
export const zodIssuesToFields = (err: ZodError, root = ''): FieldIssue[] =>
  err.issues.map((i) => ({
    path: [root, ...i.path.map(String)].filter(Boolean).join('.'),
    message: i.message,
  }));

/**
 * Body-parser and other http-errors carry `type` and `status`. Their messages come from libraries
 * (zlib, iconv) and can echo internals, so each maps to a fixed detail of our own.
 */
function fromHttpError(err: { type?: string; status?: number; body?: unknown }): AppError | undefined {
  if (err.type === 'entity.parse.failed') {
    // The JSON parser takes objects and arrays only; a string or number on its own is valid JSON.
    if (isJsonScalar(err.body)) {
      return badRequest('the request body must be a JSON object', [
        { path: 'body', message: 'must be a JSON object' },
      ]);
    }
    return new AppError('MALFORMED_JSON', 'request body is not valid JSON');
  }
  if (err.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'request body is too large');
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new AppError('UNSUPPORTED_ENCODING', 'unsupported content encoding or charset');
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'request body is too large');
    if (err.status === 415) return new AppError('UNSUPPORTED_ENCODING', 'unsupported content encoding');
    return new AppError('BAD_REQUEST', 'the request body could not be read');
  }
  return undefined;
}

function isJsonScalar(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    const value: unknown = JSON.parse(text);
    return value === null || typeof value !== 'object';
  } catch {
    return false;
  }
}

/** Postgres SQLSTATE codes a client can cause; drizzle may wrap the driver error in `cause`. */
function fromDatabaseError(err: {
  code?: unknown;
  constraint?: unknown;
  cause?: { code?: unknown; constraint?: unknown };
}): AppError | undefined {
  const code = typeof err.code === 'string' ? err.code : err.cause?.code;
  const constraint = typeof err.constraint === 'string' ? err.constraint : err.cause?.constraint;
  if (code === '23505' && typeof constraint === 'string' && constraint.includes('external_id')) {
    // The one unique key a client chooses besides the id: name the field.
    return new AppError('CONFLICT', 'the externalId already belongs to another record', {
      errors: [{ path: 'body.externalId', message: 'already belongs to another record' }],
    });
  }
  if (code === '23505') return new AppError('CONFLICT', 'a record with the same unique key already exists');
  if (code === '23503') return new AppError('CONFLICT', 'the record refers to something that does not exist');
  // invalid byte sequence / untranslatable character: text a client sent that Postgres cannot store
  if (code === '22021' || code === '22P05')
    return new AppError('BAD_REQUEST', 'text with invalid characters');
  return undefined;
}

/**
 * Domain validation errors (the fairness package's, config's) carry field issues of their own;
 * they are the client's input problem, so a 400 with those paths.
 */
function fromDomainValidation(err: { code?: unknown; issues?: unknown }): AppError | undefined {
  if (typeof err.code !== 'string' || !/VALIDATION|INVALID/.test(err.code)) return undefined;
  if (!Array.isArray(err.issues)) return undefined;
  const errors = err.issues
    .filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string')
    .map((i) => ({ path: i.path, message: i.message }));
  return new AppError('VALIDATION_FAILED', 'validation failed', { errors });
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // The router decodes path parameters and marks its failure (`%`, `%zz`) as a 400.
  if (err instanceof URIError && (err as { status?: unknown }).status === 400) {
    return new AppError('BAD_REQUEST', 'the URL path could not be decoded (invalid percent-encoding)');
  }
  if (err instanceof ZodError) {
    return new AppError('VALIDATION_FAILED', 'request validation failed', { errors: zodIssuesToFields(err) });
  }
  if (err && typeof err === 'object') {
    const mapped =
      fromHttpError(err as { type?: string; status?: number; body?: unknown }) ??
      fromDatabaseError(err as { code?: unknown; constraint?: unknown; cause?: { code?: unknown } }) ??
      fromDomainValidation(err as { code?: unknown; issues?: unknown });
    if (mapped) return mapped;
  }
  return new AppError('INTERNAL', 'an unexpected error occurred');
}

const problemType = (code: ErrorCode) =>
  `https://problems.social-match.dev/${code.toLowerCase().replaceAll('_', '-')}`;

export function sendProblem(req: Request, res: Response, error: AppError): void {
  const problem: Problem = {
    // Extras first: they may add fields, never replace the ones a client relies on.
    ...error.extras,
    type: problemType(error.code),
    title: titles[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    detail: error.detail,
    // The path only: query strings can carry tokens (unsubscribe links).
    instance: req.originalUrl.split('?')[0] ?? '',
    requestId: typeof req.id === 'string' ? req.id : undefined,
  };
  // A broken response contract is our bug, not the client's: its details go to the log only.
  if (error.code === 'RESPONSE_CONTRACT_VIOLATED') delete problem.contractIssues;
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** The one place errors become responses: RFC 9457 problem+json, never a stack trace. */
export function problemHandler(logger: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const appError = toAppError(err);
    if (appError.status >= 500) {
      const contractIssues = appError.extras.contractIssues;
      logger.error({ err, requestId: req.id, contractIssues }, 'request failed');
    }
    if (res.headersSent) return;
    sendProblem(req, res, appError);
  };
}

export function notFoundHandler(req: Request, res: Response): void {
  sendProblem(req, res, new AppError('NOT_FOUND', `no route for ${req.method} ${req.path}`));
}
