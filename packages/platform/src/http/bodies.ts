import { type Readable, Transform } from 'node:stream';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AppError, type FieldIssue } from '../errors';

export const jsonContentTypes = ['application/json', 'application/*+json'];
export const formContentType = 'application/x-www-form-urlencoded';

/** A streamed body: which content types the route reads and how many bytes it accepts. */
export interface StreamBodySpec {
  contentTypes: readonly string[];
  limit: string;
}

const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `64kb`, `200mb`, `1gb` -> bytes. */
export function parseByteSize(size: string): number {
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(size.trim());
  if (!match) throw new Error(`not a byte size: ${size}`);
  return Number(match[1]) * (units[match[2]!.toLowerCase()] ?? 1);
}

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

const unsupported = (expected: readonly string[]) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', `send the body as ${expected.join(' or ')}`);

/** Refuses a body of another content type with 415 before any parser reads it. */
function requireContentType(types: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (hasBody(req) && !req.is([...types])) return next(unsupported(types));
    next();
  };
}

/** JSON with the route's own size limit; another content type is a 415, not a confusing 400. */
export function jsonBody(limit: string): RequestHandler[] {
  return [requireContentType(jsonContentTypes), express.json({ limit, type: jsonContentTypes })];
}

/** HTML form posts (one-click unsubscribe, console forms). */
export function formBody(limit: string): RequestHandler[] {
  return [requireContentType([formContentType]), express.urlencoded({ extended: false, limit })];
}

/**
 * A streamed body (CSV, NDJSON imports): the content type is checked up front, a declared length
 * over the limit is refused at once, and a body that grows past it while streaming errors with 413.
 */
export function streamBody(spec: StreamBodySpec): RequestHandler[] {
  const max = parseByteSize(spec.limit);
  const checkLength = (req: Request, _res: Response, next: NextFunction) => {
    if (!hasBody(req)) return next(new AppError('BAD_REQUEST', 'the request has no body'));
    if (Number(req.headers['content-length'] ?? 0) > max) {
      return next(new AppError('PAYLOAD_TOO_LARGE', `the body is over the limit of ${spec.limit}`));
    }
    next();
  };
  return [requireContentType(spec.contentTypes), checkLength];
}

/** The request as a stream that fails with a 413 AppError once more than `limit` bytes arrived. */
export function limitedStream(req: Request, limit: string): Readable {
  const max = parseByteSize(limit);
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new AppError('PAYLOAD_TOO_LARGE', `the body is over the limit of ${limit}`));
      else done(null, chunk);
    },
  });
  req.on('error', (err) => counter.destroy(err));
  return req.pipe(counter);
}

const MAX_DEPTH = 64;

/** A UTF-16 surrogate without its other half (`"\ud800"` in JSON): no character at all. */
const unpairedSurrogate = /\p{Cs}/u;

/** What makes a string unstorable: Postgres refuses NUL in text and an unpaired surrogate in jsonb. */
function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'NUL characters';
  if (unpairedSurrogate.test(text)) return 'unpaired surrogate characters';
  return undefined;
}

/**
 * Finds a NUL character, an unpaired surrogate or a structure nested deeper than we ever accept,
 * without recursion (a hostile body must not overflow the stack). Postgres cannot store the first
 * two (a 500 deep in a write otherwise), so they are a 400 here.
 */
export function findUnsafeValue(value: unknown, root: string): FieldIssue | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      const bad = unstorable(current);
      if (bad) return { path, message: `must not contain ${bad}` };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) return { path, message: `nested deeper than ${MAX_DEPTH} levels` };
    for (const [key, child] of Object.entries(current)) {
      const bad = unstorable(key);
      if (bad) return { path, message: `keys must not contain ${bad}` };
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return undefined;
}
