import type { StoredChallenge, StoredIdea, StoredInnovator, StoredOrganisation } from '@suite/contracts';
import type { Db } from '@suite/platform';
import { and, asc, eq, gt, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { EntityKind, EntityOf } from '../domain/entity-kinds';
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
  } as StoredOf[K];
}

/**
 * An upsert that only touches rows whose document changed: the version goes up by one per real
 * change, and an unchanged re-import updates (and emits) nothing.
 */
const onChange = (table: EntityTable, extra: Record<string, SQL> = {}) => ({
  target: table.id,
  set: {
    externalId: sql`excluded.external_id`,
    data: sql`excluded.data`,
    version: sql`${table.version} + 1`,
    updatedAt: sql`now()`,
    ...extra,
  },
  setWhere: sql`${table.data} is distinct from excluded.data`,
});

/**
 * A new row continues above the version its deleted predecessor (same id) ended at, if any; a
 * conflict (the row exists) takes the `onChange` path instead. Evaluated in the statement, so it
 * sees a deletion committed just before.
 */
const firstVersion = (kind: EntityKind, id: string) =>
  sql`(select coalesce(max(t.version), 0) + 1 from ${entityTombstones} t where t.kind = ${sql.raw(`'${kind}'`)} and t.id = ${id})`;

const base = (kind: EntityKind, entity: { id: string; externalId?: string }) => ({
  id: entity.id,
  externalId: entity.externalId ?? null,
  data: entity,
  version: firstVersion(kind, entity.id),
});

/** A consent's time moves only when the consent itself changes; a new `true` is stamped as given now. */
const consentStamp = (column: SQL, key: 'matching' | 'emailRecommendations') =>
  sql`case when (${innovators.data}->'consents'->'${sql.raw(key)}') is distinct from (excluded.data->'consents'->'${sql.raw(key)}') then now() else ${column} end`;

async function upsertRows<K extends EntityKind>(
  ex: Executor,
  kind: K,
  entities: readonly EntityOf[K][],
): Promise<AnyRow[]> {
  switch (kind) {
    case 'organisations':
      return ex
        .insert(organisations)
        .values(entities.map((o) => base(kind, o)))
        .onConflictDoUpdate(onChange(organisations))
        .returning();
    case 'challenges':
      return ex
        .insert(challenges)
        .values(
          (entities as readonly EntityOf['challenges'][]).map((c) => ({
            ...base(kind, c),
            organisationId: c.organisationId,
            status: c.status,
          })),
        )
        .onConflictDoUpdate(
          onChange(challenges, {
            organisationId: sql`excluded.organisation_id`,
            status: sql`excluded.status`,
          }),
        )
        .returning();
    case 'innovators':
      return ex
        .insert(innovators)
        .values(
          (entities as readonly EntityOf['innovators'][]).map((i) => ({
            ...base(kind, i),
            matchingConsentChangedAt: i.consents.matching ? sql`now()` : null,
            emailConsentChangedAt: i.consents.emailRecommendations ? sql`now()` : null,
          })),
        )
        .onConflictDoUpdate(
          onChange(innovators, {
            matchingConsentChangedAt: consentStamp(sql`${innovators.matchingConsentChangedAt}`, 'matching'),
            emailConsentChangedAt: consentStamp(
              sql`${innovators.emailConsentChangedAt}`,
              'emailRecommendations',
            ),
          }),
        )
        .returning();
    default:
      return ex
        .insert(ideas)
        .values(
          (entities as readonly EntityOf['ideas'][]).map((i) => ({
            ...base(kind, i),
            innovatorId: i.innovatorId,
          })),
        )
        .onConflictDoUpdate(onChange(ideas, { innovatorId: sql`excluded.innovator_id` }))
        .returning();
  }
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
    /**
     * Writes the entities (one multi-row statement) and returns those that changed, with their new
     * versions. Ids must be distinct within one call.
     */
    async upsertMany<K extends EntityKind>(ex: Executor, kind: K, entities: readonly EntityOf[K][]) {
      if (entities.length === 0) return [];
      const rows = await upsertRows(ex, kind, entities);
      return rows.map((row) => toStored(kind, row));
    },
    /** The ids of those `ids` that exist. */
    async existingIds(ex: Executor, kind: EntityKind, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const table: EntityTable = tables[kind];
      const rows = await ex
        .select({ id: table.id })
        .from(table)
        .where(inArray(table.id, [...ids]));
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
        .where(inArray(table.externalId, [...externalIds]));
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
