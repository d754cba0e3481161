import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** What ingest last said about a person's mail preferences; a local change sticks until ingest says something new. */
export interface IngestPreferences {
  digest: string;
  emailRecommendations: boolean;
  locale: string;
}

/** Who can be mailed: contact data kept from innovator events, wiped on erasure. */
export const recipients = pgTable('recipients', {
  innovatorId: text('innovator_id').primaryKey(),
  version: integer('version').notNull(),
  email: text('email'),
  name: text('name'),
  locale: text('locale').notNull().default('sv'),
  digest: text('digest').notNull().default('weekly'),
  emailRecommendations: boolean('email_recommendations').notNull().default(false),
  ingestPreferences: jsonb('ingest_preferences').$type<IngestPreferences>(),
  /** When the person last changed preferences here (unsubscribe link, preferences API). */
  preferencesChangedAt: timestamp('preferences_changed_at', { withTimezone: true }),
  /** The `preferencesChangedAt` last reported to ingest; behind it means a report is owed. */
  preferencesReportedAt: timestamp('preferences_reported_at', { withTimezone: true }),
  erasedAt: timestamp('erased_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Need owners: the address and language of shortlist emails, kept from organisation events. */
export const organisations = pgTable('organisations', {
  organisationId: text('organisation_id').primaryKey(),
  version: integer('version').notNull(),
  name: text('name').notNull(),
  contactEmail: text('contact_email'),
  locale: text('locale').notNull().default('sv'),
});

/** Challenge titles for email content, kept from challenge events. */
export const challenges = pgTable('challenges', {
  challengeId: text('challenge_id').primaryKey(),
  version: integer('version').notNull(),
  organisationId: text('organisation_id'),
  title: text('title'),
  /** Shown on the challenge page an email links to (people cannot read the JSON API without a login). */
  description: text('description'),
  locale: text('locale'),
  status: text('status').notNull(),
  sdgs: jsonb('sdgs').$type<number[]>(),
  /** By when the need owner wants answers; shown on the page and in emails. Null: no deadline. */
  deadline: timestamp('deadline', { withTimezone: true }),
});

/**
 * Every email, keyed by recipient + content so a retried or duplicated job never produces a second
 * one. `source_key` names the job that created it, so a rerun of that job finds it again.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    idempotencyKey: text('idempotency_key').primaryKey(),
    kind: text('kind').notNull(),
    sourceKey: text('source_key'),
    /** Null once the recipient is erased: the row stays as an anonymous record. */
    recipientId: text('recipient_id'),
    payload: jsonb('payload'),
    status: text('status').notNull().default('sending'),
    messageId: text('message_id'),
    toAddress: text('to_address'),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    attempts: integer('attempts').notNull().default(0),
    smtpCode: integer('smtp_code'),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('deliveries_status_idx').on(t.status, t.createdAt),
    index('deliveries_created_idx').on(t.createdAt, t.idempotencyKey),
    index('deliveries_recipient_idx').on(t.recipientId),
    uniqueIndex('deliveries_source_key_idx').on(t.sourceKey),
  ],
);

/** Each challenge is recommended to a person once: a row here is the claim, made with the email that carries it. */
export const recommendedChallenges = pgTable(
  'recommended_challenges',
  {
    recipientId: text('recipient_id').notNull(),
    challengeId: text('challenge_id').notNull(),
    deliveryKey: text('delivery_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recipientId, t.challengeId] })],
);

/** Recommendations waiting for a daily or weekly digest. */
export const pendingRecommendations = pgTable(
  'pending_recommendations',
  {
    recipientId: text('recipient_id').notNull(),
    challengeId: text('challenge_id').notNull(),
    score: real('score').notNull(),
    sharedTerms: jsonb('shared_terms').$type<string[]>().notNull(),
    sharedSdgs: jsonb('shared_sdgs').$type<number[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.recipientId, t.challengeId] })],
);
