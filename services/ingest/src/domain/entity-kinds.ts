import {
  type Challenge,
  challengeSchema,
  consentsSchema,
  type EventName,
  type EventPayload,
  type Idea,
  type ImportKind,
  type Innovator,
  ideaSchema,
  idSchema,
  innovatorSchema,
  type Organisation,
  organisationSchema,
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

/**
 * Write bodies are strict: an unknown field is a 400 naming it, not silently dropped, so a typo
 * such as `sdg` for `sdgs` never loses data. The id comes from the path (or the import row).
 */
export const writeSchemas = {
  organisations: organisationSchema.omit({ id: true }).strict(),
  challenges: challengeSchema.omit({ id: true }).strict(),
  innovators: innovatorSchema
    .omit({ id: true })
    .extend({
      consents: consentsSchema.strict().default({ matching: false, emailRecommendations: false }),
    })
    .strict(),
  ideas: ideaSchema.omit({ id: true }).strict(),
} as const;

/** An import row: the same body as the single route, plus the id the route would take from its path. */
export const importRowSchemas = {
  organisations: writeSchemas.organisations.extend({ id: idSchema.optional() }),
  challenges: writeSchemas.challenges.extend({ id: idSchema.optional() }),
  innovators: writeSchemas.innovators.extend({ id: idSchema.optional() }),
  ideas: writeSchemas.ideas.extend({ id: idSchema.optional() }),
} as const satisfies Record<EntityKind, z.ZodType>;

/** The upserted event of each kind, with the entity under the key its contract names. */
export function upsertedEvent<K extends EntityKind>(
  kind: K,
  entity: EntityOf[K],
  envelope: { eventId: string; version: number; occurredAt: string },
): { name: EventName; payload: EventPayload<EventName> } {
  switch (kind) {
    case 'organisations':
      return {
        name: 'organisation.upserted',
        payload: { ...envelope, organisation: entity as Organisation },
      };
    case 'challenges':
      return { name: 'challenge.upserted', payload: { ...envelope, challenge: entity as Challenge } };
    case 'innovators':
      return { name: 'innovator.upserted', payload: { ...envelope, innovator: entity as Innovator } };
    default:
      return { name: 'idea.upserted', payload: { ...envelope, idea: entity as Idea } };
  }
}
