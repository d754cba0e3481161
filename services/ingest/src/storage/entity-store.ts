import type {
  ConsentActor,
  Consents,
  StoredChallenge,
  StoredIdea,
  StoredInnovator,
  StoredOrganisation,
} from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, eq, gt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ConsentRecord } from '../domain/consent-authority';
import type { EntityKind } from '../domain/entity-kinds';
import type { PreferenceField, PreferenceTimes } from '../domain/preference-change';
import { inJsonList } from './in-list';
import { challenges, entityTombstones, ideas, innovators, organisations } from './schema';

/** What a database and a transaction share, so entity writes and their events commit together. */
export type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export interface StoredOf {
  organisations: StoredOrganisation;
  challenges: StoredChallenge;
  innovators: StoredInnovator;
  ideas: StoredIdea;
}

const tables = { organisations, challenges, innovators, ideas } as const;
type EntityTable = (typeof tables)[EntityKind];
type AnyRow = {
  data: unknown;
  version: number;
  updatedAt: Date;
  matchingConsentChangedAt?: Date | null;
  emailConsentChangedAt?: Date | null;
  matchingConsentChangedBy?: ConsentActor | null;
  emailConsentChangedBy?: ConsentActor | null;
};

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

function toStored<K extends EntityKind>(kind: K, row: AnyRow): StoredOf[K] {
  const stored = { ...(row.data as object), version: row.version, updatedAt: row.updatedAt.toISOString() };
  if (kind !== 'innovators') return stored as StoredOf[K];
  return {
    ...stored,
    consentsChangedAt: {
      matching: iso(row.matchingConsentChangedAt),
      emailRecommendations: iso(row.emailConsentChangedAt),
    },
    consentsChangedBy: {
      matching: row.matchingConsentChangedBy ?? null,
      emailRecommendations: row.emailConsentChangedBy ?? null,
    },
  } as StoredOf[K];
}

async function bury(ex: Executor, kind: EntityKind, rows: readonly { id: string; version: number }[]) {
  if (rows.length === 0) return;
  await ex
    .insert(entityTombstones)
    .values(rows.map((row) => ({ kind, id: row.id, version: row.version + 1 })))
    .onConflictDoUpdate({
      target: [entityTombstones.kind, entityTombstones.id],
      set: {
        version: sql`greatest(${entityTombstones.version}, excluded.version)`,
        deletedAt: sql`now()`,
      },
    });
}

export interface ListPage {
  limit: number;
  /** The id after which the page starts (ids are unique, so they order pages). */
  after?: string;
}

