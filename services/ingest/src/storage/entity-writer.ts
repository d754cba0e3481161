import type { ConsentActor } from '@suite/contracts';
import type { EntityKind, EntityOf } from '../domain/entity-kinds';
import type { EntityStore, Executor, StoredOf } from './entity-store';
import { upsertDocuments, upsertWithEvents } from './upsert-with-events';

/**
 * Who is writing, stamped on each consent the write changes. The programme (admins, services,
 * imports) unless said otherwise: a write is the person's own only when it comes from them.
 */
export interface WriteBy {
  actor?: ConsentActor;
}

/**
 * Entity writes together with their events: the caller passes the transaction, so the rows and the
 * outbox rows commit or roll back as one.
 */
export function createEntityWriter(deps: { store: EntityStore }) {
  return {
    /**
     * Upserts `entities` (distinct ids) and appends one upserted event per entity that changed;
     * answers the changed ids with their new versions.
     */
    upsert<K extends EntityKind>(tx: Executor, kind: K, entities: readonly EntityOf[K][], by: WriteBy = {}) {
      return upsertWithEvents(tx, kind, entities, by.actor ?? 'programme');
    },
    /** As `upsert`, with the entities as one JSON array text (see `upsertDocuments`). */
    upsertJson(tx: Executor, kind: EntityKind, documents: string, by: WriteBy = {}) {
      return upsertDocuments(tx, kind, documents, by.actor ?? 'programme');
    },
    /** Upserts one entity and returns it as stored, changed or not. */
    async upsertOne<K extends EntityKind>(
      tx: Executor,
      kind: K,
      entity: EntityOf[K],
      by: WriteBy = {},
    ): Promise<StoredOf[K]> {
      await upsertWithEvents(tx, kind, [entity], by.actor ?? 'programme');
      const stored = await deps.store.get(kind, entity.id, tx);
      if (!stored) throw new Error(`${kind} ${entity.id} vanished while being written`);
      return stored;
    },
  };
}

export type EntityWriter = ReturnType<typeof createEntityWriter>;
