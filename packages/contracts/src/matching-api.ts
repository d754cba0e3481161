import { balancePolicySettingSchema } from '@suite/fairness';
import { z } from 'zod';
import { genderSchema, idSchema, isoDateTimeSchema, languageOrUnknown, sdgGoalSchema } from './common';
import { challengeStatuses } from './entities';

/** The six score components, each in [0,1]. */
export const scoreComponentNames = ['text', 'sdg', 'region', 'language', 'stage', 'freshness'] as const;
export type ScoreComponentName = (typeof scoreComponentNames)[number];
export const scoreComponentsSchema = z.object({
  text: z.number(),
  sdg: z.number(),
  region: z.number(),
  language: z.number(),
  stage: z.number(),
  freshness: z.number(),
});
export type ScoreComponents = z.infer<typeof scoreComponentsSchema>;

/**
 * Why a pair matched: the top terms the idea shares with the challenge, as the texts wrote them (the
 * challenge's words first; a cross-language concept by its English name, e.g. "mental health"), the
 * shared SDGs, and - when present - `related`: words the challenge does not use but the ideas that
 * best match it share ("rollator" for a challenge on loneliness among the elderly), which also raised
 * the idea's text score.
 */
export const explanationSchema = z.object({
  terms: z.array(z.string()),
  sdgs: z.array(sdgGoalSchema),
  related: z.array(z.string()).optional(),
});

const groupCountsSchema = z.partialRecord(genderSchema, z.number().int().min(0));

export const balanceReportSchema = z.object({
  policy: balancePolicySettingSchema,
  pool: groupCountsSchema,
  list: groupCountsSchema,
  ndcgLoss: z.number(),
  infeasiblePrefixes: z.number().int().min(0),
  binding: z.array(z.object({ group: genderSchema, bound: z.enum(['min', 'max']) })),
  shortfall: z.partialRecord(z.string(), z.number().int().min(0)).optional(),
});

export const shortlistEntrySchema = z.object({
  rank: z.number().int().min(1),
  innovator: z.object({ id: idSchema, name: z.string() }),
  idea: z.object({ id: idSchema, title: z.string() }),
  group: genderSchema,
  score: z.number(),
  components: scoreComponentsSchema,
  explanation: explanationSchema,
});

export const shortlistSchema = z.object({
  challengeId: idSchema,
  /** The challenge's title, for pages and mail that show the list (added to the contract; optional for older lists). */
  challengeTitle: z.string().optional(),
  /**
   * `closed` when the call has closed: the list stays for recording what happened; `draft` only in
   * an admin's preview (a draft has no shortlist of its own). Added; optional.
   */
  challengeStatus: z.enum(challengeStatuses).optional(),
  k: z.number().int(),
  configVersion: z.number().int(),
  generatedAt: isoDateTimeSchema,
  relaxed: z.boolean(),
  entries: z.array(shortlistEntrySchema),
  balance: balanceReportSchema,
});
export type Shortlist = z.infer<typeof shortlistSchema>;

/** One challenge as the matching projection knows it: what an admin picks a shortlist or preview by. */
export const challengeSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  organisationId: idSchema,
  status: z.enum(challengeStatuses),
  language: z.string(),
});
export const challengeSummariesSchema = z.object({ items: z.array(challengeSummarySchema) });
export type ChallengeSummary = z.infer<typeof challengeSummarySchema>;

export const recommendationsSchema = z.object({
  innovatorId: idSchema,
  entries: z.array(
    z.object({
      challengeId: idSchema,
      title: z.string(),
      ideaId: idSchema,
      score: z.number(),
      components: scoreComponentsSchema,
      explanation: explanationSchema,
    }),
  ),
});

export const sdgTagsRequestSchema = z.object({ text: z.string().max(1_000_000) });
export const sdgTagsSchema = z.object({
  language: languageOrUnknown,
  goals: z.array(
    z.object({
      goal: sdgGoalSchema,
      score: z.number(),
      evidence: z.array(z.string()),
      targets: z.array(z.string()).optional(),
    }),
  ),
});

export const matchingWeightsSchema = z
  .object({
    text: z.number().min(0).max(100),
    sdg: z.number().min(0).max(100),
    region: z.number().min(0).max(100),
    language: z.number().min(0).max(100),
    stage: z.number().min(0).max(100),
    freshness: z.number().min(0).max(100),
  })
  .strict()
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be above 0' });
export type MatchingWeights = z.infer<typeof matchingWeightsSchema>;

/** What an admin sends: every save needs a reason. */
export const matchingConfigInputSchema = z
  .object({
    weights: matchingWeightsSchema,
    minScore: z.number().min(0).max(1),
    balance: balancePolicySettingSchema,
    reason: z.string().trim().min(1).max(1_000),
  })
  .strict();

export const matchingConfigSchema = z.object({
  version: z.number().int().min(1),
  weights: matchingWeightsSchema,
  minScore: z.number(),
  balance: balancePolicySettingSchema,
  updatedAt: isoDateTimeSchema,
  updatedBy: z.string(),
  reason: z.string(),
});
export type MatchingConfig = z.infer<typeof matchingConfigSchema>;

export const decisionStages = ['invited', 'declined', 'accepted', 'in_test_environment'] as const;
export const decisionStageSchema = z.enum(decisionStages);
export type DecisionStage = z.infer<typeof decisionStageSchema>;
