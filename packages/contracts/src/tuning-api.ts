import { z } from 'zod';
import { genderSchema, genders, idSchema, isoDateTimeSchema } from './common';
import { decisionStageSchema, matchingConfigInputSchema, shortlistSchema } from './matching-api';

/** One changed config field by dotted path (`weights.sdg`); `null` where a bound was absent. */
export const configFieldChangeSchema = z.object({
  field: z.string(),
  from: z.union([z.number(), z.string()]).nullable(),
  to: z.union([z.number(), z.string()]).nullable(),
});

/** A saved config version: who, when, why and what changed against the version before. */
export const configAuditEntrySchema = z.object({
  version: z.number().int().min(1),
  at: isoDateTimeSchema,
  by: z.string(),
  reason: z.string(),
  diff: z.array(configFieldChangeSchema),
});

/** A proposed config: the same rules as a save, a reason optional because nothing is saved. */
export const matchingConfigPreviewRequestSchema = z
  .object({
    config: matchingConfigInputSchema.partial({ reason: true }),
    challengeId: idSchema,
    k: z.number().int().min(1).max(200).optional(),
  })
  .strict();

const rankedInnovatorSchema = z.object({ innovatorId: idSchema, rank: z.number().int().min(1) });

export const shortlistChangesSchema = z.object({
  entered: z.array(rankedInnovatorSchema),
  left: z.array(rankedInnovatorSchema),
  moved: z.array(z.object({ innovatorId: idSchema, from: z.number().int(), to: z.number().int() })),
});

const offlineFiguresSchema = z.object({
  /** Mean nDCG@k over the challenges evaluated; null when there are none. */
  ndcg: z.number().nullable(),
  recall: z.number().nullable(),
});

/** How the current and the proposed config would have ranked the innovators need owners chose. */
export const offlineEvaluationSchema = z.object({
  k: z.number().int(),
  /** How many challenges (with at least one invited-or-better decision) the figures rest on. */
  challenges: z.number().int().min(0),
  current: offlineFiguresSchema,
  proposed: offlineFiguresSchema,
  /** Set when there is nothing to evaluate on, e.g. "no decisions yet". */
  note: z.string().optional(),
});

/**
 * What the minimum score decides: how many innovators would be told about the challenge (their best
 * idea for it clears `minScore` and they accept recommendation email). Shortlists are ranked lists a
 * need owner reads to the end, so `minScore` does not cut them; it gates recommendations and mail.
 */
export const recommendationReachSchema = z.object({
  current: z.number().int().min(0),
  proposed: z.number().int().min(0),
});

export const matchingConfigPreviewSchema = z.object({
  current: shortlistSchema,
  proposed: shortlistSchema,
  changes: shortlistChangesSchema,
  evaluation: offlineEvaluationSchema,
  recommendations: recommendationReachSchema.optional(),
});

export const decisionRequestSchema = z.object({ stage: decisionStageSchema }).strict();

/** A decision's changes, oldest first: each stage, when and by whom. */
const decisionHistorySchema = z.array(
  z.object({ stage: decisionStageSchema, at: isoDateTimeSchema, by: z.string() }),
);

export const decisionSchema = z.object({
  challengeId: idSchema,
  innovatorId: idSchema,
  stage: decisionStageSchema,
  group: genderSchema,
  decidedAt: isoDateTimeSchema,
  decidedBy: z.string(),
  /** Every change, oldest first. */
  history: decisionHistorySchema,
});

export const outcomeStageSchema = z.enum([
  'listed',
  'invited',
  'accepted',
  'in_test_environment',
  'declined',
]);

const perGroup = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(genders.map((g) => [g, value])) as Record<(typeof genders)[number], T>);

/**
 * One funnel stage: `listed` counts innovators on the shortlists need owners were shown; each later
 * stage counts those who reached it (an acceptance implies the invitation); `declined` those whose
 * latest decision is a decline. Shares are of the stage's total (0 when it has none).
 */
export const stageSummarySchema = z.object({
  stage: outcomeStageSchema,
  total: z.number().int().min(0),
  counts: perGroup(z.number().int().min(0)),
  shares: perGroup(z.number().min(0).max(1)),
});

const monthSummarySchema = z.object({ month: z.string(), stages: z.array(stageSummarySchema) });

export const challengeOutcomesSchema = z.object({
  challengeId: idSchema,
  stages: z.array(stageSummarySchema),
  months: z.array(monthSummarySchema),
  decisions: z.array(
    z.object({
      innovatorId: idSchema,
      /** The innovator's name while they are known (added; optional: absent once erased). */
      innovatorName: z.string().optional(),
      stage: decisionStageSchema,
      group: genderSchema,
      decidedAt: isoDateTimeSchema,
      /** Every recorded change, oldest first, as the decision route answers it (added; optional). */
      history: decisionHistorySchema.optional(),
    }),
  ),
});

const dateOrDateTime = z.union([z.iso.date(), isoDateTimeSchema]);

/** `from` inclusive; `to` inclusive of the whole day when it is a date (`2026-03-31`). */
export const outcomesQuerySchema = z.object({
  from: dateOrDateTime.optional(),
  to: dateOrDateTime.optional(),
});

export const outcomesSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  stages: z.array(stageSummarySchema),
  months: z.array(monthSummarySchema),
  challenges: z.array(z.object({ challengeId: idSchema, stages: z.array(stageSummarySchema) })),
});
