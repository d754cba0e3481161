import { appError } from '@suite/platform';
import type { z } from 'zod';

/**
 * A cached answer as the JSON the route sends: checked against its contract and serialised once
 * when it is computed, not on every request that reads it from the cache (for a shortlist, the
 * check and the serialisation cost more than the rest of serving it).
 */
export function serialiseChecked(schema: z.ZodType, value: unknown, what: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw appError('RESPONSE_CONTRACT_VIOLATED', `${what} breaks its contract`);
  return JSON.stringify(parsed.data);
}
