import { z } from 'zod';
import { balancePolicySchema } from './balance-policy';
import { candidatesSchema } from './candidate';
import { FairnessValidationError, issuesFromZod } from './fairness-validation-error';

/** One shortlist instance: the pool and the policy (the CLI's NDJSON line, the admin preview body). */
export const shortlistRequestSchema = z.strictObject({
  candidates: candidatesSchema,
  policy: balancePolicySchema,
});

export type ShortlistRequest = z.output<typeof shortlistRequestSchema>;

/** Validates a request; throws {@link FairnessValidationError} with field paths. */
export function parseShortlistRequest(input: unknown): ShortlistRequest {
  const result = shortlistRequestSchema.safeParse(input);
  if (!result.success) throw new FairnessValidationError(issuesFromZod(result.error));
  return result.data;
}
