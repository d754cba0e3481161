import type { ConsentActor } from '@suite/contracts';
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

/** A column that changes (to `value`) only when the document's value at `path` itself changes. */
const onValueChange = (path: string, column: string, value: string) =>
  `case when (t.data${path}) is distinct from (excluded.data${path}) then ${value} else t.${column} end`;

const consentPaths = {
  matching: `->'consents'->'matching'`,
  email: `->'consents'->'emailRecommendations'`,
} as const;

/**
 * Innovators stamp each consent with when it last changed and by whom (`actor`, one of two fixed
 * words, so the statement text stays fixed); digest and locale with when.
 */
const innovatorShape = (actor: ConsentActor): UpsertShape => {
  const by = `'${actor}'`;
  return {
    table: 'innovators',
    event: 'innovator.upserted',
    eventKey: 'innovator',
    columns: {
      matching_consent_changed_at: `case when (d->'consents'->>'matching')::boolean then now() end`,
      matching_consent_changed_by: `case when (d->'consents'->>'matching')::boolean then ${by} end`,
      email_consent_changed_at: `case when (d->'consents'->>'emailRecommendations')::boolean then now() end`,
      email_consent_changed_by: `case when (d->'consents'->>'emailRecommendations')::boolean then ${by} end`,
      digest_changed_at: 'now()',
      locale_changed_at: 'now()',
    },
    onChange: {
      matching_consent_changed_at: onValueChange(
        consentPaths.matching,
        'matching_consent_changed_at',
        'now()',
      ),
      matching_consent_changed_by: onValueChange(consentPaths.matching, 'matching_consent_changed_by', by),
      email_consent_changed_at: onValueChange(consentPaths.email, 'email_consent_changed_at', 'now()'),
      email_consent_changed_by: onValueChange(consentPaths.email, 'email_consent_changed_by', by),
      digest_changed_at: onValueChange(`->'digest'`, 'digest_changed_at', 'now()'),
      locale_changed_at: onValueChange(`->'locale'`, 'locale_changed_at', 'now()'),
    },
  };
};

const shapes: Record<Exclude<EntityKind, 'innovators'>, UpsertShape> = {
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
  ideas: {
    table: 'ideas',
    event: 'idea.upserted',
    eventKey: 'idea',
    columns: { innovator_id: `d->>'innovatorId'` },
    onChange: { innovator_id: 'excluded.innovator_id' },
  },
};

const shapeOf = (kind: EntityKind, actor: ConsentActor) =>
  kind === 'innovators' ? innovatorShape(actor) : shapes[kind];

const statements = new Map<string, (documents: string) => SQL>();

/**
 * One statement per kind: the documents arrive as one JSON array parameter (not thousands of
 * bind parameters), rows whose document changed are upserted (version + 1; a new row continues
 * above a deleted predecessor's tombstone) and each changed row's upserted event goes into the
 * outbox in the same statement, so a batch of an import is one round trip.
 */
function statementFor(kind: EntityKind, actor: ConsentActor): (documents: string) => SQL {
  const key = `${kind} ${actor}`;
  const cached = statements.get(key);
  if (cached) return cached;
  const s = shapeOf(kind, actor);
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
  statements.set(key, statement);
  return statement;
}

/** The rows a query answered, whichever driver ran it (node-postgres and PGlite both use `rows`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Upserts `entities` (distinct ids) and appends one upserted event per entity that changed, in one
 * statement; answers the changed ids with their new versions. Call it with the transaction the
 * caller's other writes use. `actor` is who is writing, stamped on the consents it changes.
 */
export async function upsertWithEvents<K extends EntityKind>(
  ex: Executor,
  kind: K,
  entities: readonly EntityOf[K][],
  actor: ConsentActor,
): Promise<{ id: string; version: number }[]> {
  if (entities.length === 0) return [];
  return upsertDocuments(ex, kind, JSON.stringify(entities), actor);
}

/**
 * As `upsertWithEvents`, with the entities already as one JSON array text (valid entities of `kind`,
 * distinct ids): an import builds it row by row instead of keeping a batch of objects alive.
 */
export async function upsertDocuments(
  ex: Executor,
  kind: EntityKind,
  documents: string,
  actor: ConsentActor,
): Promise<{ id: string; version: number }[]> {
  const result = await ex.execute(statementFor(kind, actor)(documents));
  return rowsOf<{ id: string; version: number }>(result).map((r) => ({
    id: r.id,
    version: Number(r.version),
  }));
}
