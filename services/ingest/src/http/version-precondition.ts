import { appError, badRequest, type RouteResult } from '@suite/platform';
import type { EntityKind } from '../domain/entity-kinds';
import type { EntityStore, Executor } from '../storage/entity-store';

/** What an `If-Match` header asks of a write: any version (`*`: the record must exist) or one of these. */
export type VersionPrecondition = { anyVersion: true } | { versions: number[] };

/** `"11"` as GET and PUT give it, `W/"11"` or a bare `11` (as matching's config route takes them). */
const entityTag = /^(?:W\/)?"?(\d{1,9})"?$/;

/**
 * The precondition of an `If-Match` header: undefined without one (the write is unconditional),
 * else `*` or a comma-separated list of the versions an ETag names. Anything else is a 400.
 */
export function parseIfMatch(header: string | undefined): VersionPrecondition | undefined {
  if (header === undefined) return undefined;
  if (header.trim() === '*') return { anyVersion: true };
  const tags = header.split(',').map((tag) => entityTag.exec(tag.trim()));
  if (tags.length === 0 || tags.some((tag) => tag === null)) {
    throw badRequest('If-Match must name a version, as the ETag of a GET of the record does', [
      { path: 'headers.if-match', message: 'expected "*" or a version such as "3"' },
    ]);
  }
  return { versions: tags.map((tag) => Number(tag?.[1])) };
}

const nouns: Record<EntityKind, string> = {
  organisations: 'organisation',
  challenges: 'challenge',
  innovators: 'innovator',
  ideas: 'idea',
};

/**
 * Checks a write's precondition against the stored record, locking it for the rest of the
 * transaction so nothing replaces it between the check and the write. A mismatch is a 409 that
 * names the current version (the client reads the record again and decides).
 */
export async function requireVersion(
  tx: Executor,
  store: EntityStore,
  kind: EntityKind,
  id: string,
  precondition: VersionPrecondition | undefined,
): Promise<void> {
  if (precondition === undefined) return;
  const current = await store.lockedVersion(tx, kind, id);
  const noun = `${nouns[kind]} ${id}`;
  if (current === undefined) {
    throw appError('CONFLICT', `If-Match needs an existing record, and ${noun} does not exist`, {
      reason: 'VERSION_CONFLICT',
      currentVersion: null,
    });
  }
  if ('versions' in precondition && !precondition.versions.includes(current)) {
    const asked = precondition.versions.map((v) => `"${v}"`).join(', ');
    throw appError('CONFLICT', `${noun} is at version ${current}, not ${asked}: read it again and retry`, {
      reason: 'VERSION_CONFLICT',
      currentVersion: current,
    });
  }
}

/**
 * A result carrying one stored record, with that record's ETag: its version, which a client sends
 * back as If-Match (also on an idempotent replay, whose stored answer has the record).
 */
export function withEtag(result: RouteResult): RouteResult {
  const version = (result.body as { version?: unknown } | undefined)?.version;
  if (typeof version !== 'number') return result;
  return { ...result, headers: { ...result.headers, etag: `"${version}"` } };
}
