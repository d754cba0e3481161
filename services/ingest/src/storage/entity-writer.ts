import { randomUUID } from 'node:crypto';
import { type EntityKind, type EntityOf, upsertedEvent } from '../domain/entity-kinds';
import type { EntityStore, Executor, StoredOf } from './entity-store';
import type { OutboxRepository } from './outbox.repository';

/**
 * Entity writes together with their events: the caller passes the transaction, so the rows and the
 * outbox rows commit or roll back as one.
 */
export function createEntityWriter(deps: { store: EntityStore; outbox: OutboxRepository }) {
  return {
    /** Upserts `entities` (distinct ids) and appends one upserted event per entity that changed. */
    async upsert<K extends EntityKind>(
      tx: Executor,
      kind: K,
      entities: readonly EntityOf[K][],
    ): Promise<StoredOf[K][]> {
      const changed = await deps.store.upsertMany(tx, kind, entities);
      const byId = new Map(entities.map((e) => [e.id, e]));
      await deps.outbox.appendMany(
        tx,
        changed.map((stored) =>
          upsertedEvent(kind, byId.get(stored.id)!, {
            eventId: randomUUID(),
            version: stored.version,
            occurredAt: stored.updatedAt,
          }),
        ),
      );
      return changed;
    },
    /** Upserts one entity and returns it as stored, changed or not. */
    async upsertOne<K extends EntityKind>(tx: Executor, kind: K, entity: EntityOf[K]): Promise<StoredOf[K]> {
      const [changed] = await this.upsert(tx, kind, [entity]);
      const stored = changed ?? (await deps.store.get(kind, entity.id, tx));
      if (!stored) throw new Error(`${kind} ${entity.id} vanished while being written`);
      return stored;
    },
  };
}

export type EntityWriter = ReturnType<typeof createEntityWriter>;
