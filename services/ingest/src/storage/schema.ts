import { consentActors } from '@suite/contracts';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Entities are stored as their validated document (`data`) plus the columns we look them up by.
 * The document is exactly what the contract schema produced, so reading one back needs no mapping,
 * and a re-import that changes nothing is detected by comparing documents (no version bump, no event).
 */
const entityColumns = () => ({
  id: text('id').primaryKey(),
  externalId: text('external_id').unique(),
  data: jsonb('data').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

export const organisations = pgTable('organisations', entityColumns());

export const challenges = pgTable(
  'challenges',
  {
    ...entityColumns(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status').notNull(),
  },
  (t) => [index('challenges_organisation_idx').on(t.organisationId, t.id)],
);

export const innovators = pgTable('innovators', {
  ...entityColumns(),
  /** When each consent was last given or withdrawn; null while it never was given. */
  matchingConsentChangedAt: timestamptz('matching_consent_changed_at'),
  emailConsentChangedAt: timestamptz('email_consent_changed_at'),
  /**
   * Who made that last change: the person or the programme. A consent the person withdrew can be
   * given again by the person only, so this must outlive restarts; null while never given.
   */
  matchingConsentChangedBy: text('matching_consent_changed_by', { enum: consentActors }),
  emailConsentChangedBy: text('email_consent_changed_by', { enum: consentActors }),
  /**
   * When digest and locale last changed: written here, or by a person at notification (then the
   * time they made the change), so a change reported late loses to a later one.
   */
  digestChangedAt: timestamptz('digest_changed_at'),
  localeChangedAt: timestamptz('locale_changed_at'),
  /** `changedAt` of the newest preference report from notification applied; older ones are stale. */
  preferencesReportedAt: timestamptz('preferences_reported_at'),
});

export const ideas = pgTable(
  'ideas',
  {
    ...entityColumns(),
    // Erasing an innovator erases their ideas with them.
    innovatorId: text('innovator_id')
      .notNull()
      .references(() => innovators.id, { onDelete: 'cascade' }),
  },
  (t) => [index('ideas_innovator_idx').on(t.innovatorId, t.id)],
);

/**
 * The last version of every deleted or erased record (kind + id + version, no content), so one
 * re-created under the same id continues above it: subscribers keep tombstones and ignore events
 * whose version is not newer, and would never see a re-created record that restarted at 1.
 */
export const entityTombstones = pgTable(
  'entity_tombstones',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    /** The version of the deletion (the record's last version + 1). */
    version: integer('version').notNull(),
    deletedAt: timestamptz('deleted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
);

/** Events written in the same transaction as the entity; a relay publishes them to the queues. */
export const outbox = pgTable(
  'outbox',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull().unique(),
    eventName: text('event_name').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    publishedAt: timestamptz('published_at'),
  },
  (t) => [index('outbox_unpublished_idx').on(t.publishedAt, t.seq)],
);

/** Outbox rows that no longer parse: set aside with the reason so they never block the relay. */
export const outboxDeadLetters = pgTable('outbox_dead_letters', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  eventId: uuid('event_id').notNull(),
  eventName: text('event_name').notNull(),
  payload: jsonb('payload').notNull(),
  reason: text('reason').notNull(),
  createdAt: timestamptz('created_at').notNull(),
  deadAt: timestamptz('dead_at').notNull().defaultNow(),
});

/** Answers to writes sent with an `Idempotency-Key`, per caller, so a retry gets the same answer. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    subject: text('subject').notNull(),
    key: text('key').notNull(),
    /** `PUT /v1/ideas/idea-1`: a key is bound to the request it was first used with. */
    route: text('route').notNull(),
    bodyHash: text('body_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonb('response'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.subject, t.key] }),
    index('idempotency_route_idx').on(t.route),
    // Pruning finds the expired answers by age.
    index('idempotency_created_idx').on(t.createdAt),
  ],
);

/** Bulk imports and their progress, persisted so progress survives a restart. */
export const imports = pgTable('imports', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  processed: integer('processed').notNull().default(0),
  accepted: integer('accepted').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  /** Accepted rows of which a part was not applied (their warnings are in import_warnings). */
  warned: integer('warned').notNull().default(0),
  /** Whether row errors (warnings) were dropped because the report keeps only the first ones. */
  errorsTruncated: boolean('errors_truncated').notNull().default(false),
  warningsTruncated: boolean('warnings_truncated').notNull().default(false),
  /** Why an import failed as a whole (a row's own problems are in import_errors). */
  reason: text('reason'),
  startedAt: timestamptz('started_at').notNull().defaultNow(),
  finishedAt: timestamptz('finished_at'),
});

/** Per-row notes of an import, by line and field path: the same shape for errors and warnings. */
const importRowNotes = (table: string) =>
  pgTable(
    table,
    {
      importId: uuid('import_id')
        .notNull()
        .references(() => imports.id, { onDelete: 'cascade' }),
      line: integer('line').notNull(),
      path: text('path').notNull(),
      message: text('message').notNull(),
    },
    (t) => [index(`${table}_import_idx`).on(t.importId, t.line)],
  );

/** Rows refused, and why. */
export const importErrors = importRowNotes('import_errors');

/** What was not applied to accepted rows (a consent the person withdrew, kept withdrawn). */
export const importWarnings = importRowNotes('import_warnings');
