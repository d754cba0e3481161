import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Who can be mailed: contact data kept from innovator events, wiped on erasure. */
export const recipients = pgTable('recipients', {
  innovatorId: text('innovator_id').primaryKey(),
  version: integer('version').notNull(),
  email: text('email'),
  name: text('name'),
  locale: text('locale').notNull().default('sv'),
  digest: text('digest').notNull().default('weekly'),
  erasedAt: timestamp('erased_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Challenge titles for email content, kept from challenge events. */
export const challenges = pgTable('challenges', {
  challengeId: text('challenge_id').primaryKey(),
  version: integer('version').notNull(),
  organisationId: text('organisation_id'),
  title: text('title'),
  locale: text('locale'),
  status: text('status').notNull(),
});

/** Every mail request, keyed so a retried job never produces a second delivery. */
export const deliveries = pgTable(
  'deliveries',
  {
    idempotencyKey: text('idempotency_key').primaryKey(),
    kind: text('kind').notNull(),
    recipientId: text('recipient_id').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status').notNull().default('queued'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('deliveries_status_idx').on(t.status, t.createdAt)],
);
