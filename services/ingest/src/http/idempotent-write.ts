import { createHash } from 'node:crypto';
import {
  appError,
  badRequest,
  type Db,
  type Principal,
  type RouteContext,
  type RouteResult,
} from '@suite/platform';
import type { Executor } from '../storage/entity-store';
import type { IdempotencyRepository, StoredAnswer } from '../storage/idempotency.repository';

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/** Thrown inside the transaction when a concurrent request with the same key committed first. */
class KeyTakenMeanwhile extends Error {}

export interface WriteRequest {
  req: RouteContext<unknown, unknown, unknown, unknown>['req'];
  principal: Principal | undefined;
  /** The parsed body: the same request always parses to the same JSON, whatever its key order. */
  body?: unknown;
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
    const key = request.req.get('idempotency-key');
    if (key === undefined) return deps.db.transaction((tx) => work(tx));
    if (!keyPattern.test(key)) {
      throw badRequest('invalid Idempotency-Key header', [
        { path: 'headers.idempotency-key', message: '1-255 visible ASCII characters' },
      ]);
    }
    const subject = request.principal?.subject ?? 'anonymous';
    const route = `${request.req.method} ${request.req.path}`;
    const bodyHash = createHash('sha256')
      .update(JSON.stringify(request.body ?? null))
      .digest('hex');
    const replay = (answer: StoredAnswer): RouteResult => {
      if (answer.route !== route || answer.bodyHash !== bodyHash) {
        throw appError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used for another request');
      }
      return {
        status: answer.status,
        body: answer.response ?? undefined,
        headers: { 'idempotent-replayed': 'true' },
      };
    };

    const earlier = await deps.keys.find(subject, key);
    if (earlier) return replay(earlier);
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
      return replay(winner);
    }
  };
}
