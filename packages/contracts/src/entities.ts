import { z } from 'zod';
import {
  externalIdSchema,
  genderSchema,
  ideaStageSchema,
  idSchema,
  isoDateTimeSchema,
  localeSchema,
  sdgGoalSchema,
  sdgTargetSchema,
  textLimits,
} from './common';

const sdgsSchema = z.array(sdgGoalSchema).max(17);
const targetsSchema = z.array(sdgTargetSchema).max(169);
const regionSchema = z.string().min(1).max(100);

export const organisationKinds = ['municipality', 'region', 'company', 'non_profit', 'other'] as const;

export const organisationSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  name: z.string().min(1).max(textLimits.name),
  kind: z.enum(organisationKinds),
  region: regionSchema.optional(),
  contactEmail: z.email().max(textLimits.email).optional(),
  locale: localeSchema.default('sv'),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const challengeStatuses = ['open', 'closed'] as const;

export const challengeSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  organisationId: idSchema,
  title: z.string().min(1).max(textLimits.title),
  description: z.string().min(1).max(textLimits.description),
  locale: localeSchema,
  /** Goals the need owner chose; inferred tags are kept apart by the matching service. */
  sdgs: sdgsSchema.default([]),
  sdgTargets: targetsSchema.default([]),
  region: regionSchema.optional(),
  status: z.enum(challengeStatuses).default('open'),
  deadline: isoDateTimeSchema.optional(),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const digestFrequencies = ['immediate', 'daily', 'weekly', 'never'] as const;

export const innovatorSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  name: z.string().min(1).max(textLimits.name),
  email: z.email().max(textLimits.email),
  /** Self-declared and optional; never inferred. */
  gender: genderSchema.default('undisclosed'),
  locale: localeSchema.default('sv'),
  region: regionSchema.optional(),
  sdgs: sdgsSchema.default([]),
  digest: z.enum(digestFrequencies).default('weekly'),
});
export type Innovator = z.infer<typeof innovatorSchema>;

export const ideaSchema = z.object({
  id: idSchema,
  externalId: externalIdSchema.optional(),
  innovatorId: idSchema,
  title: z.string().min(1).max(textLimits.title),
  description: z.string().min(1).max(textLimits.description),
  locale: localeSchema.optional(),
  stage: ideaStageSchema.default('idea'),
  sdgs: sdgsSchema.default([]),
  sdgTargets: targetsSchema.default([]),
  region: regionSchema.optional(),
});
export type Idea = z.infer<typeof ideaSchema>;
