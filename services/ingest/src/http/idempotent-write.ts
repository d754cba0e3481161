import { createHash } from 'node:crypto';
import {
  appError,
  badRequest,
  type Db,
  type Principal,
  type Route,
  type RouteContext,
  type RouteResult,
} from '@suite/platform';
import type { Executor } from '../storage/entity-store';
import type { IdempotencyRepository, StoredAnswer } from '../storage/idempotency.repository';

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** Thrown inside the transaction when a concurrent request with the same key committed first. */
class KeyTakenMeanwhile extends Error {}

type Request = RouteContext<unknown, unknown, unknown, unknown>['req'];

export interface WriteRequest {
  req: Request;
  principal: Principal | undefined;
  /** The parsed body: the same request always parses to the same JSON, whatever its key order. */
  body?: unknown;
}

/** The request's `Idempotency-Key`, if it has one (a malformed one is a 400). */
function keyOf(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !keyPattern.test(key)) {
    throw badRequest('invalid Idempotency-Key header', [
      { path: 'headers.idempotency-key', message: '1-255 visible ASCII characters' },
    ]);
  }
  return key;
}

const subjectOf = (principal: Principal | undefined) => principal?.subject ?? 'anonymous';
/** `PUT /v1/ideas/idea-1`: a key is bound to the request it was first used with. */
const routeOf = (req: Request) => `${req.method} ${req.path}`;
const hashOf = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

/** The stored answer, if it answers this very request; the key used for another request is a 422. */
function replay(answer: StoredAnswer, route: string, bodyHash: string): RouteResult {
  if (answer.route !== route || answer.bodyHash !== bodyHash) {
    throw appError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used for another request');
  }
  return {
    status: answer.status,
    body: answer.response ?? undefined,
    headers: { 'idempotent-replayed': 'true' },
  };
}

/**
 * Runs a write in one transaction. With an `Idempotency-Key` the answer is stored in that same
 * transaction: the same key with the same request answers the stored response (nothing is written
 * twice); the same key with another request is a 422.
 */
export function createIdempotentWrites(deps: { db: Db; keys: IdempotencyRepository }) {
  return async function write(
    request: WriteRequest,
    work: (tx: Executor) => Promise<RouteResult>,
  ): Promise<RouteResult> {
    const key = keyOf(request.req);
    if (key === undefined) return deps.db.transaction((tx) => work(tx));
    const subject = subjectOf(request.principal);
    const route = routeOf(request.req);
    const bodyHash = hashOf(request.body);

    const earlier = await deps.keys.find(subject, key);
    if (earlier) return replay(earlier, route, bodyHash);
    try {
      return await deps.db.transaction(async (tx) => {
        const result = await work(tx);
        const answer = { route, bodyHash, status: result.status, response: result.body ?? null };
        if (!(await deps.keys.record(tx, subject, key, answer))) throw new KeyTakenMeanwhile();
        return result;
      });
    } catch (err) {
      if (!(err instanceof KeyTakenMeanwhile)) throw err;
      const winner = await deps.keys.find(subject, key);
      if (!winner) throw err;
      return replay(winner, route, bodyHash);
    }
  };
}

/**
 * For a delete (a write without a body): a request whose `Idempotency-Key` was already answered
 * gets that answer before the route looks its resource up, since after the first call the resource
 * is gone and the lookup would answer 404. Everything else goes on to the route as it is.
 */
export function createStoredAnswerFirst(keys: IdempotencyRepository) {
  return (route: Route): Route => ({
    ...route,
    handle: async (req, res, next) => {
      try {
        const key = keyOf(req);
        const earlier = key === undefined ? undefined : await keys.find(subjectOf(req.principal), key);
        if (!earlier) return route.handle(req, res, next);
        const result = replay(earlier, routeOf(req), hashOf(undefined));
        res.set(result.headers ?? {}).status(result.status);
        if (result.body === undefined) res.end();
        else res.json(result.body);
      } catch (err) {
        next(err);
      }
    },
  });
}

/**
 * `Idempotency-Key` for a streamed body (an import), which can neither be held nor read twice: it
 * is hashed as it arrives, together with what else makes the request (`describe`: kind, format).
 * A repeat is read to its end without writing anything, and then gets the stored answer if its
 * bytes were the same, else a 422. The answer is stored once the whole body is in.
 */
export function createIdempotentUploads(deps: { db: Db; keys: IdempotencyRepository }) {
  return (request: { req: Request; principal: Principal | undefined }, describe: string) => {
    const key = keyOf(request.req);
    const subject = subjectOf(request.principal);
    const route = routeOf(request.req);
    const digest = createHash('sha256').update(describe).update('\n');
    // Taken from the request itself, which the route's body stream is already piped from (before
    // any byte flowed): the import reads that stream at its own pace, and may stop early.
    if (key !== undefined) request.req.on('data', (chunk: Buffer) => digest.update(chunk));
    /** Only once the whole body is in. */
    const bodyHash = () => digest.copy().digest('hex');
    return {
      /** The answer stored for this key, if any: the request is then a repeat, or a misuse. */
      earlier: async () => (key === undefined ? undefined : deps.keys.find(subject, key)),
      replay: (answer: StoredAnswer) => replay(answer, route, bodyHash()),
      /** Stores the answer; if a concurrent request with the key stored one first, answers that. */
      async record(result: RouteResult): Promise<RouteResult> {
        if (key === undefined) return result;
        const answer = { route, bodyHash: bodyHash(), status: result.status, response: result.body ?? null };
        if (await deps.keys.record(deps.db, subject, key, answer)) return result;
        const winner = await deps.keys.find(subject, key);
        return winner ? replay(winner, route, answer.bodyHash) : result;
      },
    };
  };
}
