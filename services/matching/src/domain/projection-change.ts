import type { JobData, JobName, MatchingInbox } from '@suite/contracts';

export type EntityType = 'challenge' | 'innovator' | 'idea';

/** What one event does to the projection: a new version of an entity, or its removal. */
export interface ProjectionChange {
  entityType: EntityType;
  entityId: string;
  version: number;
  deleted: boolean;
  payload: unknown;
}

type Event<N extends JobName<MatchingInbox>> = JobData<MatchingInbox, N>;

export const projectionChange = {
  'challenge.upserted': (e: Event<'challenge.upserted'>): ProjectionChange => ({
    entityType: 'challenge',
    entityId: e.challenge.id,
    version: e.version,
    deleted: false,
    payload: e.challenge,
  }),
  // A closed challenge stays readable (its shortlist is history) but is no longer matched.
  'challenge.closed': (e: Event<'challenge.closed'>): ProjectionChange => ({
    entityType: 'challenge',
    entityId: e.challengeId,
    version: e.version,
    deleted: true,
    payload: null,
  }),
  'innovator.upserted': (e: Event<'innovator.upserted'>): ProjectionChange => ({
    entityType: 'innovator',
    entityId: e.innovator.id,
    version: e.version,
    deleted: false,
    // Matching needs gender for balance and region for scoring, never contact data.
    payload: {
      id: e.innovator.id,
      gender: e.innovator.gender,
      region: e.innovator.region,
      sdgs: e.innovator.sdgs,
    },
  }),
  'innovator.erased': (e: Event<'innovator.erased'>): ProjectionChange => ({
    entityType: 'innovator',
    entityId: e.innovatorId,
    version: e.version,
    deleted: true,
    payload: null,
  }),
  'idea.upserted': (e: Event<'idea.upserted'>): ProjectionChange => ({
    entityType: 'idea',
    entityId: e.idea.id,
    version: e.version,
    deleted: false,
    payload: e.idea,
  }),
  'idea.deleted': (e: Event<'idea.deleted'>): ProjectionChange => ({
    entityType: 'idea',
    entityId: e.ideaId,
    version: e.version,
    deleted: true,
    payload: null,
  }),
};
