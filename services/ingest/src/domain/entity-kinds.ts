import {
  type Challenge,
  challengeSchema,
  consentsSchema,
  type Idea,
  type ImportKind,
  type Innovator,
  ideaSchema,
  idSchema,
  innovatorSchema,
  type Organisation,
  organisationSchema,
  sdgTargetIdListSchema,
} from '@suite/contracts';
import type { z } from 'zod';

/** The four kinds of record ingest keeps; also the `kind` of a bulk import. */
export type EntityKind = ImportKind;

export interface EntityOf {
  organisations: Organisation;
  challenges: Challenge;
  innovators: Innovator;
  ideas: Idea;
}

/** What is written names SDG targets the UN defines; the stored shape accepts any well-formed code. */
const writtenTargets = { sdgTargets: sdgTargetIdListSchema.default([]) };

/**
 * Write bodies are strict: an unknown field is a 400 naming it, not silently dropped, so a typo
 * such as `sdg` for `sdgs` never loses data. The id comes from the path (or the import row).
 */
export const writeSchemas = {
  organisations: organisationSchema.omit({ id: true }).strict(),
  challenges: challengeSchema.omit({ id: true }).extend(writtenTargets).strict(),
  innovators: innovatorSchema
    .omit({ id: true })
    .extend({
      consents: consentsSchema.strict().default({ matching: false, emailRecommendations: false }),
    })
    .strict(),
  ideas: ideaSchema.omit({ id: true }).extend(writtenTargets).strict(),
} as const;

/** An import row: the same body as the single route, plus the id the route would take from its path. */
export const importRowSchemas = {
  organisations: writeSchemas.organisations.extend({ id: idSchema.optional() }),
  challenges: writeSchemas.challenges.extend({ id: idSchema.optional() }),
  innovators: writeSchemas.innovators.extend({ id: idSchema.optional() }),
  ideas: writeSchemas.ideas.extend({ id: idSchema.optional() }),
} as const satisfies Record<EntityKind, z.ZodType>;
