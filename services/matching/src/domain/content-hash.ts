import { createHash } from 'node:crypto';

/** A short stable hash of JSON content: job ids and shortlist identities derive from it. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 32);
}
