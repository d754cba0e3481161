import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/*
 * The matching service's own copy of what it needs from ingest's events, one table per entity.
 * Every row keeps the version of the event that last wrote it, so an older or repeated event
 * changes nothing. Deletions and erasures leave a tombstone (id + version, content wiped) so a
 * late replay of an older upsert cannot bring the content back.
 */

export const challenges = pgTable(
  'challenges',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    organisationId: text('organisation_id').notNull(),
    title: text('title').notNull(),
    locale: text('locale').notNull(),
    status: text('status').notNull(),
    region: text('region'),
    /** Goals the need owner chose. */
    sdgs: jsonb('sdgs').$type<number[]>().notNull(),
    /** Goals the tagger inferred from the text, kept apart from the chosen ones. */
    inferredSdgs: jsonb('inferred_sdgs').$type<number[]>().notNull(),
    /** `AnalyzedDocument` of title + description (no re-analysis at start). */
    analysis: jsonb('analysis').notNull(),
    /** The word the text used for each index term (`termWords`): explanations show words, not stems. */
    words: jsonb('words').$type<Record<string, string>>(),
    /** The description as received: a newer analyser re-reads it at start (see `analyzer`). */
    description: text('description'),
    /** `analyzerVersion()` of the stored analysis; null on rows stored before it was recorded. */
    analyzer: text('analyzer'),
    balancePolicy: jsonb('balance_policy'),
    deadline: timestamp('deadline', { withTimezone: true }),
    /** When the challenge last became open (the mail for "a challenge opens" is keyed on it). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('challenges_status_idx').on(t.status)],
);

export const innovators = pgTable('innovators', {
  id: text('id').primaryKey(),
  version: integer('version').notNull(),
  /** Display name shown on shortlists; null once erased. */
  name: text('name'),
  genderGroup: text('gender_group').notNull(),
  region: text('region'),
  locale: text('locale').notNull(),
  sdgs: jsonb('sdgs').$type<number[]>().notNull(),
  consentMatching: boolean('consent_matching').notNull(),
  consentEmailRecommendations: boolean('consent_email_recommendations').notNull(),
  /** Tombstone of an erasure: nothing else about the person is kept. */
  erased: boolean('erased').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const ideas = pgTable(
  'ideas',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    innovatorId: text('innovator_id').notNull(),
    title: text('title').notNull(),
    locale: text('locale'),
    stage: text('stage').notNull(),
    region: text('region'),
    sdgs: jsonb('sdgs').$type<number[]>().notNull(),
    inferredSdgs: jsonb('inferred_sdgs').$type<number[]>().notNull(),
    /** `AnalyzedDocument`; null on a tombstone. */
    analysis: jsonb('analysis'),
    /**
     * What the index needs of the analysis (language, terms, SDG profile) as JSON text: the rebuild
     * at start reads this, about half the bytes, prints it far cheaper than jsonb and tags nothing.
     * Null on a tombstone and on rows stored before it existed (the rebuild reads the analysis).
     */
    indexEntry: text('index_entry'),
    /** The description as received (null on a tombstone): a newer analyser re-reads it at start. */
    description: text('description'),
    /** `analyzerVersion()` of the stored analysis and entry; null on tombstones and older rows. */
    analyzer: text('analyzer'),
    deleted: boolean('deleted').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ideas_innovator_idx').on(t.innovatorId)],
);

/** Weights, minimum score and balance policy; the current config is the highest version. */
export const matchingConfig = pgTable('matching_config', {
  version: integer('version').primaryKey(),
  weights: jsonb('weights').notNull(),
  minScore: doublePrecision('min_score').notNull(),
  balance: jsonb('balance').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
  reason: text('reason').notNull(),
  diff: jsonb('diff'),
});

/** What a need owner decided about a shortlisted innovator (latest stage per pair). */
export const decisions = pgTable(
  'decisions',
  {
    challengeId: text('challenge_id').notNull(),
    innovatorId: text('innovator_id').notNull(),
    stage: text('stage').notNull(),
    genderGroup: text('gender_group').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    decidedBy: text('decided_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.innovatorId] })],
);

export const decisionHistory = pgTable(
  'decision_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    challengeId: text('challenge_id').notNull(),
    innovatorId: text('innovator_id').notNull(),
    stage: text('stage').notNull(),
    genderGroup: text('gender_group').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    decidedBy: text('decided_by').notNull(),
  },
  (t) => [index('decision_history_challenge_idx').on(t.challengeId)],
);

export interface ShownShortlistEntry {
  innovatorId: string;
  ideaId: string;
  rank: number;
  group: string;
  score: number;
}

/** Every distinct shortlist content served, so tuning can replay what need owners actually saw. */
export const shownShortlists = pgTable(
  'shown_shortlists',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    challengeId: text('challenge_id').notNull(),
    configVersion: integer('config_version').notNull(),
    k: integer('k').notNull(),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    contentHash: text('content_hash').notNull(),
    entries: jsonb('entries').$type<ShownShortlistEntry[]>().notNull(),
    /**
     * Whether the need owner saw this content (page, API or email), not only an admin: the funnel's
     * `listed` counts what owners chose from, and an admin's look at another k is not a listing.
     */
    shownToOwner: boolean('shown_to_owner').notNull().default(false),
  },
  (t) => [unique('shown_shortlists_content_unique').on(t.challengeId, t.contentHash)],
);

/**
 * Mail requests already handed to notification, by job id (a hash of their content). BullMQ only
 * collapses duplicate job ids while the job is still in Redis; this makes a replay send nothing new.
 */
export const sentMailRequests = pgTable('sent_mail_requests', {
  jobId: text('job_id').primaryKey(),
  kind: text('kind').notNull(),
  subjectId: text('subject_id').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});
