import type { EntityKind, EntityOf } from '../domain/entity-kinds';
import type { EntityStore, Executor, StoredOf } from './entity-store';
import { upsertDocuments, upsertWithEvents } from './upsert-with-events';

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
    upsert<K extends EntityKind>(tx: Executor, kind: K, entities: readonly EntityOf[K][]) {
      return upsertWithEvents(tx, kind, entities);
    },
    /** As `upsert`, with the entities as one JSON array text (see `upsertDocuments`). */
    upsertJson(tx: Executor, kind: EntityKind, documents: string) {
      return upsertDocuments(tx, kind, documents);
    },
    /** Upserts one entity and returns it as stored, changed or not. */
    async upsertOne<K extends EntityKind>(tx: Executor, kind: K, entity: EntityOf[K]): Promise<StoredOf[K]> {
      await upsertWithEvents(tx, kind, [entity]);
      const stored = await deps.store.get(kind, entity.id, tx);
      if (!stored) throw new Error(`${kind} ${entity.id} vanished while being written`);
      return stored;
    },
  };
}

export type EntityWriter = ReturnType<typeof createEntityWriter>;
