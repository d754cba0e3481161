import { balancePolicySettingSchema } from '@suite/fairness';
import { z } from 'zod';
import {
  distinctList,
  externalIdSchema,
  genderSchema,
  ideaStageSchema,
  idSchema,
  isoDateTimeSchema,
  localeSchema,
  sdgGoalSchema,
  sdgTargetSchema,
  textLimits,
  textSchema,
} from './common';

const sdgsSchema = distinctList(sdgGoalSchema, 17);
const targetsSchema = distinctList(sdgTargetSchema, 169);
const regionSchema = textSchema(1, 100);
/** RFC 5321 caps the local part at 64 octets; mail servers refuse a longer one. */
const emailSchema = z
  .email()
  .max(textLimits.email)
  .refine((email) => email.lastIndexOf('@') <= 64, 'the part before @ must be at most 64 characters');

export const organisationKinds = ['municipality', 'region', 'company', 'non_profit', 'other'] as const;

export const organisationSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  name: textSchema(1, textLimits.name),
  kind: z.enum(organisationKinds),
  region: regionSchema.optional(),
  contactEmail: emailSchema.optional(),
  locale: localeSchema.default('sv'),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const challengeStatuses = ['draft', 'open', 'closed'] as const;
export type ChallengeStatus = (typeof challengeStatuses)[number];

export const challengeSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  organisationId: idSchema,
  title: textSchema(1, textLimits.title),
  description: textSchema(1, textLimits.description),
  locale: localeSchema,
  /** Goals the need owner chose; inferred tags are kept apart by the matching service. */
  sdgs: sdgsSchema.default([]),
  sdgTargets: targetsSchema.default([]),
  region: regionSchema.optional(),
  status: z.enum(challengeStatuses).default('open'),
  deadline: isoDateTimeSchema.optional(),
  /** This challenge's own balance policy; absent = the global one from the matching config. */
  balancePolicy: balancePolicySettingSchema.optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const digestFrequencies = ['immediate', 'daily', 'weekly', 'never'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/**
 * What the person agreed to. Both default to false: consent is given explicitly, never assumed.
 * `matching`: their ideas may be shortlisted; `emailRecommendations`: they may be emailed challenges.
 */
export const consentsSchema = z.object({
  matching: z.boolean().default(false),
  emailRecommendations: z.boolean().default(false),
});
export type Consents = z.infer<typeof consentsSchema>;

export const innovatorSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  name: textSchema(1, textLimits.name),
  email: emailSchema,
  /** Self-declared and optional; never inferred. */
  gender: genderSchema.default('undisclosed'),
  locale: localeSchema.default('sv'),
  region: regionSchema.optional(),
  sdgs: sdgsSchema.default([]),
  digest: z.enum(digestFrequencies).default('weekly'),
  consents: consentsSchema.default({ matching: false, emailRecommendations: false }),
});
export type Innovator = z.infer<typeof innovatorSchema>;

export const ideaSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  innovatorId: idSchema,
  title: textSchema(1, textLimits.title),
  description: textSchema(1, textLimits.description),
  locale: localeSchema.optional(),
  stage: ideaStageSchema.default('idea'),
  sdgs: sdgsSchema.default([]),
  sdgTargets: targetsSchema.default([]),
  region: regionSchema.optional(),
});
export type Idea = z.infer<typeof ideaSchema>;

/** Every stored entity comes back with its version (1, +1 per change) and when it last changed. */
const storedFields = { version: z.number().int().min(1), updatedAt: isoDateTimeSchema };

export const storedOrganisationSchema = organisationSchema.extend(storedFields);
export const storedChallengeSchema = challengeSchema.extend(storedFields);
export const storedIdeaSchema = ideaSchema.extend(storedFields);
/** When each consent last changed (given or withdrawn); null if it never was given. */
export const consentTimesSchema = z.object({
  matching: isoDateTimeSchema.nullable(),
  emailRecommendations: isoDateTimeSchema.nullable(),
});
/**
 * Who last changed a consent: the person themself (their own token, their preference change at
 * notification) or the programme (an admin, a service, an import). Only the person can give again
 * a consent they withdrew.
 */
export const consentActors = ['person', 'programme'] as const;
export const consentActorSchema = z.enum(consentActors);
export type ConsentActor = z.infer<typeof consentActorSchema>;
/** Who last changed each consent; null while it never was given (or for changes from before this was kept). */
export const consentActorsSchema = z.object({
  matching: consentActorSchema.nullable(),
  emailRecommendations: consentActorSchema.nullable(),
});
export const storedInnovatorSchema = innovatorSchema.extend({
  ...storedFields,
  consentsChangedAt: consentTimesSchema,
  // Optional: answers stored for Idempotency-Key replays before it was added still parse.
  consentsChangedBy: consentActorsSchema.optional(),
});
export type StoredOrganisation = z.infer<typeof storedOrganisationSchema>;
export type StoredChallenge = z.infer<typeof storedChallengeSchema>;
export type StoredInnovator = z.infer<typeof storedInnovatorSchema>;
export type StoredIdea = z.infer<typeof storedIdeaSchema>;
