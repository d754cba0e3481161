import { z } from 'zod';
import { FairnessValidationError, issuesFromZod } from './fairness-validation-error';
import { GENDER_GROUPS } from './gender-groups';

// Shares come from decimal input (0.4, 0.6, 0.7 ...), so sums and products carry binary rounding
// noise; comparisons against 1 and against integers allow this much slack.
export const SHARE_EPSILON = 1e-9;

const shareSchema = z
  .number({ error: 'must be a share between 0 and 1' })
  .min(0, { error: 'must be a share between 0 and 1' })
  .max(1, { error: 'must be a share between 0 and 1' });

const groupBoundSchema = z
  .strictObject({ min: shareSchema.optional(), max: shareSchema.optional() })
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
    error: 'min must not exceed max',
    path: ['min'],
  });

const groupBoundsSchema = z.strictObject({
  woman: groupBoundSchema.optional(),
  man: groupBoundSchema.optional(),
  non_binary: groupBoundSchema.optional(),
  undisclosed: groupBoundSchema.optional(),
});

const DEFAULT_GROUPS = { woman: { min: 0.4 }, man: { min: 0.4 } };

const kSchema = z
  .number({ error: 'k must be an integer from 1 to 200' })
  .int({ error: 'k must be an integer from 1 to 200' })
  .min(1, { error: 'k must be an integer from 1 to 200' })
  .max(200, { error: 'k must be an integer from 1 to 200' });

type PolicyShape = { mode?: 'relax' | 'strict'; groups: z.output<typeof groupBoundsSchema> };

function refineShares(policy: PolicyShape, ctx: z.RefinementCtx): void {
  const bounds = GENDER_GROUPS.map((g) => policy.groups[g]);
  const minSum = bounds.reduce((sum, b) => sum + (b?.min ?? 0), 0);
  if (minSum > 1 + SHARE_EPSILON) {
    ctx.addIssue({ code: 'custom', path: ['groups'], message: `minimum shares sum to ${minSum}, past 1` });
  }
  // With every group capped, caps below 1 in total leave positions no group may fill.
  if (bounds.every((b) => b?.max !== undefined)) {
    const maxSum = bounds.reduce((sum, b) => sum + (b?.max ?? 0), 0);
    if (maxSum < 1 - SHARE_EPSILON) {
      ctx.addIssue({
        code: 'custom',
        path: ['groups'],
        message: `maximum shares sum to ${maxSum}, below 1`,
      });
    }
  }
}

/**
 * A balance policy: list length `k` (1..200), what to do when the pool cannot satisfy the bounds
 * (`relax`, the default, or `strict`), and per group an optional minimum and/or maximum share of
 * every prefix. Groups left out are unbounded; leaving out `groups` altogether gives the default
 * ("jämställt": women and men each at least 40 % of every prefix).
 */
export const balancePolicySchema = z
  .strictObject({
    k: kSchema,
    mode: z.enum(['relax', 'strict']).default('relax'),
    groups: groupBoundsSchema.default(DEFAULT_GROUPS),
  })
  .superRefine(refineShares);

/**
 * A stored policy (a challenge's own, or the global default): the same rules, `k` optional because
 * the list length comes with each request.
 */
export const balancePolicySettingSchema = z
  .strictObject({
    k: kSchema.optional(),
    mode: z.enum(['relax', 'strict']).default('relax'),
    groups: groupBoundsSchema.default(DEFAULT_GROUPS),
  })
  .superRefine(refineShares);
export type BalancePolicySetting = z.output<typeof balancePolicySettingSchema>;

/** A validated balance policy (defaults applied). */
export type BalancePolicy = z.output<typeof balancePolicySchema>;
/** What callers may send: `mode` and `groups` optional. */
export type BalancePolicyInput = z.input<typeof balancePolicySchema>;
/** Minimum and/or maximum share of one group. */
export type GroupBound = z.output<typeof groupBoundSchema>;

/** The default policy ("jämställt") for a list of length `k`. */
export function defaultBalancePolicy(k: number): BalancePolicy {
  return parseBalancePolicy({ k });
}

/** Validates a policy; throws {@link FairnessValidationError} with field paths. */
export function parseBalancePolicy(input: unknown): BalancePolicy {
  const result = balancePolicySchema.safeParse(input);
  if (!result.success) throw new FairnessValidationError(issuesFromZod(result.error));
  return result.data;
}