/** Reads and writes of the four entity tables. */
export function createEntityStore(db: Db) {
  async function get<K extends EntityKind>(kind: K, id: string, ex: Executor = db) {
    const table: EntityTable = tables[kind];
    const [row] = await ex.select().from(table).where(eq(table.id, id));
    return row ? toStored(kind, row) : undefined;
  }

  async function page<K extends EntityKind>(kind: K, where: (SQL | undefined)[], p: ListPage) {
    const table: EntityTable = tables[kind];
    const rows = await db
      .select()
      .from(table)
      .where(and(...where, p.after === undefined ? undefined : gt(table.id, p.after)))
      .orderBy(asc(table.id))
      .limit(p.limit + 1);
    return rows.map((row) => toStored(kind, row));
  }

  return {
    get,
    /** The ids of those `ids` that exist. */
    async existingIds(ex: Executor, kind: EntityKind, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const table: EntityTable = tables[kind];
      const rows = await ex
        .select({ id: table.id })
        .from(table)
        .where(inJsonList(table.id, ids, 'text'));
      return new Set(rows.map((r) => r.id));
    },
    /** External id -> id of the records that already have one of `externalIds`. */
    async idsByExternalId(ex: Executor, kind: EntityKind, externalIds: readonly string[]) {
      const found = new Map<string, string>();
      if (externalIds.length === 0) return found;
      const table: EntityTable = tables[kind];
      const rows = await ex
        .select({ id: table.id, externalId: table.externalId })
        .from(table)
        .where(inJsonList(table.externalId, externalIds, 'text'));
      for (const row of rows) if (row.externalId !== null) found.set(row.externalId, row.id);
      return found;
    },
    /**
     * Deletes one record (an innovator with their ideas) and returns what it was, or undefined if
     * there was none. Each deleted row leaves a tombstone at its last version + 1, the version of
     * its deletion event, so a record re-created under the same id continues above it.
     */
    async remove<K extends EntityKind>(ex: Executor, kind: K, id: string) {
      if (kind === 'innovators') {
        const theirIdeas = await ex
          .delete(ideas)
          .where(eq(ideas.innovatorId, id))
          .returning({ id: ideas.id, version: ideas.version });
        await bury(ex, 'ideas', theirIdeas);
      }
      const table: EntityTable = tables[kind];
      const [row] = await ex.delete(table).where(eq(table.id, id)).returning();
      if (!row) return undefined;
      await bury(ex, kind, [row]);
      return toStored(kind, row);
    },
    /**
     * The version of a record, locked until the transaction ends (so a conditional write compares
     * with the version it replaces); undefined if there is none.
     */
    async lockedVersion(ex: Executor, kind: EntityKind, id: string): Promise<number | undefined> {
      const table: EntityTable = tables[kind];
      const [row] = await ex
        .select({ version: table.version })
        .from(table)
        .where(eq(table.id, id))
        .for('update');
      return row?.version;
    },
    /**
     * The consents of those `ids` that exist, who last changed each and when; the rows stay locked
     * until the transaction ends, so a withdrawal cannot slip in between this look and the write.
     */
    async lockedConsents(ex: Executor, ids: readonly string[]): Promise<Map<string, ConsentRecord>> {
      const found = new Map<string, ConsentRecord>();
      if (ids.length === 0) return found;
      const rows = await ex
        .select({
          id: innovators.id,
          consents: sql<Consents>`${innovators.data}->'consents'`,
          matchingBy: innovators.matchingConsentChangedBy,
          emailBy: innovators.emailConsentChangedBy,
          matchingAt: innovators.matchingConsentChangedAt,
          emailAt: innovators.emailConsentChangedAt,
        })
        .from(innovators)
        .where(inJsonList(innovators.id, ids, 'text'))
        // One order for every writer, so two imports locking overlapping rows cannot deadlock here.
        .orderBy(asc(innovators.id))
        .for('update');
      for (const row of rows) {
        found.set(row.id, {
          consents: row.consents,
          changedBy: { matching: row.matchingBy, emailRecommendations: row.emailBy },
          changedAt: { matching: iso(row.matchingAt), emailRecommendations: iso(row.emailAt) },
        });
      }
      return found;
    },
    /**
     * When an innovator's mail preferences last changed and the newest report from notification
     * applied; the row stays locked until the transaction ends, so reports apply one at a time.
     */
    async preferenceTimes(ex: Executor, id: string): Promise<PreferenceTimes | undefined> {
      const [row] = await ex
        .select({
          emailRecommendations: innovators.emailConsentChangedAt,
          digest: innovators.digestChangedAt,
          locale: innovators.localeChangedAt,
          reported: innovators.preferencesReportedAt,
        })
        .from(innovators)
        .where(eq(innovators.id, id))
        .for('update');
      if (!row) return undefined;
      return {
        emailRecommendations: iso(row.emailRecommendations),
        digest: iso(row.digest),
        locale: iso(row.locale),
        reported: iso(row.reported),
      };
    },
    /** Records a report from notification as applied: the fields it changed take its time. */
    async notePreferenceReport(
      ex: Executor,
      id: string,
      changedAt: string,
      changed: readonly PreferenceField[],
    ): Promise<void> {
      const at = new Date(changedAt);
      await ex
        .update(innovators)
        .set({
          preferencesReportedAt: sql`greatest(${innovators.preferencesReportedAt}, ${changedAt}::timestamptz)`,
          ...(changed.includes('emailRecommendations') ? { emailConsentChangedAt: at } : {}),
          ...(changed.includes('digest') ? { digestChangedAt: at } : {}),
          ...(changed.includes('locale') ? { localeChangedAt: at } : {}),
        })
        .where(eq(innovators.id, id));
    },
    /** Closes a challenge unless it already is; returns the closed challenge, or undefined if unchanged. */
    async closeChallenge(ex: Executor, id: string) {
      const [row] = await ex
        .update(challenges)
        .set({
          status: 'closed',
          data: sql`jsonb_set(${challenges.data}, '{status}', '"closed"')`,
          version: sql`${challenges.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(challenges.id, id), ne(challenges.status, 'closed')))
        .returning();
      return row ? toStored('challenges', row) : undefined;
    },
    listOrganisations: (p: ListPage, onlyId?: string) =>
      page('organisations', [onlyId === undefined ? undefined : eq(organisations.id, onlyId)], p),
    /** `visibleTo`: a need owner's organisation sees its drafts; undefined shows drafts to nobody. */
    listChallenges: (
      p: ListPage,
      filter: {
        organisationId?: string;
        status?: string;
        draftsOf: 'all' | 'none' | { organisationId: string };
      },
    ) =>
      page(
        'challenges',
        [
          filter.organisationId === undefined
            ? undefined
            : eq(challenges.organisationId, filter.organisationId),
          filter.status === undefined ? undefined : eq(challenges.status, filter.status),
          filter.draftsOf === 'all'
            ? undefined
            : filter.draftsOf === 'none'
              ? ne(challenges.status, 'draft')
              : or(
                  ne(challenges.status, 'draft'),
                  eq(challenges.organisationId, filter.draftsOf.organisationId),
                ),
        ],
        p,
      ),
    listInnovators: (p: ListPage) => page('innovators', [], p),
    listIdeasOf: (innovatorId: string, p: ListPage) => page('ideas', [eq(ideas.innovatorId, innovatorId)], p),
    /** Every idea of an innovator, for the GDPR export and erasure. */
    async allIdeasOf(ex: Executor, innovatorId: string) {
      const rows = await ex
        .select()
        .from(ideas)
        .where(eq(ideas.innovatorId, innovatorId))
        .orderBy(asc(ideas.id));
      return rows.map((row) => toStored('ideas', row));
    },
  };
}

export type EntityStore = ReturnType<typeof createEntityStore>;
