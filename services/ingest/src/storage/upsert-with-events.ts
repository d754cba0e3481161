import { type SQL, sql } from 'drizzle-orm';
import type { EntityKind, EntityOf } from '../domain/entity-kinds';
import type { Executor } from './entity-store';

/** What differs between the four entity tables in the upsert below; all SQL here is fixed text. */
interface UpsertShape {
  table: string;
  event: string;
  /** The key the entity has in its upserted event (`idea` in `idea.upserted`). */
  eventKey: string;
  /** Columns besides id, external_id, data and version, as expressions of the document `d`. */
  columns: Record<string, string>;
  /** How those columns change when the row exists (`t` = the stored row). */
  onChange: Record<string, string>;
}

/** A consent's or preference's time moves (to now) only when its value at `path` itself changes. */
const changeStamp = (path: string, column: string) =>
  `case when (t.data${path}) is distinct from (excluded.data${path}) then now() else t.${column} end`;

const shapes: Record<EntityKind, UpsertShape> = {
  organisations: {
    table: 'organisations',
    event: 'organisation.upserted',
    eventKey: 'organisation',
    columns: {},
    onChange: {},
  },
  challenges: {
    table: 'challenges',
    event: 'challenge.upserted',
    eventKey: 'challenge',
    columns: { organisation_id: `d->>'organisationId'`, status: `d->>'status'` },
    onChange: { organisation_id: 'excluded.organisation_id', status: 'excluded.status' },
  },
  innovators: {
    table: 'innovators',
    event: 'innovator.upserted',
    eventKey: 'innovator',
    columns: {
      matching_consent_changed_at: `case when (d->'consents'->>'matching')::boolean then now() end`,
      email_consent_changed_at: `case when (d->'consents'->>'emailRecommendations')::boolean then now() end`,
      digest_changed_at: 'now()',
      locale_changed_at: 'now()',
    },
    onChange: {
      matching_consent_changed_at: changeStamp(`->'consents'->'matching'`, 'matching_consent_changed_at'),
      email_consent_changed_at: changeStamp(
        `->'consents'->'emailRecommendations'`,
        'email_consent_changed_at',
      ),
      digest_changed_at: changeStamp(`->'digest'`, 'digest_changed_at'),
      locale_changed_at: changeStamp(`->'locale'`, 'locale_changed_at'),
    },
  },
  ideas: {
    table: 'ideas',
    event: 'idea.upserted',
    eventKey: 'idea',
    columns: { innovator_id: `d->>'innovatorId'` },
    onChange: { innovator_id: 'excluded.innovator_id' },
  },
};

const statements = new Map<EntityKind, (documents: string) => SQL>();

/**
 * One statement per kind: the documents arrive as one JSON array parameter (not thousands of
 * bind parameters), rows whose document changed are upserted (version + 1; a new row continues
 * above a deleted predecessor's tombstone) and each changed row's upserted event goes into the
 * outbox in the same statement, so a batch of an import is one round trip.
 */
function statementFor(kind: EntityKind): (documents: string) => SQL {
  const cached = statements.get(kind);
  if (cached) return cached;
  const s = shapes[kind];
  const extra = Object.keys(s.columns);
  const insertColumns = ['id', 'external_id', 'data', 'version', ...extra].join(', ');
  const insertValues = [
    `d->>'id'`,
    `d->>'externalId'`,
    'd',
    `coalesce(b.version, 0) + 1`,
    ...extra.map((c) => s.columns[c]),
  ].join(', ');
  const updates = [
    'external_id = excluded.external_id',
    'data = excluded.data',
    'version = t.version + 1',
    'updated_at = now()',
    ...Object.entries(s.onChange).map(([column, expr]) => `${column} = ${expr}`),
  ].join(', ');
  const head = sql.raw(`with input as (select value as d from jsonb_array_elements(`);
  const tail = sql.raw(`::jsonb)),
changed as (
  insert into ${s.table} as t (${insertColumns})
  select ${insertValues} from input
    left join entity_tombstones b on b.kind = '${kind}' and b.id = d->>'id'
  on conflict (id) do update set ${updates}
  where t.data is distinct from excluded.data
  returning t.id, t.version, t.data,
    to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at
),
stamped as (select gen_random_uuid() as event_id, c.* from changed c),
events as (
  insert into outbox (event_id, event_name, payload)
  select event_id, '${s.event}', jsonb_build_object(
    'eventId', event_id, 'version', version, 'occurredAt', occurred_at, '${s.eventKey}', data)
  from stamped
)
select id, version from stamped`);
  const statement = (documents: string) => sql`${head}${documents}${tail}`;
  statements.set(kind, statement);
  return statement;
}

/** The rows a query answered, whichever driver ran it (node-postgres and PGlite both use `rows`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Upserts `entities` (distinct ids) and appends one upserted event per entity that changed, in one
 * statement; answers the changed ids with their new versions. Call it with the transaction the
 * caller's other writes use.
 */
export async function upsertWithEvents<K extends EntityKind>(
  ex: Executor,
  kind: K,
  entities: readonly EntityOf[K][],
): Promise<{ id: string; version: number }[]> {
  if (entities.length === 0) return [];
  return upsertDocuments(ex, kind, JSON.stringify(entities));
}

/**
 * As `upsertWithEvents`, with the entities already as one JSON array text (valid entities of `kind`,
 * distinct ids): an import builds it row by row instead of keeping a batch of objects alive.
 */
export async function upsertDocuments(
  ex: Executor,
  kind: EntityKind,
  documents: string,
): Promise<{ id: string; version: number }[]> {
  const result = await ex.execute(statementFor(kind)(documents));
  return rowsOf<{ id: string; version: number }>(result).map((r) => ({
    id: r.id,
    version: Number(r.version),
  }));
}
