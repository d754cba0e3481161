import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { challengeSchema, ideaSchema, innovatorSchema, organisationSchema } from './entities';

/** Every event carries its own id (the BullMQ jobId, so duplicate publishes collapse) and the entity version. */
const envelope = {
  eventId: z.uuid(),
  version: z.number().int().min(1),
  occurredAt: isoDateTimeSchema,
};

// Added for notification, which needs the need owner's contact address and locale.
export const organisationUpsertedSchema = z.object({ ...envelope, organisation: organisationSchema });
export const challengeUpsertedSchema = z.object({ ...envelope, challenge: challengeSchema });
export const challengeClosedSchema = z.object({ ...envelope, challengeId: idSchema });
export const innovatorUpsertedSchema = z.object({ ...envelope, innovator: innovatorSchema });
export const innovatorErasedSchema = z.object({ ...envelope, innovatorId: idSchema });
export const ideaUpsertedSchema = z.object({ ...envelope, idea: ideaSchema });
export const ideaDeletedSchema = z.object({ ...envelope, ideaId: idSchema, innovatorId: idSchema });

export const eventSchemas = {
  'organisation.upserted': organisationUpsertedSchema,
  'challenge.upserted': challengeUpsertedSchema,
  'challenge.closed': challengeClosedSchema,
  'innovator.upserted': innovatorUpsertedSchema,
  'innovator.erased': innovatorErasedSchema,
  'idea.upserted': ideaUpsertedSchema,
  'idea.deleted': ideaDeletedSchema,
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;
export const eventNames = Object.keys(eventSchemas) as EventName[];
