import type { z } from 'zod';
import { eventSchemas } from './events';
import {
  digestDueSchema,
  digestSendSchema,
  preferencesChangedSchema,
  recommendationsReadySchema,
  shortlistReadySchema,
} from './notifications';

/** How one job kind is validated and retried. */
export interface JobSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  attempts: number;
  backoff: { type: 'exponential' | 'fixed'; delay: number };
}

export interface QueueCatalog<Jobs extends Record<string, JobSpec> = Record<string, JobSpec>> {
  /** Frozen: renaming a queue strands its jobs in Redis. */
  name: string;
  jobs: Jobs;
}

export type JobName<C extends QueueCatalog> = keyof C['jobs'] & string;
export type JobData<C extends QueueCatalog, N extends JobName<C>> = z.infer<C['jobs'][N]['schema']>;

const eventJob = <S extends z.ZodType>(schema: S): JobSpec<S> => ({
  schema,
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
});

const mailJob = <S extends z.ZodType>(schema: S): JobSpec<S> => ({
  schema,
  attempts: 10,
  backoff: { type: 'exponential', delay: 2_000 },
});

/** Entity events for the matching projection. */
export const matchingInbox = {
  name: 'matching-inbox',
  jobs: {
    'challenge.upserted': eventJob(eventSchemas['challenge.upserted']),
    'challenge.closed': eventJob(eventSchemas['challenge.closed']),
    'innovator.upserted': eventJob(eventSchemas['innovator.upserted']),
    'innovator.erased': eventJob(eventSchemas['innovator.erased']),
    'idea.upserted': eventJob(eventSchemas['idea.upserted']),
    'idea.deleted': eventJob(eventSchemas['idea.deleted']),
  },
} as const satisfies QueueCatalog;

/** Recipient events from ingest and mail requests from matching. */
export const notificationInbox = {
  name: 'notification-inbox',
  jobs: {
    'organisation.upserted': eventJob(eventSchemas['organisation.upserted']),
    'innovator.upserted': eventJob(eventSchemas['innovator.upserted']),
    'innovator.erased': eventJob(eventSchemas['innovator.erased']),
    'challenge.upserted': eventJob(eventSchemas['challenge.upserted']),
    'challenge.closed': eventJob(eventSchemas['challenge.closed']),
    'recommendations.ready': mailJob(recommendationsReadySchema),
    'shortlist.ready': mailJob(shortlistReadySchema),
  },
} as const satisfies QueueCatalog;

/** Internal to notification: digests collected per recipient and sent on a schedule. */
export const notificationDigest = {
  name: 'notification-digest',
  jobs: {
    'digest.due': eventJob(digestDueSchema),
    'digest.send': mailJob(digestSendSchema),
  },
} as const satisfies QueueCatalog;

/** Changes people made outside ingest that its records must take: mail preferences from notification. */
export const ingestInbox = {
  name: 'ingest-inbox',
  jobs: {
    'preferences.changed': eventJob(preferencesChangedSchema),
  },
} as const satisfies QueueCatalog;

export type MatchingInbox = typeof matchingInbox;
export type IngestInbox = typeof ingestInbox;

/**
 * The queue topology, declared once: every queue that takes entity events. The outbox relay fans an
 * event out to each of these whose catalog names it, so a new subscriber is one line here.
 */
export const eventSubscribers = [matchingInbox, notificationInbox] as const;

/** The catalogs of the queues that subscribe to `eventName`. */
export function subscribersOf(eventName: string): readonly QueueCatalog[] {
  return eventSubscribers.filter((catalog) => Object.hasOwn(catalog.jobs, eventName));
}
export type NotificationInbox = typeof notificationInbox;
export type NotificationDigest = typeof notificationDigest;
