import { z } from 'zod';
import { genderSchema, idSchema, isoDateTimeSchema, localeSchema, sdgGoalSchema } from './common';
import { digestFrequencies } from './entities';

const whySchema = {
  sharedTerms: z.array(z.string().max(100)).max(20).default([]),
  sharedSdgs: z.array(sdgGoalSchema).max(17).default([]),
};

const recommendedChallengeSchema = z.object({
  challengeId: idSchema,
  ideaId: idSchema.optional(),
  score: z.number().min(0).max(1),
  ...whySchema,
});

/** Sent by matching when an innovator has challenges worth telling them about. */
export const recommendationsReadySchema = z.object({
  jobId: z.string().min(1).max(200),
  innovatorId: idSchema,
  generatedAt: isoDateTimeSchema,
  recommendations: z.array(recommendedChallengeSchema).min(1).max(50),
});

const shortlistEntrySchema = z.object({
  innovatorId: idSchema,
  ideaId: idSchema,
  score: z.number().min(0).max(1),
  // Optional so older jobs still parse; the need-owner email shows them when present.
  rank: z.number().int().min(1).optional(),
  group: genderSchema.optional(),
  ideaTitle: z.string().max(300).optional(),
  ...whySchema,
});

const groupCountsSchema = z.partialRecord(genderSchema, z.number().int().min(0));

/** Sent by matching when a challenge's shortlist is ready for its need owner. */
export const shortlistReadySchema = z.object({
  jobId: z.string().min(1).max(200),
  challengeId: idSchema,
  organisationId: idSchema,
  generatedAt: isoDateTimeSchema,
  relaxed: z.boolean(),
  entries: z.array(shortlistEntrySchema).max(200),
  // Optional so older jobs still parse: the balance summary the need-owner email shows.
  balance: z.object({ pool: groupCountsSchema, list: groupCountsSchema }).optional(),
  /** True when the need owner was mailed this challenge's shortlist before: the mail says "updated". */
  update: z.boolean().optional(),
});

export type RecommendationsReady = z.infer<typeof recommendationsReadySchema>;
export type ShortlistReady = z.infer<typeof shortlistReadySchema>;

const digestScheduleSchema = z.enum(['daily', 'weekly']);

/** Internal to notification: fired by the digest schedule at DIGEST_TIME; fans out one send per recipient. */
export const digestDueSchema = z.object({ frequency: digestScheduleSchema });

/** Internal to notification: one recipient's digest; `batch` (the due time) keys it, so a rerun sends nothing new. */
export const digestSendSchema = z.object({
  recipientId: idSchema,
  frequency: digestScheduleSchema,
  batch: z.string().min(1).max(100),
});

/**
 * Sent by notification to ingest when a person changed their mail preferences there (the one-click
 * unsubscribe, the preferences link or page), so the system of record - and every service fed by
 * it - holds the same consent. `changedAt` orders it against changes made at ingest; the job id is
 * derived from person and time, so a repeat changes nothing.
 */
export const preferencesChangedSchema = z.object({
  innovatorId: idSchema,
  changedAt: isoDateTimeSchema,
  preferences: z
    .object({
      emailRecommendations: z.boolean(),
      digest: z.enum(digestFrequencies),
      locale: localeSchema,
    })
    .partial(),
});

export type PreferencesChanged = z.infer<typeof preferencesChangedSchema>;
